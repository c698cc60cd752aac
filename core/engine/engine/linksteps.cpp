#include "linksteps.h"

#include "engine/calldetails.h"
#include "linkwrites.h"
#include "model/decisionphrases.h"

namespace callbridge {

using zendesk::User;
using zendesk::Write;

LinkPlan planAgentChoice(const AgentAction &action, const Caller &caller) {
    LinkPlan plan;
    if (action.kind == AgentAction::Kind::Attach) {
        plan.action = LinkPlan::Action::Attach;
        plan.outcome = Outcome::Attached;
        plan.ticketId = action.ticketId;
        plan.reason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent attached the call to #%1"), {action.ticketId});
        return plan;
    }
    plan.action = LinkPlan::Action::CreateTicket;
    plan.outcome = Outcome::TicketCreated;
    plan.subject = action.subject.trimmed();
    const qint64 callerId = caller.kind == Caller::Kind::Known ? caller.user.id : 0;
    // A new user's details mean a new user, even when the caller is someone already.
    const bool newUser = !action.userName.trimmed().isEmpty() || !action.userEmail.trimmed().isEmpty()
                         || !action.userPhone.trimmed().isEmpty();
    const qint64 userId = action.userId > 0 ? action.userId : newUser ? 0 : callerId;
    if (userId > 0) {
        plan.requester = LinkPlan::Requester::User;
        plan.requesterId = userId;
        const QString chosenName = action.requesterName.trimmed();
        plan.callerName = userId == callerId ? caller.displayName()
                          : !chosenName.isEmpty()
                              ? Phrase(chosenName)
                              : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "user #%1"), {userId});
        plan.reason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent created a ticket for user #%1"), {userId});
    } else if (const QString phone = action.userPhone.trimmed();
               !phone.isEmpty() || (!caller.number.anonymous && !caller.number.e164.isEmpty())) {
        plan.requester = LinkPlan::Requester::NewUser;
        plan.newUserName = action.userName.trimmed();
        plan.newUserEmail = action.userEmail.trimmed();
        plan.newUserPhone = phone;
        plan.callerName = plan.newUserName.isEmpty() ? caller.displayName() : Phrase(plan.newUserName);
        plan.reason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent created a ticket for a new user %1"),
                                 {phone.isEmpty() ? caller.number.e164 : phone});
    } else {
        plan.requester = LinkPlan::Requester::Agent;
        plan.callerName = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "anonymous caller"));
        plan.reason = Phrase::of(phrases::kAgentCreatedForAnonymous);
    }
    return plan;
}

LinkPlan planDialledTicket(qint64 ticketId) {
    LinkPlan plan;
    plan.action = LinkPlan::Action::Attach;
    plan.outcome = Outcome::Attached;
    plan.ticketId = ticketId;
    plan.reason =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "the agent called the customer from ticket #%1"), {ticketId});
    return plan;
}

LinkPlan planForcedTicket(const ContactInfo &contact, const CallPolicy &policy, const Caller &caller) {
    LinkPlan plan;
    const bool agentDialled =
        contact.direction == CallDirection::Outbound || contact.type == ContactType::QueueCallback;
    if (agentDialled && caller.kind != Caller::Kind::Known && !policy.allOutbound) {
        plan.reason = Phrase::of(
            QT_TRANSLATE_NOOP("Phrase", "agent mode: outbound call to a number no user has, nothing linked "
                                        "by the end of the call: no ticket (all_outbound is off)"));
        return plan;
    }
    if (!policy.forceTicketCreation) {
        plan.reason = Phrase::of(QT_TRANSLATE_NOOP(
            "Phrase", "agent mode: nothing linked by the end of the call (force_ticket_creation is off)"));
        return plan;
    }
    plan.action = LinkPlan::Action::CreateTicket;
    plan.outcome = Outcome::ForceCreated;
    plan.callerName = caller.displayName();
    if (caller.kind == Caller::Kind::Known && caller.user.id > 0) {
        plan.requester = LinkPlan::Requester::User;
        plan.requesterId = caller.user.id;
        plan.reason = Phrase::of(
            QT_TRANSLATE_NOOP(
                "Phrase", "agent mode: nothing linked by the end of the call, ticket forced for caller #%1"),
            {caller.user.id});
    } else {
        plan.requester = LinkPlan::Requester::Agent;
        plan.reason = Phrase::of(QT_TRANSLATE_NOOP(
            "Phrase",
            "agent mode: nothing linked by the end of the call, ticket forced with the agent as requester"));
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
        plan.callerName = owner->name.isEmpty() ? planned.callerName : Phrase(owner->name);
        plan.reason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 (user #%2 already existed for this number)"),
                                 {planned.reason, owner->id});
    } else if (owner) {
        plan.requesterId = owner->id;
        plan.callerName = owner->name;
        plan.reason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 (Zendesk said %2 already belongs to #%3: used them)"),
                       {planned.reason, number.e164, owner->id});
    } else {
        plan.requesterId = 0;
        plan.callerName = number.e164;
        plan.reason = Phrase::of(
            QT_TRANSLATE_NOOP(
                "Phrase",
                "%1 (Zendesk refused a second user for %2; the agent is requester until the owner is found)"),
            {planned.reason, number.e164});
        plan.notice =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Zendesk says %1 already belongs to a user that search "
                                                   "cannot find yet: set the ticket's requester"),
                       {number.e164});
    }
    return plan;
}

