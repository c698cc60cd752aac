#pragma once

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
    RetryPolicy retry;
};

// Sends Requests to Zendesk and hands back Replies. Owns the transport guardrails: base URL policy,
// credentials, per-request timeout, response size cap, no redirects, bounded retries with backoff,
// Retry-After (which pauses the whole queue: the limit is account wide) and a cap on concurrent requests.
class ZendeskClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Reply &)>;
    // Runs `fire` after `delay`. Tests replace it to record delays and fire at once.
    using Scheduler = std::function<void(std::chrono::milliseconds delay, std::function<void()> fire)>;

    // `network` may be null: the client then creates and owns its own.
    explicit ZendeskClient(ClientConfig config, QNetworkAccessManager *network = nullptr,
                           QObject *parent = nullptr);
    ~ZendeskClient() override;

    // Queues `request`; `done` runs later on this thread (never inside send), unless `context` is destroyed
    // first.
    void send(Request request, QObject *context, Done done);

    // Why `config` cannot be used (kind Refused), or an Error of kind None.
    static Error checkConfig(const ClientConfig &config);
    // Why `request` cannot be sent (kind Refused: bad Idempotency-Key or path), or an Error of kind None.
    static Error checkRequest(const Request &request);

    const ClientConfig &config() const { return m_config; }
    void setScheduler(Scheduler scheduler);
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;
    // Runs `fire` after `delay` through the scheduler, dropped when the client is destroyed.
    void schedule(std::chrono::milliseconds delay, std::function<void()> fire);

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
    void retryOrFinish(const std::shared_ptr<Job> &job, Reply reply, bool transient);
    void pauseQueue(std::chrono::milliseconds wait);
    static void finish(const std::shared_ptr<Job> &job, const Reply &reply);

    ClientConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_authorization;
    Scheduler m_scheduler;
    std::function<QDateTime()> m_now;
    std::deque<std::shared_ptr<Job>> m_queue;
    int m_inFlight = 0;
    bool m_paused = false;
    quint64 m_pauseGeneration = 0;
    quint64 m_requestsSent = 0;
};

} // namespace callbridge::zendesk
