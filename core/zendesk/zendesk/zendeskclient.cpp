#include "zendeskclient.h"

#include "oneshotupload.h"
#include "zendeskhttperror.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcZendesk, "callbridge.zendesk", QtInfoMsg)

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

struct ZendeskClient::Job {
    Request request;
    QPointer<QObject> context;
    bool guarded = false; // a context was given: drop the job once it is gone
    Done done;
    int attempts = 0;
    bool timedOut = false;
    bool tooLarge = false;

    bool contextGone() const { return guarded && context.isNull(); }
};

namespace {

bool isLoopbackHost(const QString &host) {
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error refused(const QString &message) {
    Error error;
    error.kind = ErrorKind::Refused;
    error.message = message;
    return error;
}

// Network errors that prove the request never reached the server (safe to send again).
bool neverSent(QNetworkReply::NetworkError code) {
    return code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError
           || code == QNetworkReply::ProxyConnectionRefusedError || code == QNetworkReply::ProxyNotFoundError
           || code == QNetworkReply::SslHandshakeFailedError;
}

// Network errors that will not go away by trying again.
bool permanent(QNetworkReply::NetworkError code) {
    return code == QNetworkReply::SslHandshakeFailedError || code == QNetworkReply::ProtocolUnknownError
           || code == QNetworkReply::ProtocolInvalidOperationError;
}

// Worth sending again by the client itself: it never left, and it may get through next time.
bool resendable(QNetworkReply::NetworkError code) {
    return neverSent(code) && !permanent(code);
}

} // namespace

ZendeskClient::ZendeskClient(ClientConfig config, const Clock &clock, Scheduler &scheduler,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_scheduler(scheduler) {
    const QByteArray credentials = (m_config.email + u"/token:"_s + m_config.apiToken).toUtf8();
    m_authorization = "Basic " + credentials.toBase64();
}

ZendeskClient::~ZendeskClient() = default;

Error ZendeskClient::checkConfig(const ClientConfig &config) {
    const QUrl &url = config.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        return refused(u"Zendesk base URL is not a valid URL"_s);
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return refused(u"Zendesk base URL must not contain credentials, a query or a fragment"_s);
    }
    const QString scheme = url.scheme().toLower();
    const bool secure = scheme == u"https"_s;
    const bool localPlain = scheme == u"http"_s && isLoopbackHost(url.host());
    if (!secure && !localPlain) {
        return refused(u"Zendesk base URL must use https (plain http only to a loopback host)"_s);
    }
    if (config.email.trimmed().isEmpty() || config.apiToken.isEmpty()) {
        return refused(u"Zendesk email or API token missing"_s);
    }
    return {};
}

Error ZendeskClient::checkRequest(const Request &request) {
    const QString &key = request.idempotencyKey;
    const bool printable =
        std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
    if (key.size() > 255 || !printable) {
        return refused(u"Idempotency-Key must be at most 255 printable ASCII characters"_s);
    }
    if (!request.path.startsWith(u"/api/v2/"_s) || request.path.contains(u".."_s)) {
        return refused(u"request path must be under /api/v2/"_s);
    }
    return {};
}

void ZendeskClient::send(Request request, QObject *context, Done done) {
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->context = context;
    job->guarded = context != nullptr;
    job->done = std::move(done);

    const Error configError =
        checkConfig(m_config).kind != ErrorKind::None ? checkConfig(m_config) : checkRequest(job->request);
    if (configError.kind != ErrorKind::None) {
        qCWarning(lcZendesk) << "refused" << methodName(job->request.method) << job->request.path << ":"
                             << configError.message;
        Reply reply;
        reply.error = configError;
        QMetaObject::invokeMethod(
            this, [job, reply] { finish(job, reply); }, Qt::QueuedConnection);
        return;
    }
    enqueue(std::move(job), false);
    dispatch();
}

void ZendeskClient::enqueue(std::shared_ptr<Job> job, bool front) {
    if (front) {
        m_queue.push_front(std::move(job));
    } else {
        m_queue.push_back(std::move(job));
    }
}

void ZendeskClient::dispatch() {
    while (!m_paused && m_inFlight < std::max(1, m_config.maxInFlight) && !m_queue.empty()) {
        std::shared_ptr<Job> job = std::move(m_queue.front());
        m_queue.pop_front();
        if (!job->contextGone()) {
            start(job);
        }
    }
}

void ZendeskClient::start(const std::shared_ptr<Job> &job) {
    const Request &request = job->request;
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + request.path);
    if (!request.query.isEmpty()) {
        url.setQuery(request.encodedQuery(), QUrl::StrictMode);
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Callbridge"));
    if (!request.idempotencyKey.isEmpty()) {
        networkRequest.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    }
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = nullptr;
    if (request.isWrite()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUpload(body);
        reply = request.method == Request::Method::Post ? m_network->post(networkRequest, upload)
                                                        : m_network->put(networkRequest, upload);
        upload->setParent(reply);
    } else {
        reply = m_network->get(networkRequest);
    }

    ++job->attempts;
    ++m_inFlight;
    ++m_requestsSent;
    job->timedOut = false;
    job->tooLarge = false;
    qCDebug(lcZendesk) << "->" << methodName(request.method) << request.path << "attempt" << job->attempts;

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_config.timeout);
    connect(timer, &QTimer::timeout, reply, [job, reply] {
        job->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    const qint64 cap = m_config.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, timer,
            [job, reply, timer, cap](qint64 received, qint64 total) {
                timer->start();
                if (received > cap || total > cap) {
                    job->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onFinished(job, reply); });
    timer->start();
    Q_EMIT requestStarted(methodName(request.method), request.path, job->attempts);
}

namespace {
// A transport error after the status line (codes below 100 are network-level in QNetworkReply), or fewer body
// bytes than Content-Length announced.
bool isTruncated(QNetworkReply *reply) {
    const QNetworkReply::NetworkError code = reply->error();
    if (code != QNetworkReply::NoError && int(code) < 100) {
        return true;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() && reply->bytesAvailable() < length.toLongLong();
}
} // namespace

void ZendeskClient::onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply) {
    reply->deleteLater();
    --m_inFlight;
    const bool isWrite = job->request.isWrite();
    Reply result;
    result.attempts = job->attempts;
    bool neverReached = false;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (job->timedOut) {
        result.error.kind = ErrorKind::Timeout;
        result.error.message = u"Zendesk did not answer within %1 ms"_s.arg(m_config.timeout.count());
        result.error.outcomeUnknown = isWrite;
    } else if (job->tooLarge) {
        result.error.kind = ErrorKind::Malformed;
        result.error.message = u"Zendesk response larger than %1 bytes"_s.arg(m_config.maxResponseBytes);
    } else if (status.isValid() && isTruncated(reply)) {
        // The answer started but the connection broke: the request may have been applied.
        result.httpStatus = status.toInt();
        result.error.kind = ErrorKind::Network;
        result.error.message =
            u"the connection broke while Zendesk was answering (HTTP %1)"_s.arg(result.httpStatus);
        result.error.outcomeUnknown = isWrite;
    } else if (status.isValid()) {
        result.httpStatus = status.toInt();
        const QByteArray body = reply->readAll();
        result.error = errorForHttpStatus(result.httpStatus, body);
        const QByteArray lookup = reply->rawHeader("x-idempotency-lookup").trimmed().toLower();
        result.idempotency = lookup == "hit"    ? IdempotencyLookup::Hit
                             : lookup == "miss" ? IdempotencyLookup::Miss
                                                : IdempotencyLookup::None;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (document.isObject()) {
            result.json = document.object();
        } else if (result.ok() && !body.trimmed().isEmpty()) {
            result.error.kind = ErrorKind::Malformed;
            result.error.httpStatus = result.httpStatus;
            result.error.message =
                u"Zendesk answered HTTP %1 with a body that is not a JSON object"_s.arg(result.httpStatus);
        }
        if (result.error.kind == ErrorKind::RateLimited) {
            const auto retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), now());
            result.error.retryAfter = retryAfter.value_or(m_config.missingRetryAfter);
        } else if (result.error.kind == ErrorKind::Unavailable) {
            const auto retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), now());
            result.error.retryAfter = retryAfter.value_or(std::chrono::seconds(0));
            result.error.outcomeUnknown = isWrite;
        } else if (result.error.kind == ErrorKind::Conflict && !job->request.idempotencyKey.isEmpty()) {
            // A concurrent request with the same Idempotency-Key is still running: it may yet be applied.
            result.error.outcomeUnknown = isWrite;
        }
    } else {
        const QNetworkReply::NetworkError code = reply->error();
        result.error.kind = ErrorKind::Network;
        result.error.message = reply->errorString();
        result.error.outcomeUnknown = isWrite && !neverSent(code);
        neverReached = resendable(code);
    }

    qCDebug(lcZendesk) << "<-" << methodName(job->request.method) << job->request.path << "HTTP"
                       << result.httpStatus << errorKindName(result.error.kind);
    resendOrFinish(job, result, neverReached);
    dispatch();
}

