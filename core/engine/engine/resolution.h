#pragma once

#include "phone/phonenumbers.h"
#include "wording/phrase.h"
#include "zendesk/zendeskerror.h"
#include "zendesk/zendeskmodels.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge {

// Who is on the line, as far as Zendesk knows.
struct Caller {
    enum class Kind { Anonymous, Known, Unknown };
    // What identified a Known caller.
    enum class Source {
        CallingNumber,   // the number they call from (or the memory of it)
        ZendeskUser,     // the zendesk_user attribute
        CustomerEmail,   // the customer_email attribute
        CustomerNumber,  // the customer_number attribute
        TicketRequester, // a transfer's ticket
        Other,           // created for them, chosen by the agent, the ticket's requester
    };
    Kind kind = Kind::Anonymous;
    Source source = Source::CallingNumber;
    zendesk::User user;                // Known (may carry only the id when known from a ticket)
    CallerNumber number;               // the number used to identify them
    Phrase how;                        // "zendesk_user #12", "phone +15551234567", …
    QList<zendesk::User> alternatives; // other equally good matches when the number is ambiguous
    bool chosenByAgent = false;        // the agent said who it is: later lookups do not override it
    bool remembered = false;           // found through the memory of an earlier call, not a fresh search

    Phrase displayName() const; // the name, else the number, else "user #N" / "anonymous caller"
};

enum class TicketSource { None, Ivr, Transfer, Recent };

// The result of the read-only lookups for one contact; the plan decides what to write from it.
struct Resolution {
    Caller caller;
    std::optional<zendesk::Ticket> ticket;
    TicketSource ticketSource = TicketSource::None;
    bool newTicketRequested = false;    // IVR asked for a new ticket (or its ticket could not be used)
    bool transferWithoutTicket = false; // a transferred call whose ticket could not be found
    Phrase ticketReason;                // why this ticket, or why none
    // The caller's newest requested tickets, when the recent-ticket lookup read them (newest first).
    std::optional<QList<zendesk::Ticket>> recentTickets;
    Phrases notices;      // attribute problems and fallbacks
    zendesk::Error error; // a lookup failed: nothing can be decided

    bool failed() const { return error.kind != zendesk::ErrorKind::None; }
};

} // namespace callbridge
