#include "ratelimiter.h"

#include <QElapsedTimer>

namespace callbridge {

qint64 RateLimiter::monotonicMs() {
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

RateLimiter::Now RateLimiter::orMonotonic(Now now) {
    return now ? std::move(now) : Now(&RateLimiter::monotonicMs);
}

RateLimiter::RateLimiter(int maxEvents, qint64 windowMs, Now now)
    : m_maxEvents(maxEvents)
    , m_windowMs(windowMs)
    , m_now(orMonotonic(std::move(now))) {}

RateLimiter::Verdict RateLimiter::take() {
    const qint64 now = m_now();
    while (!m_times.empty() && now - m_times.front() >= m_windowMs)
        m_times.pop_front();
    if (int(m_times.size()) >= m_maxEvents) {
        if (!m_flooding) {
            m_flooding = true;
            m_dropped = 0;
        }
        ++m_dropped;
        return m_dropped == 1 ? Verdict::Flooding : Verdict::Refused;
    }
    m_times.push_back(now);
    if (m_flooding) {
        m_flooding = false;
        return Verdict::Recovered;
    }
    return Verdict::Allowed;
}

} // namespace callbridge
