// The journal's files are the desktop user's only: 0700 directory, 0600 database, WAL and shared-memory
// files.
#include "journaltestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

constexpr QFile::Permissions kPrivateDirectory = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                       | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QFile::Permissions modeOf(const QString &path) {
    return QFile::permissions(path) & (kPrivateDirectory | kOthers);
}

void writeSomething(Journal &journal) {
    ASSERT_TRUE(journal.recordEvent(makeEvent(ContactEventKind::Connected, u"c-1"_s, utc(2, 9))));
}

TEST(JournalFiles, ANewJournalIsPrivate) {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"data/callbridge"_s);
    const QString path = dir + u"/journal.sqlite"_s;
    JournalOpenResult opened = Journal::open(path);
    ASSERT_TRUE(opened.journal) << opened.error.toStdString();
    writeSomething(*opened.journal);
    EXPECT_EQ(modeOf(dir), kPrivateDirectory);
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(modeOf(file), kPrivateFile) << file.toStdString();
    }
}

TEST(JournalFiles, AnExistingJournalIsMadePrivateInItsDefaultDirectory) {
    QTemporaryDir tmp;
    const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(tmp.path()));
    const QString path = Journal::defaultPath();
    const QString dir = QFileInfo(path).absolutePath();
    {
        JournalOpenResult first = Journal::open(path);
        ASSERT_TRUE(first.journal) << first.error.toStdString();
        writeSomething(*first.journal);
    }
    // As an older version left them: readable by everyone.
    ASSERT_TRUE(QFile::setPermissions(dir, kPrivateDirectory | QFile::ReadOther | QFile::ExeOther));
    ASSERT_TRUE(QFile::setPermissions(path, kPrivateFile | QFile::ReadGroup | QFile::ReadOther));
    QFile wal(path + u"-wal"_s);
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly | QIODevice::Append));
    wal.close();
    ASSERT_TRUE(QFile::setPermissions(wal.fileName(), kPrivateFile | QFile::ReadOther));

    JournalOpenResult again = Journal::open(path);
    ASSERT_TRUE(again.journal) << again.error.toStdString();
    EXPECT_EQ(modeOf(dir), kPrivateDirectory);
    EXPECT_EQ(modeOf(path), kPrivateFile);
    EXPECT_EQ(modeOf(wal.fileName()), kPrivateFile);
    again.journal.reset();
    if (savedDataHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", savedDataHome);
}

TEST(JournalFiles, ADirectoryTheUserChoseIsLeftAsItIsButTheFilesArePrivate) {
    QTemporaryDir tmp;
    const QFile::Permissions shared = kPrivateDirectory | QFile::ReadOther | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(tmp.path(), shared));
    const QString path = tmp.filePath(u"journal.sqlite"_s);
    JournalOpenResult opened = Journal::open(path);
    ASSERT_TRUE(opened.journal) << opened.error.toStdString();
    writeSomething(*opened.journal);
    EXPECT_EQ(modeOf(tmp.path()), shared);
    EXPECT_EQ(modeOf(path), kPrivateFile);
    EXPECT_EQ(modeOf(path + u"-wal"_s), kPrivateFile);
}

} // namespace
} // namespace callbridge::journal
