#pragma once

// SandboxServer: the sandbox's loopback HTTP/1.1 server and its router. Modules (the local Zendesk, the
// simulated CCP, …) register route groups on one shared instance. See sandbox/ROUTES.md for a walkthrough.
//
//   SandboxServer server;
//   server.route("GET", "/sandbox/contacts/{id}", [](const HttpRequest &request) {
//       return HttpResponse::json(200, QJsonObject{{"contactId", request.pathParams.value("id")}});
//   });
//   server.routeAsync("POST", "/sandbox/calls", [](const HttpRequest &request, HttpResponder responder) {
//       QTimer::singleShot(200, qApp, [responder] { responder.send(HttpResponse::json(201, {})); });
//   });
//   server.serveStatic("/ccp-v2/", ":/ccp");        // or a directory on disk
//   server.listen(QHostAddress::LocalHost, 0);      // refuses non-loopback addresses
//   server.baseUrl();                               // "http://127.0.0.1:43123"
//
// Patterns: literal segments, "{name}" (one segment → request.pathParams["name"]) and a final "*" (the rest
// of the path → request.pathParams["*"]). Method "*" = any. The most specific match wins (see RouteTable).
// Unmatched paths get 404, a path known under another method 405 (JSON {"error": …}).
// Routes under "/sandbox/" are control endpoints: requests from a non-loopback peer get 403 before any
// handler. Handlers run on the server's thread; a synchronous handler returns its response, an asynchronous
// one answers through the HttpResponder whenever it wants (or aborts the connection, or never answers).
// Routes may be added before or after listen().

#include "sandbox/http/httpmessage.h"
#include "sandbox/http/httpresponder.h"
#include "sandbox/http/routetable.h"

#include <QObject>
#include <functional>

class QTcpServer;

namespace callbridge::sandbox {

class SandboxServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using AsyncHandler = std::function<void(const HttpRequest &, HttpResponder)>;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    void route(const QByteArray &method, const QString &pattern, Handler handler);
    void routeAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler);
    // Serves files below `directory` (a path on disk or a Qt resource path such as ":/ccp") for GET/HEAD
    // requests under `urlPrefix` (e.g. "/ccp-v2/"); "index.html" for the prefix itself. No ".." escapes.
    void serveStatic(const QString &urlPrefix, const QString &directory);

    // Listens on a loopback address (port 0 = any free port). Returns false, with errorString(), otherwise.
    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // e.g. http://127.0.0.1:43123
    QString errorString() const;

private:
    void onNewConnection();
    void dispatch(HttpRequest request, HttpResponder responder);

    QTcpServer *m_tcp = nullptr;
    RouteTable<AsyncHandler> m_routes;
    QString m_error;
};

// Parses "HOST:PORT" (e.g. "127.0.0.1:0", "[::1]:8080", "localhost:80"). Returns false on malformed input.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace callbridge::sandbox
