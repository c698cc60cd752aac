#pragma once

#include "backend.h"
#include "knobs.h"
#include "requestlog.h"
#include "sandbox/http/httpresponder.h"
#include "sandbox/http/routetable.h"

#include <QObject>

namespace callbridge::sandbox {
class SandboxServer;
}

namespace callbridge::sandbox::zendesk {

// The local Zendesk: /api/v2/* (Zendesk API subset) and /sandbox/zendesk/* (control API) on a SandboxServer.
//
// Every /api/v2 request goes through: request log → latency (+ jitter) → fault injection → API-token auth
// (401) → end-user check (403) → account rate limit (429) → route (.json suffix optional; 404
// InvalidEndpoint) → handler. Faults: "429"/"500"/"503" answer at once without touching state; "reset" and
// "timeout" first run the request in half of the cases (seeded coin; `processed` in the log) and then abort
// the connection (after half a response when processed) or never answer.
class ZendeskService : public QObject {
    Q_OBJECT
public:
    explicit ZendeskService(const ZendeskConfig &config = {}, QObject *parent = nullptr);
    ~ZendeskService() override;

    // Opens the SQLite database (`path` or ":memory:") and seeds the demo data when it is empty.
    bool open(const QString &path);
    QString errorString() const;
    // Injectable "now" for index lag, idempotency window, rate-limit windows and timestamps (default: system
    // UTC).
    void setClock(Clock clock);
    void registerRoutes(SandboxServer &server);

    const ZendeskConfig &config() const { return m_backend.config; }
    bool applyConfig(const QJsonObject &json, QString *error);
    void reset(); // reseed, forget idempotency keys, rate-limit window, request log and screen-pops
    const RequestLog &requestLog() const { return m_log; }
    ZendeskStore &store() { return m_backend.store; }

private:
    struct Outcome {
        HttpResponse response;
        QString endpoint;
        bool processed = false;
    };
    void handle(const HttpRequest &request, const HttpResponder &responder);
    void process(const HttpRequest &request, const HttpResponder &responder, qint64 seq, qint64 startedMs);
    Outcome execute(const HttpRequest &request);
    void finish(qint64 seq, int status, const QString &fault, bool processed, const QString &endpoint,
                const HttpResponse *response, qint64 startedMs);
    void registerControlRoutes(SandboxServer &server);

    ZendeskBackend m_backend;
    RouteTable<ApiHandler> m_routes;
    RequestLog m_log;
    FaultDice m_dice;
    RateLimiter m_rateLimiter;
    SandboxServer *m_server = nullptr;
};

} // namespace callbridge::sandbox::zendesk
