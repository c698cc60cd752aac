#include "linksteps.h"

#include "engine/calldetails.h"

namespace callbridge {

using zendesk::User;
using zendesk::Write;

LinkPlan planAgentChoice(const AgentAction &action, const Caller &caller) {
    LinkPlan plan;
    if (action.kind == AgentAction::Kind::Attach) {
        plan.action = LinkPlan::Action::Attach;
        plan.outcome = Outcome::Attached;
        plan.ticketId = action.ticketId;
        plan.reason = QStringLiteral("agent attached the call to #%1").arg(action.ticketId);
        return plan;
    }
    plan.action = LinkPlan::Action::CreateTicket;
    plan.outcome = Outcome::TicketCreated;
    const qint64 callerId = caller.kind == Caller::Kind::Known ? caller.user.id : 0;
    const qint64 userId = action.userId > 0 ? action.userId : callerId;
    if (userId > 0) {
        plan.requester = LinkPlan::Requester::User;
        plan.requesterId = userId;
        plan.callerName = userId == callerId ? caller.displayName() : QStringLiteral("user #%1").arg(userId);
        plan.reason = QStringLiteral("agent created a ticket for user #%1").arg(userId);
    } else if (!caller.number.anonymous && !caller.number.e164.isEmpty()) {
        plan.requester = LinkPlan::Requester::NewUser;
        plan.callerName = caller.displayName();
        plan.reason = QStringLiteral("agent created a ticket for a new user %1").arg(caller.number.e164);
    } else {
        plan.requester = LinkPlan::Requester::Agent;
        plan.callerName = QStringLiteral("anonymous caller");
        plan.reason =
            QStringLiteral("agent created a ticket for an anonymous caller (the agent is requester)");
    }
    return plan;
}

LinkPlan planForcedTicket(const CallPolicy &policy, const Caller &caller) {
    LinkPlan plan;
    if (!policy.forceTicketCreation) {
        plan.reason = QStringLiteral(
            "agent mode: nothing linked by the end of the call (force_ticket_creation is off)");
        return plan;
    }
    plan.action = LinkPlan::Action::CreateTicket;
    plan.outcome = Outcome::ForceCreated;
    plan.callerName = caller.displayName();
    if (caller.kind == Caller::Kind::Known && caller.user.id > 0) {
        plan.requester = LinkPlan::Requester::User;
        plan.requesterId = caller.user.id;
        plan.reason =
            QStringLiteral("agent mode: nothing linked by the end of the call, ticket forced for caller #%1")
                .arg(caller.user.id);
    } else {
        plan.requester = LinkPlan::Requester::Agent;
        plan.reason = QStringLiteral(
            "agent mode: nothing linked by the end of the call, ticket forced with the agent as requester");
    }
    return plan;
}

LinkPlan planForTakenNumber(const LinkPlan &planned, const CallerNumber &number,
                            const QList<User> &byExternalId, const QList<User> &byPhone,
                            const PhoneNormalizer &phones) {
    const QString externalId = calldetails::userExternalId(number.e164);
    const User *owner = nullptr;
    for (const User &u : byExternalId) {
        if (u.externalId == externalId && (!owner || u.id < owner->id))
            owner = &u; // the first one Callbridge created for this number
    }
    const bool ours = owner != nullptr;
    for (const User &u : byPhone) {
        if (!ours && phones.sameNumber(u.phone, number.e164) && (!owner || u.updatedAt > owner->updatedAt))
            owner = &u;
    }
    LinkPlan plan = planned;
    plan.requester = owner ? LinkPlan::Requester::User : LinkPlan::Requester::Agent;
    if (ours) {
        plan.requesterId = owner->id;
        plan.callerName = owner->name.isEmpty() ? planned.callerName : owner->name;
        plan.reason += QStringLiteral(" (user #%1 already existed for this number)").arg(owner->id);
    } else if (owner) {
        plan.requesterId = owner->id;
        plan.callerName = owner->name;
        plan.reason += QStringLiteral(" (Zendesk said %1 already belongs to #%2: used them)")
                           .arg(number.e164)
                           .arg(owner->id);
    } else {
        plan.requesterId = 0;
        plan.callerName = number.e164;
        plan.reason +=
            QStringLiteral(" (Zendesk refused a second user for %1; the agent is requester until the "
                           "owner is found)")
                .arg(number.e164);
        plan.notice =
            QStringLiteral("Zendesk says %1 already belongs to a user that search cannot find yet: set "
                           "the ticket's requester")
                .arg(number.e164);
    }
    return plan;
}

WriteVerdict judgeWrite(const Write &write, const zendesk::Result<zendesk::WriteResult> &result) {
    if (result.ok())
        return WriteVerdict::Done;
    if (write.kind == Write::Kind::UpdateTicket && zendesk::isClosedTicketError(result.error))
        return WriteVerdict::FollowUp;
    if (write.kind == Write::Kind::CreateUser && zendesk::isUserAlreadyTakenError(result.error))
        return WriteVerdict::NumberTaken;
    return WriteVerdict::Failed;
}

std::optional<ResumedLink>
planResume(const std::function<std::optional<Write>(const QString &step)> &recorded, qint64 callerUserId) {
    for (const QString &step :
         {QStringLiteral("ticket"), QStringLiteral("details-followup"), QStringLiteral("details")}) {
        const std::optional<Write> earlier = recorded(step);
        if (!earlier)
            continue;
        ResumedLink resumed;
        resumed.write = *earlier;
        resumed.ticketCreated = earlier->kind == Write::Kind::CreateTicket;
        resumed.outcome = resumed.ticketCreated ? Outcome::TicketCreated : Outcome::Attached;
        resumed.requesterId = resumed.ticketCreated ? earlier->payload.value(QStringLiteral("ticket"))
                                                          .toObject()
                                                          .value(QStringLiteral("requester_id"))
                                                          .toInteger()
                                                    : callerUserId;
        return resumed;
    }
    return std::nullopt;
}

} // namespace callbridge
