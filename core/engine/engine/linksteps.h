#pragma once

#include "contact/contactevent.h"
#include "linkplan.h"
#include "phone/phonenumbers.h"
#include "policy/callpolicy.h"
#include "resolution.h"
#include "zendesk/zendeskgateway.h"

#include <functional>
#include <optional>

namespace callbridge {

// The decisions a contact takes after planLink, each a pure function of what is known at that step: the
// contact session only carries them out.

// Agent mode: what the agent's choice writes, for a contact waiting for the agent. `caller` is who the
// contact session holds to be on the line (identified, chosen by the agent, or only a number).
LinkPlan planAgentChoice(const AgentAction &action, const Caller &caller);

// The agent called the customer from ticket `ticketId` (click-to-dial): the call is attached to it, in
// either mode.
LinkPlan planDialledTicket(qint64 ticketId);

// Agent mode, the call ended and nothing was linked: a ticket for the caller (or with the agent as
// requester), unless force_ticket_creation is off — or the agent dialled a number no user has (outbound or
// callback) and all_outbound is off: such calls never get a ticket by themselves, in agent mode neither.
LinkPlan planForcedTicket(const ContactInfo &contact, const CallPolicy &policy, const Caller &caller);

// Zendesk refused a new user for the caller's number: it is someone's already (created by another agent's
// Callbridge, or by hand, and not in the search index yet when the lookups ran). `byExternalId` are the users
// carrying Callbridge's external id for the number, `byPhone` what a phone search finds now. The ticket goes
// to that user — never a second user for the same number — or, when neither finds them, to the agent, with a
// notice to set the requester.
LinkPlan planForTakenNumber(const LinkPlan &planned, const CallerNumber &number,
                            const QList<zendesk::User> &byExternalId, const QList<zendesk::User> &byPhone,
                            const PhoneNormalizer &phones);

// A caller identified by zendesk_user, customer_email or customer_number who calls from a number their user
// does not have: after the call, that number is added to the user as a phone identity, so a later call from
// it — on any machine — finds them by phone (remember_caller_number, default on).
struct NumberToRemember {
    qint64 userId = 0;
    CallerNumber number; // the calling number, E.164
};
// Whether to try, before any request: the setting, how the caller was identified, a calling number that is a
// real number (not withheld, possible) and not the user's main phone. Returns the reason when not.
std::optional<NumberToRemember> numberToRemember(const CallPolicy &policy, const Caller &caller,
                                                 const CallerNumber &callingNumber,
                                                 const PhoneNormalizer &phones, Phrase *whyNot = nullptr);
// Once a phone search for the number is back: write it only when no user has it (the caller's user among the
// results has it already; another user's direct line is theirs). Returns the reason when not.
std::optional<zendesk::Write> planRememberNumber(const NumberToRemember &wanted, const QString &contactId,
                                                 const QList<zendesk::User> &foundByPhone,
                                                 const PhoneNormalizer &phones, Phrase *whyNot);

// What the answer to a linking or end-of-call write means for the contact.
enum class WriteVerdict {
    Done,        // written
    FollowUp,    // the ticket is closed: write a follow-up ticket instead
    NumberTaken, // a new user or phone identity was refused: the number is someone's already
    Failed,      // refused for good (passing failures never get here: the outbox retries them)
};
WriteVerdict judgeWrite(const zendesk::Write &write, const zendesk::Result<zendesk::WriteResult> &result);

// After a restart: the linking write a contact made before, which it repeats instead of deciding afresh.
struct ResumedLink {
    zendesk::Write write;
    Outcome outcome = Outcome::TicketCreated;
    bool ticketCreated = false;
    qint64 requesterId = 0; // the ticket's requester (a created ticket), else the caller as now known
};
// `recorded` answers the write on record for a step ("ticket", "details-followup", "details"), if any.
std::optional<ResumedLink>
planResume(const std::function<std::optional<zendesk::Write>(const QString &step)> &recorded,
           qint64 callerUserId);

} // namespace callbridge
