#include "ccpapi.h"

#include "ccpsimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace callbridge::sandbox {

namespace {

QJsonValue errorString(const QString &type, const QString &message, int statusCode) {
    const QJsonObject error{{QStringLiteral("type"), type},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("stack"), QJsonArray{}},
                            {QStringLiteral("retryStatus"), QStringLiteral("NONE")},
                            {QStringLiteral("statusCode"), statusCode}};
    return QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact));
}

CcpApiReply fromResult(const CcpResult &result) {
    switch (result.status) {
    case CcpStatus::Ok:
        return {QJsonObject{}, QJsonValue::Null};
    case CcpStatus::BadRequest:
        return {QJsonValue::Null,
                errorString(QStringLiteral("InvalidParameterException"), result.message, 400)};
    case CcpStatus::NotFound:
        return {QJsonValue::Null,
                errorString(QStringLiteral("ResourceNotFoundException"), result.message, 404)};
    case CcpStatus::Conflict:
        return {QJsonValue::Null, errorString(QStringLiteral("InvalidStateException"), result.message, 409)};
    }
    return {QJsonValue::Null, errorString(QStringLiteral("InternalServiceException"), result.message, 500)};
}

QString stringParam(const QJsonObject &params, const QString &name) {
    return params.value(name).toString();
}

// Hanging up is destroying one of the contact's connections; either leg ends the call.
CcpApiReply destroyConnection(CcpSimulator &simulator, const QJsonObject &params) {
    const QString contactId = stringParam(params, QStringLiteral("contactId"));
    const QString connectionId = stringParam(params, QStringLiteral("connectionId"));
    const CcpContact *contact = simulator.contact(contactId);
    if (!contact || !contact->isLive())
        return fromResult(
            CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no contact %1").arg(contactId)));
    if (connectionId != contact->agent.connectionId && connectionId != contact->customer.connectionId)
        return fromResult(
            CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no connection %1").arg(connectionId)));
    // The agent dropping a call that still rings is a reject, as in the CCP.
    if (contact->state == QLatin1String("connecting") && contact->inbound)
        return fromResult(simulator.reject(contactId));
    return fromResult(simulator.hangup(contactId));
}

CcpApiReply createOutboundContact(CcpSimulator &simulator, const QJsonObject &params) {
    const QJsonObject endpoint = params.value(QStringLiteral("endpoint")).toObject();
    const QString phoneNumber = stringParam(endpoint, QStringLiteral("phoneNumber"));
    if (phoneNumber.isEmpty())
        return fromResult(CcpResult::failure(CcpStatus::BadRequest,
                                             QStringLiteral("only phone number endpoints are supported")));
    return fromResult(simulator.dialOutbound(phoneNumber, stringParam(params, QStringLiteral("queueARN"))));
}

// Client methods that the sandbox accepts without modelling them.
bool isAcceptedNoOp(const QString &method) {
    static const QSet<QString> methods{QStringLiteral("sendDigits"),
                                       QStringLiteral("muteParticipant"),
                                       QStringLiteral("unmuteParticipant"),
                                       QStringLiteral("toggleActiveConnections"),
                                       QStringLiteral("conferenceConnections"),
                                       QStringLiteral("updateAgentConfiguration"),
                                       QStringLiteral("sendSoftphoneCallMetrics"),
                                       QStringLiteral("sendSoftphoneCallReport"),
                                       QStringLiteral("sendClientLogs"),
                                       QStringLiteral("updateMonitorParticipantState"),
                                       QStringLiteral("pauseContact"),
                                       QStringLiteral("resumeContact"),
                                       QStringLiteral("notifyContactIssue")};
    return methods.contains(method);
}

} // namespace

CcpApiReply handleCcpApiRequest(CcpSimulator &simulator, const QString &method, const QJsonObject &params) {
    const QString contactId = stringParam(params, QStringLiteral("contactId"));
    if (method == QLatin1String("acceptContact"))
        return fromResult(simulator.accept(contactId));
    if (method == QLatin1String("rejectContact"))
        return fromResult(simulator.reject(contactId));
    if (method == QLatin1String("clearContact") || method == QLatin1String("completeContact"))
        return fromResult(simulator.clear(contactId));
    if (method == QLatin1String("destroyConnection"))
        return destroyConnection(simulator, params);
    if (method == QLatin1String("createOutboundContact"))
        return createOutboundContact(simulator, params);
    if (method == QLatin1String("putAgentState")) {
        const QJsonObject state = params.value(QStringLiteral("state")).toObject();
        return fromResult(simulator.setAgentState(stringParam(state, QStringLiteral("name"))));
    }
    if (method == QLatin1String("holdConnection") || method == QLatin1String("resumeConnection"))
        return fromResult(simulator.setHold(contactId, method == QLatin1String("holdConnection")));
    if (method == QLatin1String("getEndpoints"))
        return {QJsonObject{{QStringLiteral("endpoints"), QJsonArray{}},
                            {QStringLiteral("nextToken"), QJsonValue::Null}},
                QJsonValue::Null};
    if (isAcceptedNoOp(method))
        return {QJsonObject{}, QJsonValue::Null};
    return {QJsonValue::Null,
            errorString(QStringLiteral("UnsupportedOperation"),
                        QStringLiteral("the sandbox CCP does not implement %1").arg(method), 400)};
}

} // namespace callbridge::sandbox
