#pragma once

#include <QtGlobal>
#include <deque>
#include <functional>

namespace callbridge {

// At most `maxEvents` in any `windowMs` (a sliding window). A flood is reported once: the first refusal says
// Flooding, later ones are Refused, and the first event allowed after a flood says Recovered with the number
// dropped (so that the caller logs two lines per flood, not one per event).
class RateLimiter {
public:
    enum class Verdict { Allowed, Flooding, Refused, Recovered };
    using Now = std::function<qint64()>; // milliseconds, monotonic

    RateLimiter(int maxEvents, qint64 windowMs, Now now = {});
    static qint64 monotonicMs();     // the clock used when none is given
    static Now orMonotonic(Now now); // `now`, or monotonicMs when it is empty

    Verdict take();
    int droppedInFlood() const { return m_dropped; } // refused since the flood began (or in the last one)

private:
    int m_maxEvents;
    qint64 m_windowMs;
    Now m_now;
    std::deque<qint64> m_times;
    bool m_flooding = false;
    int m_dropped = 0;
};

} // namespace callbridge
