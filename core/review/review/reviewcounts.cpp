#include "reviewcounts.h"

#include <algorithm>
#include <map>

namespace callbridge::review {

LinkShare linkShareOf(const QString &outcome) {
    if (outcome == QLatin1String("corrected"))
        return LinkShare::Corrected;
    if (outcome == QLatin1String("attached") || outcome == QLatin1String("force_created"))
        return LinkShare::Agent;
    if (outcome == QLatin1String("nothing") || outcome == QLatin1String("failed"))
        return LinkShare::NotLinked;
    return LinkShare::Automatic;
}

QStringList callOutcomeNames() {
    return {QStringLiteral("ticket_created"),  QStringLiteral("ticket_reused"),
            QStringLiteral("ticket_from_ivr"), QStringLiteral("ticket_transferred"),
            QStringLiteral("attached"),        QStringLiteral("force_created"),
            QStringLiteral("nothing"),         QStringLiteral("failed"),
            QStringLiteral("corrected")};
}

ReviewCounts countsFor(const ReviewSource &source, JournalFilter filter, CountDimension period) {
    ReviewCounts counts;
    filter.outcomes = callOutcomeNames();
    filter.after = {};
    counts.perPeriodByOutcome = source.countBy(filter, period, CountDimension::Outcome);
    counts.error = source.lastError();
    counts.perAgent = source.countBy(filter, CountDimension::Agent);
    if (counts.error.isEmpty())
        counts.error = source.lastError();
    // Per outcome: the per-period rows summed (one query fewer).
    std::map<QString, qint64> perOutcome;
    for (const CountRow &row : counts.perPeriodByOutcome)
        perOutcome[row.secondKey] += row.count;
    for (const auto &[outcome, count] : perOutcome) {
        CountRow row;
        row.key = outcome;
        row.count = count;
        counts.perOutcome << row;
    }
    std::sort(counts.perOutcome.begin(), counts.perOutcome.end(),
              [](const CountRow &a, const CountRow &b) { return a.count > b.count; });
    for (const CountRow &row : counts.perOutcome) {
        switch (linkShareOf(row.key)) {
        case LinkShare::Automatic:
            counts.automatic += row.count;
            break;
        case LinkShare::Agent:
            counts.byAgent += row.count;
            break;
        case LinkShare::Corrected:
            counts.corrected += row.count;
            break;
        case LinkShare::NotLinked:
            counts.notLinked += row.count;
            break;
        }
    }
    return counts;
}

} // namespace callbridge::review
