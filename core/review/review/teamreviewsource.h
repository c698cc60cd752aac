#pragma once

#include "reviewsource.h"
#include "team/teamdatabase.h"
#include "team/teamqueries.h"

namespace callbridge::review {

// The review over every agent's journal in the team database, as far as the login may read (row-level
// security): a supervisor sees everyone, an agent their own rows and no review marks.
class TeamReviewSource final : public ReviewSource {
public:
    explicit TeamReviewSource(team::TeamDatabase &database, QString description = {});

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
    team::TeamDatabase &m_database;
    team::TeamQueries m_queries;
    QString m_description;
    mutable QString m_lastError;
};

} // namespace callbridge::review
