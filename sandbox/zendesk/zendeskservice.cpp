#include "zendeskservice.h"

#include "auth.h"
#include "sandbox/sandboxserver.h"
#include "searchapi.h"
#include "seed.h"
#include "ticketapi.h"
#include "userapi.h"
#include "voiceapi.h"

#include <QDateTime>
#include <QTimer>

namespace callbridge::sandbox::zendesk {

namespace {

qint64 monotonicMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

HttpResponse unauthenticated() {
    HttpResponse response = HttpResponse::json(
        401, QJsonObject{{QStringLiteral("error"), QStringLiteral("Couldn't authenticate you")}});
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Basic realm=\"Web Password\""));
    return response;
}

HttpResponse faultResponse(const QString &kind) {
    if (kind == QLatin1String("429")) {
        HttpResponse response =
            HttpResponse::json(429, QJsonObject{{QStringLiteral("error"), QStringLiteral("TooManyRequests")},
                                                {QStringLiteral("description"),
                                                 QStringLiteral("Rate limit exceeded (injected fault)")}});
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        return response;
    }
    if (kind == QLatin1String("503"))
        return HttpResponse::json(
            503, QJsonObject{{QStringLiteral("error"), QStringLiteral("ServiceUnavailable")},
                             {QStringLiteral("description"),
                              QStringLiteral("Service temporarily unavailable (injected)")}});
    return HttpResponse::json(
        500,
        QJsonObject{{QStringLiteral("error"), QStringLiteral("InternalServerError")},
                    {QStringLiteral("description"), QStringLiteral("Internal server error (injected)")}});
}

QString stripJsonSuffix(const QString &path) {
    return path.endsWith(QLatin1String(".json")) ? path.left(path.size() - 5) : path;
}

} // namespace

ZendeskService::ZendeskService(const ZendeskConfig &config, QObject *parent)
    : QObject(parent) {
    m_backend.config = config;
    m_dice.reseed(config.seed);
    registerUserRoutes(m_routes, m_backend);
    registerTicketRoutes(m_routes, m_backend);
    registerSearchRoutes(m_routes, m_backend);
    registerVoiceRoutes(m_routes, m_backend);
}

ZendeskService::~ZendeskService() = default;

bool ZendeskService::open(const QString &path) {
    if (!m_backend.store.open(path))
        return false;
    if (m_backend.store.isEmpty()) {
        seedDemoData(m_backend.store, m_backend.now(), m_backend.config.agentEmail);
    } else if (auto agent = m_backend.store.user(seed::agentId)) {
        agent->email = m_backend.config.agentEmail; // --email applies to an existing data dir too
        m_backend.store.updateUser(*agent);
    }
    return true;
}

QString ZendeskService::errorString() const {
    return m_backend.store.errorString();
}

void ZendeskService::setClock(Clock clock) {
    m_backend.clock = std::move(clock);
}

bool ZendeskService::applyConfig(const QJsonObject &json, QString *error) {
    const quint64 oldSeed = m_backend.config.seed;
    if (!m_backend.config.apply(json, error))
        return false;
    if (json.contains(QLatin1String("seed")) || oldSeed != m_backend.config.seed)
        m_dice.reseed(m_backend.config.seed);
    return true;
}

void ZendeskService::reset() {
    seedDemoData(m_backend.store, m_backend.now(), m_backend.config.agentEmail);
    m_backend.idempotency.clear();
    m_backend.displays = QJsonArray();
    m_rateLimiter.reset();
    m_log.clear();
    m_dice.reseed(m_backend.config.seed);
}

void ZendeskService::registerRoutes(SandboxServer &server) {
    m_server = &server;
    server.routeAsync(
        "*", QStringLiteral("/api/v2/*"),
        [this](const HttpRequest &request, HttpResponder responder) { handle(request, responder); });
    registerControlRoutes(server);
}

void ZendeskService::handle(const HttpRequest &request, const HttpResponder &responder) {
    if (m_server)
        m_backend.baseUrl = m_server->baseUrl();
    RequestLogEntry entry;
    entry.time = m_backend.now();
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    const qint64 seq = m_log.append(entry);
    const qint64 startedMs = monotonicMs();
    const int delay = m_backend.config.latencyMs + m_dice.jitter(m_backend.config.jitterMs);
    if (delay <= 0) {
        process(request, responder, seq, startedMs);
        return;
    }
    QTimer::singleShot(delay, this, [this, request, responder, seq, startedMs] {
        process(request, responder, seq, startedMs);
    });
}

void ZendeskService::process(const HttpRequest &request, const HttpResponder &responder, qint64 seq,
                             qint64 startedMs) {
    const std::optional<QString> fault = m_dice.roll(m_backend.config.faultRate, m_backend.config.faultKinds);
    if (!fault) {
        const Outcome outcome = execute(request);
        responder.send(outcome.response);
        finish(seq, outcome.response.status, QString(), outcome.processed, outcome.endpoint,
               &outcome.response, startedMs);
        return;
    }
    if (*fault != QLatin1String("reset") && *fault != QLatin1String("timeout")) {
        const HttpResponse response = faultResponse(*fault);
        responder.send(response);
        finish(seq, response.status, *fault, false, QString(), &response, startedMs);
        return;
    }
    Outcome outcome;
    if (m_dice.coin())
        outcome = execute(request);
    if (*fault == QLatin1String("reset")) {
        // Applied, then cut off mid-answer or before a single byte (the case an HTTP stack may silently
        // resend).
        if (outcome.processed && m_dice.coin())
            responder.sendTruncatedAndAbort(outcome.response);
        else
            responder.abortConnection();
    }
    // "timeout": the responder is dropped unanswered; the client waits until it gives up.
    finish(seq, 0, *fault, outcome.processed, outcome.endpoint, nullptr, startedMs);
}

