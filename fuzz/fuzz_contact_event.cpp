// The softphone page's contact events: any bytes the page (or a compromised CCP frame) could post.
#include "contact/contactevent.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const callbridge::ContactEventParse parsed = callbridge::parseContactEvent(json);
    if (parsed.event) {
        // What the journal stores must parse back to the same event.
        const callbridge::ContactEventParse again =
            callbridge::parseContactEvent(callbridge::toJson(*parsed.event));
        if (!again.event || again.event->contact.contactId != parsed.event->contact.contactId
            || again.event->kind != parsed.event->kind)
            std::abort();
    } else if (!parsed.error) {
        std::abort(); // neither an event nor a reason
    }
    return 0;
}
