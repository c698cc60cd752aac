#include "journalfiltersql.h"

#include "journalsql.h"
#include "model/reviewconcerns.h"

namespace callbridge::journal::detail {

using namespace Qt::StringLiterals;

const FilterDialect &sqliteOutcomes() {
    static const FilterDialect d{u"outcomes"_s,
                                 u"at"_s,
                                 u"?"_s,
                                 u"customer_phone"_s,
                                 u"phone_rev"_s,
                                 false,
                                 u"LIKE"_s,
                                 u"reviews"_s,
                                 u"id"_s,
                                 false,
                                 u"(at / 3600000) * 3600000"_s,
                                 u"(at / 86400000) * 86400000"_s,
                                 u"-1"_s};
    return d;
}

const FilterDialect &sqliteLinks() {
    static const FilterDialect d = [] {
        FilterDialect links = sqliteOutcomes();
        links.table = u"links"_s;
        links.timeColumn = u"linked_at"_s;
        links.keyColumns = u"rowid"_s;
        return links;
    }();
    return d;
}

const FilterDialect &postgresOutcomes() {
    static const FilterDialect d{
        u"team_outcomes"_s, u"at"_s, u"to_timestamp(?::double precision / 1000)"_s, u"customer_number"_s,
        u"number_rev"_s, true, u"ILIKE"_s, u"team_reviews"_s, u"journal_id, local_id"_s, true,
        // date_part is double precision: much cheaper per row than extract's numeric.
        u"(floor(date_part('epoch', at) / 3600) * 3600000)::bigint"_s,
        u"(floor(date_part('epoch', at) / 86400) * 86400000)::bigint"_s, u"ALL"_s};
    return d;
}

void SqlWhere::add(const QString &condition, const QVariantList &conditionValues) {
    sql += (sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
    values += conditionValues;
}

namespace {

QString anyOf(const QString &column, const QStringList &names, QVariantList &values) {
    QStringList marks;
    for (const QString &name : names) {
        marks << u"?"_s;
        values << name;
    }
    return column + u" IN ("_s + marks.join(u", "_s) + u')';
}

void addPhone(SqlWhere &where, const QString &phone, const FilterDialect &d) {
    const QString trimmed = phone.trimmed();
    const QString reversed = reversedDigits(trimmed); // as both databases index it
    if (reversed.isEmpty()) {
        where.add(d.phoneColumn + u" = ?"_s, {trimmed});
    } else if (trimmed.startsWith(u'+')) {
        where.add(d.phoneRevColumn + u" = ? AND "_s + d.phoneColumn + u" = ?"_s, {reversed, trimmed});
    } else if (d.suffixByLike) {
        // Ends with these digits = the reversed digits start with them; digits need no LIKE escaping.
        where.add(d.phoneRevColumn + u" LIKE ?"_s, {QVariant(reversed + u'%')});
    } else {
        // A range on the index; ':' sorts right after '9'.
        where.add(d.phoneRevColumn + u" >= ? AND "_s + d.phoneRevColumn + u" < ?"_s,
                  {reversed, QString(reversed + u':')});
    }
}

QString likePattern(const QString &text) {
    QString escaped;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

// Another user already has a number ending in the same digits (a different number): the new user may be a
// duplicate of theirs.
QString closeNumberExists(const FilterDialect &d) {
    const QString rev = d.table + u'.' + d.phoneRevColumn;
    return u"(length("_s + rev + u") >= "_s + QString::number(kCloseNumberDigits)
           + u" AND EXISTS (SELECT 1 FROM "_s + d.table + u" n WHERE n.user_id <> 0 AND substr(n."_s
           + d.phoneRevColumn + u", 1, "_s + QString::number(kCloseNumberDigits) + u") = substr("_s + rev
           + u", 1, "_s + QString::number(kCloseNumberDigits) + u") AND n.user_id <> "_s + d.table
           + u".user_id AND n."_s + d.phoneRevColumn + u" <> "_s + rev + u"))"_s;
}

void addConcerns(SqlWhere &where, int concerns, const FilterDialect &d) {
    const int direct = concerns & ~ConcernNewUser;
    // "concerns <> 0" first: it is what the partial index on concerning decisions is defined by.
    QString condition = u"concerns <> 0 AND ("_s;
    QVariantList values;
    if (direct != 0) {
        condition += u"(concerns & ?) <> 0"_s;
        values << direct;
    }
    if (concerns & ConcernNewUser) {
        if (direct != 0)
            condition += u" OR "_s;
        // The bit is written out (a constant of this build, never input) so that the partial index on new
        // users' decisions matches it.
        condition += u"((concerns & "_s + QString::number(int(ConcernNewUser)) + u") <> 0 AND "_s
                     + closeNumberExists(d) + u')';
    }
    where.add(condition + u')', values);
}

} // namespace

SqlWhere filterWhere(const JournalFilter &filter, const FilterDialect &d) {
    SqlWhere where;
    const QString time = d.table + u'.' + d.timeColumn;
    if (filter.from.isValid())
        where.add(time + u" >= "_s + d.timeValue, {filter.from.toMSecsSinceEpoch()});
    if (filter.to.isValid())
        where.add(time + u" < "_s + d.timeValue, {filter.to.toMSecsSinceEpoch()});
    if (!filter.agent.isEmpty())
        where.add(u"agent_username = ?"_s, {filter.agent});
    if (!filter.outcomes.isEmpty()) {
        QVariantList values;
        const QString condition = anyOf(u"outcome"_s, filter.outcomes, values);
        where.add(condition, values);
    }
    if (!filter.modes.isEmpty()) {
        QVariantList values;
        const QString condition = anyOf(u"mode"_s, filter.modes, values);
        where.add(condition, values);
    }
    if (!filter.phone.trimmed().isEmpty())
        addPhone(where, filter.phone, d);
    if (filter.ticketId != 0)
        where.add(d.table + u".ticket_id = ?"_s, {filter.ticketId});
    if (!filter.reasonText.trimmed().isEmpty())
        where.add(d.table + u".reason "_s + d.likeInsensitive + u" ? ESCAPE '\\'"_s,
                  {likePattern(filter.reasonText.trimmed())});
    if (filter.concerns != 0)
        addConcerns(where, filter.concerns & kAllReviewConcerns, d);
    if (filter.unreviewedOnly)
        where.add(u"NOT EXISTS (SELECT 1 FROM "_s + d.reviewsTable + u" r WHERE r.contact_id = "_s + d.table
                  + u".contact_id)"_s);
    if (filter.after.isValid()) {
        const QString op = filter.oldestFirst ? u">"_s : u"<"_s;
        QVariantList values{filter.after.at.toMSecsSinceEpoch()};
        QString marks = d.timeValue;
        if (d.keyHasJournal) {
            values << filter.after.journalId;
            marks += u", ?"_s;
        }
        values << filter.after.id;
        marks += u", ?"_s;
        where.add(u"("_s + time + u", "_s + d.keyColumns + u") "_s + op + u" ("_s + marks + u')', values);
    }
    return where;
}

QString filterOrder(const JournalFilter &filter, const FilterDialect &d) {
    const QString direction = filter.oldestFirst ? u" ASC"_s : u" DESC"_s;
    QString order = u" ORDER BY "_s + d.table + u'.' + d.timeColumn + direction;
    for (const QString &column : d.keyColumns.split(u','))
        order += u", "_s + column.trimmed() + direction;
    return order;
}

QString filterPaging(const JournalFilter &filter, const FilterDialect &d, SqlWhere &where) {
    if (filter.limit > 0) {
        where.values << filter.limit << qMax(0, filter.offset);
        return u" LIMIT ? OFFSET ?"_s;
    }
    if (filter.offset > 0) {
        where.values << filter.offset;
        return u" LIMIT "_s + d.noLimit + u" OFFSET ?"_s;
    }
    return {};
}

namespace {
QString dimensionSql(const FilterDialect &d, CountDimension dimension) {
    switch (dimension) {
    case CountDimension::Hour:
        return d.hourOf;
    case CountDimension::Day:
        return d.dayOf;
    case CountDimension::Agent:
        return u"agent_username"_s;
    case CountDimension::Outcome:
        return u"outcome"_s;
    case CountDimension::Mode:
        return u"mode"_s;
    }
    return u"outcome"_s;
}
} // namespace

QString countSelect(const FilterDialect &d, CountDimension first, const std::optional<CountDimension> &second,
                    const SqlWhere &where) {
    const QString a = dimensionSql(d, first);
    const QString b = second ? dimensionSql(d, *second) : u"''"_s;
    return u"SELECT "_s + a + u" AS k1, "_s + b + u" AS k2, count(*) AS n FROM "_s + d.table + where.sql
           + u" GROUP BY k1, k2 ORDER BY n DESC, k1, k2"_s;
}

} // namespace callbridge::journal::detail
