#pragma once

#include "reviewsource.h"

namespace callbridge::review {

// How a call ended up linked, for the share chart.
enum class LinkShare { Automatic, Agent, Corrected, NotLinked };
LinkShare linkShareOf(const QString &outcome);
// The decisions that stand for a call (the end-of-call details and "waiting for the agent" are steps, not
// calls of their own).
QStringList callOutcomeNames();

struct ReviewCounts {
    QList<CountRow> perPeriodByOutcome; // period and secondKey = outcome
    QList<CountRow> perAgent;           // key = agent
    QList<CountRow> perOutcome;         // key = outcome
    qint64 automatic = 0;
    qint64 byAgent = 0;
    qint64 corrected = 0;
    qint64 notLinked = 0;
    qint64 total() const { return automatic + byAgent + corrected + notLinked; }
    QString error;
};

// Calls in `filter`'s period (its outcome filter is replaced by callOutcomeNames()), per hour or day.
ReviewCounts countsFor(const ReviewSource &source, JournalFilter filter,
                       CountDimension period = CountDimension::Hour);

} // namespace callbridge::review
