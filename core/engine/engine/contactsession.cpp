#include "contactsession.h"

#include "callerresolver.h"
#include "linkwrites.h"

#include <QTimer>
#include <algorithm>

namespace callbridge {

using zendesk::Error;
using zendesk::isClosedTicketError;
using zendesk::Result;
using zendesk::Write;
using zendesk::WriteResult;

ContactSession::ContactSession(EngineContext &context, const ContactEvent &first, QObject *parent)
    : QObject(parent)
    , m_ctx(context) {
    absorb(first);
    m_ignoreReason = reasonToIgnore(m_contact);
}

ContactSession::~ContactSession() = default;

bool ContactSession::isFinished() const {
    if (m_pending > 0)
        return false;
    if (m_link == Link::Ignored || m_link == Link::Failed)
        return true;
    if (!m_ended)
        return false;
    return !m_connected || m_end == EndDetails::Written || m_link != Link::Linked;
}

std::optional<Caller> ContactSession::caller() const {
    if (!m_resolution)
        return std::nullopt;
    return m_resolution->caller;
}

QString ContactSession::key(const QString &step) const {
    return linkwrites::key(m_contact.contactId, step);
}

// Attributes can change during a call: the latest event wins until the lookups start.
void ContactSession::absorb(const ContactEvent &event) {
    if (event.kind == ContactEventKind::AgentAction)
        return;
    if (!m_resolver && !m_resolution) {
        m_contact = event.contact;
        const PolicyResolution resolved = resolvePolicy(m_ctx.settings, m_contact.attributes);
        m_policy = resolved.policy;
        m_notices = resolved.notices;
    } else {
        m_contact.attributes.insert(event.contact.attributes); // keep new attributes for the notes
    }
    if (!event.agent.username.isEmpty() || !event.agent.name.isEmpty())
        m_agent = event.agent;
}

void ContactSession::handle(const ContactEvent &event) {
    absorb(event);
    switch (event.kind) {
    case ContactEventKind::Connecting:
        if (m_ignoreReason.isEmpty() && m_policy.popIncoming)
            startResolution();
        break;
    case ContactEventKind::Connected:
        onConnected(event);
        break;
    case ContactEventKind::Missed:
        m_ended = true;
        if (!m_connected && !m_reportedUnanswered) {
            m_reportedUnanswered = true;
            report(Outcome::Nothing, QStringLiteral("missed or rejected: nothing written"));
        }
        break;
    case ContactEventKind::Ended:
    case ContactEventKind::AfterCallWork:
    case ContactEventKind::Destroyed:
        onEnded(event);
        break;
    case ContactEventKind::AgentAction:
        if (event.action)
            onAgentAction(*event.action);
        break;
    }
}

void ContactSession::onConnected(const ContactEvent &event) {
    if (m_connected)
        return; // re-reported after a reload: already handled
    m_connected = true;
    m_connectedAt = event.at;
    if (!m_ignoreReason.isEmpty()) {
        m_link = Link::Ignored;
        report(Outcome::Nothing, m_ignoreReason);
        return;
    }
    if (!m_resolver && !m_resolution)
        startResolution();
    else if (m_resolution)
        act();
}

void ContactSession::onEnded(const ContactEvent &event) {
    if (m_ended && m_endedAt.isValid())
        return;
    m_ended = true;
    m_endedAt = event.at;
    if (!m_connected) {
        if (!m_reportedUnanswered) {
            m_reportedUnanswered = true;
            report(Outcome::Nothing, QStringLiteral("ended before it was answered: nothing written"));
        }
        return;
    }
    if (m_link == Link::WaitingForAgent)
        forceCreate();
    else if (m_link == Link::Linked)
        writeEndOfCall();
}

// --- lookups and the plan ---------------------------------------------------------------------------------

void ContactSession::startResolution() {
    if (m_resolver || m_resolution || !m_ignoreReason.isEmpty())
        return;
    m_link = Link::Resolving;
    beginWork();
    m_resolver = new CallerResolver(m_ctx, m_contact, m_policy, this);
    m_resolver->start([this](const Resolution &resolution) { onResolved(resolution); });
}

void ContactSession::onResolved(const Resolution &resolution) {
    if (resolution.failed() && resolution.error.isTransient()) {
        // Zendesk is busy or away: nothing is decided yet, so look again later rather than lose the call.
        if (m_resolver)
            m_resolver->deleteLater();
        m_resolver = nullptr;
        QTimer::singleShot(m_ctx.lookupRetryDelay(m_lookupFailures++), this, [this] {
            m_link = Link::None;
            startResolution();
            endWork();
        });
        return;
    }
    m_resolution = resolution;
    m_notices << resolution.notices;
    if (!m_connected && m_policy.popIncoming && !resolution.failed()) {
        // Before the answer: show the agent what is known (the ticket candidate, else the caller) in Zendesk.
        if (resolution.ticket && resolution.ticket->id > 0)
            popInZendesk(zendesk::Gateway::PopTarget::Ticket, resolution.ticket->id);
        else if (resolution.caller.kind == Caller::Kind::Known)
            popInZendesk(zendesk::Gateway::PopTarget::User, resolution.caller.user.id);
    }
    if (m_resolver)
        m_resolver->deleteLater();
    if (m_connected)
        act();
    endWork();
}

void ContactSession::act() {
    if (m_link != Link::Resolving)
        return;
    if (resumeEarlierLink())
        return;
    execute(planLink(m_contact, m_policy, *m_resolution));
}

bool ContactSession::resumeEarlierLink() {
    if (!m_ctx.ledger)
        return false;
    for (const QString &step :
         {QStringLiteral("ticket"), QStringLiteral("details-followup"), QStringLiteral("details")}) {
        const std::optional<Write> earlier = m_ctx.ledger->recorded(key(step));
        if (!earlier)
            continue;
        m_link = Link::Linking;
        const bool created = earlier->kind == Write::Kind::CreateTicket;
        const qint64 requesterId = created ? earlier->payload.value(QStringLiteral("ticket"))
                                                 .toObject()
                                                 .value(QStringLiteral("requester_id"))
                                                 .toInteger()
                                           : (m_resolution && m_resolution->caller.kind == Caller::Kind::Known
                                                  ? m_resolution->caller.user.id
                                                  : 0);
        const Outcome outcome = created ? Outcome::TicketCreated : Outcome::Attached;
        send(*earlier, [this, created, requesterId, outcome](const Result<WriteResult> &r) {
            if (!r.ok())
                return failed(QStringLiteral("resuming the link made before a restart"), r.error);
            linked(r.value.id, requesterId, created, outcome,
                   QStringLiteral("resumed after a restart: the call was already linked to #%1")
                       .arg(r.value.id));
        });
        return true;
    }
    return false;
}

void ContactSession::execute(const LinkPlan &plan) {
    switch (plan.action) {
    case LinkPlan::Action::Nothing:
        if (m_resolution->failed())
            return failed(QStringLiteral("lookup"), m_resolution->error);
        m_link = Link::Ignored;
        return report(Outcome::Nothing, plan.reason);
    case LinkPlan::Action::WaitForAgent:
        m_link = Link::WaitingForAgent;
        m_linkReason = plan.reason;
        m_userId = m_resolution->caller.kind == Caller::Kind::Known ? m_resolution->caller.user.id : 0;
        report(Outcome::AgentMode, plan.reason);
        if (m_queuedAction) {
            const AgentAction action = *m_queuedAction;
            m_queuedAction.reset();
            onAgentAction(action);
        } else if (m_ended) {
            forceCreate();
        }
        return;
    case LinkPlan::Action::Attach: {
        const bool closed = m_resolution->ticket && m_resolution->ticket->isClosed();
        return attachTo(plan.ticketId, closed, plan.outcome, plan.reason);
    }
    case LinkPlan::Action::CreateTicket:
        if (plan.createUser)
            return createUserThenTicket(plan.outcome, plan.reason);
        if (plan.requesterIsAgent)
            return createTicket(m_ctx.agent.id, m_resolution->caller.displayName(), plan.outcome,
                                plan.reason);
        return createTicket(m_resolution->caller.user.id, m_resolution->caller.displayName(), plan.outcome,
                            plan.reason);
    }
}

// --- writes -----------------------------------------------------------------------------------------------

void ContactSession::createUserThenTicket(Outcome outcome, const QString &reason) {
    m_link = Link::Linking;
    const CallerNumber number = m_resolution->caller.number;
    const QString name =
        m_policy.customerName.isEmpty() ? QStringLiteral("Caller ") + number.e164 : m_policy.customerName;
    send(linkwrites::createUser(m_contact.contactId, name, number.e164),
         [this, number, name, outcome, reason](const Result<WriteResult> &r) {
             if (zendesk::isUserAlreadyTakenError(r.error))
                 return findOwnerOfNumber(number, outcome, reason);
             if (!r.ok())
                 return failed(QStringLiteral("creating the caller's user"), r.error);
             m_userId = r.value.id;
             m_userCreated = !r.value.alreadyApplied;
             m_ctx.memory.rememberUser(number.e164, r.value.id);
             m_resolution->caller.kind = Caller::Kind::Known;
             m_resolution->caller.user.id = r.value.id;
             m_resolution->caller.user.name = name;
             const QString why =
                 r.value.alreadyApplied
                     ? reason + QStringLiteral(" (user #%1 already existed for this number)").arg(r.value.id)
                     : reason;
             createTicket(r.value.id, name, outcome, why);
         });
}

// Zendesk refused the new user: the number is already someone's direct line (created elsewhere, not yet in
// the search index when we looked). Look again; if search still cannot see them, the agent becomes the
// requester — never a second user for the same number.
void ContactSession::findOwnerOfNumber(const CallerNumber &number, Outcome outcome, const QString &reason) {
    beginWork();
    m_ctx.gateway.searchEndUsersByPhone(
        number.nationalNumber, this, [this, number, outcome, reason](const Result<QList<zendesk::User>> &r) {
            const zendesk::User *owner = nullptr;
            for (const zendesk::User &u : r.value) {
                if (m_ctx.phones.sameNumber(u.phone, number.e164)
                    && (!owner || u.updatedAt > owner->updatedAt))
                    owner = &u;
            }
            if (owner) {
                m_ctx.memory.rememberUser(number.e164, owner->id);
                m_resolution->caller.kind = Caller::Kind::Known;
                m_resolution->caller.user = *owner;
                createTicket(owner->id, owner->name, outcome,
                             reason
                                 + QStringLiteral(" (Zendesk said %1 already belongs to #%2: used them)")
                                       .arg(number.e164)
                                       .arg(owner->id));
            } else {
                m_notices << QStringLiteral(
                                 "Zendesk says %1 already belongs to a user that search cannot find yet: "
                                 "set the ticket's requester")
                                 .arg(number.e164);
                createTicket(
                    m_ctx.agent.id, number.e164, outcome,
                    reason
                        + QStringLiteral(" (Zendesk refused a second user for %1; the agent is requester "
                                         "until the owner is found)")
                              .arg(number.e164));
            }
            endWork();
        });
}

void ContactSession::createTicket(qint64 requesterId, const QString &callerName, Outcome outcome,
                                  const QString &reason) {
    m_link = Link::Linking;
    CallFacts f = facts();
    f.decisionReason = reason;
    send(linkwrites::createTicket(f, callerName, requesterId),
         [this, requesterId, outcome, reason](const Result<WriteResult> &r) {
             if (!r.ok())
                 return failed(QStringLiteral("creating the ticket"), r.error);
             if (requesterId != m_ctx.agent.id)
                 m_userId = requesterId;
             linked(r.value.id, requesterId, true, outcome,
                    r.value.alreadyApplied
                        ? reason + QStringLiteral(" (Zendesk already had it: not created twice)")
                        : reason);
         });
}

void ContactSession::attachTo(qint64 ticketId, bool knownClosed, Outcome outcome, const QString &reason) {
    m_link = Link::Linking;
    CallFacts f = facts();
    f.decisionReason = reason;
    const qint64 requesterId =
        m_resolution && m_resolution->caller.kind == Caller::Kind::Known ? m_resolution->caller.user.id : 0;
    const QString note = linkwrites::detailsNote(f);
    auto onFollowUp = [this, ticketId, requesterId, outcome, reason](const Result<WriteResult> &r) {
        if (!r.ok())
            return failed(QStringLiteral("creating a follow-up of closed ticket #%1").arg(ticketId), r.error);
        linked(r.value.id, requesterId, true, outcome,
               reason + QStringLiteral("; #%1 is closed: follow-up #%2").arg(ticketId).arg(r.value.id));
    };
    if (knownClosed)
        return followUp(ticketId, QStringLiteral("details"), note, onFollowUp);

    send(linkwrites::addDetails(f, ticketId),
         [this, ticketId, requesterId, outcome, reason, note, onFollowUp](const Result<WriteResult> &r) {
             if (isClosedTicketError(r.error))
                 return followUp(ticketId, QStringLiteral("details"), note, onFollowUp);
             if (!r.ok())
                 return failed(QStringLiteral("adding the call to ticket #%1").arg(ticketId), r.error);
             linked(ticketId, requesterId, false, outcome, reason);
         });
}

void ContactSession::followUp(qint64 closedTicketId, const QString &step, const QString &note,
                              WriteDone done) {
    const qint64 requesterId = m_userId > 0 ? m_userId : m_ctx.agent.id;
    const QString name = m_resolution ? m_resolution->caller.displayName() : m_contact.customerPhone;
    send(linkwrites::followUp(facts(), step, closedTicketId, name, requesterId, note), std::move(done));
}

void ContactSession::forceCreate() {
    if (m_link != Link::WaitingForAgent)
        return;
    if (!m_policy.forceTicketCreation) {
        m_link = Link::Ignored;
        return report(
            Outcome::Nothing,
            QStringLiteral(
                "agent mode: nothing linked by the end of the call (force_ticket_creation is off)"));
    }
    const bool known = m_userId > 0;
    const qint64 requester = known ? m_userId : m_ctx.agent.id;
    const QString name = m_resolution ? m_resolution->caller.displayName() : m_contact.customerPhone;
    const QString reason =
        known ? QStringLiteral(
                    "agent mode: nothing linked by the end of the call, ticket forced for caller #%1")
                    .arg(requester)
              : QStringLiteral(
                  "agent mode: nothing linked by the end of the call, ticket forced with the agent as "
                  "requester");
    createTicket(requester, name, Outcome::ForceCreated, reason);
}

void ContactSession::writeEndOfCall() {
    if (m_end != EndDetails::NotYet || m_link != Link::Linked)
        return;
    m_end = EndDetails::Writing;
    const CallFacts f = facts();
    const qint64 ticketId = m_ticketId;
    auto written = [this](qint64 id, const QString &why) {
        m_end = EndDetails::Written;
        CallOutcome o;
        o.contactId = m_contact.contactId;
        o.outcome = Outcome::DetailsAppended;
        o.userId = m_userId;
        o.ticketId = id;
        o.reason = why;
        Q_EMIT outcome(o);
    };
    send(linkwrites::endOfCall(f, ticketId), [this, ticketId, f, written](const Result<WriteResult> &r) {
        const QString duration = QStringLiteral("%1 s").arg(calldetails::callDurationSeconds(f));
        if (isClosedTicketError(r.error)) {
            return followUp(ticketId, QStringLiteral("end"), linkwrites::endOfCallNote(f),
                            [this, ticketId, duration, written](const Result<WriteResult> &fr) {
                                if (!fr.ok())
                                    return failed(QStringLiteral("end-of-call details"), fr.error);
                                written(fr.value.id,
                                        QStringLiteral("call ended after %1; #%2 is closed: follow-up #%3")
                                            .arg(duration)
                                            .arg(ticketId)
                                            .arg(fr.value.id));
                            });
        }
        if (!r.ok())
            return failed(QStringLiteral("end-of-call details for #%1").arg(ticketId), r.error);
        written(ticketId, QStringLiteral("call ended after %1: %2 added to #%3")
                              .arg(duration, m_policy.voiceComment ? QStringLiteral("voice comment")
                                                                   : QStringLiteral("duration note"))
                              .arg(ticketId));
    });
}

void ContactSession::linked(qint64 ticketId, qint64 requesterId, bool created, Outcome outcome,
                            const QString &reason) {
    m_link = Link::Linked;
    m_ticketId = ticketId;
    m_ticketCreated = created;
    m_linkReason = reason;
    if (requesterId > 0 && requesterId != m_ctx.agent.id)
        m_userId = requesterId;
    m_ctx.memory.rememberTicket(m_contact.callId(), {ticketId, requesterId});
    report(outcome, reason);
    popInZendesk(zendesk::Gateway::PopTarget::Ticket, ticketId);
    if (m_ended)
        writeEndOfCall();
}

void ContactSession::failed(const QString &what, const Error &error) {
    m_link = Link::Failed;
    report(Outcome::Failed,
           QStringLiteral("%1 failed (%2): %3").arg(what, zendesk::errorKindName(error.kind), error.message));
}

void ContactSession::report(Outcome kind, const QString &reason) {
    CallOutcome o;
    o.contactId = m_contact.contactId;
    o.outcome = kind;
    o.userId = m_userId;
    o.userCreated = m_userCreated;
    o.ticketId = (kind == Outcome::AgentMode || kind == Outcome::Nothing) ? 0 : m_ticketId;
    o.ticketCreated = o.ticketId > 0 && m_ticketCreated;
    o.reason = reason;
    o.notices = m_notices;
    m_notices.clear(); // each notice is reported once
    Q_EMIT outcome(o);
}

// --- agent mode -------------------------------------------------------------------------------------------

void ContactSession::onAgentAction(const AgentAction &action) {
    if (action.kind == AgentAction::Kind::SetUser) {
        m_userId = action.userId;
        if (m_resolution) {
            m_resolution->caller.kind = Caller::Kind::Known;
            m_resolution->caller.user = zendesk::User{};
            m_resolution->caller.user.id = action.userId;
            m_resolution->caller.how = QStringLiteral("chosen by the agent");
        }
        return report(Outcome::AgentMode,
                      QStringLiteral("agent chose user #%1 as the caller").arg(action.userId));
    }
    if (m_link == Link::Resolving || m_link == Link::None || !m_connected) {
        m_queuedAction = action; // writes wait for the lookups and for the call to be answered
        return;
    }
    if (m_link != Link::WaitingForAgent) {
        return report(
            Outcome::Nothing,
            m_link == Link::Linked
                ? QStringLiteral("agent action ignored: the call is already linked to #%1").arg(m_ticketId)
                : QStringLiteral("agent action ignored: not in agent mode"));
    }
    if (action.kind == AgentAction::Kind::Attach)
        return attachTo(action.ticketId, false, Outcome::Attached,
                        QStringLiteral("agent attached the call to #%1").arg(action.ticketId));
    // CreateTicket: for the chosen user, else the identified caller, else a new user from the number.
    const qint64 userId = action.userId > 0 ? action.userId : m_userId;
    if (userId > 0) {
        const QString name = m_resolution && m_resolution->caller.user.id == userId
                                 ? m_resolution->caller.displayName()
                                 : QStringLiteral("user #%1").arg(userId);
        return createTicket(userId, name, Outcome::TicketCreated,
                            QStringLiteral("agent created a ticket for user #%1").arg(userId));
    }
    if (m_resolution && !m_resolution->caller.number.anonymous)
        return createUserThenTicket(
            Outcome::TicketCreated,
            QStringLiteral("agent created a ticket for a new user %1").arg(m_resolution->caller.number.e164));
    createTicket(m_ctx.agent.id, QStringLiteral("anonymous caller"), Outcome::TicketCreated,
                 QStringLiteral("agent created a ticket for an anonymous caller (the agent is requester)"));
}

// --- plumbing ---------------------------------------------------------------------------------------------

void ContactSession::send(Write write, WriteDone done) {
    beginWork();
    m_ctx.gateway.write(write, this, [this, done = std::move(done)](const Result<WriteResult> &r) {
        done(r);
        endWork();
    });
}

// Opt-in ([zendesk] screen_pop, Talk Partner Edition): costs a request, so each record is shown once per
// contact. A pop that fails is not worth a retry: the call is linked either way.
void ContactSession::popInZendesk(zendesk::Gateway::PopTarget target, qint64 id) {
    const QString what =
        (target == zendesk::Gateway::PopTarget::Ticket ? QStringLiteral("ticket ") : QStringLiteral("user "))
        + QString::number(id);
    if (!m_ctx.settings.screenPop || m_ctx.agent.id <= 0 || id <= 0 || m_popped.contains(what))
        return;
    m_popped.insert(what);
    beginWork();
    m_ctx.gateway.screenPop(m_ctx.agent.id, target, id, this, [this](const Result<bool> &) { endWork(); });
}

void ContactSession::beginWork() {
    ++m_pending;
}

void ContactSession::endWork() {
    if (--m_pending == 0)
        Q_EMIT settled();
}

CallFacts ContactSession::facts() const {
    CallFacts f;
    f.contact = m_contact;
    f.agent = m_agent;
    f.policy = m_policy;
    f.connectInstanceUrl = m_ctx.settings.connectInstanceUrl;
    f.timeZone = m_ctx.settings.timeZone;
    f.entryPointNumber = m_ctx.settings.defaultEntryPointNumber;
    f.customerE164 = m_resolution ? m_resolution->caller.number.e164 : QString();
    f.agentUserId = m_ctx.agent.id;
    f.connectedAt = m_connectedAt;
    f.endedAt = m_endedAt;
    f.decisionReason = m_linkReason;
    return f;
}

} // namespace callbridge
