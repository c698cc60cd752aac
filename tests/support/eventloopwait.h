#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <functional>

namespace callbridge::test {

// Runs the event loop until `condition` holds or `timeoutMs` passes — a bounded wait on a condition, never a
// sleep.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace callbridge::test