void ZendeskClient::resendOrFinish(const std::shared_ptr<Job> &job, const Reply &reply, bool neverReached) {
    const Error &error = reply.error;
    const bool limited = error.kind == ErrorKind::RateLimited; // not applied: any request may be resent
    if ((!limited && !neverReached) || job->attempts >= std::max(1, m_config.maxSends)
        || job->contextGone()) {
        finish(job, reply);
        return;
    }
    if (limited) {
        const auto wait = std::min<std::chrono::seconds>(error.retryAfter, m_config.maxRetryAfter);
        qCInfo(lcZendesk) << "rate limited; pausing all requests for" << wait.count() << "s";
        Q_EMIT rateLimited(static_cast<qint64>(wait.count()));
        enqueue(job, true);
        pauseQueue(wait);
        return;
    }
    const std::chrono::milliseconds delay = m_config.unsentRetry.delay(job->attempts);
    qCInfo(lcZendesk) << "resending" << methodName(job->request.method) << job->request.path << "after"
                      << delay.count() << "ms: it never reached Zendesk (" << error.message << ")";
    m_scheduler.schedule(delay, this, [this, job] {
        enqueue(job, false);
        dispatch();
    });
}

void ZendeskClient::pauseQueue(std::chrono::milliseconds wait) {
    m_paused = true;
    const quint64 generation = ++m_pauseGeneration;
    m_scheduler.schedule(wait, this, [this, generation] {
        if (generation == m_pauseGeneration) {
            m_paused = false;
            dispatch();
        }
    });
}

void ZendeskClient::finish(const std::shared_ptr<Job> &job, const Reply &reply) {
    if (!job->contextGone() && job->done) {
        job->done(reply);
    }
}

} // namespace callbridge::zendesk
