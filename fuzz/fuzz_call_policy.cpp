// Contact attributes, typed by callers in the IVR or set by the flow: "name=value" lines.
#include "policy/callpolicy.h"
#include "policy/settings.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QHash<QString, QString> attributes;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            attributes.insert(line.left(eq), line.mid(eq + 1));
    }
    const callbridge::Settings settings;
    const callbridge::PolicyResolution resolved = callbridge::resolvePolicy(settings, attributes);
    (void)resolved;
    (void)callbridge::quoteValueForNotice(text);
    (void)callbridge::parseNonNegativeInteger(text);
    (void)callbridge::parseBoolean(text);
    return 0;
}
