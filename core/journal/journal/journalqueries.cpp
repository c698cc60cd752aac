#include "journalqueries.h"

#include "journal.h"
#include "journalcsv.h"
#include "journalfiltersql.h"
#include "journalrows.h"
#include "journalsql.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

struct Table {
    QString columns;
    const detail::FilterDialect &dialect;
};

Table outcomesTable() {
    return {detail::kOutcomeColumns, detail::sqliteOutcomes()};
}

Table linksTable() {
    return {detail::kLinkColumns, detail::sqliteLinks()};
}

struct Statement {
    QString sql;
    QVariantList values;
};

Statement selectFor(const JournalFilter &filter, const Table &table) {
    detail::SqlWhere where = detail::filterWhere(filter, table.dialect);
    QString sql = u"SELECT "_s + table.columns + u" FROM "_s + table.dialect.table + where.sql
                  + detail::filterOrder(filter, table.dialect);
    sql += detail::filterPaging(filter, table.dialect, where);
    return {sql, where.values};
}

Statement countFor(const JournalFilter &filter, const Table &table) {
    const detail::SqlWhere where = detail::filterWhere(filter, table.dialect);
    return {u"SELECT COUNT(*) FROM "_s + table.dialect.table + where.sql, where.values};
}

} // namespace

JournalQueries::JournalQueries(const Journal &journal)
    : m_journal(journal) {}

namespace {

template <typename Record, typename Reader>
QList<Record> run(const Journal &journal, const Statement &statement, Reader read, QString *error) {
    QList<Record> records;
    error->clear(); // lastError() is about the latest query
    detail::Statement q = journal.statements().get(statement.sql, error);
    if (!q || !detail::execBound(*q, statement.values, error)) {
        return records;
    }
    while (q->next()) {
        records.append(read(*q));
    }
    return records;
}

int count(const Journal &journal, const Statement &statement, QString *error) {
    detail::Statement q = journal.statements().get(statement.sql, error);
    if (!q || !detail::execBound(*q, statement.values, error) || !q->next()) {
        return -1;
    }
    return q->value(0).toInt();
}

QStringList explain(const Journal &journal, const Statement &statement, QString *error) {
    QStringList lines;
    QSqlQuery q(journal.database());
    if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + statement.sql)) {
        *error = detail::describe(q.lastError());
        return lines;
    }
    if (!detail::execBound(q, statement.values, error)) {
        return lines;
    }
    while (q.next()) {
        lines.append(q.value(3).toString());
    }
    return lines;
}

} // namespace

QList<OutcomeRecord> JournalQueries::outcomes(const JournalFilter &filter) const {
    return run<OutcomeRecord>(m_journal, selectFor(filter, outcomesTable()), detail::outcomeFromRow,
                              &m_lastError);
}

QList<LinkRecord> JournalQueries::links(const JournalFilter &filter) const {
    return run<LinkRecord>(m_journal, selectFor(filter, linksTable()), detail::linkFromRow, &m_lastError);
}

int JournalQueries::countOutcomes(const JournalFilter &filter) const {
    return count(m_journal, countFor(filter, outcomesTable()), &m_lastError);
}

int JournalQueries::countLinks(const JournalFilter &filter) const {
    return count(m_journal, countFor(filter, linksTable()), &m_lastError);
}

QList<CountRow> JournalQueries::countBy(const JournalFilter &filter, CountDimension first,
                                        std::optional<CountDimension> second) const {
    QList<CountRow> rows;
    m_lastError.clear();
    const detail::SqlWhere where = detail::filterWhere(filter, detail::sqliteOutcomes());
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    if (!q.prepare(detail::countSelect(detail::sqliteOutcomes(), first, second, where))
        || !detail::execBound(q, where.values, &m_lastError)) {
        if (m_lastError.isEmpty())
            m_lastError = detail::describe(q.lastError());
        return rows;
    }
    const bool timed = first == CountDimension::Hour || first == CountDimension::Day;
    while (q.next()) {
        CountRow row;
        if (timed)
            row.period = detail::fromMs(q.value(0));
        else
            row.key = q.value(0).toString();
        row.secondKey = q.value(1).toString();
        row.count = q.value(2).toLongLong();
        rows.append(row);
    }
    return rows;
}

QStringList JournalQueries::explainOutcomes(const JournalFilter &filter) const {
    return explain(m_journal, selectFor(filter, outcomesTable()), &m_lastError);
}

QStringList JournalQueries::explainLinks(const JournalFilter &filter) const {
    return explain(m_journal, selectFor(filter, linksTable()), &m_lastError);
}

bool JournalQueries::exportCsv(const JournalFilter &filter, QIODevice &out) const {
    const Statement statement = selectFor(filter, outcomesTable());
    detail::Statement q = m_journal.statements().get(statement.sql, &m_lastError);
    if (!q || !detail::execBound(*q, statement.values, &m_lastError)) {
        return false;
    }
    if (out.write(csvRecord(outcomeCsvHeader())) < 0) {
        m_lastError = out.errorString();
        return false;
    }
    while (q->next()) {
        if (out.write(csvRecord(outcomeCsvFields(detail::outcomeFromRow(*q)))) < 0) {
            m_lastError = out.errorString();
            return false;
        }
    }
    if (q->lastError().isValid()) {
        m_lastError = detail::describe(q->lastError());
        return false;
    }
    return true;
}

} // namespace callbridge::journal
