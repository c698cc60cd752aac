#pragma once

#include "wording/phrase.h"

#include <QString>
#include <optional>

namespace callbridge {

// A person's change to a link Callbridge made: the agent's during the call and for a short while after it
// ([policy] correction_minutes), or a supervisor's from the review. Moving a call writes its details to the
// new target and a one-line internal note on the old ticket; the journal keeps the correction and its reason.
struct LinkCorrection {
    enum class Kind {
        NewTicket,   // a new ticket for the same caller instead
        OtherTicket, // attach the call to `ticketId` instead
        OtherCaller, // the caller was `userId`, not the user it was linked to
    };
    Kind kind = Kind::NewTicket;
    qint64 ticketId = 0; // OtherTicket
    qint64 userId = 0;   // OtherCaller
    QString subject;     // NewTicket (and OtherCaller when it needs a new ticket); empty: the default subject
    QString by;          // who made it, named in the old ticket's note and the journal
    QString reason;      // why, in the corrector's words (optional)
};

// Why a correction was not made.
enum class CorrectionRefusal {
    None,           // accepted: the writes are queued in the outbox
    UnknownContact, // no such contact (or its journal is not this one)
    NotLinked,      // nothing to correct: the call is not linked to a ticket yet
    WindowClosed,   // the agent's correction window has passed (supervisors have no window)
    SameTarget,     // the call is already linked there
    InvalidTarget,  // no ticket or user id given where one is needed
    Unattributed,   // `by` is empty: every correction names who made it
};

// One sentence for the person who asked, e.g. "The correction window for this call has closed."
Phrase correctionRefusalPhrase(CorrectionRefusal refusal);
QString correctionRefusalText(CorrectionRefusal refusal); // in the application's language
// "new_ticket", "other_ticket", "other_caller": how a correction's kind is stored.
QString correctionKindName(LinkCorrection::Kind kind);
std::optional<LinkCorrection::Kind> correctionKindFromName(const QString &name);

} // namespace callbridge
