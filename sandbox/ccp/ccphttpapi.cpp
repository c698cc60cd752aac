#include "ccphttpapi.h"

#include "ccpapi.h"
#include "ccpsimulator.h"
#include "ccpsnapshot.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callbridge::sandbox {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

CcpHttpReply json(int status, const QJsonObject &object) {
    return {status, kJson, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

CcpHttpReply error(int status, const QString &code, const QString &description) {
    return json(status, {{QStringLiteral("error"), code}, {QStringLiteral("description"), description}});
}

CcpHttpReply fromResult(const CcpResult &result, int okStatus, const QJsonObject &okBody) {
    switch (result.status) {
    case CcpStatus::Ok:
        return json(okStatus, okBody);
    case CcpStatus::BadRequest:
        return error(400, QStringLiteral("BadRequest"), result.message);
    case CcpStatus::NotFound:
        return error(404, QStringLiteral("RecordNotFound"), result.message);
    case CcpStatus::Conflict:
        return error(409, QStringLiteral("Conflict"), result.message);
    }
    return error(500, QStringLiteral("InternalError"), result.message);
}

CcpHttpReply methodNotAllowed(const char *allowed) {
    CcpHttpReply reply =
        error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("use %1").arg(QLatin1String(allowed)));
    reply.headers.append({QByteArrayLiteral("Allow"), QByteArray(allowed)});
    return reply;
}

std::optional<QJsonObject> parseObject(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A JSON scalar as a Connect attribute value (attributes are always strings there).
std::optional<QString> attributeValue(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return std::nullopt;
}

// Reads `name` as an optional string; sets `problem` when present with another type.
QString optionalString(const QJsonObject &object, const QString &name, QString &problem) {
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        problem = QStringLiteral("%1 must be a string").arg(name);
        return {};
    }
    return value.toString();
}

std::optional<CcpCallRequest> parseCallRequest(const QJsonObject &body, QString &problem) {
    CcpCallRequest request;
    request.from = optionalString(body, QStringLiteral("from"), problem);
    request.to = optionalString(body, QStringLiteral("to"), problem);
    const QString direction = optionalString(body, QStringLiteral("direction"), problem);
    if (!direction.isEmpty())
        request.direction = direction;
    request.transferOf = optionalString(body, QStringLiteral("transferOf"), problem);
    const QJsonValue queue = body.value(QStringLiteral("queue"));
    if (queue.isObject())
        request.queue = queue.toObject().value(QStringLiteral("name")).toString();
    else
        request.queue = optionalString(body, QStringLiteral("queue"), problem);
    const QJsonValue attributes = body.value(QStringLiteral("attributes"));
    if (attributes.isObject()) {
        const QJsonObject object = attributes.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const std::optional<QString> value = attributeValue(it.value());
            if (!value) {
                problem = QStringLiteral("attributes.%1 must be a string").arg(it.key());
                break;
            }
            request.attributes.append({it.key(), *value});
        }
    } else if (!attributes.isUndefined() && !attributes.isNull()) {
        problem = QStringLiteral("attributes must be an object of strings");
    }
    if (!problem.isEmpty())
        return std::nullopt;
    return request;
}

QByteArray contentTypeFor(const QString &name) {
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    return QByteArrayLiteral("application/octet-stream");
}

bool isGet(const CcpHttpRequest &request) {
    return request.method == "GET" || request.method == "HEAD";
}

} // namespace

CcpHttpApi::CcpHttpApi(CcpSimulator &simulator)
    : m_simulator(simulator) {}

void CcpHttpApi::setApprovedOrigins(const QStringList &origins) {
    m_approvedOrigins = origins;
}

QStringList CcpHttpApi::pathPrefixes() {
    return {QStringLiteral("/ccp-v2"), QStringLiteral("/sandbox/ccp"), QStringLiteral("/sandbox/calls"),
            QStringLiteral("/sandbox/contacts")};
}

std::optional<CcpHttpReply> CcpHttpApi::handle(const CcpHttpRequest &request) const {
    const QString &path = request.path;
    if (path == QLatin1String("/ccp-v2")) {
        CcpHttpReply reply{301, {}, {}, {{QByteArrayLiteral("Location"), QByteArrayLiteral("/ccp-v2/")}}};
        return reply;
    }
    if (path.startsWith(QLatin1String("/ccp-v2/"))) {
        if (!isGet(request))
            return methodNotAllowed("GET");
        const QString name = path.mid(8);
        CcpHttpReply reply = staticFile(name.isEmpty() ? QStringLiteral("ccp.html") : name);
        if (reply.status == 200 && reply.contentType.startsWith("text/html")) {
            const QString ancestors =
                (QStringList{QStringLiteral("'self'")} + m_approvedOrigins).join(QLatin1Char(' '));
            reply.headers.append({QByteArrayLiteral("Content-Security-Policy"),
                                  QByteArrayLiteral("frame-ancestors ") + ancestors.toUtf8()});
        }
        return reply;
    }
    if (path == QLatin1String("/sandbox/ccp") || path == QLatin1String("/sandbox/ccp/"))
        return isGet(request) ? staticFile(QStringLiteral("control.html")) : methodNotAllowed("GET");
    if (path == QLatin1String("/sandbox/ccp/control.js") || path == QLatin1String("/sandbox/ccp/ccp.css"))
        return isGet(request) ? staticFile(path.mid(13)) : methodNotAllowed("GET");
    if (path == QLatin1String("/sandbox/ccp/snapshot"))
        return isGet(request) ? snapshot(request) : methodNotAllowed("GET");
    if (path == QLatin1String("/sandbox/ccp/api"))
        return request.method == "POST" ? api(request) : methodNotAllowed("POST");
    if (path == QLatin1String("/sandbox/ccp/agent"))
        return isGet(request) ? agent() : methodNotAllowed("GET");
    if (path == QLatin1String("/sandbox/ccp/agent/state"))
        return request.method == "POST" ? agentState(request) : methodNotAllowed("POST");
    if (path == QLatin1String("/sandbox/calls"))
        return request.method == "POST" ? placeCall(request) : methodNotAllowed("POST");
    if (path == QLatin1String("/sandbox/contacts"))
        return isGet(request) ? contacts() : methodNotAllowed("GET");
    if (path.startsWith(QLatin1String("/sandbox/contacts/")))
        return contactRoute(request);
    if (path.startsWith(QLatin1String("/sandbox/ccp/")))
        return error(404, QStringLiteral("RecordNotFound"), QStringLiteral("no such sandbox CCP resource"));
    return std::nullopt;
}

