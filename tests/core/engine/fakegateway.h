#pragma once

#include "zendesk/zendeskgateway.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <functional>

namespace callbridge::test {

// An in-memory Zendesk for engine tests. Answers asynchronously (next event-loop turn) like the real gateway,
// applies writes, logs every call, and can be told to fail a call or to hide new users from search (index
// lag).
class FakeGateway final : public zendesk::DirectoryReader, public zendesk::Writer {
public:
    template <typename T> using Callback = zendesk::Callback<T>;

    FakeGateway();

    // --- seeding and inspection ---
    zendesk::User &addUser(const QString &name, const QString &phone, bool shared = false,
                           const QDateTime &updatedAt = {});
    zendesk::Ticket &addTicket(qint64 requesterId, const QString &status, const QDateTime &updatedAt,
                               const QString &externalId = {}, const QStringList &tags = {});
    QMap<qint64, zendesk::User> users;
    QMap<qint64, zendesk::Ticket> tickets;
    QHash<qint64, QList<QJsonObject>> comments; // per ticket: {"body"} or {"voice_comment": {…}}
    QHash<qint64, QJsonObject> ticketPayloads;  // the "ticket" object each created ticket was sent with
    QHash<qint64, QStringList> addedPhones;     // phone identities beyond users[id].phone, as added
    QStringList calls;                          // "GET users/me", "POST tickets", "PUT tickets/12", …
    QList<zendesk::Write> sentWrites;           // every write as received
    bool searchIndexLags = false;               // users created through write() are invisible to search
    int blindSearches = 0;                      // the next N phone searches find nobody (not indexed yet)
    int blindTicketSearches = 0;                // the next N ticket searches find nothing (not indexed yet)
    std::function<void()> onTicketSearch;       // runs at each ticket search (e.g. to move a clock on)
    zendesk::User agentUser;

    void failNext(const QString &callPrefix,
                  zendesk::Error error); // first call whose log line starts with it
    int count(const QString &callPrefix) const;
    int writes() const;

    // --- DirectoryReader and Writer ---
    void currentUser(QObject *context, Callback<zendesk::User> done) override;
    void user(qint64 id, QObject *context, Callback<zendesk::User> done) override;
    void searchEndUsersByPhone(const QString &digits, QObject *context,
                               Callback<QList<zendesk::User>> done) override;
    void phoneIdentities(qint64 userId, QObject *context, Callback<QStringList> done) override;
    void usersByExternalId(const QString &externalId, QObject *context,
                           Callback<QList<zendesk::User>> done) override;
    void searchUsers(const QString &text, QObject *context, Callback<QList<zendesk::User>> done) override;
    void ticket(qint64 id, QObject *context, Callback<zendesk::Ticket> done) override;
    void requestedTickets(qint64 userId, int limit, QObject *context,
                          Callback<QList<zendesk::Ticket>> done) override;
    void ticketsByExternalId(const QString &externalId, QObject *context,
                             Callback<QList<zendesk::Ticket>> done) override;
    void searchTickets(const QString &text, QObject *context, Callback<QList<zendesk::Ticket>> done) override;
    void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                   Callback<bool> done) override;
    void write(const zendesk::Write &write, QObject *context, Callback<zendesk::WriteResult> done) override;

private:
    template <typename T> void answer(const QString &call, QObject *context, Callback<T> done, T value);
    std::optional<zendesk::Error> takeFailure(const QString &call);
    zendesk::Result<zendesk::WriteResult> apply(const zendesk::Write &write);

    qint64 m_nextId = 100;
    QList<QPair<QString, zendesk::Error>> m_failures;
    QHash<QString, zendesk::WriteResult> m_idempotent; // key -> first result
    QHash<qint64, bool> m_createdHere;                 // users created via write (hidden by index lag)
};

zendesk::Error makeError(zendesk::ErrorKind kind, const QString &message, int httpStatus = 0);

} // namespace callbridge::test
