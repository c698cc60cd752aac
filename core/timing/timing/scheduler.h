#pragma once

#include <QObject>
#include <chrono>
#include <functional>

namespace callbridge {

// Runs work later. Core never starts a timer of its own for a wait it decides (a retry, a pause), so tests
// can replace time itself.
class Scheduler {
public:
    virtual ~Scheduler() = default;
    // Runs `fire` on `context`'s thread once `delay` has passed; dropped when `context` is destroyed first.
    virtual void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) = 0;
};

// The real one: a single-shot Qt timer per task.
class QtScheduler final : public Scheduler {
public:
    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) override;
};

} // namespace callbridge
