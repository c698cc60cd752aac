#pragma once

#include "zendeskgateway.h"

namespace callbridge::zendesk {

// A Gateway that hands every call to another one. Decorators (the durable outbox, the dry run) derive from it
// and override only what they change — usually write().
class ForwardingGateway : public Gateway {
public:
    explicit ForwardingGateway(Gateway &inner)
        : m_inner(inner) {}

    void currentUser(QObject *context, Callback<User> done) override;
    void user(qint64 id, QObject *context, Callback<User> done) override;
    void searchEndUsersByPhone(const QString &digits, QObject *context, Callback<QList<User>> done) override;
    void usersByExternalId(const QString &externalId, QObject *context, Callback<QList<User>> done) override;
    void searchUsers(const QString &text, QObject *context, Callback<QList<User>> done) override;
    void ticket(qint64 id, QObject *context, Callback<Ticket> done) override;
    void requestedTickets(qint64 userId, int limit, QObject *context, Callback<QList<Ticket>> done) override;
    void ticketsByExternalId(const QString &externalId, QObject *context,
                             Callback<QList<Ticket>> done) override;
    void searchTickets(const QString &text, QObject *context, Callback<QList<Ticket>> done) override;
    void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                   Callback<bool> done) override;
    void write(const Write &write, QObject *context, Callback<WriteResult> done) override;

protected:
    Gateway &inner() { return m_inner; }

private:
    Gateway &m_inner;
};

} // namespace callbridge::zendesk
