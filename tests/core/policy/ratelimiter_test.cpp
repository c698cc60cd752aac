#include "policy/ratelimiter.h"

#include <gtest/gtest.h>

using namespace callbridge;
using V = RateLimiter::Verdict;

TEST(RateLimiter, AllowsUpToTheLimitPerWindowAndReportsAFloodOnce) {
    qint64 now = 0;
    RateLimiter limiter(3, 1000, [&now] { return now; });
    EXPECT_EQ(limiter.take(), V::Allowed);
    EXPECT_EQ(limiter.take(), V::Allowed);
    EXPECT_EQ(limiter.take(), V::Allowed);
    EXPECT_EQ(limiter.take(), V::Flooding); // reported once
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(limiter.take(), V::Refused);
    EXPECT_EQ(limiter.droppedInFlood(), 101);
    now = 999;
    EXPECT_EQ(limiter.take(), V::Refused); // the window has not passed yet
    now = 1000;
    EXPECT_EQ(limiter.take(), V::Recovered); // the first event after the flood, with the count dropped
    EXPECT_EQ(limiter.droppedInFlood(), 102);
    EXPECT_EQ(limiter.take(), V::Allowed);
}

TEST(RateLimiter, TheWindowSlides) {
    qint64 now = 0;
    RateLimiter limiter(2, 1000, [&now] { return now; });
    EXPECT_EQ(limiter.take(), V::Allowed); // t=0
    now = 600;
    EXPECT_EQ(limiter.take(), V::Allowed); // t=600
    now = 999;
    EXPECT_EQ(limiter.take(), V::Flooding);
    now = 1000; // t=0 left the window, t=600 is still in it
    EXPECT_EQ(limiter.take(), V::Recovered);
    EXPECT_EQ(limiter.take(), V::Flooding);
}
