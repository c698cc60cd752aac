#include "journalreviewsource.h"

#include "reviewdetail.h"

namespace callbridge::review {

JournalReviewSource::JournalReviewSource(journal::Journal &journal)
    : m_journal(journal)
    , m_queries(journal) {}

QString JournalReviewSource::describe() const {
    return QStringLiteral("journal ") + m_journal.path();
}

ReviewPage JournalReviewSource::page(const JournalFilter &filter, const JournalFilter::Position &after,
                                     int limit) const {
    return readPage(m_queries, filter, after, limit);
}

qint64 JournalReviewSource::count(const JournalFilter &filter) const {
    return m_queries.countOutcomes(filter);
}

ContactDetail JournalReviewSource::detail(const QString &contactId) const {
    m_lastError.clear();
    ContactDetail detail =
        assembleDetail(contactId, m_journal.events(contactId), m_journal.outcomes(contactId),
                       m_journal.writeHistory(contactId), m_journal.reviews(contactId));
    m_lastError = m_journal.lastError();
    return detail;
}

QList<journal::EventRecord> JournalReviewSource::events(const QString &contactId) const {
    return m_journal.events(contactId);
}

QList<CountRow> JournalReviewSource::countBy(const JournalFilter &filter, CountDimension first,
                                             std::optional<CountDimension> second) const {
    return m_queries.countBy(filter, first, second);
}

bool JournalReviewSource::markReviewed(const journal::ReviewMark &mark) {
    const bool ok = m_journal.recordReview(mark);
    m_lastError = ok ? QString() : m_journal.lastError();
    return ok;
}

bool JournalReviewSource::exportCsv(const JournalFilter &filter, QIODevice &out) const {
    JournalFilter all = filter;
    all.limit = 0;
    all.offset = 0;
    all.after = {};
    return m_queries.exportCsv(all, out);
}

QString JournalReviewSource::lastError() const {
    return m_lastError.isEmpty() ? m_queries.lastError() : m_lastError;
}

} // namespace callbridge::review
