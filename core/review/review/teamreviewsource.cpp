#include "teamreviewsource.h"

#include "reviewdetail.h"

namespace callbridge::review {

TeamReviewSource::TeamReviewSource(team::TeamDatabase &database, QString description)
    : m_database(database)
    , m_queries(database)
    , m_description(std::move(description)) {}

QString TeamReviewSource::describe() const {
    return QStringLiteral("team database ") + m_description;
}

ReviewPage TeamReviewSource::page(const JournalFilter &filter, const JournalFilter::Position &after,
                                  int limit) const {
    return readPage(m_queries, filter, after, limit);
}

qint64 TeamReviewSource::count(const JournalFilter &filter) const {
    return m_queries.countOutcomes(filter);
}

ContactDetail TeamReviewSource::detail(const QString &contactId) const {
    m_lastError.clear();
    const QList<journal::EventRecord> events = m_queries.eventsOf(contactId);
    const QList<OutcomeRecord> decisions = m_queries.decisionsOf(contactId);
    const QList<journal::WriteTransition> writes = m_queries.writesOf(contactId);
    m_lastError = m_queries.lastError();
    // An agent may not read review marks: their detail simply has none.
    const QList<journal::ReviewMark> reviews = m_queries.reviewsOf(contactId);
    return assembleDetail(contactId, events, decisions, writes, reviews);
}

QList<journal::EventRecord> TeamReviewSource::events(const QString &contactId) const {
    return m_queries.eventsOf(contactId);
}

QList<CountRow> TeamReviewSource::countBy(const JournalFilter &filter, CountDimension first,
                                          std::optional<CountDimension> second) const {
    return m_queries.countBy(filter, first, second);
}

bool TeamReviewSource::markReviewed(const journal::ReviewMark &mark) {
    const bool ok = m_database.markReviewed(mark);
    m_lastError = ok ? QString() : m_database.lastError();
    return ok;
}

bool TeamReviewSource::exportCsv(const JournalFilter &filter, QIODevice &out) const {
    JournalFilter all = filter;
    all.limit = 0;
    all.offset = 0;
    all.after = {};
    return m_queries.exportCsv(all, out);
}

QString TeamReviewSource::lastError() const {
    return m_lastError.isEmpty() ? m_queries.lastError() : m_lastError;
}

} // namespace callbridge::review
