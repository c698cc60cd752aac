// The settings file: whatever an admin (or a broken deployment tool) wrote.
#include "memoryresourcefile.h"
#include "policy/settings.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // The loader reads a path through QSettings; an in-memory resource is that path without writing, reading
    // and removing a file per input (most of the time this target took). A new name each time, because
    // QSettings caches what it read per file name.
    static quint64 counter = 0;
    const QString root = QStringLiteral("/fuzz-settings-%1").arg(++counter);
    const MemoryResourceFile file(root, QStringLiteral("callbridge.ini"),
                                  QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!file.isRegistered())
        std::abort();
    const callbridge::SettingsLoad loaded =
        callbridge::loadSettings(QLatin1Char(':') + root + QStringLiteral("/callbridge.ini"));
    (void)loaded;
    return 0;
}
