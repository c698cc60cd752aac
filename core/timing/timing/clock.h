#pragma once

#include <QDateTime>

namespace callbridge {

// Time seam: core never reads the wall clock directly, so tests can decide what "now" is.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace callbridge
