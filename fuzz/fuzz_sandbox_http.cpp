// The sandbox's HTTP request heads: it listens on loopback, where any local program can talk to it.
#include "sandbox/http/httpmessage.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const callbridge::sandbox::RequestHead parsed = callbridge::sandbox::parseRequestHead(head);
    if (parsed.errorStatus == 0
        && (parsed.bodyLength < 0 || parsed.bodyLength > callbridge::sandbox::kMaxRequestBodyBytes))
        std::abort();
    (void)callbridge::sandbox::parseQueryString(head);
    return 0;
}
