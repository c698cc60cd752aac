#include "sandboxharness.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace callbridge::sandbox::testing {

QByteArray ApiReply::header(const QByteArray &name) const {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray RequestSpec::agentAuthorization() {
    return authorizationFor(QStringLiteral("agent@example.com"), QStringLiteral("sandbox"));
}

QByteArray RequestSpec::authorizationFor(const QString &email, const QString &token) {
    return "Basic " + (email + QStringLiteral("/token:") + token).toUtf8().toBase64();
}

SandboxHarness::SandboxHarness(const zendesk::ZendeskConfig &config)
    : m_zendesk(config) {
    m_zendesk.setClock([this] { return m_now; });
    if (!m_zendesk.open(QStringLiteral(":memory:")))
        qFatal("cannot open the sandbox store");
    m_zendesk.registerRoutes(m_server);
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        qFatal("cannot listen: %s", qUtf8Printable(m_server.errorString()));
}

zendesk::ZendeskConfig SandboxHarness::defaultConfig() {
    zendesk::ZendeskConfig config;
    config.indexLagSeconds = 60;
    config.seed = 7;
    return config;
}

QDateTime SandboxHarness::startTime() {
    return QDateTime::fromString(QStringLiteral("2026-03-02T09:00:00Z"), Qt::ISODate);
}

QUrl SandboxHarness::url(const QString &path) const {
    return QUrl(m_server.baseUrl().toString() + path);
}

ApiReply SandboxHarness::request(const RequestSpec &spec, int waitMs) {
    QNetworkRequest request(url(spec.path));
    if (!spec.authorization.isEmpty())
        request.setRawHeader("Authorization", spec.authorization);
    request.setRawHeader("Accept", "application/json");
    for (const auto &header : spec.headers)
        request.setRawHeader(header.first, header.second);
    if (spec.transferTimeoutMs > 0)
        request.setTransferTimeout(spec.transferTimeoutMs);
    QByteArray payload;
    if (spec.hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(spec.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, spec.verb, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(waitMs);
    if (!reply->isFinished())
        loop.exec();

    ApiReply out;
    out.finished = reply->isFinished();
    if (!out.finished)
        reply->abort();
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    reply->deleteLater();
    return out;
}

ApiReply SandboxHarness::get(const QString &path) {
    RequestSpec spec;
    spec.path = path;
    return request(spec);
}

ApiReply SandboxHarness::post(const QString &path, const QJsonObject &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers) {
    RequestSpec spec;
    spec.verb = QByteArrayLiteral("POST");
    spec.path = path;
    spec.body = body;
    spec.hasBody = true;
    spec.headers = headers;
    return request(spec);
}

ApiReply SandboxHarness::put(const QString &path, const QJsonObject &body) {
    RequestSpec spec;
    spec.verb = QByteArrayLiteral("PUT");
    spec.path = path;
    spec.body = body;
    spec.hasBody = true;
    return request(spec);
}

ApiReply SandboxHarness::control(const QByteArray &verb, const QString &path, const QJsonObject &body) {
    RequestSpec spec;
    spec.verb = verb;
    spec.path = path;
    spec.body = body;
    spec.hasBody = verb != "GET";
    spec.authorization.clear();
    return request(spec);
}

} // namespace callbridge::sandbox::testing
