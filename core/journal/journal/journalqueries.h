#pragma once

#include "journaltypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace callbridge::journal {

class Journal;

// What a supervisor asks for. Every criterion is optional; they combine with AND.
struct JournalFilter {
    QDateTime from;       // inclusive; invalid = no lower bound
    QDateTime to;         // exclusive; invalid = no upper bound
    QString agent;        // agent username, exact
    QStringList outcomes; // outcome names ("ticket_created", …), any of
    QStringList modes;    // link modes ("auto", "ivr", "recent", "transfer", "agent", "forced", …), any of
    // "+<E.164>" = exactly that number; otherwise its digits match the end of the number ("0123" finds
    // +4930…0123). No digits = exact match on the stored text.
    QString phone;
    qint64 ticketId = 0; // 0 = any
    QString reasonText;  // the reason contains this text (case-insensitive for ASCII letters)
    // Decisions with any of these ReviewConcern bits (model/reviewconcerns.h); a new user counts only when
    // another user already has a number ending in the same kCloseNumberDigits digits. 0 = any decision.
    int concerns = 0;
    bool unreviewedOnly = false; // only contacts no supervisor marked reviewed
    bool oldestFirst = false;    // decisions: oldest first instead of newest first
    // Keyset paging (decisions): only rows after this one in the sort order. Faster than offset on deep
    // pages.
    struct Position {
        QDateTime at;
        QString journalId; // the team database's rows are ordered by time, journal, then local id
        qint64 id = 0;
        bool isValid() const { return at.isValid(); }
    };
    Position after;
    int limit = 100; // ≤ 0 = all rows
    int offset = 0;
};

// Per-period counts for the review's charts.
enum class CountDimension { Hour, Day, Agent, Outcome, Mode };
struct CountRow {
    QString key;       // the agent, outcome or mode
    QDateTime period;  // Hour/Day: the start of the period (UTC)
    QString secondKey; // the second dimension's value, when one was asked for
    qint64 count = 0;
};

// Supervisor queries over decisions (outcomes, one per decision, with its reason) and current links (one per
// contact), newest first. Indexed on time, agent, outcome, mode, reversed phone digits and ticket.
class JournalQueries {
public:
    explicit JournalQueries(const Journal &journal);

    QList<OutcomeRecord> outcomes(const JournalFilter &filter) const;
    QList<LinkRecord> links(const JournalFilter &filter) const;
    int countOutcomes(const JournalFilter &filter) const; // ignores paging; -1 on error
    int countLinks(const JournalFilter &filter) const;
    // Decisions matching `filter` (paging ignored) counted by one or two dimensions, largest first.
    QList<CountRow> countBy(const JournalFilter &filter, CountDimension first,
                            std::optional<CountDimension> second = std::nullopt) const;

    // The decisions matching `filter` (paging honoured; limit ≤ 0 = all) as RFC 4180 CSV with a header row,
    // formula-guarded (see csvField). Streams row by row. Returns false on a database or device error.
    bool exportCsv(const JournalFilter &filter, QIODevice &out) const;

    // EXPLAIN QUERY PLAN of the statement outcomes()/links() runs for `filter`, one line per plan step.
    QStringList explainOutcomes(const JournalFilter &filter) const;
    QStringList explainLinks(const JournalFilter &filter) const;

    QString lastError() const { return m_lastError; }

private:
    const Journal &m_journal;
    mutable QString m_lastError;
};

} // namespace callbridge::journal
