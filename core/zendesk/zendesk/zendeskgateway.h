#pragma once

#include "zendeskerror.h"
#include "zendeskmodels.h"
#include "zendeskwrite.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

namespace callbridge::zendesk {

struct WriteResult {
    qint64 id = 0;        // id of the created/updated user or ticket
    QJsonObject resource; // the "user" or "ticket" object Zendesk returned (empty when reconciled by lookup)
    bool alreadyApplied = false; // Zendesk had applied it before (idempotency hit or found by reconciliation)
};

template <typename T> using Callback = std::function<void(const Result<T> &)>;

// What Callbridge reads from Zendesk: the agent, users and tickets. Implemented over HTTP by HttpGateway.
// Callbacks run on the caller's thread, never synchronously inside the call, and are dropped when `context`
// is destroyed first. An error reaching the callback is final for this attempt: the caller decides whether
// to ask again (the engine retries its lookups; the agent retries a search).
class DirectoryReader {
public:
    template <typename T> using Callback = zendesk::Callback<T>;

    virtual ~DirectoryReader() = default;

    // GET /api/v2/users/me — the authenticated agent.
    virtual void currentUser(QObject *context, Callback<User> done) = 0;
    // GET /api/v2/users/{id}
    virtual void user(qint64 id, QObject *context, Callback<User> done) = 0;
    // GET /api/v2/search?query=role:end-user phone:*<digits> — candidates only; the caller re-checks numbers.
    virtual void searchEndUsersByPhone(const QString &digits, QObject *context,
                                       Callback<QList<User>> done) = 0;
    // GET /api/v2/users/{id}/identities?type[]=phone_number — the values of the user's phone identities (the
    // main phone and any added numbers), as stored.
    virtual void phoneIdentities(qint64 userId, QObject *context, Callback<QStringList> done) = 0;
    // GET /api/v2/users?external_id=… — exact, not search based (no index lag).
    virtual void usersByExternalId(const QString &externalId, QObject *context,
                                   Callback<QList<User>> done) = 0;
    // GET /api/v2/users/search?query=… — free text (name, email, phone) for the agent panel.
    virtual void searchUsers(const QString &text, QObject *context, Callback<QList<User>> done) = 0;
    // GET /api/v2/tickets/{id}
    virtual void ticket(qint64 id, QObject *context, Callback<Ticket> done) = 0;
    // GET /api/v2/users/{id}/tickets/requested?sort_by=updated_at&sort_order=desc&per_page=limit
    virtual void requestedTickets(qint64 userId, int limit, QObject *context,
                                  Callback<QList<Ticket>> done) = 0;
    // GET /api/v2/tickets?external_id=… — exact, not search based (no index lag).
    virtual void ticketsByExternalId(const QString &externalId, QObject *context,
                                     Callback<QList<Ticket>> done) = 0;
    // GET /api/v2/search?query=type:ticket <text> — free text for the agent panel.
    virtual void searchTickets(const QString &text, QObject *context, Callback<QList<Ticket>> done) = 0;
};

// What Callbridge changes in Zendesk. HttpGateway sends; the durable outbox stores and retries; the dry run
// answers without sending. Same callback rules as DirectoryReader.
class Writer {
public:
    template <typename T> using Callback = zendesk::Callback<T>;

    virtual ~Writer() = default;

    // Sends one write. Never duplicates it: creates carry the Idempotency-Key; a write whose outcome is
    // unknown is reconciled (looked up) before it is sent again.
    virtual void write(const Write &write, QObject *context, Callback<WriteResult> done) = 0;

    // POST /api/v2/channels/voice/agents/{agentId}/{tickets|users}/{id}/display (Talk Partner Edition): opens
    // the ticket or user in the agent's Zendesk browser tab. Harmless to repeat; not durable (a missed pop is
    // moot).
    enum class PopTarget { User, Ticket };
    virtual void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                           Callback<bool> done) = 0;
};

} // namespace callbridge::zendesk
