#pragma once

#include "zendeskgateway.h"
#include "zendeskrequest.h"

#include <chrono>

namespace callbridge::zendesk {

class ZendeskClient;

struct HttpGatewayOptions {
    // CreateTicket posts to the Talk Partner Edition endpoint /api/v2/channels/voice/tickets with a via_id.
    bool useTalkPartnerEdition = false;
    int talkViaId = 45; // 45 inbound call, 46 outbound call, 44 voicemail; a via_id in the payload wins
    // Tickets Callbridge creates carry this tag; reconciling a create only accepts tickets that have it.
    QString createdByTag = QStringLiteral("callbridge");
    // How long Zendesk remembers an Idempotency-Key. Older creates are looked up before being sent again.
    std::chrono::seconds idempotencyWindow{2 * 60 * 60};
};

// The directory reader and the writer over the Zendesk REST API, through a ZendeskClient (which must outlive
// it).
class HttpGateway : public DirectoryReader, public Writer {
public:
    template <typename T> using Callback = zendesk::Callback<T>;

    explicit HttpGateway(ZendeskClient &client, HttpGatewayOptions options = {});

    void currentUser(QObject *context, Callback<User> done) override;
    void user(qint64 id, QObject *context, Callback<User> done) override;
    void searchEndUsersByPhone(const QString &digits, QObject *context, Callback<QList<User>> done) override;
    void phoneIdentities(qint64 userId, QObject *context, Callback<QStringList> done) override;
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

    const HttpGatewayOptions &options() const { return m_options; }

private:
    template <typename T>
    void read(Request request, QObject *context, Callback<T> done, Result<T> (*parse)(const QJsonObject &));

    ZendeskClient &m_client;
    HttpGatewayOptions m_options;
};

} // namespace callbridge::zendesk
