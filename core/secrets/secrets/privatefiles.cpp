#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace callbridge {

namespace {

constexpr QFile::Permissions kOwnerOnlyDirectory = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                   | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
constexpr QFile::Permissions kOwnerOnlyFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

bool fail(QString *error, const QString &why) {
    if (error)
        *error = why;
    return false;
}

} // namespace

bool makePrivateDirectory(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        // Created private from the start: no moment where another user could open it.
        if (!QDir().mkpath(info.absolutePath())
            || !QDir().mkdir(info.absoluteFilePath(), kOwnerOnlyDirectory))
            return fail(error, QStringLiteral("cannot create the directory %1").arg(path));
    } else if (!info.isDir()) {
        return fail(error, QStringLiteral("%1 is not a directory").arg(path));
    }
    if (!QFile::setPermissions(path, kOwnerOnlyDirectory))
        return fail(error, QStringLiteral("cannot make the directory %1 private").arg(path));
    return true;
}

bool makePrivateFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile) && !file.exists())
            return fail(error, QStringLiteral("cannot create the file %1").arg(path));
        file.close();
    }
    if (!QFile::setPermissions(path, kOwnerOnlyFile))
        return fail(error, QStringLiteral("cannot make the file %1 private").arg(path));
    return true;
}

} // namespace callbridge
