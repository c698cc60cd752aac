#pragma once

#include "wording/phrase.h"

#include <QString>
#include <QStringList>

namespace callbridge {

// Why a supervisor may want to look at a decision: a bit set, stored with each decision in the journal and
// the team database so that the review queue is an index lookup. Derived from the decision alone; a new user
// whose number is close to an existing user's is a candidate here (NewUser) and confirmed by the query.
enum ReviewConcern : int {
    ConcernNone = 0,
    ConcernSharedNumber = 1 << 0, // several Zendesk users share the caller's number: one was picked
    ConcernIvrRefused = 1 << 1,   // the ticket typed in the IVR was ignored (not found, someone else's, …)
    ConcernForced = 1 << 2,       // agent mode: nothing linked by the end of the call, a ticket was forced
    ConcernAnonymous = 1 << 3,    // the caller withheld the number
    ConcernFailed = 1 << 4,       // Zendesk refused a write or was unreachable
    ConcernCorrected = 1 << 5,    // a person moved the link afterwards
    ConcernNewUser = 1 << 6,      // a user was created for the number (checked against similar numbers)
};
inline constexpr int kAllReviewConcerns = (1 << 7) - 1;
// How many trailing digits two numbers share to count as "close" (the same subscriber number with another
// prefix, a typo in the country code, a number saved without it).
inline constexpr int kCloseNumberDigits = 7;

// The concerns of one decision, from its outcome name and the templates of its reason and notices.
int reviewConcerns(const QString &outcome, bool userCreated, const Phrase &reason, const Phrases &notices);
// The same from English words alone: for decisions kept before reasons were phrases.
int reviewConcernsFromEnglish(const QString &outcome, bool userCreated, const QString &reason,
                              const QStringList &notices);

// "shared_number", "ivr_refused", …: stable names for the command line, CSV and tests.
QString reviewConcernName(ReviewConcern concern);
QList<ReviewConcern> reviewConcernList(); // every single concern, in bit order

} // namespace callbridge
