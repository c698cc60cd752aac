#pragma once

#include "outboxstore.h"
#include "timing/backoff.h"
#include "timing/clock.h"
#include "timing/scheduler.h"
#include "zendesk/zendeskgateway.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace callbridge {

// What the agent is told about writes that have not reached Zendesk yet.
struct OutboxStatus {
    int pending = 0;           // writes stored and not yet confirmed
    QDateTime oldestPendingAt; // enqueue time of the oldest one
    bool zendeskReachable = true;
    bool rateLimited = false;
    QString lastError; // the last transient error, in plain words

    QString summary(
        const QDateTime &now) const; // "3 call notes waiting (oldest 4 min) — Zendesk is …; nothing is lost"
};

// A writer in front of another that makes every write durable: the write is stored before it is sent and
// stays pending until Zendesk confirms it. Transient failures (rate limit, outage, network, unknown outcome)
// never reach the caller: the write is retried with backoff, as long as it takes, and the caller's callback
// runs on success. Writes Zendesk refuses for good (validation, not found) are reported to the caller and
// kept as failed. The same idempotency key is never sent twice at once, and a key already confirmed is
// answered from the store, so re-running a contact after a restart writes nothing twice.
class DurableGateway : public QObject, public zendesk::Writer {
    Q_OBJECT
public:
    // Retries wait `retry`'s delay, or Zendesk's Retry-After when it gave one (at most `retry.max`), on
    // `scheduler`. `clock` stamps what is stored. All three outlive the gateway.
    DurableGateway(zendesk::Writer &inner, OutboxStore &store, const Clock &clock, Scheduler &scheduler,
                   Backoff retry, QObject *parent = nullptr);

    // Sends every write left pending by an earlier run. Their callers are gone; results land in the store.
    void resume();
    // Sends a write that Zendesk refused for good once more (a person fixed the cause, or asks to try again),
    // with the same idempotency key: failed → pending, then retried like any other until Zendesk answers.
    // `done` gets that answer. False (and nothing sent) unless the stored write is failed.
    bool retryFailed(const QString &key, QObject *context = nullptr,
                     Callback<zendesk::WriteResult> done = {});
    OutboxStatus status() const;

    void write(const zendesk::Write &write, QObject *context, Callback<zendesk::WriteResult> done) override;
    // Not durable: a screen pop that did not happen is moot once the call moved on.
    void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                   Callback<bool> done) override;

Q_SIGNALS:
    void statusChanged();

private:
    struct Waiter {
        QPointer<QObject> context;
        bool guarded = false;
        Callback<zendesk::WriteResult> done;
    };
    struct InFlight {
        zendesk::Write write;
        QList<Waiter> waiters;
        int failures = 0;
    };

    void attempt(const QString &key);
    void onResult(const QString &key, const zendesk::Result<zendesk::WriteResult> &result);
    void settle(const QString &key, const zendesk::Result<zendesk::WriteResult> &result);
    void deliver(Waiter waiter, const zendesk::Result<zendesk::WriteResult> &result);
    void noteReachability(const zendesk::Error &error);

    zendesk::Writer &m_inner;
    OutboxStore &m_store;
    const Clock &m_clock;
    Scheduler &m_scheduler;
    Backoff m_retry;
    QHash<QString, InFlight> m_inFlight;
    bool m_reachable = true;
    bool m_rateLimited = false;
    QString m_lastError;
};

} // namespace callbridge
