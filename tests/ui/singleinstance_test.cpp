// One instance per user and settings file: a second start forwards its arguments to the first, over a socket
// only the user can reach.
#include "ui/singleinstance.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace callbridge::ui;

namespace {

QString uniqueName(const QTemporaryDir &dir) {
    return dir.filePath(QStringLiteral("callbridge-test.sock"));
}

} // namespace

TEST(SingleInstance, ASecondStartForwardsItsArgumentsToTheFirst) {
    QTemporaryDir dir;
    SingleInstance first(uniqueName(dir));
    EXPECT_FALSE(first.forwardToRunning({QStringLiteral("tel:+1")})); // nobody is running yet
    QString error;
    ASSERT_TRUE(first.listen(&error)) << error.toStdString();
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    SingleInstance second(uniqueName(dir));
    const QStringList arguments{QStringLiteral("tel:+442071234567"), QStringLiteral("--x=\"quoted\" ü")};
    EXPECT_TRUE(second.forwardToRunning(arguments));
    ASSERT_TRUE(received.count() > 0 || received.wait(3000));
    EXPECT_EQ(received.first().first().toStringList(), arguments);

    EXPECT_TRUE(second.forwardToRunning({})); // a plain second start only raises the first
    ASSERT_TRUE(received.count() > 1 || received.wait(3000));
    EXPECT_EQ(received.last().first().toStringList(), QStringList());
}

TEST(SingleInstance, TheSocketIsTheUsersAlone) {
    const QString name = SingleInstance::serverNameFor(QStringLiteral("/home/ann/.config/callbridge.ini"));
#ifndef Q_OS_WIN
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    EXPECT_TRUE(name.startsWith(runtime + u'/')) << name.toStdString();
    const QFileDevice::Permissions dirPermissions = QFileInfo(runtime).permissions();
    EXPECT_FALSE(dirPermissions
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
#endif
    EXPECT_EQ(name, SingleInstance::serverNameFor(QStringLiteral("/home/ann/.config/callbridge.ini")));
    EXPECT_NE(name, SingleInstance::serverNameFor(QStringLiteral("/home/ann/other.ini")));

    QTemporaryDir dir;
    SingleInstance instance(uniqueName(dir));
    ASSERT_TRUE(instance.listen());
#ifndef Q_OS_WIN
    const QFileDevice::Permissions permissions = QFileInfo(instance.fullServerName()).permissions();
    EXPECT_TRUE(permissions & QFileDevice::WriteOwner);
    EXPECT_FALSE(permissions
                 & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther));
#endif
}

TEST(SingleInstance, ASocketLeftByACrashedInstanceIsTakenOver) {
    QTemporaryDir dir;
    {
        QFile stale(uniqueName(dir)); // what a killed instance leaves: a socket file nobody listens on
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance instance(uniqueName(dir));
    EXPECT_FALSE(instance.forwardToRunning({}));
    QString error;
    EXPECT_TRUE(instance.listen(&error)) << error.toStdString();
}

TEST(SingleInstance, GarbageOrAnOversizedMessageIsDroppedAndTheNextStartStillWorks) {
    QTemporaryDir dir;
    SingleInstance first(uniqueName(dir));
    ASSERT_TRUE(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    QLocalSocket garbage;
    garbage.connectToServer(uniqueName(dir));
    ASSERT_TRUE(garbage.waitForConnected(3000));
    garbage.write("{\"not\": \"a list\"}\n");
    garbage.flush();
    QLocalSocket huge;
    huge.connectToServer(uniqueName(dir));
    ASSERT_TRUE(huge.waitForConnected(3000));
    huge.write(QByteArray(SingleInstance::kMaxMessageBytes + 10, 'x'));
    huge.flush();
    SingleInstance second(uniqueName(dir));
    EXPECT_TRUE(second.forwardToRunning({QStringLiteral("tel:+15550100001")}));
    ASSERT_TRUE(received.count() > 0 || received.wait(3000));
    EXPECT_EQ(received.count(), 1);
    EXPECT_EQ(received.first().first().toStringList(), QStringList{QStringLiteral("tel:+15550100001")});
}
