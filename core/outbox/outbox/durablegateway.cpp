#include "durablegateway.h"

#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace callbridge {

using namespace zendesk;
using namespace std::chrono;

namespace {

// Refusals that are about this write and will not change by retrying it.
bool isPermanent(const Error &e) {
    switch (e.kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Malformed:
    case ErrorKind::Conflict:
    case ErrorKind::Refused:
        return !e.outcomeUnknown;
    default:
        return false; // rate limit, outage, network, timeout, and auth (an admin can fix the token: keep it)
    }
}

} // namespace

QString OutboxStatus::summary(const QDateTime &now) const {
    if (pending == 0)
        return zendeskReachable ? QStringLiteral("All call details are in Zendesk.")
                                : QStringLiteral("Zendesk is not reachable: ") + lastError;
    const qint64 minutes =
        oldestPendingAt.isValid() ? std::max<qint64>(0, oldestPendingAt.secsTo(now) / 60) : 0;
    QString why;
    if (rateLimited)
        why = QStringLiteral("Zendesk is rate-limiting");
    else if (!zendeskReachable)
        why = QStringLiteral("Zendesk is not reachable (") + lastError + u')';
    else
        why = QStringLiteral("sending");
    return QStringLiteral("%1 call %2 waiting (oldest %3 min) — %4; nothing is lost.")
        .arg(pending)
        .arg(pending == 1 ? QStringLiteral("update") : QStringLiteral("updates"))
        .arg(minutes)
        .arg(why);
}

DurableGateway::DurableGateway(Writer &inner, OutboxStore &store, const Clock &clock, Scheduler &scheduler,
                               Backoff retry, QObject *parent)
    : QObject(parent)
    , m_inner(inner)
    , m_store(store)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_retry(std::move(retry)) {}

OutboxStatus DurableGateway::status() const {
    OutboxStatus s;
    const QList<StoredWrite> pending = m_store.pending();
    s.pending = int(pending.size());
    for (const StoredWrite &w : pending) {
        if (!s.oldestPendingAt.isValid() || w.enqueuedAt < s.oldestPendingAt)
            s.oldestPendingAt = w.enqueuedAt;
    }
    s.zendeskReachable = m_reachable;
    s.rateLimited = m_rateLimited;
    s.lastError = m_lastError;
    return s;
}

void DurableGateway::resume() {
    for (const StoredWrite &stored : m_store.pending()) {
        const QString key = stored.write.idempotencyKey;
        if (m_inFlight.contains(key))
            continue;
        InFlight flight;
        flight.write = stored.write;
        flight.write.firstAttemptAt = stored.enqueuedAt;
        flight.write.mayHaveBeenApplied = stored.state == StoredWrite::State::Sending || stored.attempts > 0;
        m_inFlight.insert(key, flight);
        attempt(key);
    }
    Q_EMIT statusChanged();
}

void DurableGateway::write(const Write &w, QObject *context, Callback<WriteResult> done) {
    if (w.idempotencyKey.isEmpty())
        return m_inner.write(w, context, std::move(done)); // nothing to key it by: not durable

    const QString key = w.idempotencyKey;
    Waiter waiter{context, context != nullptr, std::move(done)};
    if (m_inFlight.contains(key)) {
        m_inFlight[key].waiters << waiter; // already being sent (e.g. resumed): wait for that attempt
        return;
    }
    InFlight flight;
    flight.write = w;
    if (const auto stored = m_store.find(key)) {
        if (stored->state == StoredWrite::State::Done) {
            WriteResult again = stored->result.value_or(WriteResult{});
            again.alreadyApplied = true;
            return deliver(waiter, Result<WriteResult>::success(again));
        }
        if (stored->state == StoredWrite::State::Failed) {
            Error e;
            e.kind = ErrorKind::Invalid;
            e.message = stored->lastError;
            return deliver(waiter, Result<WriteResult>::failure(e));
        }
        flight.write.firstAttemptAt = stored->enqueuedAt;
        flight.write.mayHaveBeenApplied =
            stored->state == StoredWrite::State::Sending || stored->attempts > 0;
    } else {
        const QDateTime now = m_clock.now();
        flight.write.firstAttemptAt = now;
        m_store.enqueue(flight.write, now); // stored before it is sent
    }
    flight.waiters << waiter;
    m_inFlight.insert(key, flight);
    Q_EMIT statusChanged();
    attempt(key);
}

void DurableGateway::screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                               Callback<bool> done) {
    m_inner.screenPop(agentId, target, id, context, std::move(done));
}

bool DurableGateway::retryFailed(const QString &key, QObject *context, Callback<zendesk::WriteResult> done) {
    const std::optional<StoredWrite> stored = m_store.find(key);
    if (!stored || stored->state != StoredWrite::State::Failed || m_inFlight.contains(key)
        || !m_store.requeueFailed(key))
        return false;
    InFlight flight;
    flight.write = stored->write;
    flight.write.firstAttemptAt = stored->enqueuedAt;
    flight.write.mayHaveBeenApplied = true; // a refusal may still have been applied: look before sending
    if (done)
        flight.waiters << Waiter{context, context != nullptr, std::move(done)};
    m_inFlight.insert(key, flight);
    attempt(key);
    Q_EMIT statusChanged();
    return true;
}

void DurableGateway::attempt(const QString &key) {
    if (!m_inFlight.contains(key))
        return;
    m_store.markSending(key);
    m_inner.write(m_inFlight.value(key).write, this,
                  [this, key](const Result<WriteResult> &r) { onResult(key, r); });
}

void DurableGateway::onResult(const QString &key, const Result<WriteResult> &r) {
    if (!m_inFlight.contains(key))
        return;
    if (r.ok() || isPermanent(r.error)) {
        if (r.ok()) {
            m_reachable = true;
            m_rateLimited = false;
        }
        return settle(key, r);
    }
    // Transient: keep it, retry later. If it may have reached Zendesk, look it up before sending it again.
    InFlight &flight = m_inFlight[key];
    ++flight.failures;
    if (r.error.outcomeUnknown)
        flight.write.mayHaveBeenApplied = true;
    noteReachability(r.error);
    const milliseconds delay = m_retry.delay(flight.failures, r.error.retryAfter);
    m_store.markFailed(key, r.error.message, false, m_clock.now().addMSecs(delay.count()));
    Q_EMIT statusChanged();
    m_scheduler.schedule(delay, this, [this, key] { attempt(key); });
}

void DurableGateway::settle(const QString &key, const Result<WriteResult> &r) {
    if (r.ok())
        m_store.markDone(key, r.value);
    else
        m_store.markFailed(key, r.error.message, true, {});
    const InFlight flight = m_inFlight.take(key);
    Q_EMIT statusChanged();
    for (const Waiter &w : flight.waiters)
        deliver(w, r);
}

void DurableGateway::deliver(Waiter waiter, const Result<WriteResult> &result) {
    QObject *target = waiter.context ? waiter.context.data() : this;
    if (waiter.guarded && !waiter.context)
        return;
    QTimer::singleShot(0, target, [waiter, result] {
        if ((!waiter.guarded || waiter.context) && waiter.done)
            waiter.done(result);
    });
}

void DurableGateway::noteReachability(const Error &error) {
    m_rateLimited = error.kind == ErrorKind::RateLimited;
    m_reachable = error.kind == ErrorKind::RateLimited;
    m_lastError =
        error.kind == ErrorKind::Auth ? QStringLiteral("Zendesk refused the credentials") : error.message;
}

} // namespace callbridge
