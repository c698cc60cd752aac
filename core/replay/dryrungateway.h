#pragma once

#include "zendesk/zendeskgateway.h"

namespace callbridge {

// Reads from Zendesk for real, writes nothing: every write "succeeds" with a made-up negative id, so that a
// rehearsal (`callbridge replay --dry-run`) shows the decisions without touching tickets or users.
class DryRunGateway final : public zendesk::Gateway {
public:
    explicit DryRunGateway(zendesk::Gateway &reads);

    void currentUser(QObject *context, Callback<zendesk::User> done) override;
    void user(qint64 id, QObject *context, Callback<zendesk::User> done) override;
    void searchEndUsersByPhone(const QString &digits, QObject *context,
                               Callback<QList<zendesk::User>> done) override;
    void usersByExternalId(const QString &externalId, QObject *context,
                           Callback<QList<zendesk::User>> done) override;
    void searchUsers(const QString &text, QObject *context, Callback<QList<zendesk::User>> done) override;
    void ticket(qint64 id, QObject *context, Callback<zendesk::Ticket> done) override;
    void requestedTickets(qint64 userId, int limit, QObject *context,
                          Callback<QList<zendesk::Ticket>> done) override;
    void ticketsByExternalId(const QString &externalId, QObject *context,
                             Callback<QList<zendesk::Ticket>> done) override;
    void searchTickets(const QString &text, QObject *context, Callback<QList<zendesk::Ticket>> done) override;
    void write(const zendesk::Write &write, QObject *context, Callback<zendesk::WriteResult> done) override;

    int writesSkipped() const { return m_skipped; }

private:
    zendesk::Gateway &m_reads;
    int m_skipped = 0;
};

} // namespace callbridge