CcpHttpReply CcpHttpApi::staticFile(const QString &name) const {
    static const QStringList files{QStringLiteral("ccp.html"), QStringLiteral("ccp.js"),
                                   QStringLiteral("ccp.css"), QStringLiteral("control.html"),
                                   QStringLiteral("control.js")};
    if (!files.contains(name))
        return error(404, QStringLiteral("RecordNotFound"), QStringLiteral("no file %1").arg(name));
    QFile file(QStringLiteral(":/sandbox/ccp/www/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return error(500, QStringLiteral("InternalError"), QStringLiteral("resource %1 missing").arg(name));
    CcpHttpReply reply{200, contentTypeFor(name), file.readAll(), {}};
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return reply;
}

CcpHttpReply CcpHttpApi::snapshot(const CcpHttpRequest &request) const {
    bool ok = false;
    const quint64 known = request.query.queryItemValue(QStringLiteral("version")).toULongLong(&ok);
    if (ok && known == m_simulator.version())
        return json(200, {{QStringLiteral("version"), static_cast<double>(known)}});
    return json(200, ccpAgentUpdateJson(m_simulator));
}

CcpHttpReply CcpHttpApi::api(const CcpHttpRequest &request) const {
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body || !body->value(QStringLiteral("method")).isString())
        return error(400, QStringLiteral("BadRequest"), QStringLiteral("expected {\"method\", \"params\"}"));
    const CcpApiReply reply =
        handleCcpApiRequest(m_simulator, body->value(QStringLiteral("method")).toString(),
                            body->value(QStringLiteral("params")).toObject());
    return json(200, {{QStringLiteral("data"), reply.data},
                      {QStringLiteral("err"), reply.err},
                      {QStringLiteral("version"), static_cast<double>(m_simulator.version())}});
}

CcpHttpReply CcpHttpApi::agent() const {
    return json(200, ccpAgentUpdateJson(m_simulator));
}

CcpHttpReply CcpHttpApi::agentState(const CcpHttpRequest &request) const {
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body || !body->value(QStringLiteral("state")).isString())
        return error(400, QStringLiteral("BadRequest"), QStringLiteral("expected {\"state\": \"<name>\"}"));
    const CcpResult result = m_simulator.setAgentState(body->value(QStringLiteral("state")).toString());
    return fromResult(result, 200, {{QStringLiteral("state"), m_simulator.selectedState().name}});
}

CcpHttpReply CcpHttpApi::placeCall(const CcpHttpRequest &request) const {
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body)
        return error(400, QStringLiteral("BadRequest"), QStringLiteral("the body must be a JSON object"));
    QString problem;
    const std::optional<CcpCallRequest> call = parseCallRequest(*body, problem);
    if (!call)
        return error(400, QStringLiteral("BadRequest"), problem);
    const CcpResult result = m_simulator.placeCall(*call);
    return fromResult(result, 201, {{QStringLiteral("contactId"), result.contactId}});
}

CcpHttpReply CcpHttpApi::contacts() const {
    QJsonArray list;
    for (const CcpContact &contact : m_simulator.allContacts())
        list.append(ccpContactStatusJson(contact));
    return json(200, {{QStringLiteral("contacts"), list}});
}

std::optional<CcpHttpReply> CcpHttpApi::contactRoute(const CcpHttpRequest &request) const {
    const QStringList parts = request.path.mid(18).split(QLatin1Char('/'));
    const QString id = parts.value(0);
    if (parts.size() == 1) {
        if (!isGet(request))
            return methodNotAllowed("GET");
        const CcpContact *contact = m_simulator.contact(id);
        if (!contact)
            return error(404, QStringLiteral("RecordNotFound"), QStringLiteral("no contact %1").arg(id));
        return json(200, ccpContactStatusJson(*contact));
    }
    if (parts.size() != 2)
        return error(404, QStringLiteral("RecordNotFound"), QStringLiteral("no such contact resource"));
    using Action = CcpResult (CcpSimulator::*)(const QString &);
    static const QHash<QString, Action> actions{{QStringLiteral("accept"), &CcpSimulator::accept},
                                                {QStringLiteral("reject"), &CcpSimulator::reject},
                                                {QStringLiteral("hangup"), &CcpSimulator::hangup},
                                                {QStringLiteral("clear"), &CcpSimulator::clear}};
    const Action action = actions.value(parts.at(1), nullptr);
    if (!action)
        return error(404, QStringLiteral("RecordNotFound"),
                     QStringLiteral("no contact action %1").arg(parts.at(1)));
    if (request.method != "POST")
        return methodNotAllowed("POST");
    const CcpResult result = (m_simulator.*action)(id);
    const CcpContact *contact = m_simulator.contact(id);
    return fromResult(result, 200, contact ? ccpContactStatusJson(*contact) : QJsonObject{});
}

} // namespace callbridge::sandbox
