#include "journalqueries.h"

#include "journal.h"
#include "journalcsv.h"
#include "journalrows.h"
#include "journalsql.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

struct Table {
    QString name;
    QString columns;
    QString timeColumn;
};

const Table &outcomesTable() {
    static const Table table{u"outcomes"_s, detail::kOutcomeColumns, u"at"_s};
    return table;
}

const Table &linksTable() {
    static const Table table{u"links"_s, detail::kLinkColumns, u"linked_at"_s};
    return table;
}

// SQL text is assembled from fixed fragments only; every value is a bound parameter.
struct Where {
    QString sql;
    QVariantList values;

    void add(const QString &condition, const QVariantList &conditionValues) {
        sql += (sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
        values += conditionValues;
    }
};

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks.append(u"?"_s);
    }
    return marks.join(u", "_s);
}

void addPhone(Where &where, const QString &phone) {
    const QString trimmed = phone.trimmed();
    const QString reversed = detail::reversedDigits(trimmed);
    if (reversed.isEmpty()) {
        where.add(u"customer_phone = ?"_s, {trimmed});
    } else if (trimmed.startsWith(u'+')) {
        where.add(u"phone_rev = ? AND customer_phone = ?"_s, {reversed, trimmed});
    } else {
        // Ends with these digits = reversed digits start with them: a range on the phone_rev index. ':' sorts
        // right after '9'.
        where.add(u"phone_rev >= ? AND phone_rev < ?"_s, {reversed, QString(reversed + u':')});
    }
}

Where whereFor(const JournalFilter &filter, const Table &table) {
    Where where;
    if (filter.from.isValid()) {
        where.add(table.timeColumn + u" >= ?"_s, {filter.from.toMSecsSinceEpoch()});
    }
    if (filter.to.isValid()) {
        where.add(table.timeColumn + u" < ?"_s, {filter.to.toMSecsSinceEpoch()});
    }
    if (!filter.agent.isEmpty()) {
        where.add(u"agent_username = ?"_s, {filter.agent});
    }
    if (!filter.outcomes.isEmpty()) {
        QVariantList names;
        for (const QString &name : filter.outcomes) {
            names.append(name);
        }
        where.add(u"outcome IN ("_s + placeholders(names.size()) + u')', names);
    }
    if (!filter.modes.isEmpty()) {
        QVariantList modes;
        for (const QString &mode : filter.modes) {
            modes.append(mode);
        }
        where.add(u"mode IN ("_s + placeholders(modes.size()) + u')', modes);
    }
    if (!filter.phone.trimmed().isEmpty()) {
        addPhone(where, filter.phone);
    }
    if (filter.ticketId != 0) {
        where.add(u"ticket_id = ?"_s, {filter.ticketId});
    }
    return where;
}

struct Statement {
    QString sql;
    QVariantList values;
};

Statement selectFor(const JournalFilter &filter, const Table &table) {
    Where where = whereFor(filter, table);
    QString sql = u"SELECT "_s + table.columns + u" FROM "_s + table.name + where.sql + u" ORDER BY "_s
                  + table.timeColumn + u" DESC, rowid DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        where.values += QVariantList{filter.limit, qMax(0, filter.offset)};
    } else if (filter.offset > 0) {
        sql += u" LIMIT -1 OFFSET ?"_s;
        where.values.append(filter.offset);
    }
    return {sql, where.values};
}

Statement countFor(const JournalFilter &filter, const Table &table) {
    const Where where = whereFor(filter, table);
    return {u"SELECT COUNT(*) FROM "_s + table.name + where.sql, where.values};
}

} // namespace

JournalQueries::JournalQueries(const Journal &journal)
    : m_journal(journal) {}

namespace {

template <typename Record, typename Reader>
QList<Record> run(const Journal &journal, const Statement &statement, Reader read, QString *error) {
    QList<Record> records;
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
