#pragma once

#include "timing/clock.h"
#include "timing/scheduler.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTimeZone>
#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace callbridge::test {

// A clock and a scheduler whose time moves only when the test says so: now() stays put, schedule() queues,
// and advance() / advanceToNext() run what has come due, in due order (ties in the order they were
// scheduled), each with now() at its due time. Tasks whose context was destroyed are skipped.
class ManualTime final : public Clock, public Scheduler {
public:
    explicit ManualTime(QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()))
        : m_now(std::move(start)) {}

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }

    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) override {
        const std::chrono::milliseconds wait = std::max(delay, std::chrono::milliseconds(0));
        m_tasks.push_back(
            Task{m_now.addMSecs(wait.count()), m_nextOrder++, context, context != nullptr, std::move(fire)});
    }

    // Tasks still waiting whose context is alive.
    int pending() const {
        return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [](const Task &t) { return t.alive(); }));
    }
    // How far away the next live task is, or nullopt when none waits.
    std::optional<std::chrono::milliseconds> nextDelay() const {
        const auto next = nextLive();
        if (next == m_tasks.cend())
            return std::nullopt;
        return std::chrono::milliseconds(m_now.msecsTo(next->due));
    }

    // Moves time forward by `by`, running every task that comes due meanwhile (including ones those tasks
    // schedule).
    void advance(std::chrono::milliseconds by) {
        const QDateTime until = m_now.addMSecs(by.count());
        for (auto next = nextLive(); next != m_tasks.cend() && next->due <= until; next = nextLive())
            run(next);
        m_now = until;
    }
    // Moves time to the next live task and runs it; false when nothing waits.
    bool advanceToNext() {
        const auto next = nextLive();
        if (next == m_tasks.cend())
            return false;
        run(next);
        return true;
    }

private:
    struct Task {
        QDateTime due;
        quint64 order = 0;
        QPointer<QObject> context;
        bool guarded = false;
        std::function<void()> fire;

        bool alive() const { return !guarded || !context.isNull(); }
    };

    std::vector<Task>::const_iterator nextLive() const {
        auto best = m_tasks.cend();
        for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
            if (it->alive() && (best == m_tasks.cend() || it->due < best->due))
                best = it; // the first in order among equal due times: tasks are kept in schedule order
        }
        return best;
    }
    void run(std::vector<Task>::const_iterator which) {
        Task task = *which;
        m_tasks.erase(which);
        m_tasks.erase(
            std::remove_if(m_tasks.begin(), m_tasks.end(), [](const Task &t) { return !t.alive(); }),
            m_tasks.end());
        m_now = std::max(m_now, task.due);
        task.fire();
    }

    QDateTime m_now;
    std::vector<Task> m_tasks;
    quint64 m_nextOrder = 0;
};

namespace detail {
// Counts the events Qt delivers on this thread: a pass that delivers none means nothing was waiting.
class EventCounter final : public QObject {
public:
    EventCounter() { QCoreApplication::instance()->installEventFilter(this); }
    ~EventCounter() override { QCoreApplication::instance()->removeEventFilter(this); }
    int delivered = 0;

protected:
    bool eventFilter(QObject *, QEvent *) override {
        ++delivered;
        return false;
    }
};
} // namespace detail

// Runs the event loop until `condition` holds. Whenever a pass over Qt's events delivers nothing and the
// condition still fails, moves `time` on to its next task and runs it; waits for real events (bounded by
// `timeoutMs` of real time) only when no manual task is left. For work that is all in-process: a reply still
// travelling over a real socket would be overtaken by manual time.
inline bool waitAdvancing(ManualTime &time, const std::function<bool()> &condition, int timeoutMs = 5000) {
    detail::EventCounter counter;
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        counter.delivered = 0;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (counter.delivered > 0 || condition())
            continue;
        if (!time.advanceToNext())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace callbridge::test
