#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace callbridge::sandbox {

class CcpSimulator;

// The answer to one Streams `api_request`: `err` is null on success, otherwise a JSON string shaped like the
// real CCP worker's errors ({type, message, stack, retryStatus, statusCode}, the shape Streams passes to
// failure callbacks).
struct CcpApiReply {
    QJsonValue data;
    QJsonValue err;
};

// Carries out a Streams client method (acceptContact, createOutboundContact, putAgentState, …) on the
// simulator. Methods that change nothing in the sandbox (sendDigits, mute, metrics, …) succeed; unknown
// methods fail.
CcpApiReply handleCcpApiRequest(CcpSimulator &simulator, const QString &method, const QJsonObject &params);

} // namespace callbridge::sandbox
