// The session token given in the environment: taken once, removed from the environment before any child
// process starts, and preferred to the keychain. takeApiTokenFromEnvironment() keeps process-wide state (the
// first call wins), so this executable holds only the tests that start with the variable set, and the suite
// sets it and takes it once, before any test runs.
#include "apitokentestsupport.h"

#include <QProcess>

using namespace callbridge;
using namespace callbridge::test;

namespace {

const QString kEnvironmentToken = QStringLiteral("env-token-3f9a");
const QString kKeychainToken = QStringLiteral("keychain-token-77c1");

class ApiTokenFromEnvironment : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        qputenv(kApiTokenVariable, kEnvironmentToken.toUtf8());
        qputenv("CALLBRIDGE_TEST_INHERITED",
                "yes"); // shows that the child does get this process's environment
        takeApiTokenFromEnvironment();
    }
};

} // namespace

// Catches: the token left in the environment, where every child process (renderers, browser) can read it.
TEST_F(ApiTokenFromEnvironment, VariableIsRemovedFromTheEnvironment) {
    EXPECT_FALSE(qEnvironmentVariableIsSet(kApiTokenVariable));
}

// Catches: a child process started after the token was taken still seeing it (e.g. a copy of the
// environment taken before the variable was removed).
TEST_F(ApiTokenFromEnvironment, ChildProcessStartedAfterwardsDoesNotSeeIt) {
    QProcess env;
    env.start(QStringLiteral("/usr/bin/env"), {});
    ASSERT_TRUE(env.waitForFinished(10000)) << env.errorString().toStdString();
    const QString seen = QString::fromUtf8(env.readAllStandardOutput());
    ASSERT_TRUE(seen.contains(QStringLiteral("CALLBRIDGE_TEST_INHERITED=yes"))) << seen.toStdString();
    EXPECT_FALSE(seen.contains(QLatin1String(kApiTokenVariable)));
    EXPECT_FALSE(seen.contains(kEnvironmentToken));
}

// Catches: the keychain's token preferred to the one the session was started with, or the wrong source.
TEST_F(ApiTokenFromEnvironment, EnvironmentTokenWinsOverTheKeychain) {
    InMemorySecretStore keychain;
    storeToken(keychain, agentTokenKey(), kKeychainToken);

    const ApiToken token = lookUpAndWait(keychain, agentTokenKey());
    EXPECT_EQ(token.value, kEnvironmentToken);
    EXPECT_EQ(token.source, QStringLiteral("environment"));
    EXPECT_TRUE(token.error.isEmpty());
}

// Catches: a later take replacing the session's token with whatever the environment holds by then.
TEST_F(ApiTokenFromEnvironment, LaterTakesKeepTheFirstToken) {
    qputenv(kApiTokenVariable, "set-later");
    takeApiTokenFromEnvironment();
    InMemorySecretStore keychain;
    const ApiToken token = lookUpAndWait(keychain, agentTokenKey());
    qunsetenv(kApiTokenVariable);
    EXPECT_EQ(token.value, kEnvironmentToken);
}

// Catches: an answer delivered to a caller that is gone (a closed window's callback on freed memory).
TEST_F(ApiTokenFromEnvironment, AnswerIsDroppedWhenItsContextIsDestroyed) {
    InMemorySecretStore keychain;
    auto *gone = new QObject;
    bool goneAnswered = false;
    lookUpApiToken(keychain, agentTokenKey(), gone,
                   [&goneAnswered](const ApiToken &) { goneAnswered = true; });
    delete gone;
    // A later lookup's answer is queued after the first one: once it arrives, the first would have too.
    EXPECT_EQ(lookUpAndWait(keychain, agentTokenKey()).value, kEnvironmentToken);
    EXPECT_FALSE(goneAnswered);
}
