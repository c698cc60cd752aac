#pragma once

#include "wording/phrase.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge {

// How a contact was linked to Zendesk — one per decision, printed by `callbridge replay`, kept for
// supervisors.
enum class Outcome {
    TicketCreated,     // new ticket for the identified (or new, or anonymous) caller
    TicketReused,      // recent ticket of a known caller
    TicketFromIvr,     // ticket number typed in the IVR, verified
    TicketTransferred, // the ticket follows a transferred call
    Attached,          // agent attached the call to a ticket they chose
    AgentMode,         // nothing automatic: waiting for the agent
    ForceCreated,      // agent mode, nothing linked by the end of the call
    DetailsAppended,   // end-of-call details written to the linked ticket
    Corrected,         // an agent or supervisor moved the call to another ticket or caller
    Nothing,           // missed, monitoring, outbound to an unknown number, …
    Failed,            // Zendesk refused or was unreachable; reason says what was not written
};

// "ticket_created", …: how outcomes are printed and stored.
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString &name);
// How a contact was linked, derived from the outcome: auto, ivr, recent, transfer, agent, forced, none,
// failed, details, corrected.
QString linkModeName(Outcome outcome);
QStringList linkModeNames(); // every mode once, in the order of the outcomes
// Outcomes that set or replace the contact's current link (when they carry a user or ticket id).
bool outcomeUpdatesLink(Outcome outcome);

struct CallOutcome {
    QString contactId;
    Outcome outcome = Outcome::Nothing;
    qint64 userId = 0;
    bool userCreated = false;
    qint64 ticketId = 0;
    bool ticketCreated = false;
    // Why, as a phrase each reader words in its language: "reused #123: updated 4 min ago, within 15".
    Phrase reason;
    // Attribute problems and fallbacks, e.g. "zendesk_user #77 was not found: identified by phone".
    Phrases notices;

    // The outcome with its reason and notices in English, and the phrases themselves (reason_phrase,
    // notice_phrases) for a reader that words them in another language.
    QJsonObject toJson() const;
};

} // namespace callbridge
