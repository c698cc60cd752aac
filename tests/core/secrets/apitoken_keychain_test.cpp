// The token looked up when the environment gives none: the keychain's, or a clear error that names both ways
// to give one and never a value. Kept apart from apitoken_environment_test: the first
// takeApiTokenFromEnvironment() in a process decides for the whole process, and here it must find nothing.
#include "apitokentestsupport.h"

using namespace callbridge;
using namespace callbridge::test;

namespace {

class ApiTokenFromKeychain : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        qunsetenv(kApiTokenVariable); // a developer's shell may have one set
        takeApiTokenFromEnvironment();
    }
    InMemorySecretStore keychain;
};

} // namespace

// Catches: a key that does not follow the Zendesk host and agent (a token stored for one account read for
// another, or not found after `callbridge store-token`).
TEST_F(ApiTokenFromKeychain, KeyIsPerZendeskHostAndAgent) {
    const SecretKey key = apiTokenKey(QUrl(QStringLiteral("https://acme.zendesk.com/agent/")), kAgentEmail);
    EXPECT_EQ(key.host, QStringLiteral("acme.zendesk.com"));
    EXPECT_EQ(key.account, kAgentEmail);
    EXPECT_EQ(key.name, QStringLiteral("zendesk-api-token"));
    EXPECT_TRUE(key.isValid());
}

// Catches: the keychain's token not used, or reported with the wrong source.
TEST_F(ApiTokenFromKeychain, KeychainTokenIsUsedWithoutAnEnvironmentToken) {
    storeToken(keychain, agentTokenKey(), QStringLiteral("keychain-token-77c1"));
    const ApiToken token = lookUpAndWait(keychain, agentTokenKey());
    EXPECT_TRUE(token.ok());
    EXPECT_EQ(token.value, QStringLiteral("keychain-token-77c1"));
    EXPECT_EQ(token.source, QStringLiteral("keychain"));
    EXPECT_TRUE(token.error.isEmpty());
}

// Catches: a vague or missing error when there is no token, or one that echoes a stored secret.
TEST_F(ApiTokenFromKeychain, NothingStoredIsAClearErrorThatNamesBothWaysAndNoValue) {
    const QString otherSecret = QStringLiteral("other-agents-token-91b2");
    storeToken(keychain, apiTokenKey(kZendeskUrl, QStringLiteral("bob@acme.example")), otherSecret);

    const ApiToken token = lookUpAndWait(keychain, agentTokenKey());
    EXPECT_FALSE(token.ok());
    EXPECT_TRUE(token.value.isEmpty());
    EXPECT_TRUE(token.source.isEmpty());
    EXPECT_TRUE(token.error.contains(QLatin1String(kApiTokenVariable))) << token.error.toStdString();
    EXPECT_TRUE(token.error.contains(QStringLiteral("`callbridge store-token`")))
        << token.error.toStdString();
    EXPECT_TRUE(token.error.contains(kAgentEmail)) << token.error.toStdString();
    EXPECT_TRUE(token.error.contains(QStringLiteral("acme.zendesk.com"))) << token.error.toStdString();
    EXPECT_FALSE(token.error.contains(otherSecret));
}

// Catches: a keychain that cannot be read (locked, no daemon) reported as "no token" without its reason.
TEST_F(ApiTokenFromKeychain, KeychainFailureIsAnErrorWithItsReason) {
    storeToken(keychain, agentTokenKey(), QStringLiteral("keychain-token-77c1"));
    keychain.setFailure(SecretError::AccessDenied);
    const ApiToken token = lookUpAndWait(keychain, agentTokenKey());
    EXPECT_FALSE(token.ok());
    EXPECT_TRUE(token.error.contains(QStringLiteral("`callbridge store-token`")))
        << token.error.toStdString();
    EXPECT_TRUE(token.error.contains(secretErrorName(SecretError::AccessDenied)))
        << token.error.toStdString();
    EXPECT_FALSE(token.error.contains(QStringLiteral("keychain-token-77c1")));
}
