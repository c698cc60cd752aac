#pragma once

#include "records.h"

#include <QSqlDatabase>
#include <optional>

namespace callbridge::sandbox::zendesk {

// Zendesk state in SQLite (Qt Sql, QSQLITE driver): a file, or ":memory:" for an ephemeral sandbox.
// Each instance uses its own connection name, so several sandboxes can live in one process (tests).
class ZendeskStore {
public:
    ZendeskStore();
    ~ZendeskStore();
    ZendeskStore(const ZendeskStore &) = delete;
    ZendeskStore &operator=(const ZendeskStore &) = delete;

    // `path` is a file path or ":memory:". Creates the schema. Returns false with errorString() on failure.
    bool open(const QString &path);
    QString errorString() const;
    bool isEmpty() const; // no users yet (needs seeding)
    void clear();

    std::optional<User> user(qint64 id) const;
    std::optional<User> userByEmail(const QString &email) const;
    QList<User> users() const;
    QList<User> usersByExternalId(const QString &externalId) const;
    qint64 insertUser(User user);      // id 0 = next free id; returns the id
    void updateUser(const User &user); // not its added phones
    // A phone identity beside the user's main phone; users read back carry it in addedPhones.
    void addPhone(qint64 userId, const QString &phone);

    std::optional<Ticket> ticket(qint64 id) const;
    QList<Ticket> tickets() const;
    QList<Ticket> ticketsByExternalId(const QString &externalId) const;
    QList<Ticket> ticketsByRequester(qint64 requesterId) const;
    qint64 insertTicket(Ticket ticket);
    void updateTicket(const Ticket &ticket);

    QList<Comment> comments(qint64 ticketId) const;
    qint64 insertComment(Comment comment);

private:
    QSqlDatabase db() const;
    User withAddedPhones(User user) const;
    bool exec(const QString &sql) const;

    QString m_connectionName;
    QString m_error;
};

} // namespace callbridge::sandbox::zendesk
