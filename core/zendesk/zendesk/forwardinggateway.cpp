#include "forwardinggateway.h"

namespace callbridge::zendesk {

void ForwardingGateway::currentUser(QObject *context, Callback<User> done) {
    m_inner.currentUser(context, std::move(done));
}

void ForwardingGateway::user(qint64 id, QObject *context, Callback<User> done) {
    m_inner.user(id, context, std::move(done));
}

void ForwardingGateway::searchEndUsersByPhone(const QString &digits, QObject *context,
                                              Callback<QList<User>> done) {
    m_inner.searchEndUsersByPhone(digits, context, std::move(done));
}

void ForwardingGateway::usersByExternalId(const QString &externalId, QObject *context,
                                          Callback<QList<User>> done) {
    m_inner.usersByExternalId(externalId, context, std::move(done));
}

void ForwardingGateway::searchUsers(const QString &text, QObject *context, Callback<QList<User>> done) {
    m_inner.searchUsers(text, context, std::move(done));
}

void ForwardingGateway::ticket(qint64 id, QObject *context, Callback<Ticket> done) {
    m_inner.ticket(id, context, std::move(done));
}

void ForwardingGateway::requestedTickets(qint64 userId, int limit, QObject *context,
                                         Callback<QList<Ticket>> done) {
    m_inner.requestedTickets(userId, limit, context, std::move(done));
}

void ForwardingGateway::ticketsByExternalId(const QString &externalId, QObject *context,
                                            Callback<QList<Ticket>> done) {
    m_inner.ticketsByExternalId(externalId, context, std::move(done));
}

void ForwardingGateway::searchTickets(const QString &text, QObject *context, Callback<QList<Ticket>> done) {
    m_inner.searchTickets(text, context, std::move(done));
}

void ForwardingGateway::screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                                  Callback<bool> done) {
    m_inner.screenPop(agentId, target, id, context, std::move(done));
}

void ForwardingGateway::write(const Write &write, QObject *context, Callback<WriteResult> done) {
    m_inner.write(write, context, std::move(done));
}

} // namespace callbridge::zendesk
