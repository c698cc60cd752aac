#pragma once

#include "contact/contactevent.h"
#include "linkplan.h"
#include "model/calloutcome.h"
#include "resolution.h"
#include "wording/phrase.h"
#include "zendesk/zendeskmodels.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge {

// What the agent's contact card shows for one contact, from the first ring until its work is done: who is
// calling (as soon as the lookups know, while it still rings), the ticket candidate, the caller's recent
// tickets, and once linked the ticket, the reason, the notices and whether the writes reached Zendesk. Built
// by the engine from the contact's session; the UI shows the newest one and keeps no other copy.
struct ContactView {
    enum class Stage {
        Ringing,         // not answered yet
        Answered,        // answered, the lookups are still running
        WaitingForAgent, // agent mode: the agent chooses
        Linking,         // the linking write is on its way
        Linked,          // linked; the end-of-call details follow when the call ends
        WritingEnd,      // the end-of-call details are on their way
        Done,            // nothing more will be written
    };
    enum class Identity {
        LookingUp, // the lookups are still running
        Known,     // a Zendesk user
        Unknown,   // a real number that no user has
        Withheld,  // no usable number (withheld, anonymous, not a phone number)
    };
    enum class IdentifiedBy {
        None,
        Phone,           // the number the caller calls from (caller ID)
        ZendeskUser,     // the contact flow's zendesk_user attribute
        CustomerEmail,   // the contact flow's customer_email attribute
        CustomerNumber,  // the contact flow's customer_number attribute
        TicketRequester, // the requester of the transferred call's ticket
        Agent,           // chosen by the agent
        Other,           // created for the call, or the owner of the number found later
    };
    enum class WriteState {
        None,    // nothing written yet
        Sending, // on its way
        Sent,    // Zendesk confirmed every write so far
        Waiting, // Zendesk is busy, rate limiting or away: the outbox retries it, nothing is lost
        Failed,  // Zendesk refused it for good
    };

    QString contactId;
    quint64 sequence = 0; // the order in which the engine first saw its contacts: the newest is the highest
    Stage stage = Stage::Ringing;
    bool ended = false;     // the call itself is over (after-call work, or gone)
    bool agentMode = false; // the agent chooses (ticket_assignment agent, or the contact waits for the agent)
    CallDirection direction = CallDirection::Inbound;
    bool transfer = false;
    QString customerPhone; // as the softphone reported it
    QString customerE164;  // normalised, empty when withheld
    QString queue;
    QString customerNameAttribute; // customer_name from the contact flow: a new user's default name
    QString customerEmailAttribute;

    // --- the caller ---
    Identity identity = Identity::LookingUp;
    IdentifiedBy identifiedBy = IdentifiedBy::None;
    bool remembered = false;         // found through the memory of an earlier call
    bool callerIdUnverified = false; // only the (spoofable) caller ID identified them
    bool willCreateUser = false;     // auto mode: a new user will be created for the number
    zendesk::User caller;            // Known: at least the id
    QList<zendesk::User> alternatives;

    // --- the ticket candidate and the caller's recent tickets ---
    std::optional<zendesk::Ticket> candidate;
    TicketSource candidateSource = TicketSource::None;
    Phrase candidateReason;
    std::optional<QList<zendesk::Ticket>> recentTickets; // newest first; nullopt: not read
    bool recentTicketsLoading = false;
    std::optional<LinkPlan::Action> plannedAction; // what auto mode will do once answered, when known

    // --- the link ---
    std::optional<Outcome> outcome; // the latest decision
    qint64 ticketId = 0;            // linked to this ticket (0: not linked)
    bool ticketCreated = false;
    bool userCreated = false;
    QString ticketSubject; // when known (the candidate, a recent ticket, the ticket created)
    QString ticketStatus;
    Phrase reason;    // why it was linked (or not)
    Phrase endOfCall; // what the end-of-call details became, once written
    Phrases notices;  // every notice of the contact so far, oldest first
    WriteState writeState = WriteState::None;
    QString writeDetail;         // Waiting: the last error; Failed: what failed
    QDateTime writeWaitingSince; // Waiting: when the oldest unconfirmed write was stored

    bool isLive() const { return stage != Stage::Done; }
    bool isLinked() const { return ticketId != 0; }
    // Users other than the caller who share the caller's number.
    int otherUsersSharingNumber() const { return static_cast<int>(alternatives.size()); }
    // Every field, for tests, logs and to tell whether anything changed.
    QJsonObject toJson() const;
    bool operator==(const ContactView &other) const { return toJson() == other.toJson(); }
    bool operator!=(const ContactView &other) const { return !(*this == other); }
};

QString contactViewStageName(ContactView::Stage stage);       // "ringing", "answered", …
QString identityName(ContactView::Identity identity);         // "looking_up", "known", …
QString identifiedByName(ContactView::IdentifiedBy by);       // "phone", "zendesk_user", …
QString contactWriteStateName(ContactView::WriteState state); // "none", "sending", …

} // namespace callbridge
