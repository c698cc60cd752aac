#pragma once

#include "timing/backoff.h"
#include "timing/clock.h"
#include "timing/scheduler.h"
#include "zendeskrequest.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcZendesk)

namespace callbridge::zendesk {

struct ClientConfig {
    QUrl baseUrl; // https://{subdomain}.zendesk.com, any https URL, or http to a loopback host
    QString email;
    QString apiToken;                          // never logged
    std::chrono::milliseconds timeout{30'000}; // without any network activity
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    int maxInFlight = 4;
    // Resending a request that never reached Zendesk (connection refused, host not found).
    Backoff unsentRetry{std::chrono::milliseconds(500), std::chrono::seconds(30), {}};
    int maxSends = 5; // sends of one request, the first included, while 429s or unsent failures repeat
    std::chrono::seconds maxRetryAfter{120};    // a longer Retry-After is shortened to this
    std::chrono::seconds missingRetryAfter{10}; // a 429 without Retry-After waits this long
};

// Sends Requests to Zendesk and hands back Replies. Owns the transport guardrails: base URL policy,
// credentials, per-request timeout, response size cap, no redirects, a cap on concurrent requests and the
// account-wide pause on 429 (Retry-After, then the request is sent again). It resends by itself only what
// never reached Zendesk (connection refused, host not found); every other failure (5xx, timeout, reset) goes
// back to the caller at once: the outbox retries writes and the engine retries lookups.
class ZendeskClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Reply &)>;

    // `clock` reads Retry-After dates, `scheduler` runs the pauses and resends; both must outlive the client.
    // `network` may be null: the client then creates and owns its own.
    ZendeskClient(ClientConfig config, const Clock &clock, Scheduler &scheduler,
                  QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ZendeskClient() override;

    // Queues `request`; `done` runs later on this thread (never inside send), unless `context` is destroyed
    // first.
    void send(Request request, QObject *context, Done done);

    // Why `config` cannot be used (kind Refused), or an Error of kind None.
    static Error checkConfig(const ClientConfig &config);
    // Why `request` cannot be sent (kind Refused: bad Idempotency-Key or path), or an Error of kind None.
    static Error checkRequest(const Request &request);

    const ClientConfig &config() const { return m_config; }
    QDateTime now() const { return m_clock.now(); }

    // Requests put on the wire, retries included. Benchmarks count requests per call with it.
    quint64 requestsSent() const { return m_requestsSent; }
    int inFlight() const { return m_inFlight; }
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void requestStarted(const QString &method, const QString &path, int attempt);
    void rateLimited(qint64 waitSeconds);

private:
    struct Job;
    void enqueue(std::shared_ptr<Job> job, bool front);
    void dispatch();
    void start(const std::shared_ptr<Job> &job);
    void onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    void resendOrFinish(const std::shared_ptr<Job> &job, const Reply &reply, bool neverReached);
    void pauseQueue(std::chrono::milliseconds wait);
    static void finish(const std::shared_ptr<Job> &job, const Reply &reply);

    ClientConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_authorization;
    const Clock &m_clock;
    Scheduler &m_scheduler;
    std::deque<std::shared_ptr<Job>> m_queue;
    int m_inFlight = 0;
    bool m_paused = false;
    quint64 m_pauseGeneration = 0;
    quint64 m_requestsSent = 0;
};

} // namespace callbridge::zendesk
