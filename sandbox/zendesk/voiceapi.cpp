#include "voiceapi.h"

#include "ticketapi.h"

#include <QJsonDocument>

namespace callbridge::sandbox::zendesk {

namespace {

QString viaRel(int viaId) {
    switch (viaId) {
    case 44:
        return QStringLiteral("voicemail");
    case 45:
        return QStringLiteral("inbound");
    case 46:
        return QStringLiteral("outbound");
    default:
        return {};
    }
}

bool isAgentId(const ZendeskBackend &backend, qint64 id) {
    const auto user = backend.store.user(id);
    return user && user->isAgent();
}

void recordDisplay(ZendeskBackend &backend, qint64 agentId, const QString &kind, qint64 id) {
    backend.displays.append(QJsonObject{
        {QStringLiteral("agent_id"), agentId}, {kind, id}, {QStringLiteral("time"), isoTime(backend.now())}});
}

HttpResponse createVoiceTicket(ZendeskBackend &backend, const ApiRequest &request) {
    const QJsonObject input = request.body.value(QLatin1String("ticket")).toObject();
    if (!request.body.value(QLatin1String("ticket")).isObject())
        return badRequest(QStringLiteral("ParameterMissing"), QStringLiteral("Parameter ticket is required"));
    const int viaId = input.value(QLatin1String("via_id")).toInt();
    if (viaRel(viaId).isEmpty())
        return recordInvalid(QStringLiteral("via_id"),
                             QStringLiteral("Via: via_id is required and must be 44, 45 or 46"),
                             QStringLiteral("InvalidValue"));
    if (viaId == 44 && !input.value(QLatin1String("voice_comment")).isObject())
        return recordInvalid(QStringLiteral("voice_comment"),
                             QStringLiteral("Voice comment: a voicemail ticket must have a voice_comment"),
                             QStringLiteral("BlankValue"));
    qint64 displayTo = 0;
    if (request.body.contains(QLatin1String("display_to_agent"))) {
        displayTo = request.body.value(QLatin1String("display_to_agent")).toInteger();
        if (!isAgentId(backend, displayTo))
            return recordInvalid(QStringLiteral("display_to_agent"),
                                 QStringLiteral("Display to agent: is invalid"),
                                 QStringLiteral("InvalidValue"));
    }
    const QJsonObject voice = input.value(QLatin1String("voice_comment")).toObject();
    const QJsonObject via{
        {QStringLiteral("channel"), QStringLiteral("voice")},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("rel"), viaRel(viaId)},
                     {QStringLiteral("from"),
                      QJsonObject{{QStringLiteral("phone"), voice.value(QLatin1String("from"))}}},
                     {QStringLiteral("to"),
                      QJsonObject{{QStringLiteral("phone"), voice.value(QLatin1String("to"))}}}}}};
    QJsonObject ticketInput = input;
    ticketInput.remove(QStringLiteral("via_id"));
    HttpResponse response = createTicket(backend, request, ticketInput, via);
    if (response.status == 201 && displayTo != 0) {
        const qint64 ticketId = QJsonDocument::fromJson(response.body)
                                    .object()
                                    .value(QLatin1String("ticket"))
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toInteger();
        recordDisplay(backend, displayTo, QStringLiteral("ticket_id"), ticketId);
    }
    return response;
}

} // namespace

void registerVoiceRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend) {
    ZendeskBackend *b = &backend;
    routes.add(
        "POST", QStringLiteral("/api/v2/channels/voice/tickets"),
        withIdempotency(backend, [b](const ApiRequest &request) { return createVoiceTicket(*b, request); }));

    routes.add("POST", QStringLiteral("/api/v2/channels/voice/agents/{agent_id}/tickets/{ticket_id}/display"),
               [b](const ApiRequest &request) {
                   const qint64 agentId = request.idParam(QStringLiteral("agent_id"));
                   const qint64 ticketId = request.idParam(QStringLiteral("ticket_id"));
                   if (!isAgentId(*b, agentId) || !b->store.ticket(ticketId))
                       return recordNotFound();
                   recordDisplay(*b, agentId, QStringLiteral("ticket_id"), ticketId);
                   return HttpResponse::text(200, QByteArray(),
                                             QByteArrayLiteral("application/json; charset=utf-8"));
               });

    routes.add("POST", QStringLiteral("/api/v2/channels/voice/agents/{agent_id}/users/{user_id}/display"),
               [b](const ApiRequest &request) {
                   const qint64 agentId = request.idParam(QStringLiteral("agent_id"));
                   const qint64 userId = request.idParam(QStringLiteral("user_id"));
                   if (!isAgentId(*b, agentId) || !b->store.user(userId))
                       return recordNotFound();
                   recordDisplay(*b, agentId, QStringLiteral("user_id"), userId);
                   return HttpResponse::text(200, QByteArray(),
                                             QByteArrayLiteral("application/json; charset=utf-8"));
               });
}

} // namespace callbridge::sandbox::zendesk
