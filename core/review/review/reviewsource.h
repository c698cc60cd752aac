#pragma once

#include "journal/journalqueries.h"
#include "journal/journaltypes.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <optional>

namespace callbridge::review {

using journal::CountDimension;
using journal::CountRow;
using journal::JournalFilter;
using journal::OutcomeRecord;

// One page of decisions in the filter's order; `next` continues after its last row (keyset paging: every page
// costs the same, however deep).
struct ReviewPage {
    QList<OutcomeRecord> rows;
    bool hasMore = false;
    JournalFilter::Position next;
    QString error; // the source failed; rows may be empty
};

struct TimelineEntry {
    QDateTime at; // the event's time (when it arrived, if it had none)
    QString kind; // connecting, connected, ended, …, agent_action
    QString queue;
    QString agent;     // username
    QString action;    // agent_action: "attach #123", "create ticket", "set user #7"
    QString journalId; // which machine saw it (team database)
};

// One write and every state it went through; the newest state last.
struct WriteHistory {
    QString idempotencyKey;
    QString kind;
    qint64 targetId = 0;
    QList<journal::WriteTransition> transitions;
    QString state() const; // the newest transition's state
    QString error() const; // the newest failure's answer, if the write is failed
    bool isFailed() const { return state() == QLatin1String("failed"); }
    QByteArray payload() const; // the write itself, as recorded (empty when no transition carried it)
};

// A contact's whole story for the detail pane.
struct ContactDetail {
    QString contactId;
    QList<TimelineEntry> timeline;
    QList<OutcomeRecord> decisions; // oldest first; corrections among them
    QList<WriteHistory> writes;
    QList<journal::ReviewMark> reviews;
    QList<OutcomeRecord> corrections() const;
    bool isReviewed() const { return !reviews.isEmpty(); }
};

// The supervisor's data, from the local journal or the team database: the same filters, rows and order.
// Not thread-safe; the source's database must outlive it.
class ReviewSource {
public:
    virtual ~ReviewSource() = default;

    // "journal /path/journal.sqlite", "team database sue@db:5432/callbridge_team"
    virtual QString describe() const = 0;
    // Decisions matching `filter` (its own paging fields are ignored) after `after`, at most `limit`.
    virtual ReviewPage page(const JournalFilter &filter, const JournalFilter::Position &after,
                            int limit) const = 0;
    virtual qint64 count(const JournalFilter &filter) const = 0; // -1 on error
    virtual ContactDetail detail(const QString &contactId) const = 0;
    // The contact's events as journalled (redacted JSON), in order: what a relink copies to the reviewer's
    // journal.
    virtual QList<journal::EventRecord> events(const QString &contactId) const = 0;
    virtual QList<CountRow> countBy(const JournalFilter &filter, CountDimension first,
                                    std::optional<CountDimension> second = std::nullopt) const = 0;
    // Marks the contact reviewed. The team database records the login as the reviewer (`mark.by` is ignored)
    // and refuses agents.
    virtual bool markReviewed(const journal::ReviewMark &mark) = 0;
    // Every decision matching `filter` (no paging) as formula-guarded CSV, every field quoted.
    virtual bool exportCsv(const JournalFilter &filter, QIODevice &out) const = 0;
    virtual QString lastError() const = 0;
};

// The review queue: decisions worth a look (`concerns`, default all) on contacts not reviewed yet (unless
// `includeReviewed`), newest first, with the rest of `base` applied.
JournalFilter queueFilter(JournalFilter base, int concerns = 0, bool includeReviewed = false);

// Reads one page through any queries object with outcomes(JournalFilter) and lastError() (JournalQueries,
// TeamQueries): one row more than asked tells whether another page follows.
template <typename Queries>
ReviewPage readPage(const Queries &queries, JournalFilter filter, const JournalFilter::Position &after,
                    int limit) {
    ReviewPage page;
    filter.after = after;
    filter.offset = 0;
    filter.limit = qMax(1, limit) + 1;
    page.rows = queries.outcomes(filter);
    if (page.rows.isEmpty() && !queries.lastError().isEmpty())
        page.error = queries.lastError();
    page.hasMore = page.rows.size() > qMax(1, limit);
    if (page.hasMore)
        page.rows.removeLast();
    if (!page.rows.isEmpty()) {
        const OutcomeRecord &last = page.rows.last();
        page.next = {last.at, last.journalId, last.id};
    }
    return page;
}

} // namespace callbridge::review
