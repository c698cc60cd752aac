#pragma once

#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "reviewsource.h"

namespace callbridge::review {

// The review over one local journal (an agent's own machine, or a copy of it). Review marks stay in that
// journal.
class JournalReviewSource final : public ReviewSource {
public:
    explicit JournalReviewSource(journal::Journal &journal);

    QString describe() const override;
    ReviewPage page(const JournalFilter &filter, const JournalFilter::Position &after,
                    int limit) const override;
    qint64 count(const JournalFilter &filter) const override;
    ContactDetail detail(const QString &contactId) const override;
    QList<journal::EventRecord> events(const QString &contactId) const override;
    QList<CountRow> countBy(const JournalFilter &filter, CountDimension first,
                            std::optional<CountDimension> second) const override;
    bool markReviewed(const journal::ReviewMark &mark) override;
    bool exportCsv(const JournalFilter &filter, QIODevice &out) const override;
    QString lastError() const override;

private:
    journal::Journal &m_journal;
    journal::JournalQueries m_queries;
    mutable QString m_lastError;
};

} // namespace callbridge::review
