#include "linkplan.h"

#include "model/decisionphrases.h"

namespace callbridge {

namespace {

LinkPlan attach(const Resolution &r, Outcome outcome) {
    LinkPlan plan;
    plan.action = LinkPlan::Action::Attach;
    plan.outcome = outcome;
    plan.ticketId = r.ticket->id;
    plan.ticketClosed = r.ticket->isClosed();
    plan.reason = r.ticketReason;
    return plan;
}

LinkPlan create(const Resolution &r, const Phrase &why) {
    LinkPlan plan;
    plan.action = LinkPlan::Action::CreateTicket;
    plan.outcome = Outcome::TicketCreated;
    switch (r.caller.kind) {
    case Caller::Kind::Known:
        plan.requester = LinkPlan::Requester::User;
        plan.requesterId = r.caller.user.id;
        break;
    case Caller::Kind::Unknown:
        plan.requester = LinkPlan::Requester::NewUser;
        break;
    case Caller::Kind::Anonymous:
        plan.requester = LinkPlan::Requester::Agent;
        break;
    }
    plan.callerName = r.caller.displayName();
    plan.reason = Phrase::joined(why, r.ticketReason);
    return plan;
}

LinkPlan nothing(const Phrase &why) {
    LinkPlan plan;
    plan.reason = why;
    return plan;
}

LinkPlan planOutbound(const ContactInfo &contact, const CallPolicy &policy, const Resolution &r) {
    const Phrase kind = contact.type == ContactType::QueueCallback
                            ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "callback"))
                            : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "outbound call"));
    switch (r.caller.kind) {
    case Caller::Kind::Known:
        return create(r, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 to known user %2 via %3"),
                                    {kind, userRef(r.caller.user.id), r.caller.how}));
    case Caller::Kind::Unknown:
        if (policy.allOutbound)
            return create(
                r, Phrase::of(QT_TRANSLATE_NOOP(
                                  "Phrase", "%1 to unknown number %2: new user and ticket (all_outbound)"),
                              {kind, r.caller.number.e164}));
        return nothing(Phrase::of(
            QT_TRANSLATE_NOOP("Phrase", "%1 to unknown number %2: no ticket (all_outbound is off)"),
            {kind, r.caller.number.e164}));
    case Caller::Kind::Anonymous:
        break;
    }
    return nothing(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 to %2: no ticket"), {kind, r.caller.how}));
}

} // namespace

Phrase ticketRef(qint64 ticketId) {
    return ticketId > 0 ? Phrase(QStringLiteral("#%1").arg(ticketId))
                        : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "a new ticket (dry run)"));
}

Phrase userRef(qint64 userId) {
    return userId > 0 ? Phrase(QStringLiteral("#%1").arg(userId))
                      : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "a new user (dry run)"));
}

Phrase reasonToIgnore(const ContactInfo &contact) {
    if (contact.monitoring)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "supervisor monitoring: nothing written"));
    if (contact.type == ContactType::Chat)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "chat contact: only voice calls are linked"));
    if (contact.type == ContactType::Task)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "task contact: only voice calls are linked"));
    return {};
}

LinkPlan planLink(const ContactInfo &contact, const CallPolicy &policy, const Resolution &r) {
    if (r.failed())
        return nothing(r.ticketReason);

    if (r.ticket && r.ticketSource == TicketSource::Transfer)
        return attach(r, Outcome::TicketTransferred);

    if (policy.ticketAssignment == TicketAssignment::Agent || r.transferWithoutTicket) {
        LinkPlan plan;
        plan.action = LinkPlan::Action::WaitForAgent;
        plan.outcome = Outcome::AgentMode;
        plan.reason =
            r.transferWithoutTicket
                ? Phrase::joined(r.ticketReason, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "the agent decides")))
                : Phrase::of(
                    QT_TRANSLATE_NOOP("Phrase", "agent mode (ticket_assignment=agent): the agent decides"));
        if (policy.requestedTicketId == 0 && r.newTicketRequested && !r.transferWithoutTicket)
            plan.notice = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Request to open a new ticket received"));
        return plan;
    }

    const bool outboundRules =
        contact.direction == CallDirection::Outbound || contact.type == ContactType::QueueCallback;
    if (outboundRules)
        return planOutbound(contact, policy, r);

    if (r.ticket && r.ticketSource == TicketSource::Ivr)
        return attach(r, Outcome::TicketFromIvr);
    if (r.ticket && r.ticketSource == TicketSource::Recent)
        return attach(r, Outcome::TicketReused);

    switch (r.caller.kind) {
    case Caller::Kind::Known:
        return create(r, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "known caller %1 via %2: new ticket"),
                                    {userRef(r.caller.user.id), r.caller.how}));
    case Caller::Kind::Unknown:
        return create(r, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "unknown caller %1: new user and ticket"),
                                    {r.caller.number.e164}));
    case Caller::Kind::Anonymous:
        break;
    }
    return create(r, Phrase::of(phrases::kAnonymousCaller, {r.caller.how}));
}

} // namespace callbridge
