#pragma once

#include "contact/contactevent.h"
#include "model/calloutcome.h"
#include "policy/callpolicy.h"
#include "resolution.h"

namespace callbridge {

// What to write for a contact, decided from what is known (pure: no I/O, so every rule is a unit test).
struct LinkPlan {
    enum class Action {
        Nothing,      // write nothing
        WaitForAgent, // agent mode: the agent decides
        Attach,       // add the call to an existing ticket
        CreateTicket, // new ticket (after creating the user when the requester is a new user)
    };
    enum class Requester {
        User,    // requesterId, an existing user
        NewUser, // a user created first from the caller's number
        Agent,   // the agent (anonymous caller, or a number Zendesk refused to give a user)
    };
    Action action = Action::Nothing;
    Outcome outcome = Outcome::Nothing;
    qint64 ticketId = 0;                   // Attach
    bool ticketClosed = false;             // Attach: the ticket is known to be closed, so a follow-up at once
    Requester requester = Requester::User; // CreateTicket
    qint64 requesterId = 0;                // CreateTicket with Requester::User
    Phrase callerName;                     // CreateTicket: names the caller in the subject
    Phrase reason;
    Phrase notice; // something the agent must know, told once with the outcome
    // The agent's own words (agent mode), each empty for the default: the new ticket's subject; the new
    // user's name, email and phone (the phone instead of the caller's number).
    QString subject;
    QString newUserName;
    QString newUserEmail;
    QString newUserPhone;
};

// "#123", or for the made-up ids of a dry run (never sent) "a new ticket (dry run)" / "a new user (dry run)".
Phrase ticketRef(qint64 ticketId);
Phrase userRef(qint64 userId);

// Contacts that never get anything written, whatever Zendesk holds (checked before any lookup).
// Returns the reason, or an empty phrase when the contact is handled.
Phrase reasonToIgnore(const ContactInfo &contact);

// The first decision, once the lookups are done.
LinkPlan planLink(const ContactInfo &contact, const CallPolicy &policy, const Resolution &resolution);

} // namespace callbridge
