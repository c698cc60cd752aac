#pragma once

#include "journal/journalqueries.h"
#include "teamdatabase.h"

#include <QIODevice>

namespace callbridge::team {

// The supervisor's queries (the same filters and rows as the local journal's) over every agent's decisions in
// the team database — as far as the connection's role may read them (row-level security). Newest first.
class TeamQueries {
public:
    explicit TeamQueries(const TeamDatabase &database);

    QList<journal::OutcomeRecord> outcomes(const journal::JournalFilter &filter) const;
    qint64 countOutcomes(const journal::JournalFilter &filter) const; // ignores paging; -1 on error
    // The current link of each contact: its newest decision that linked it.
    QList<journal::LinkRecord> links(const journal::JournalFilter &filter) const;
    qint64 countLinks(const journal::JournalFilter &filter) const;
    bool exportCsv(const journal::JournalFilter &filter, QIODevice &out) const;
    QList<journal::CountRow> countBy(const journal::JournalFilter &filter, journal::CountDimension first,
                                     std::optional<journal::CountDimension> second = std::nullopt) const;
    QStringList
    explainOutcomes(const journal::JournalFilter &filter) const; // EXPLAIN, one line per plan node

    // One contact's story, from every journal that saw it: its decisions and events, its writes' states, and
    // the supervisors' review marks. In time order.
    QList<journal::OutcomeRecord> decisionsOf(const QString &contactId) const;
    QList<journal::EventRecord> eventsOf(const QString &contactId) const;
    QList<journal::WriteTransition> writesOf(const QString &contactId) const;
    QList<journal::ReviewMark> reviewsOf(const QString &contactId) const;
    QString lastError() const { return m_lastError; }

private:
    const TeamDatabase &m_database;
    mutable QString m_lastError;
};

} // namespace callbridge::team