ZendeskService::Outcome ZendeskService::execute(const HttpRequest &request) {
    Outcome outcome;
    BasicTokenCredentials credentials;
    std::optional<User> me;
    if (parseApiTokenAuth(request.header(QByteArrayLiteral("Authorization")), &credentials)
        && credentials.token == m_backend.config.apiToken)
        me = m_backend.store.userByEmail(credentials.email);
    if (!me) {
        outcome.response = unauthenticated();
        return outcome;
    }
    const RateLimiter::Decision rate =
        m_rateLimiter.take(m_backend.now(), m_backend.config.rateLimitPerMinute);
    const auto withRateHeaders = [&rate](HttpResponse response) {
        if (rate.limit > 0) {
            response.setHeader(QByteArrayLiteral("X-Rate-Limit"), QByteArray::number(rate.limit));
            response.setHeader(QByteArrayLiteral("X-Rate-Limit-Remaining"),
                               QByteArray::number(rate.remaining));
        }
        return response;
    };
    if (!rate.allowed) {
        HttpResponse response = HttpResponse::json(
            429, QJsonObject{{QStringLiteral("error"), QStringLiteral("TooManyRequests")},
                             {QStringLiteral("description"),
                              QStringLiteral("Number of allowed API requests per minute exceeded")}});
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(rate.retryAfterSeconds));
        outcome.response = withRateHeaders(response);
        return outcome;
    }
    const QString apiPath = stripJsonSuffix(request.path);
    const auto match = m_routes.match(request.method, apiPath);
    if (!match) {
        outcome.response = withRateHeaders(invalidEndpoint());
        return outcome;
    }
    outcome.endpoint = QString::fromLatin1(request.method) + QLatin1Char(' ') + match->pattern;
    if (!me->isAgent() && match->pattern != QLatin1String("/api/v2/users/me")) {
        outcome.response = withRateHeaders(forbidden());
        return outcome;
    }
    bool ok = true;
    const QJsonObject body = request.jsonObject(&ok);
    if (!ok) {
        outcome.response = withRateHeaders(
            badRequest(QStringLiteral("InvalidJSON"), QStringLiteral("The body is not a JSON object")));
        return outcome;
    }
    const ApiRequest apiRequest{request, *me, apiPath, match->params, body};
    outcome.processed = true;
    outcome.response = withRateHeaders(match->handler(apiRequest));
    return outcome;
}

void ZendeskService::finish(qint64 seq, int status, const QString &fault, bool processed,
                            const QString &endpoint, const HttpResponse *response, qint64 startedMs) {
    RequestLogEntry *entry = m_log.find(seq);
    if (!entry)
        return;
    entry->status = status;
    entry->fault = fault;
    entry->processed = processed;
    entry->endpoint = endpoint;
    entry->durationMs = monotonicMs() - startedMs;
    if (response)
        entry->idempotency = QString::fromLatin1(response->header(QByteArrayLiteral("x-idempotency-lookup")));
}

void ZendeskService::registerControlRoutes(SandboxServer &server) {
    server.route("GET", QStringLiteral("/sandbox/zendesk/config"),
                 [this](const HttpRequest &) { return HttpResponse::json(200, m_backend.config.toJson()); });
    const auto putConfig = [this](const HttpRequest &request) {
        bool ok = false;
        const QJsonObject json = request.jsonObject(&ok);
        QString error;
        if (!ok)
            error = QStringLiteral("body must be a JSON object");
        else if (applyConfig(json, &error))
            return HttpResponse::json(200, m_backend.config.toJson());
        return HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), error}});
    };
    server.route("PUT", QStringLiteral("/sandbox/zendesk/config"), putConfig);
    server.route("PATCH", QStringLiteral("/sandbox/zendesk/config"), putConfig);
    server.route("POST", QStringLiteral("/sandbox/zendesk/config"), putConfig);

    server.route("GET", QStringLiteral("/sandbox/zendesk/requests"), [this](const HttpRequest &request) {
        QJsonArray requests;
        const QList<RequestLogEntry> entries =
            m_log.since(request.queryValue(QStringLiteral("since")).toLongLong());
        for (const RequestLogEntry &entry : entries)
            requests.append(entry.toJson());
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("requests"), requests}});
    });
    server.route("DELETE", QStringLiteral("/sandbox/zendesk/requests"), [this](const HttpRequest &) {
        m_log.clear();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    });
    server.route("GET", QStringLiteral("/sandbox/zendesk/stats"),
                 [this](const HttpRequest &) { return HttpResponse::json(200, m_log.stats()); });
    server.route("POST", QStringLiteral("/sandbox/zendesk/reset"), [this](const HttpRequest &) {
        reset();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    });
    server.route("GET", QStringLiteral("/sandbox/zendesk/displays"), [this](const HttpRequest &) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("displays"), m_backend.displays}});
    });
}

} // namespace callbridge::sandbox::zendesk
