#include "secrets/privatefiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace callbridge;

namespace {
constexpr QFile::Permissions kAll = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                    | QFile::WriteOther | QFile::ExeOther;
}

TEST(PrivateFiles, NewAndExistingDirectoriesAndFilesBecomeOwnerOnly) {
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("a/b"));
    ASSERT_TRUE(makePrivateDirectory(fresh));
    EXPECT_EQ(QFile::permissions(fresh) & kAll, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString existing = tmp.filePath(QStringLiteral("a"));
    ASSERT_TRUE(QFile::setPermissions(existing, kAll));
    ASSERT_TRUE(makePrivateDirectory(existing));
    EXPECT_EQ(QFile::permissions(existing) & kAll, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString file = fresh + QStringLiteral("/f");
    ASSERT_TRUE(makePrivateFile(file));
    EXPECT_EQ(QFile::permissions(file) & kAll, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(QFile::setPermissions(file, kAll));
    ASSERT_TRUE(makePrivateFile(file));
    EXPECT_EQ(QFile::permissions(file) & kAll, QFile::ReadOwner | QFile::WriteOwner);

    QString error;
    EXPECT_FALSE(makePrivateDirectory(file, &error)); // a file is not a directory
    EXPECT_FALSE(error.isEmpty());
}
