#include "httpgateway.h"

#include "writeflow.h"
#include "zendeskclient.h"
#include "zendeskjson.h"

#include <QJsonArray>

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

namespace {

// {"identities": [{"type": "phone_number", "value": "+1 555…"}, …]}: the phone values.
Result<QStringList> phoneValuesOf(const QJsonObject &body) {
    if (!body.value(u"identities").isArray()) {
        Error error;
        error.kind = ErrorKind::Malformed;
        error.message = u"identities: expected an array"_s;
        return Result<QStringList>::failure(error);
    }
    QStringList phones;
    for (const QJsonValue &identity : body.value(u"identities").toArray()) {
        const QJsonObject object = identity.toObject();
        if (object.value(u"type").toString() == u"phone_number"_s
            && !object.value(u"value").toString().isEmpty())
            phones << object.value(u"value").toString();
    }
    return Result<QStringList>::success(phones);
}

} // namespace

HttpGateway::HttpGateway(ZendeskClient &client, HttpGatewayOptions options)
    : m_client(client)
    , m_options(std::move(options)) {}

template <typename T>
void HttpGateway::read(Request request, QObject *context, Callback<T> done,
                       Result<T> (*parse)(const QJsonObject &)) {
    m_client.send(std::move(request), context, [done = std::move(done), parse](const Reply &reply) {
        done(reply.ok() ? parse(reply.json) : Result<T>::failure(reply.error));
    });
}

void HttpGateway::currentUser(QObject *context, Callback<User> done) {
    read<User>(Request::get(u"/api/v2/users/me"_s), context, std::move(done), json::userFromEnvelope);
}

void HttpGateway::user(qint64 id, QObject *context, Callback<User> done) {
    read<User>(Request::get(u"/api/v2/users/%1"_s.arg(id)), context, std::move(done), json::userFromEnvelope);
}

void HttpGateway::searchEndUsersByPhone(const QString &digits, QObject *context, Callback<QList<User>> done) {
    const QString query = u"role:end-user phone:*"_s + digitsOf(digits);
    read<QList<User>>(Request::get(u"/api/v2/search"_s, {{u"query"_s, query}}), context, std::move(done),
                      json::usersFromSearch);
}

void HttpGateway::phoneIdentities(qint64 userId, QObject *context, Callback<QStringList> done) {
    read<QStringList>(
        Request::get(u"/api/v2/users/%1/identities"_s.arg(userId), {{u"type[]"_s, u"phone_number"_s}}),
        context, std::move(done), phoneValuesOf);
}

void HttpGateway::usersByExternalId(const QString &externalId, QObject *context, Callback<QList<User>> done) {
    read<QList<User>>(Request::get(u"/api/v2/users"_s, {{u"external_id"_s, externalId}}), context,
                      std::move(done), json::usersFromList);
}

void HttpGateway::searchUsers(const QString &text, QObject *context, Callback<QList<User>> done) {
    read<QList<User>>(Request::get(u"/api/v2/users/search"_s, {{u"query"_s, text}}), context, std::move(done),
                      json::usersFromList);
}

void HttpGateway::ticket(qint64 id, QObject *context, Callback<Ticket> done) {
    read<Ticket>(Request::get(u"/api/v2/tickets/%1"_s.arg(id)), context, std::move(done),
                 json::ticketFromEnvelope);
}

void HttpGateway::requestedTickets(qint64 userId, int limit, QObject *context, Callback<QList<Ticket>> done) {
    const QList<std::pair<QString, QString>> query{
        {u"sort_by"_s, u"updated_at"_s},
        {u"sort_order"_s, u"desc"_s},
        {u"per_page"_s, QString::number(std::clamp(limit, 1, 100))}};
    read<QList<Ticket>>(Request::get(u"/api/v2/users/%1/tickets/requested"_s.arg(userId), query), context,
                        std::move(done), json::ticketsFromList);
}

void HttpGateway::ticketsByExternalId(const QString &externalId, QObject *context,
                                      Callback<QList<Ticket>> done) {
    read<QList<Ticket>>(Request::get(u"/api/v2/tickets"_s, {{u"external_id"_s, externalId}}), context,
                        std::move(done), json::ticketsFromList);
}

void HttpGateway::screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                            Callback<bool> done) {
    const QString kind = target == PopTarget::Ticket ? u"tickets"_s : u"users"_s;
    Request request =
        Request::post(u"/api/v2/channels/voice/agents/%1/%2/%3/display"_s.arg(agentId).arg(kind).arg(id), {});
    request.retrySafe = true; // showing the same record twice changes nothing
    m_client.send(std::move(request), context, [done = std::move(done)](const Reply &reply) {
        done(reply.ok() ? Result<bool>::success(true) : Result<bool>::failure(reply.error));
    });
}

void HttpGateway::searchTickets(const QString &text, QObject *context, Callback<QList<Ticket>> done) {
    read<QList<Ticket>>(Request::get(u"/api/v2/search"_s, {{u"query"_s, u"type:ticket "_s + text}}), context,
                        std::move(done), json::ticketsFromSearch);
}

void HttpGateway::write(const Write &write, QObject *context, Callback<WriteResult> done) {
    WriteFlow::start(m_client, m_options, write, context, std::move(done));
}

} // namespace callbridge::zendesk
