#pragma once

#include <chrono>
#include <functional>

namespace callbridge {

// How long to wait before trying again: exponential, capped, with jitter. One policy for every layer that
// retries, each with its own numbers.
struct Backoff {
    std::chrono::milliseconds base{1000};
    std::chrono::milliseconds max{60'000};
    std::function<double()> jitter; // returns [0, 1]; empty = random

    // The wait after `failures` failures in a row (1 for the first): base × 2^(failures − 1), at most max,
    // then scaled into [half of it, all of it] by the jitter.
    std::chrono::milliseconds delay(int failures) const;
    // Zendesk's Retry-After when it gave one (at most max, no jitter), else delay(failures).
    std::chrono::milliseconds delay(int failures, std::chrono::seconds retryAfter) const;
};

} // namespace callbridge
