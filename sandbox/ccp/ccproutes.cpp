#include "ccproutes.h"

#include "ccphttpapi.h"
#include "ccpsimulator.h"
#include "sandbox/sandboxserver.h"

#include <QTimer>
#include <algorithm>
#include <memory>

namespace callbridge::sandbox {

namespace {

constexpr int kMaxWaitSeconds = 25;

CcpHttpRequest toCcpRequest(const HttpRequest &request) {
    return {request.method, request.path, request.query, request.body};
}

HttpResponse toHttpResponse(const std::optional<CcpHttpReply> &reply) {
    if (!reply)
        return HttpResponse::json(404,
                                  QJsonObject{{QStringLiteral("error"), QStringLiteral("InvalidEndpoint")}});
    HttpResponse response;
    response.status = reply->status;
    response.body = reply->body;
    if (!reply->contentType.isEmpty())
        response.setHeader(QByteArrayLiteral("Content-Type"), reply->contentType);
    for (const auto &[name, value] : reply->headers)
        response.setHeader(name, value);
    return response;
}

} // namespace

void registerCcpRoutes(SandboxServer &server, CcpSimulator &simulator, const QStringList &approvedOrigins) {
    auto api = std::make_shared<CcpHttpApi>(simulator);
    api->setApprovedOrigins(approvedOrigins);
    const auto handle = [api](const HttpRequest &request) {
        return toHttpResponse(api->handle(toCcpRequest(request)));
    };
    for (const QString &prefix : CcpHttpApi::pathPrefixes())
        server.route("*", prefix + QStringLiteral("/*"), handle);

    server.routeAsync("GET", QStringLiteral("/sandbox/ccp/snapshot"),
                      [api, sim = &simulator](const HttpRequest &request, HttpResponder responder) {
                          const CcpHttpRequest ccpRequest = toCcpRequest(request);
                          const int wait = std::clamp(request.queryValue(QStringLiteral("wait")).toInt(), 0,
                                                      kMaxWaitSeconds);
                          bool known = false;
                          const quint64 version =
                              request.queryValue(QStringLiteral("version")).toULongLong(&known);
                          if (wait == 0 || !known || version != sim->version()) {
                              responder.send(toHttpResponse(api->handle(ccpRequest)));
                              return;
                          }
                          // Hold the request until the state changes or the wait is over.
                          auto *waiter = new QObject(sim);
                          const auto answer = [api, ccpRequest, responder, waiter] {
                              if (!responder.isAnswered())
                                  responder.send(toHttpResponse(api->handle(ccpRequest)));
                              waiter->deleteLater();
                          };
                          QObject::connect(sim, &CcpSimulator::changed, waiter, answer);
                          QTimer::singleShot(wait * 1000, waiter, answer);
                      });
}

} // namespace callbridge::sandbox
