// Caller numbers as the CCP reports them (SIP URIs, tel: links, whatever a carrier sends).
#include "phone/phonenumbers.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const callbridge::PhoneNormalizer phones(QStringLiteral("US"));
    const QString raw = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const callbridge::CallerNumber number = phones.normalize(raw);
    if (number.anonymous)
        return 0;
    // A number Callbridge keeps is E.164, and normalising it again changes nothing.
    if (!number.e164.startsWith(u'+') || phones.normalize(number.e164).e164 != number.e164
        || !phones.sameNumber(raw, number.e164))
        std::abort();
    return 0;
}
