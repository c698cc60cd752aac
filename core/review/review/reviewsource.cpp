#include "reviewsource.h"

#include "model/reviewconcerns.h"

namespace callbridge::review {

QString WriteHistory::state() const {
    return transitions.isEmpty() ? QString() : transitions.last().state;
}

QString WriteHistory::error() const {
    if (!isFailed())
        return {};
    return transitions.last().error;
}

QByteArray WriteHistory::payload() const {
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
        if (!it->payload.isEmpty())
            return it->payload;
    }
    return {};
}

QList<OutcomeRecord> ContactDetail::corrections() const {
    QList<OutcomeRecord> out;
    for (const OutcomeRecord &d : decisions) {
        if (d.concerns & ConcernCorrected)
            out << d;
    }
    return out;
}

JournalFilter queueFilter(JournalFilter base, int concerns, bool includeReviewed) {
    base.concerns = concerns == 0 ? kAllReviewConcerns : concerns;
    base.unreviewedOnly = !includeReviewed;
    base.oldestFirst = false;
    return base;
}

} // namespace callbridge::review
