#include "teamqueries.h"

#include "journal/journalcsv.h"
#include "journal/journalsql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace callbridge::team {

using namespace Qt::StringLiterals;
using journal::JournalFilter;

namespace {

const QString kColumns = u"local_id, extract(epoch FROM at) * 1000, contact_id, outcome, mode, user_id, "
                         u"user_created, ticket_id, ticket_created, reason, notices::text, agent_username, "
                         u"agent_name, customer_number"_s;

// SQL from fixed fragments only; every value is a bound parameter.
struct Where {
    QString sql;
    QVariantList values;
    void add(const QString &condition, const QVariantList &conditionValues) {
        sql += (sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
        values += conditionValues;
    }
};

QString anyOf(const QString &column, const QStringList &names, Where &where) {
    QStringList marks;
    for (const QString &name : names) {
        marks << u"?"_s;
        where.values << name;
    }
    return column + u" IN ("_s + marks.join(u", "_s) + u')';
}

Where whereFor(const JournalFilter &filter) {
    Where where;
    if (filter.from.isValid())
        where.add(u"at >= to_timestamp(?::double precision / 1000)"_s, {filter.from.toMSecsSinceEpoch()});
    if (filter.to.isValid())
        where.add(u"at < to_timestamp(?::double precision / 1000)"_s, {filter.to.toMSecsSinceEpoch()});
    if (!filter.agent.isEmpty())
        where.add(u"agent_username = ?"_s, {filter.agent});
    if (!filter.outcomes.isEmpty()) {
        Where names;
        const QString condition = anyOf(u"outcome"_s, filter.outcomes, names);
        where.add(condition, names.values);
    }
    if (!filter.modes.isEmpty()) {
        Where modes;
        const QString condition = anyOf(u"mode"_s, filter.modes, modes);
        where.add(condition, modes.values);
    }
    const QString phone = filter.phone.trimmed();
    if (!phone.isEmpty()) {
        const QString reversed = journal::detail::reversedDigits(phone); // as the journal indexes it
        if (reversed.isEmpty())
            where.add(u"customer_number = ?"_s, {phone});
        else if (phone.startsWith(u'+'))
            where.add(u"number_rev = ? AND customer_number = ?"_s, {reversed, phone});
        else // ends with these digits: the reversed digits start with them (a range on the index)
            where.add(u"number_rev LIKE ?"_s, {QVariant(reversed + u'%')});
    }
    if (filter.ticketId != 0)
        where.add(u"ticket_id = ?"_s, {filter.ticketId});
    return where;
}

QString paging(const JournalFilter &filter, Where &where) {
    if (filter.limit <= 0 && filter.offset <= 0)
        return {};
    where.values << (filter.limit > 0 ? QVariant(filter.limit) : QVariant()) << qMax(0, filter.offset);
    return u" LIMIT ? OFFSET ?"_s;
}

journal::OutcomeRecord outcomeFrom(const QSqlQuery &q) {
    journal::OutcomeRecord r;
    r.id = q.value(0).toLongLong();
    r.at = QDateTime::fromMSecsSinceEpoch(qint64(q.value(1).toDouble()), QTimeZone::utc());
    r.contactId = q.value(2).toString();
    r.outcome = q.value(3).toString();
    r.mode = q.value(4).toString();
    r.userId = q.value(5).toLongLong();
    r.userCreated = q.value(6).toBool();
    r.ticketId = q.value(7).toLongLong();
    r.ticketCreated = q.value(8).toBool();
    r.reason = q.value(9).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
        r.notices << v.toString();
    r.agentUsername = q.value(11).toString();
    r.agentName = q.value(12).toString();
    r.customerNumber = q.value(13).toString();
    return r;
}

} // namespace

TeamQueries::TeamQueries(const TeamDatabase &database)
    : m_database(database) {}

namespace {
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error) {
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

QList<journal::OutcomeRecord> TeamQueries::outcomes(const JournalFilter &filter) const {
    QList<journal::OutcomeRecord> rows;
    Where where = whereFor(filter);
    const QString sql = u"SELECT "_s + kColumns + u" FROM team_outcomes"_s + where.sql
                        + u" ORDER BY at DESC, local_id DESC"_s + paging(filter, where);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, where.values, &m_lastError))
        return rows;
    while (q.next())
        rows << outcomeFrom(q);
    return rows;
}

qint64 TeamQueries::countOutcomes(const JournalFilter &filter) const {
    const Where where = whereFor(filter);
    QSqlQuery q(m_database.connection());
    if (!run(q, u"SELECT count(*) FROM team_outcomes"_s + where.sql, where.values, &m_lastError) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<journal::LinkRecord> TeamQueries::links(const JournalFilter &filter) const {
    QList<journal::LinkRecord> rows;
    Where where = whereFor(filter);
    where.add(u"links"_s, QVariantList{});
    const QString sql = u"SELECT contact_id, user_id, ticket_id, mode, outcome, reason, "
                        u"extract(epoch FROM at) * 1000, agent_username, agent_name, customer_number FROM ("
                        u"SELECT DISTINCT ON (journal_id, contact_id) * FROM team_outcomes"_s
                        + where.sql
                        + u" ORDER BY journal_id, contact_id, at DESC, local_id DESC) newest"
                          u" ORDER BY at DESC"_s
                        + paging(filter, where);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, where.values, &m_lastError))
        return rows;
    while (q.next()) {
        journal::LinkRecord r;
        r.contactId = q.value(0).toString();
        r.userId = q.value(1).toLongLong();
        r.ticketId = q.value(2).toLongLong();
        r.mode = q.value(3).toString();
        r.outcome = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.linkedAt = QDateTime::fromMSecsSinceEpoch(qint64(q.value(6).toDouble()), QTimeZone::utc());
        r.agentUsername = q.value(7).toString();
        r.agentName = q.value(8).toString();
        r.customerNumber = q.value(9).toString();
        rows << r;
    }
    return rows;
}

qint64 TeamQueries::countLinks(const JournalFilter &filter) const {
    Where where = whereFor(filter);
    where.add(u"links"_s, QVariantList{});
    QSqlQuery q(m_database.connection());
    if (!run(q, u"SELECT count(DISTINCT (journal_id, contact_id)) FROM team_outcomes"_s + where.sql,
             where.values, &m_lastError)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TeamQueries::exportCsv(const JournalFilter &filter, QIODevice &out) const {
    if (out.write(journal::csvRecord(journal::outcomeCsvHeader())) < 0) {
        m_lastError = out.errorString();
        return false;
    }
    const QList<journal::OutcomeRecord> rows = outcomes(filter);
    if (!m_lastError.isEmpty())
        return false;
    for (const journal::OutcomeRecord &r : rows) {
        if (out.write(journal::csvRecord(journal::outcomeCsvFields(r))) < 0) {
            m_lastError = out.errorString();
            return false;
        }
    }
    return true;
}

} // namespace callbridge::team
