#pragma once

// Internal: a JournalFilter as SQL for the local journal (SQLite) and the team database (PostgreSQL). One
// builder, so that both answer the same filter with the same rows; what differs (table and column names, how
// a time is compared, how "ends with these digits" meets its index) is the dialect.

#include "journalqueries.h"

#include <QString>
#include <QVariantList>

namespace callbridge::journal::detail {

struct FilterDialect {
    QString table;             // "outcomes", "team_outcomes"
    QString timeColumn;        // "at"
    QString timeValue;         // how a bound epoch-ms value becomes a time: "?" or "to_timestamp(...)"
    QString phoneColumn;       // the number as stored
    QString phoneRevColumn;    // its reversed digits, indexed
    bool suffixByLike = false; // PostgreSQL (text_pattern_ops): LIKE 'digits%'; SQLite: a range
    QString likeInsensitive;   // "LIKE" (SQLite: ASCII case-insensitive) or "ILIKE"
    QString reviewsTable;      // where review marks are
    QString keyColumns;        // the unique sort key after the time: "id" or "journal_id, local_id"
    bool keyHasJournal = false;
    QString hourOf;  // SQL for the start of the hour of timeColumn, as epoch ms
    QString dayOf;   // the same for the day (UTC)
    QString noLimit; // LIMIT that means "all rows": "-1" (SQLite) or "ALL"
};

const FilterDialect &sqliteOutcomes();
const FilterDialect &sqliteLinks();
const FilterDialect &postgresOutcomes();

// SQL text from fixed fragments only; every value is a bound parameter.
struct SqlWhere {
    QString sql; // "" or " WHERE …"
    QVariantList values;
    void add(const QString &condition, const QVariantList &conditionValues = {});
};

SqlWhere filterWhere(const JournalFilter &filter, const FilterDialect &dialect);
// " ORDER BY at DESC, id DESC" (or ascending with filter.oldestFirst).
QString filterOrder(const JournalFilter &filter, const FilterDialect &dialect);
// " LIMIT ? OFFSET ?" with its values appended to `where`, or "" for all rows.
QString filterPaging(const JournalFilter &filter, const FilterDialect &dialect, SqlWhere &where);
// SELECT key columns, count(*) … GROUP BY: the statement countBy runs.
QString countSelect(const FilterDialect &dialect, CountDimension first,
                    const std::optional<CountDimension> &second, const SqlWhere &where);

} // namespace callbridge::journal::detail
