#include "sandbox/sandboxserver.h"

#include "sandbox/http/httpconnection.h"
#include "sandbox/http/staticfiles.h"

#include <QJsonObject>
#include <QTcpServer>

namespace callbridge::sandbox {

namespace {

HttpResponse errorResponse(int status, const QString &error) {
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

bool isControlPath(const QString &path) {
    return path == QLatin1String("/sandbox") || path.startsWith(QLatin1String("/sandbox/"));
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this)) {
    connect(m_tcp, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::route(const QByteArray &method, const QString &pattern, Handler handler) {
    m_routes.add(method, pattern,
                 [handler = std::move(handler)](const HttpRequest &request, HttpResponder responder) {
                     responder.send(handler(request));
                 });
}

void SandboxServer::routeAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler) {
    m_routes.add(method, pattern, std::move(handler));
}

void SandboxServer::serveStatic(const QString &urlPrefix, const QString &directory) {
    QString prefix = urlPrefix;
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    route("GET", prefix + QLatin1Char('*'), [directory](const HttpRequest &request) {
        return serveFile(directory, request.pathParams.value(QStringLiteral("*")));
    });
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port) {
    if (!address.isLoopback()) {
        m_error = QStringLiteral("refusing to listen on non-loopback address %1").arg(address.toString());
        return false;
    }
    if (!m_tcp->listen(address, port)) {
        m_error = m_tcp->errorString();
        return false;
    }
    return true;
}

bool SandboxServer::isListening() const {
    return m_tcp->isListening();
}

quint16 SandboxServer::port() const {
    return m_tcp->serverPort();
}

QUrl SandboxServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp->serverAddress().toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

QString SandboxServer::errorString() const {
    return m_error;
}

void SandboxServer::onNewConnection() {
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        new HttpConnection(
            socket,
            [this](HttpRequest request, HttpResponder responder) {
                dispatch(std::move(request), std::move(responder));
            },
            this);
    }
}

void SandboxServer::dispatch(HttpRequest request, HttpResponder responder) {
    if (isControlPath(request.path) && !request.peer.isLoopback()) {
        responder.send(errorResponse(403, QStringLiteral("control endpoints are loopback-only")));
        return;
    }
    const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
    RouteTable<AsyncHandler>::Miss miss{};
    const auto match = m_routes.match(method, request.path, &miss);
    if (!match) {
        responder.send(miss == RouteTable<AsyncHandler>::Miss::MethodNotAllowed
                           ? errorResponse(405, QStringLiteral("MethodNotAllowed"))
                           : errorResponse(404, QStringLiteral("InvalidEndpoint")));
        return;
    }
    request.pathParams = match->params;
    request.routePattern = match->pattern;
    match->handler(request, responder);
}

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

} // namespace callbridge::sandbox
