// The settings file: whatever an admin (or a broken deployment tool) wrote.
#include "policy/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // tmpfs when there is one; a new name each time, because QSettings caches what it read per file name.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/callbridge-fuzz-XXXXXX")
                                 : QString());
    static quint64 counter = 0;
    const QString path = dir.filePath(QStringLiteral("settings-%1.ini").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    const callbridge::SettingsLoad loaded = callbridge::loadSettings(path);
    (void)loaded;
    QFile::remove(path);
    return 0;
}
