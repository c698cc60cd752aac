#pragma once

#include "sandbox/sandboxserver.h"
#include "sandbox/zendesk/zendeskservice.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace callbridge::sandbox::testing {

struct ApiReply {
    bool finished = false; // false: the client gave up (bounded wait or transfer timeout)
    int status = 0;        // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

struct RequestSpec {
    QByteArray verb = QByteArrayLiteral("GET");
    QString path; // with query, e.g. "/api/v2/users/me.json"
    QJsonObject body;
    bool hasBody = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray authorization = agentAuthorization();
    int transferTimeoutMs = 0; // QNetworkRequest transfer timeout (0 = none)

    static QByteArray agentAuthorization();
    static QByteArray authorizationFor(const QString &email, const QString &token);
};

// A local Zendesk on 127.0.0.1:0 in this process, with an injected clock, and a QNetworkAccessManager that
// talks to it over real sockets. Every wait is bounded (signals + timeout), never a sleep.
class SandboxHarness {
public:
    explicit SandboxHarness(const zendesk::ZendeskConfig &config = defaultConfig());

    static zendesk::ZendeskConfig defaultConfig(); // index lag 60 s, no faults, no limit, seed 7
    static QDateTime startTime();                  // 2026-03-02T09:00:00Z

    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    QDateTime now() const { return m_now; }
    QUrl url(const QString &path) const;

    ApiReply request(const RequestSpec &spec, int waitMs = 10000);
    ApiReply get(const QString &path);
    ApiReply post(const QString &path, const QJsonObject &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ApiReply put(const QString &path, const QJsonObject &body);
    ApiReply control(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    SandboxServer &server() { return m_server; }
    zendesk::ZendeskService &zendesk() { return m_zendesk; }

private:
    QDateTime m_now = startTime();
    SandboxServer m_server;
    zendesk::ZendeskService m_zendesk;
    QNetworkAccessManager m_network;
};

} // namespace callbridge::sandbox::testing
