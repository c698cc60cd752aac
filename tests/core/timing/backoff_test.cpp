#include "timing/backoff.h"

#include <gtest/gtest.h>

using namespace callbridge;
using namespace std::chrono_literals;

namespace {

Backoff backoff(std::chrono::milliseconds base, std::chrono::milliseconds max, double jitter) {
    return Backoff{base, max, [jitter] {
                       return jitter;
                   }};
}

struct DelayCase {
    int failures;
    double jitter;
    std::chrono::milliseconds expected;
};

} // namespace

TEST(Backoff, DoublesPerFailureUpToTheCapThenTheJitterTakesUpToHalfOff) {
    const DelayCase cases[] = {
        {1, 1.0, 500ms},    {2, 1.0, 1000ms}, {3, 1.0, 2000ms}, {4, 1.0, 4000ms},  {7, 1.0, 30000ms},
        {40, 1.0, 30000ms}, {1, 0.0, 250ms},  {2, 0.0, 500ms},  {7, 0.0, 15000ms}, {3, 0.5, 1500ms},
        {0, 1.0, 500ms},    {-3, 1.0, 500ms}, {2, 7.0, 1000ms}, {2, -1.0, 500ms},
    };
    for (const DelayCase &c : cases) {
        EXPECT_EQ(backoff(500ms, 30s, c.jitter).delay(c.failures), c.expected)
            << "failures " << c.failures << ", jitter " << c.jitter;
    }
}

TEST(Backoff, RetryAfterWinsWhenGivenAndIsCappedWithoutJitter) {
    const Backoff b = backoff(1s, 60s, 0.0);
    EXPECT_EQ(b.delay(3, 7s), 7000ms);
    EXPECT_EQ(b.delay(1, 3600s), 60000ms);
    EXPECT_EQ(b.delay(3, 0s), 2000ms) << "no Retry-After: the backoff";
}

TEST(Backoff, WithoutInjectedJitterStaysWithinHalfAndAllOfTheStep) {
    const Backoff b{1000ms, 60s, {}};
    for (int i = 0; i < 50; ++i) {
        const auto delay = b.delay(3);
        EXPECT_GE(delay, 2000ms);
        EXPECT_LE(delay, 4000ms);
    }
}
