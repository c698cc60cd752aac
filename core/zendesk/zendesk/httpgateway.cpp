#include "httpgateway.h"

#include "writeflow.h"
#include "zendeskclient.h"
#include "zendeskjson.h"

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

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
