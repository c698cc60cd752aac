#include "teamqueries.h"

#include "journal/journalcsv.h"
#include "journal/journalfiltersql.h"
#include "journal/journalrows.h"
#include "journal/journalsql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace callbridge::team {

using namespace Qt::StringLiterals;
using journal::JournalFilter;

namespace {

// Times leave as whole epoch milliseconds (they came in as such), so that a row's time is its page key.
const QString kColumns =
    u"local_id, round(extract(epoch FROM at) * 1000)::bigint, contact_id, outcome, mode, "
    u"user_id, user_created, ticket_id, ticket_created, reason, notices::text, "
    u"agent_username, agent_name, customer_number, concerns, reason_phrase::text, notice_phrases::text, "
    u"journal_id"_s;

using journal::detail::filterWhere;
using journal::detail::postgresOutcomes;
using Where = journal::detail::SqlWhere;

Where whereFor(const JournalFilter &filter) {
    return filterWhere(filter, postgresOutcomes());
}

QString paging(const JournalFilter &filter, Where &where) {
    return journal::detail::filterPaging(filter, postgresOutcomes(), where);
}

// The team database selects the journal's own columns in the journal's order (epoch milliseconds for times,
// JSON text for notices and phrases), plus the journal a row came from last, so one reader serves both.
journal::OutcomeRecord outcomeFrom(const QSqlQuery &q) {
    journal::OutcomeRecord r = journal::detail::outcomeFromRow(q);
    r.journalId = q.value(17).toString();
    return r;
}

} // namespace

TeamQueries::TeamQueries(const TeamDatabase &database)
    : m_database(database) {}

namespace {
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error) {
    error->clear(); // lastError() is about the latest query
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
                        + journal::detail::filterOrder(filter, postgresOutcomes()) + paging(filter, where);
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
    where.add(u"links"_s);
    const QString sql =
        u"SELECT contact_id, user_id, ticket_id, mode, outcome, reason, "
        u"round(extract(epoch FROM at) * 1000)::bigint, agent_username, agent_name, customer_number FROM ("
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
        rows << journal::detail::linkFromRow(q);
    }
    return rows;
}

qint64 TeamQueries::countLinks(const JournalFilter &filter) const {
    Where where = whereFor(filter);
    where.add(u"links"_s);
    QSqlQuery q(m_database.connection());
    if (!run(q, u"SELECT count(DISTINCT (journal_id, contact_id)) FROM team_outcomes"_s + where.sql,
             where.values, &m_lastError)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<journal::CountRow> TeamQueries::countBy(const JournalFilter &filter, journal::CountDimension first,
                                              std::optional<journal::CountDimension> second) const {
    QList<journal::CountRow> rows;
    const Where where = whereFor(filter);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, journal::detail::countSelect(postgresOutcomes(), first, second, where), where.values,
             &m_lastError))
        return rows;
    const bool timed = first == journal::CountDimension::Hour || first == journal::CountDimension::Day;
    while (q.next()) {
        journal::CountRow row;
        if (timed)
            row.period = journal::detail::fromMs(QVariant(q.value(0).toLongLong()));
        else
            row.key = q.value(0).toString();
        row.secondKey = q.value(1).toString();
        row.count = q.value(2).toLongLong();
        rows << row;
    }
    return rows;
}

QList<journal::OutcomeRecord> TeamQueries::decisionsOf(const QString &contactId) const {
    QList<journal::OutcomeRecord> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q, u"SELECT "_s + kColumns + u" FROM team_outcomes WHERE contact_id = ? ORDER BY at, local_id"_s,
             {contactId}, &m_lastError))
        return rows;
    while (q.next())
        rows << outcomeFrom(q);
    return rows;
}

QList<journal::EventRecord> TeamQueries::eventsOf(const QString &contactId) const {
    QList<journal::EventRecord> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q,
             u"SELECT local_seq, contact_id, kind, round(extract(epoch FROM at) * 1000)::bigint, "
             u"round(extract(epoch FROM received_at) * 1000)::bigint, event::text, journal_id FROM "
             u"team_events "
             u"WHERE contact_id = ? ORDER BY received_at, journal_id, local_seq"_s,
             {contactId}, &m_lastError))
        return rows;
    while (q.next()) {
        rows << journal::detail::eventFromRow(q);
    }
    return rows;
}

QList<journal::WriteTransition> TeamQueries::writesOf(const QString &contactId) const {
    QList<journal::WriteTransition> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q,
             u"SELECT local_id, idempotency_key, contact_id, kind, target_id, state, attempts, error, "
             u"result_id, "
             u"round(extract(epoch FROM at) * 1000)::bigint, COALESCE(payload::text, ''), journal_id "
             u"FROM team_writes WHERE contact_id = ? ORDER BY at, journal_id, local_id"_s,
             {contactId}, &m_lastError))
        return rows;
    while (q.next()) {
        journal::WriteTransition w = journal::detail::writeTransitionFromRow(q);
        w.journalId = q.value(11).toString();
        rows << w;
    }
    return rows;
}

QList<journal::ReviewMark> TeamQueries::reviewsOf(const QString &contactId) const {
    QList<journal::ReviewMark> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!run(q,
             u"SELECT contact_id, reviewed_by::text, round(extract(epoch FROM reviewed_at) * 1000)::bigint, "
             u"note, "
             u"journal_id FROM team_reviews WHERE contact_id = ? ORDER BY reviewed_at, id"_s,
             {contactId}, &m_lastError))
        return rows;
    while (q.next()) {
        journal::ReviewMark m;
        m.contactId = q.value(0).toString();
        m.by = q.value(1).toString();
        m.at = journal::detail::fromMs(q.value(2));
        m.note = q.value(3).toString();
        m.journalId = q.value(4).toString();
        rows << m;
    }
    return rows;
}

QStringList TeamQueries::explainOutcomes(const JournalFilter &filter) const {
    QStringList lines;
    Where where = whereFor(filter);
    const QString sql = u"EXPLAIN SELECT "_s + kColumns + u" FROM team_outcomes"_s + where.sql
                        + journal::detail::filterOrder(filter, postgresOutcomes()) + paging(filter, where);
    QSqlQuery q(m_database.connection());
    if (!run(q, sql, where.values, &m_lastError))
        return lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines;
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
