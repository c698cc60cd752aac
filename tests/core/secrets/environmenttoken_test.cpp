// The session token is read once and gone from the environment before any child process starts.
#include "secrets/environmenttoken.h"

#include <QProcess>
#include <gtest/gtest.h>

using namespace callbridge;

TEST(EnvironmentToken, IsTakenOutOfTheEnvironmentSoThatChildrenDoNotInheritIt) {
    qputenv(kTokenVariable, "tok-123-secret");
    takeEnvironmentToken();
    EXPECT_EQ(environmentToken(), QStringLiteral("tok-123-secret"));
    EXPECT_FALSE(qEnvironmentVariableIsSet(kTokenVariable));

    QProcess child; // inherits the process environment as it is now
    child.start(QStringLiteral("/usr/bin/env"), {});
    ASSERT_TRUE(child.waitForFinished(10'000));
    const QByteArray environment = child.readAllStandardOutput();
    EXPECT_TRUE(environment.contains("PATH=")); // the child did print its environment
    EXPECT_FALSE(environment.contains(kTokenVariable));
    EXPECT_FALSE(environment.contains("tok-123-secret"));

    qputenv(kTokenVariable, "set-later");
    takeEnvironmentToken(); // later calls keep the first value and still clear the variable
    EXPECT_EQ(environmentToken(), QStringLiteral("tok-123-secret"));
    EXPECT_FALSE(qEnvironmentVariableIsSet(kTokenVariable));
}
