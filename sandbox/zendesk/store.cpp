#include "store.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace callbridge::sandbox::zendesk {

namespace {

QAtomicInt connectionCounter;

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT,"
    " role TEXT NOT NULL, external_id TEXT, notes TEXT, shared_phone INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, subject TEXT, description TEXT,"
    " status TEXT NOT NULL, priority TEXT, type TEXT, requester_id INTEGER, submitter_id INTEGER,"
    " assignee_id INTEGER, external_id TEXT, tags TEXT, via TEXT, followup_source_id INTEGER,"
    " followup_ids TEXT, is_public INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS tickets_requester ON tickets(requester_id)",
    "CREATE INDEX IF NOT EXISTS tickets_external ON tickets(external_id)",
    "CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, type TEXT NOT "
    "NULL,"
    " body TEXT, html_body TEXT, public INTEGER NOT NULL, author_id INTEGER, data TEXT, via TEXT,"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS comments_ticket ON comments(ticket_id)",
    "CREATE TABLE IF NOT EXISTS added_phones (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, phone TEXT "
    "NOT "
    "NULL)",
};

QVariant timeValue(const QDateTime &time) {
    return time.toMSecsSinceEpoch();
}

QDateTime timeFrom(const QVariant &value) {
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toUTC();
}

QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

QString jsonText(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonDocument jsonFrom(const QVariant &value) {
    return QJsonDocument::fromJson(value.toString().toUtf8());
}

User userFrom(const QSqlQuery &q) {
    User user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    user.email = q.value(2).toString();
    user.phone = q.value(3).toString();
    user.role = q.value(4).toString();
    user.externalId = q.value(5).toString();
    user.notes = q.value(6).toString();
    user.sharedPhoneNumber = q.value(7).toBool();
    user.createdAt = timeFrom(q.value(8));
    user.updatedAt = timeFrom(q.value(9));
    return user;
}

const QString userColumns =
    QStringLiteral("id, name, email, phone, role, external_id, notes, shared_phone, created_at, updated_at");

Ticket ticketFrom(const QSqlQuery &q) {
    Ticket ticket;
    ticket.id = q.value(0).toLongLong();
    ticket.subject = q.value(1).toString();
    ticket.description = q.value(2).toString();
    ticket.status = q.value(3).toString();
    ticket.priority = q.value(4).toString();
    ticket.type = q.value(5).toString();
    ticket.requesterId = q.value(6).toLongLong();
    ticket.submitterId = q.value(7).toLongLong();
    ticket.assigneeId = q.value(8).toLongLong();
    ticket.externalId = q.value(9).toString();
    const QJsonArray tags = jsonFrom(q.value(10)).array();
    for (const QJsonValue &tag : tags)
        ticket.tags.append(tag.toString());
    ticket.via = jsonFrom(q.value(11)).object();
    ticket.followupSourceId = q.value(12).toLongLong();
    const QJsonArray followups = jsonFrom(q.value(13)).array();
    for (const QJsonValue &id : followups)
        ticket.followupIds.append(id.toInteger());
    ticket.isPublic = q.value(14).toBool();
    ticket.createdAt = timeFrom(q.value(15));
    ticket.updatedAt = timeFrom(q.value(16));
    return ticket;
}

const QString ticketColumns =
    QStringLiteral("id, subject, description, status, priority, type, requester_id, submitter_id, "
                   "assignee_id, external_id, tags,"
                   " via, followup_source_id, followup_ids, is_public, created_at, updated_at");

QList<QVariant> ticketValues(const Ticket &ticket) {
    QJsonArray tags;
    for (const QString &tag : ticket.tags)
        tags.append(tag);
    QJsonArray followups;
    for (qint64 id : ticket.followupIds)
        followups.append(id);
    return {nullableId(ticket.id),
            ticket.subject,
            ticket.description,
            ticket.status,
            ticket.priority.isEmpty() ? QVariant() : QVariant(ticket.priority),
            ticket.type.isEmpty() ? QVariant() : QVariant(ticket.type),
            nullableId(ticket.requesterId),
            nullableId(ticket.submitterId),
            nullableId(ticket.assigneeId),
            ticket.externalId.isEmpty() ? QVariant() : QVariant(ticket.externalId),
            jsonText(tags),
            jsonText(ticket.via),
            nullableId(ticket.followupSourceId),
            jsonText(followups),
            ticket.isPublic,
            timeValue(ticket.createdAt),
            timeValue(ticket.updatedAt)};
}

QList<QVariant> userValues(const User &user) {
    return {nullableId(user.id),
            user.name,
            user.email.isEmpty() ? QVariant() : QVariant(user.email),
            user.phone.isEmpty() ? QVariant() : QVariant(user.phone),
            user.role,
            user.externalId.isEmpty() ? QVariant() : QVariant(user.externalId),
            user.notes,
            user.sharedPhoneNumber,
            timeValue(user.createdAt),
            timeValue(user.updatedAt)};
}

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &values = {}) {
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qWarning("sandbox store: %s: %s", qUtf8Printable(sql), qUtf8Printable(query.lastError().text()));
    return query;
}

