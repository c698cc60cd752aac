#pragma once

#include "calldetails.h"
#include "model/linkcorrection.h"
#include "zendesk/zendeskwrite.h"

#include <QList>
#include <QString>

namespace callbridge {

// A call as a correction of its link needs it, wherever it was made: its link now and what its notes say.
// The engine fills it from a live or finished contact (storedCallFromHistory for a journal's); the review
// fills it from the team database.
struct StoredCall {
    // What the notes are built from: at least the contact (id, initial contact id, direction); the agent, the
    // times, the policy (voice_comment, note_attributes) and the settings' parts as far as they are known.
    CallFacts facts;
    // When not empty, the notes as text instead of being built from `facts` (a marker line is added).
    QString detailsText;               // the call-details note
    QString endText;                   // the end-of-call note (instead of the voice comment or duration note)
    qint64 ticketId = 0;               // the ticket the call is linked to now (0: not linked)
    qint64 userId = 0;                 // the caller as linked (the ticket's requester); 0 when not known
    Phrase callerName;                 // names the caller in a new ticket's default subject
    bool ticketCreatedForCall = false; // Callbridge created `ticketId` for this call
    bool endWritten = false;           // the end-of-call comment is on `ticketId`: a move takes it along
    int sequence = 1; // this correction's number for the contact (1 = the first): part of its writes' keys
};

// What the correction writes first; the rest follows once the call's new ticket is known (planMoveWrites).
struct CorrectionPlan {
    enum class Target {
        NewTicket,   // `first` creates the ticket the call moves to
        OtherTicket, // `first` adds the call-details note to `ticketId` (a closed one: a follow-up instead)
        Requester,   // `first` makes `requesterId` the requester of the call's own ticket: nothing moves
    };
    CorrectionRefusal refusal = CorrectionRefusal::None; // anything else: nothing is written
    Target target = Target::NewTicket;
    zendesk::Write first;
    qint64 ticketId = 0;    // OtherTicket: the ticket; Requester: the call's own ticket
    qint64 requesterId = 0; // the caller after the correction (0: not known)
};

// The checks that need nothing but the request: who made it, and a ticket or user where one is needed.
CorrectionRefusal checkCorrectionRequest(const LinkCorrection &correction);
// Those and the call's link: NotLinked, SameTarget.
CorrectionRefusal checkCorrection(const StoredCall &call, const LinkCorrection &correction);

// Every write's key is "cb-<contact>-c<sequence>-<step>" (steps: ticket, details, details-followup,
// requester, end, end-followup, moved), so a correction repeated after a crash writes nothing twice and a
// second correction of the same call is a new one.
QString correctionKey(const StoredCall &call, const QString &step);

// The first write of a correction ("Different caller" moves the call only when its ticket was not created
// for it; otherwise the user becomes the ticket's requester).
CorrectionPlan planCorrection(const StoredCall &call, const LinkCorrection &correction);
// Once the call's new ticket is known (created, the other ticket, or a follow-up of it): the end-of-call
// comment there when it was on the old ticket already, then the one-line note on the old ticket. Nothing
// for Target::Requester (the call stays on its ticket).
QList<zendesk::Write> planMoveWrites(const StoredCall &call, const LinkCorrection &correction,
                                     qint64 newTicketId);
// A closed ticket takes no comment: a follow-up of it (requested by the caller, else the agent) carrying
// the note of `step` ("details" or "end").
zendesk::Write planCorrectionFollowUp(const StoredCall &call, const LinkCorrection &correction,
                                      qint64 closedTicketId, const QString &step);

// "Call moved to #7005 by Ann Agent: wrong caller" (the old ticket's note, without its marker).
Phrase movedNote(const LinkCorrection &correction, qint64 newTicketId);
// For the journal: "moved from #7001 to #7005 by Ann Agent: wrong caller", or for a requester change
// "caller changed from user #11 to #12 on #7001 by Ann Agent".
Phrase correctionReason(const StoredCall &call, const LinkCorrection &correction, qint64 newTicketId,
                        qint64 newUserId);

} // namespace callbridge
