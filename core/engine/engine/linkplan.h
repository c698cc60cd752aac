#pragma once

#include "contact/contactevent.h"
#include "model/calloutcome.h"
#include "policy/callpolicy.h"
#include "resolution.h"

namespace callbridge {

// What to write for a contact, decided from the lookups alone (pure: no I/O, so every rule is a unit test).
struct LinkPlan {
    enum class Action {
        Nothing,      // write nothing
        WaitForAgent, // agent mode: the agent decides
        Attach,       // add the call to an existing ticket
        CreateTicket, // new ticket (after creating the user when createUser)
    };
    Action action = Action::Nothing;
    Outcome outcome = Outcome::Nothing;
    qint64 ticketId = 0;           // Attach
    bool createUser = false;       // CreateTicket for an unknown caller
    bool requesterIsAgent = false; // CreateTicket for an anonymous caller
    QString reason;
};

// Contacts that never get anything written, whatever Zendesk holds (checked before any lookup).
// Returns the reason, or an empty string when the contact is handled.
QString reasonToIgnore(const ContactInfo &contact);

LinkPlan planLink(const ContactInfo &contact, const CallPolicy &policy, const Resolution &resolution);

} // namespace callbridge