std::optional<NumberToRemember> numberToRemember(const CallPolicy &policy, const Caller &caller,
                                                 const CallerNumber &callingNumber,
                                                 const PhoneNormalizer &phones, Phrase *whyNot) {
    auto no = [whyNot](const Phrase &why) -> std::optional<NumberToRemember> {
        if (whyNot)
            *whyNot = why;
        return std::nullopt;
    };
    if (!policy.rememberCallerNumber)
        return no(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "remember_caller_number is off")));
    const bool identifiedOtherwise = caller.source == Caller::Source::ZendeskUser
                                     || caller.source == Caller::Source::CustomerEmail
                                     || caller.source == Caller::Source::CustomerNumber;
    if (caller.kind != Caller::Kind::Known || caller.user.id <= 0 || !identifiedOtherwise)
        return no(Phrase::of(QT_TRANSLATE_NOOP(
            "Phrase", "the caller was not identified by zendesk_user, customer_email or customer_number")));
    if (callingNumber.anonymous || callingNumber.e164.isEmpty())
        return no(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "no calling number to remember")));
    if (phones.sameNumber(caller.user.phone, callingNumber.e164))
        return no(
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 is the user's phone already"), {callingNumber.e164}));
    return NumberToRemember{caller.user.id, callingNumber};
}

std::optional<Write> planRememberNumber(const NumberToRemember &wanted, const QString &contactId,
                                        const QList<User> &foundByPhone, const PhoneNormalizer &phones,
                                        Phrase *whyNot) {
    for (const User &u : foundByPhone) {
        if (u.id == wanted.userId) {
            *whyNot = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 is one of user #%2's numbers already"),
                                 {wanted.number.e164, wanted.userId});
            return std::nullopt;
        }
    }
    for (const User &u : foundByPhone) {
        if (u.id > 0 && phones.sameNumber(u.phone, wanted.number.e164)) {
            *whyNot = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 is user #%2's number"),
                                 {wanted.number.e164, u.id});
            return std::nullopt;
        }
    }
    Write w;
    w.kind = Write::Kind::AddUserIdentity;
    w.targetId = wanted.userId;
    w.idempotencyKey = linkwrites::key(contactId, QStringLiteral("identity"));
    w.payload = QJsonObject{
        {QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("phone_number")},
                                                 {QStringLiteral("value"), wanted.number.e164}}}};
    return w;
}

WriteVerdict judgeWrite(const Write &write, const zendesk::Result<zendesk::WriteResult> &result) {
    if (result.ok())
        return WriteVerdict::Done;
    if (write.kind == Write::Kind::UpdateTicket && zendesk::isClosedTicketError(result.error))
        return WriteVerdict::FollowUp;
    if (write.kind == Write::Kind::CreateUser && zendesk::isUserAlreadyTakenError(result.error))
        return WriteVerdict::NumberTaken;
    if (write.kind == Write::Kind::AddUserIdentity && result.error.kind == zendesk::ErrorKind::Invalid
        && result.error.httpStatus == 422)
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