template <typename T, typename F> QList<T> collect(QSqlQuery query, F from) {
    QList<T> out;
    while (query.next())
        out.append(from(query));
    return out;
}

} // namespace

ZendeskStore::ZendeskStore()
    : m_connectionName(QStringLiteral("callbridge-sandbox-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {
}

ZendeskStore::~ZendeskStore() {
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ZendeskStore::open(const QString &path) {
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(path);
    if (!database.open()) {
        m_error = database.lastError().text();
        return false;
    }
    for (const char *statement : schema) {
        if (!exec(QString::fromLatin1(statement)))
            return false;
    }
    return true;
}

QString ZendeskStore::errorString() const {
    return m_error;
}

QSqlDatabase ZendeskStore::db() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool ZendeskStore::exec(const QString &sql) const {
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        const_cast<ZendeskStore *>(this)->m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool ZendeskStore::isEmpty() const {
    QSqlQuery query = run(db(), QStringLiteral("SELECT COUNT(*) FROM users"));
    return !query.next() || query.value(0).toLongLong() == 0;
}

void ZendeskStore::clear() {
    exec(QStringLiteral("DELETE FROM comments"));
    exec(QStringLiteral("DELETE FROM tickets"));
    exec(QStringLiteral("DELETE FROM users"));
    exec(QStringLiteral("DELETE FROM added_phones"));
}

User ZendeskStore::withAddedPhones(User user) const {
    QSqlQuery query =
        run(db(), QStringLiteral("SELECT phone FROM added_phones WHERE user_id = ? ORDER BY id"), {user.id});
    while (query.next())
        user.addedPhones.append(query.value(0).toString());
    return user;
}

void ZendeskStore::addPhone(qint64 userId, const QString &phone) {
    run(db(), QStringLiteral("INSERT INTO added_phones (user_id, phone) VALUES (?, ?)"), {userId, phone});
}

std::optional<User> ZendeskStore::user(qint64 id) const {
    QSqlQuery query =
        run(db(), QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return withAddedPhones(userFrom(query));
}

std::optional<User> ZendeskStore::userByEmail(const QString &email) const {
    QSqlQuery query = run(db(),
                          QStringLiteral("SELECT ") + userColumns
                              + QStringLiteral(" FROM users WHERE lower(email) = lower(?)"),
                          {email});
    if (!query.next())
        return std::nullopt;
    return withAddedPhones(userFrom(query));
}

QList<User> ZendeskStore::users() const {
    QList<User> all = collect<User>(
        run(db(), QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY id")),
        userFrom);
    for (User &user : all)
        user = withAddedPhones(user);
    return all;
}

QList<User> ZendeskStore::usersByExternalId(const QString &externalId) const {
    QList<User> found =
        collect<User>(run(db(),
                          QStringLiteral("SELECT ") + userColumns
                              + QStringLiteral(" FROM users WHERE external_id = ? ORDER BY id"),
                          {externalId}),
                      userFrom);
    for (User &user : found)
        user = withAddedPhones(user);
    return found;
}

qint64 ZendeskStore::insertUser(User user) {
    const QList<QVariant> values = userValues(user);
    QSqlQuery query = run(db(),
                          QStringLiteral("INSERT INTO users (") + userColumns + QStringLiteral(") VALUES (")
                              + placeholders(values.size()) + QLatin1Char(')'),
                          values);
    return query.lastInsertId().toLongLong();
}

void ZendeskStore::updateUser(const User &user) {
    QList<QVariant> values = userValues(user);
    values.removeFirst();
    values.append(user.id);
    run(db(),
        QStringLiteral(
            "UPDATE users SET name = ?, email = ?, phone = ?, role = ?, external_id = ?, notes = ?,"
            " shared_phone = ?, created_at = ?, updated_at = ? WHERE id = ?"),
        values);
}

std::optional<Ticket> ZendeskStore::ticket(qint64 id) const {
    QSqlQuery query = run(
        db(), QStringLiteral("SELECT ") + ticketColumns + QStringLiteral(" FROM tickets WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return ticketFrom(query);
}

QList<Ticket> ZendeskStore::tickets() const {
    return collect<Ticket>(
        run(db(), QStringLiteral("SELECT ") + ticketColumns + QStringLiteral(" FROM tickets ORDER BY id")),
        ticketFrom);
}

QList<Ticket> ZendeskStore::ticketsByExternalId(const QString &externalId) const {
    return collect<Ticket>(run(db(),
                               QStringLiteral("SELECT ") + ticketColumns
                                   + QStringLiteral(" FROM tickets WHERE external_id = ? ORDER BY id"),
                               {externalId}),
                           ticketFrom);
}

QList<Ticket> ZendeskStore::ticketsByRequester(qint64 requesterId) const {
    return collect<Ticket>(run(db(),
                               QStringLiteral("SELECT ") + ticketColumns
                                   + QStringLiteral(" FROM tickets WHERE requester_id = ? ORDER BY id"),
                               {requesterId}),
                           ticketFrom);
}

qint64 ZendeskStore::insertTicket(Ticket ticket) {
    const QList<QVariant> values = ticketValues(ticket);
    QSqlQuery query = run(db(),
                          QStringLiteral("INSERT INTO tickets (") + ticketColumns
                              + QStringLiteral(") VALUES (") + placeholders(values.size()) + QLatin1Char(')'),
                          values);
    return query.lastInsertId().toLongLong();
}

void ZendeskStore::updateTicket(const Ticket &ticket) {
    QList<QVariant> values = ticketValues(ticket);
    values.removeFirst();
    values.append(ticket.id);
    run(db(),
        QStringLiteral(
            "UPDATE tickets SET subject = ?, description = ?, status = ?, priority = ?, type = ?,"
            " requester_id = ?, submitter_id = ?, assignee_id = ?, external_id = ?, tags = ?, via = ?,"
            " followup_source_id = ?, followup_ids = ?, is_public = ?, created_at = ?, updated_at = ?"
            " WHERE id = ?"),
        values);
}

QList<Comment> ZendeskStore::comments(qint64 ticketId) const {
    return collect<Comment>(
        run(db(),
            QStringLiteral(
                "SELECT id, ticket_id, type, body, html_body, public, author_id, data, via, created_at"
                " FROM comments WHERE ticket_id = ? ORDER BY id"),
            {ticketId}),
        [](const QSqlQuery &q) {
            Comment comment;
            comment.id = q.value(0).toLongLong();
            comment.ticketId = q.value(1).toLongLong();
            comment.type = q.value(2).toString();
            comment.body = q.value(3).toString();
            comment.htmlBody = q.value(4).toString();
            comment.isPublic = q.value(5).toBool();
            comment.authorId = q.value(6).toLongLong();
            comment.data = jsonFrom(q.value(7)).object();
            comment.via = jsonFrom(q.value(8)).object();
            comment.createdAt = timeFrom(q.value(9));
            return comment;
        });
}

qint64 ZendeskStore::insertComment(Comment comment) {
    QSqlQuery query =
        run(db(),
            QStringLiteral("INSERT INTO comments (id, ticket_id, type, body, html_body, public,"
                           " author_id, data, via, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {nullableId(comment.id), comment.ticketId, comment.type, comment.body, comment.htmlBody,
             comment.isPublic, nullableId(comment.authorId), jsonText(comment.data), jsonText(comment.via),
             timeValue(comment.createdAt)});
    return query.lastInsertId().toLongLong();
}

} // namespace callbridge::sandbox::zendesk
