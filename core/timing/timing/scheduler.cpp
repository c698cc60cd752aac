#include "scheduler.h"

#include <QTimer>

namespace callbridge {

void QtScheduler::schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) {
    QTimer::singleShot(delay, context, std::move(fire));
}

} // namespace callbridge
