#include "backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace callbridge {

std::chrono::milliseconds Backoff::delay(int failures) const {
    const int doublings = std::clamp(failures - 1, 0, 30);
    const double full = std::min(static_cast<double>(base.count()) * static_cast<double>(1LL << doublings),
                                 static_cast<double>(max.count()));
    const double share =
        jitter ? std::clamp(jitter(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(static_cast<long long>(full / 2.0 + full / 2.0 * share));
}

std::chrono::milliseconds Backoff::delay(int failures, std::chrono::seconds retryAfter) const {
    if (retryAfter.count() > 0)
        return std::min<std::chrono::milliseconds>(retryAfter, max);
    return delay(failures);
}

} // namespace callbridge
