#include "dryrungateway.h"

#include <QPointer>
#include <QTimer>

namespace callbridge {

using namespace zendesk;

DryRunGateway::DryRunGateway(Gateway &reads)
    : m_reads(reads) {}

void DryRunGateway::currentUser(QObject *context, Callback<User> done) {
    m_reads.currentUser(context, std::move(done));
}

void DryRunGateway::user(qint64 id, QObject *context, Callback<User> done) {
    m_reads.user(id, context, std::move(done));
}

void DryRunGateway::searchEndUsersByPhone(const QString &digits, QObject *context,
                                          Callback<QList<User>> done) {
    m_reads.searchEndUsersByPhone(digits, context, std::move(done));
}

void DryRunGateway::usersByExternalId(const QString &externalId, QObject *context,
                                      Callback<QList<User>> done) {
    m_reads.usersByExternalId(externalId, context, std::move(done));
}

void DryRunGateway::searchUsers(const QString &text, QObject *context, Callback<QList<User>> done) {
    m_reads.searchUsers(text, context, std::move(done));
}

void DryRunGateway::ticket(qint64 id, QObject *context, Callback<Ticket> done) {
    m_reads.ticket(id, context, std::move(done));
}

void DryRunGateway::requestedTickets(qint64 userId, int limit, QObject *context,
                                     Callback<QList<Ticket>> done) {
    m_reads.requestedTickets(userId, limit, context, std::move(done));
}

void DryRunGateway::ticketsByExternalId(const QString &externalId, QObject *context,
                                        Callback<QList<Ticket>> done) {
    m_reads.ticketsByExternalId(externalId, context, std::move(done));
}

void DryRunGateway::searchTickets(const QString &text, QObject *context, Callback<QList<Ticket>> done) {
    m_reads.searchTickets(text, context, std::move(done));
}

void DryRunGateway::write(const Write &write, QObject *context, Callback<WriteResult> done) {
    ++m_skipped;
    WriteResult result;
    result.id = write.kind == Write::Kind::UpdateTicket || write.kind == Write::Kind::UpdateUser
                    ? write.targetId
                    : -m_skipped;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard)
            done(Result<WriteResult>::success(result));
    });
}

} // namespace callbridge
