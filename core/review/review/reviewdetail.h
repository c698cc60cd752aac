#pragma once

#include "reviewsource.h"

namespace callbridge::review {

// A contact's detail from what a source read: events become timeline entries (their journalled JSON is
// already redacted), write states are grouped per write in the order they first appear.
ContactDetail assembleDetail(const QString &contactId, const QList<journal::EventRecord> &events,
                             const QList<OutcomeRecord> &decisions,
                             const QList<journal::WriteTransition> &writes,
                             const QList<journal::ReviewMark> &reviews, const QString &journalOfEvents = {});

TimelineEntry timelineEntry(const journal::EventRecord &event);

} // namespace callbridge::review
