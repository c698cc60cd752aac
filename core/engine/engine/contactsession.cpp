#include "contactsession.h"

#include "attributechanges.h"
#include "callerresolver.h"
#include "linksteps.h"
#include "linkwrites.h"

namespace callbridge {

using zendesk::Error;
using zendesk::Result;
using zendesk::Write;
using zendesk::WriteResult;
using PopTarget = zendesk::Writer::PopTarget;

ContactSession::ContactSession(EngineContext &context, const ContactEvent &first, QObject *parent)
    : QObject(parent)
    , m_ctx(context) {
    absorb(first);
    m_ignoreReason = reasonToIgnore(m_contact);
}

ContactSession::~ContactSession() = default;

QString ContactSession::key(const QString &step) const {
    return linkwrites::key(m_contact.contactId, step);
}

qint64 ContactSession::callerUserId() const {
    return m_caller.kind == Caller::Kind::Known ? m_caller.user.id : 0;
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
        if (m_stage == Stage::Ringing)
            finish(Outcome::Nothing,
                   Phrase::of(QT_TRANSLATE_NOOP("Phrase", "missed or rejected: nothing written")));
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
    Q_EMIT changed();
}

void ContactSession::onConnected(const ContactEvent &event) {
    if (m_stage != Stage::Ringing)
        return; // re-reported after a reload, or over already
    m_connectedAt = event.at;
    if (!m_ignoreReason.isEmpty())
        return finish(Outcome::Nothing, m_ignoreReason);
    m_stage = Stage::Answered;
    if (m_resolution)
        act();
    else
        startResolution();
}

void ContactSession::onEnded(const ContactEvent &event) {
    if (hasEnded())
        return;
    m_endedAt = event.at;
    switch (m_stage) {
    case Stage::Ringing:
        return finish(Outcome::Nothing, Phrase::of(QT_TRANSLATE_NOOP(
                                            "Phrase", "ended before it was answered: nothing written")));
    case Stage::WaitingForAgent:
        return forceTicket();
    case Stage::Linked:
        return writeEndOfCall();
    case Stage::Answered:
    case Stage::Linking:
    case Stage::WritingEnd:
    case Stage::Done:
        return; // the step under way looks at hasEnded() when it is done
    }
}

// --- lookups and the plan ---------------------------------------------------------------------------------

void ContactSession::startResolution() {
    if (m_resolver || m_resolution || !m_ignoreReason.isEmpty() || m_stage == Stage::Done)
        return;
    beginWork();
    m_resolver = new CallerResolver(m_ctx, m_contact, m_policy, this);
    m_resolver->start([this](const Resolution &resolution) { onResolved(resolution); });
}

void ContactSession::onResolved(const Resolution &resolution) {
    if (m_resolver)
        m_resolver->deleteLater();
    m_resolver = nullptr;
    if (resolution.failed() && resolution.error.isTransient()) {
        // Zendesk is busy or away: nothing is decided yet, so look again later rather than lose the call.
        const auto delay = m_ctx.lookupRetry.delay(++m_lookupFailures, resolution.error.retryAfter);
        m_ctx.scheduler.schedule(delay, this, [this] {
            startResolution();
            endWork();
        });
        return;
    }
    m_resolution = resolution;
    m_notices << resolution.notices;
    if (!resolution.failed()) {
        if (!m_caller.chosenByAgent)
            m_caller = resolution.caller;
        else
            m_caller.number = resolution.caller.number;
    }
    if (m_stage == Stage::Ringing && m_policy.popIncoming && !resolution.failed()) {
        // Before the answer: show the agent what is known (the ticket candidate, else the caller) in Zendesk.
        if (resolution.ticket && resolution.ticket->id > 0)
            popInZendesk(PopTarget::Ticket, resolution.ticket->id);
        else if (m_caller.kind == Caller::Kind::Known)
            popInZendesk(PopTarget::User, m_caller.user.id);
    }
    if (m_stage == Stage::Answered)
        act();
    endWork();
}

void ContactSession::act() {
    if (resumeEarlierLink())
        return;
    if (m_dialledTicket > 0)
        return execute(planDialledTicket(m_dialledTicket));
    Resolution known = *m_resolution;
    known.caller = m_caller;
    execute(planLink(m_contact, m_policy, known));
}

bool ContactSession::resumeEarlierLink() {
    if (!m_ctx.ledger)
        return false;
    const WriteLedger &ledger = *m_ctx.ledger;
    const auto resumed =
        planResume([&](const QString &step) { return ledger.recorded(key(step)); }, callerUserId());
    if (!resumed)
        return false;
    m_stage = Stage::Linking;
    m_notedAttributes = m_contact.attributes;
    send(resumed->write, [this, r = *resumed](const Result<WriteResult> &result) {
        if (!result.ok())
            return failed(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "resuming the link made before a restart")),
                          result.error);
        linked(result.value.id, r.requesterId, r.ticketCreated, r.outcome,
               Phrase::of(
                   QT_TRANSLATE_NOOP("Phrase", "resumed after a restart: the call was already linked to %1"),
                   {ticketRef(result.value.id)}));
    });
    return true;
}

void ContactSession::execute(const LinkPlan &plan) {
    if (!plan.notice.isEmpty())
        m_notices << plan.notice;
    switch (plan.action) {
    case LinkPlan::Action::Nothing:
        if (m_resolution && m_resolution->failed())
            return failed(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "lookup")), m_resolution->error);
        return finish(Outcome::Nothing, plan.reason);
    case LinkPlan::Action::WaitForAgent:
        return waitForAgent(plan);
    case LinkPlan::Action::Attach:
        return attach(plan);
    case LinkPlan::Action::CreateTicket:
        if (plan.requester == LinkPlan::Requester::NewUser)
            return createUserThenTicket(plan);
        return createTicket(plan);
    }
}

void ContactSession::waitForAgent(const LinkPlan &plan) {
    m_stage = Stage::WaitingForAgent;
    m_link.reason = plan.reason;
    report(Outcome::AgentMode, plan.reason);
    if (m_queuedAction) {
        const AgentAction action = *m_queuedAction;
        m_queuedAction.reset();
        onAgentAction(action);
    } else if (hasEnded()) {
        forceTicket();
    }
}

// --- writes -----------------------------------------------------------------------------------------------

void ContactSession::createUserThenTicket(const LinkPlan &plan) {
    m_stage = Stage::Linking;
    const CallerNumber number =
        plan.newUserPhone.isEmpty() ? m_caller.number : m_ctx.phones.normalize(plan.newUserPhone);
    if (number.anonymous || number.e164.isEmpty())
        return finish(Outcome::Failed,
                      Phrase::of(QT_TRANSLATE_NOOP("Phrase", "no user created: \"%1\" is not a phone number"),
                                 {plan.newUserPhone}));
    const QString name =
        !plan.newUserName.isEmpty() ? plan.newUserName
        : !m_policy.customerName.isEmpty()
            ? m_policy.customerName
            : m_ctx.wording(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Caller %1"), {number.e164}));
    const QString email = plan.newUserEmail.isEmpty() ? m_policy.customerEmail : plan.newUserEmail;
    const Write write = linkwrites::createUser(m_contact.contactId, name, number.e164, email);
    send(write, [this, write, number, name, plan](const Result<WriteResult> &r) {
        switch (judgeWrite(write, r)) {
        case WriteVerdict::NumberTaken:
            return findOwnerOfNumber(plan);
        case WriteVerdict::FollowUp:
        case WriteVerdict::Failed:
            return failed(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "creating the caller's user")), r.error);
        case WriteVerdict::Done:
            break;
        }
        m_link.userCreated = !r.value.alreadyApplied;
        m_ctx.memory.rememberUser(number.e164, r.value.id);
        zendesk::User created;
        created.id = r.value.id;
        created.name = name;
        adoptCaller(created, m_caller.how);
        LinkPlan next = plan;
        next.requester = LinkPlan::Requester::User;
        next.requesterId = r.value.id;
        next.callerName = name;
        if (r.value.alreadyApplied)
            next.reason =
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 (user #%2 already existed for this number)"),
                           {plan.reason, r.value.id});
        createTicket(next);
    });
}

// The number is already someone's: look for them exactly (Callbridge's external id), then by phone; the
// pure step decides who becomes the requester.
void ContactSession::findOwnerOfNumber(const LinkPlan &plan) {
    const CallerNumber number = m_caller.number;
    beginWork();
    m_ctx.directory.usersByExternalId(
        calldetails::userExternalId(number.e164), this,
        [this, plan, number](const Result<QList<zendesk::User>> &ours) {
            auto decide = [this, plan, number](const QList<zendesk::User> &byExternalId,
                                               const QList<zendesk::User> &byPhone) {
                const LinkPlan next = planForTakenNumber(plan, number, byExternalId, byPhone, m_ctx.phones);
                if (next.requester == LinkPlan::Requester::User) {
                    m_ctx.memory.rememberUser(number.e164, next.requesterId);
                    zendesk::User owner;
                    owner.id = next.requesterId;
                    owner.name = m_ctx.wording(next.callerName);
                    adoptCaller(owner, m_caller.how);
                }
                execute(next);
            };
            if (!ours.value.isEmpty()) {
                decide(ours.value, {});
                return endWork();
            }
            m_ctx.directory.searchEndUsersByPhone(
                number.nationalNumber, this, [this, decide](const Result<QList<zendesk::User>> &byPhone) {
                    decide({}, byPhone.value);
                    endWork();
                });
        });
}

void ContactSession::createTicket(const LinkPlan &plan) {
    m_stage = Stage::Linking;
    m_notedAttributes = m_contact.attributes;
    const qint64 requesterId =
        plan.requester == LinkPlan::Requester::Agent ? m_ctx.agent.id : plan.requesterId;
    CallFacts f = facts(plan.reason);
    f.ticketSubject = plan.subject;
    send(linkwrites::createTicket(f, plan.callerName, requesterId), [this, requesterId,
                                                                     plan](const Result<WriteResult> &r) {
        if (!r.ok())
            return failed(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "creating the ticket")), r.error);
        linked(r.value.id, requesterId, true, plan.outcome,
               r.value.alreadyApplied
                   ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 (Zendesk already had it: not created twice)"),
                                {plan.reason})
                   : plan.reason);
    });
}

void ContactSession::attach(const LinkPlan &plan) {
    m_stage = Stage::Linking;
    m_notedAttributes = m_contact.attributes;
    const CallFacts f = facts(plan.reason);
    const qint64 ticketId = plan.ticketId;
    const QString note = linkwrites::detailsNote(f);
    auto onFollowUp = [this, ticketId, plan](const Result<WriteResult> &r) {
        if (!r.ok())
            return failed(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "creating a follow-up of closed ticket #%1"),
                                     {ticketId}),
                          r.error);
        linked(
            r.value.id, callerUserId(), true, plan.outcome,
            Phrase::joined(plan.reason, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "#%1 is closed: follow-up %2"),
                                                   {ticketId, ticketRef(r.value.id)})));
    };
    if (plan.ticketClosed)
        return followUp(ticketId, QStringLiteral("details"), note, onFollowUp);

    const Write write = linkwrites::addDetails(f, ticketId);
    send(write, [this, write, ticketId, plan, note, onFollowUp](const Result<WriteResult> &r) {
        switch (judgeWrite(write, r)) {
        case WriteVerdict::FollowUp:
            return followUp(ticketId, QStringLiteral("details"), note, onFollowUp);
        case WriteVerdict::NumberTaken:
        case WriteVerdict::Failed:
            return failed(
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "adding the call to ticket #%1"), {ticketId}),
                r.error);
        case WriteVerdict::Done:
            return linked(ticketId, callerUserId(), false, plan.outcome, plan.reason);
        }
    });
}

void ContactSession::followUp(qint64 closedTicketId, const QString &step, const QString &note,
                              WriteDone done) {
    const qint64 userId = callerUserId();
    const qint64 requesterId = userId > 0 ? userId : m_ctx.agent.id;
    const Phrase name = m_resolution ? m_caller.displayName() : Phrase(m_contact.customerPhone);
    send(linkwrites::followUp(facts(m_link.reason), step, closedTicketId, name, requesterId, note),
         std::move(done));
}

void ContactSession::forceTicket() {
    if (m_stage != Stage::WaitingForAgent)
        return;
    LinkPlan plan = planForcedTicket(m_contact, m_policy, m_caller);
    if (!m_resolution)
        plan.callerName = m_contact.customerPhone;
    execute(plan);
}

void ContactSession::writeEndOfCall() {
    if (m_stage != Stage::Linked || !hasEnded() || m_correcting)
        return; // a correction under way writes the end of the call when it is done
    m_stage = Stage::WritingEnd;
    m_endStarted = true;
    rememberCallingNumber([this] { writeChangedAttributes(); });
}

namespace {
Phrase numberAddedNote(const NumberToRemember &wanted) {
    return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 added to user #%2's phone numbers"),
                      {wanted.number.e164, wanted.userId});
}
} // namespace

// Zendesk refused the calling number as taken: by the caller's own user (an earlier attempt of this write
// got through) it is added; by anyone else it is not.
void ContactSession::confirmNumberTaken(const NumberToRemember &wanted, std::function<void()> then) {
    beginWork();
    m_ctx.directory.phoneIdentities(
        wanted.userId, this, [this, wanted, then](const Result<QStringList> &phones) {
            bool ours = false;
            for (const QString &phone : phones.ok() ? phones.value : QStringList())
                ours = ours || m_ctx.phones.normalize(phone).e164 == wanted.number.e164;
            if (ours) {
                m_ctx.memory.rememberUser(wanted.number.e164, wanted.userId);
                m_link.numberNote = numberAddedNote(wanted);
            } else {
                m_link.numberNote = Phrase::of(
                    QT_TRANSLATE_NOOP("Phrase", "%1 not added to user #%2: Zendesk says it is taken"),
                    {wanted.number.e164, wanted.userId});
            }
            then();
            endWork();
        });
}

// The caller's user gets the calling number as an extra phone identity (see numberToRemember), once: the
// search shows whether someone has it already. Whatever happens, the end-of-call writes follow.
void ContactSession::rememberCallingNumber(std::function<void()> then) {
    const CallerNumber calling = m_ctx.phones.normalize(m_contact.customerPhone);
    const std::optional<NumberToRemember> wanted =
        numberToRemember(m_policy, m_caller, calling, m_ctx.phones);
    if (!wanted)
        return then();
    beginWork();
    m_ctx.directory.searchEndUsersByPhone(
        calling.nationalNumber, this,
        [this, wanted = *wanted, then](const Result<QList<zendesk::User>> &found) {
            Phrase whyNot;
            std::optional<Write> write;
            if (found.ok())
                write = planRememberNumber(wanted, m_contact.contactId, found.value, m_ctx.phones, &whyNot);
            else
                whyNot = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "the search for it failed: %1"),
                                    {found.error.message});
            if (!write) {
                m_link.numberNote = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 not added to user #%2: %3"),
                                               {wanted.number.e164, wanted.userId, whyNot});
                then();
                return endWork();
            }
            send(*write, [this, write = *write, wanted, then](const Result<WriteResult> &r) {
                switch (judgeWrite(write, r)) {
                case WriteVerdict::Done:
                    m_ctx.memory.rememberUser(wanted.number.e164, wanted.userId);
                    m_link.numberNote = numberAddedNote(wanted);
                    break;
                case WriteVerdict::NumberTaken:
                    // A POST resent after its answer was lost meets the identity it made: taken by the caller
                    // themselves is done.
                    return confirmNumberTaken(wanted, then);
                case WriteVerdict::FollowUp:
                case WriteVerdict::Failed:
                    m_link.numberNote =
                        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 not added to user #%2: %3"),
                                   {wanted.number.e164, wanted.userId, r.error.message});
                    break;
                }
                then();
            });
            endWork();
        });
}

void ContactSession::writeChangedAttributes() {
    const QHash<QString, QString> changes =
        attributechanges::addedOrChanged(m_notedAttributes, m_contact.attributes, m_policy.noteAttributes);
    if (changes.isEmpty())
        return writeCallSummary();
    // A ticket closed meanwhile gets its follow-up from the call summary; this short note is not worth one.
    send(linkwrites::changedAttributes(facts(m_link.reason), m_link.ticketId, changes),
         [this, count = changes.size()](const Result<WriteResult> &r) {
             if (r.ok())
                 m_link.changedAttributesNoted = count;
             writeCallSummary();
         });
}

void ContactSession::writeCallSummary() {
    const CallFacts f = facts(m_link.reason);
    const qint64 ticketId = m_link.ticketId;
    const Phrase duration =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 s"), {calldetails::callDurationSeconds(f)});
    auto written = [this](qint64 id, const Phrase &why) {
        m_stage = Stage::Done;
        CallOutcome o;
        o.contactId = m_contact.contactId;
        o.outcome = Outcome::DetailsAppended;
        o.userId = callerUserId();
        o.ticketId = id;
        o.reason = Phrase::joined(why, m_link.numberNote);
        if (m_link.changedAttributesNoted > 0)
            o.reason = Phrase::joined(
                o.reason,
                Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                             "a note lists %1 attribute(s) added or changed during the call"),
                           {m_link.changedAttributesNoted}));
        Q_EMIT outcome(o);
    };
    const Write write = linkwrites::endOfCall(f, ticketId);
    send(write, [this, write, ticketId, f, duration, written](const Result<WriteResult> &r) {
        switch (judgeWrite(write, r)) {
        case WriteVerdict::FollowUp:
            return followUp(
                ticketId, QStringLiteral("end"), linkwrites::endOfCallNote(f),
                [this, ticketId, duration, written](const Result<WriteResult> &fr) {
                    if (!fr.ok())
                        return failed(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "end-of-call details")),
                                      fr.error);
                    written(fr.value.id,
                            Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                                         "call ended after %1; #%2 is closed: follow-up %3"),
                                       {duration, ticketId, ticketRef(fr.value.id)}));
                });
        case WriteVerdict::NumberTaken:
        case WriteVerdict::Failed:
            return failed(
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "end-of-call details for %1"), {ticketRef(ticketId)}),
                r.error);
        case WriteVerdict::Done:
            return written(
                ticketId,
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "call ended after %1: %2 added to %3"),
                           {duration,
                            m_policy.voiceComment ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "voice comment"))
                                                  : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "duration note")),
                            ticketRef(ticketId)}));
        }
    });
}

void ContactSession::linked(qint64 ticketId, qint64 requesterId, bool created, Outcome outcome,
                            const Phrase &reason) {
    m_stage = Stage::Linked;
    m_link.ticketId = ticketId;
    m_link.ticketCreated = created;
    m_link.reason = reason;
    if (requesterId > 0 && requesterId != m_ctx.agent.id && requesterId != callerUserId()) {
        zendesk::User requester;
        requester.id = requesterId;
        adoptCaller(requester, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "the ticket's requester")));
    }
    m_ctx.memory.rememberTicket(m_contact.callId(), {ticketId, requesterId});
    report(outcome, reason);
    popInZendesk(PopTarget::Ticket, ticketId);
    if (startQueuedCorrection())
        return; // the end of the call follows the correction
    if (hasEnded())
        writeEndOfCall();
}

// The caller is now this Zendesk user (created for them, found as the number's owner, chosen by the agent).
void ContactSession::adoptCaller(const zendesk::User &user, const Phrase &how) {
    const CallerNumber number = m_caller.number;
    const bool chosen = m_caller.chosenByAgent;
    m_caller = Caller{};
    m_caller.kind = Caller::Kind::Known;
    m_caller.user = user;
    m_caller.number = number;
    m_caller.how = how;
    m_caller.source = Caller::Source::Other;
    m_caller.chosenByAgent = chosen;
}

void ContactSession::finish(Outcome kind, const Phrase &reason) {
    m_stage = Stage::Done;
    report(kind, reason);
}

void ContactSession::failed(const Phrase &what, const Error &error) {
    finish(Outcome::Failed, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 failed (%2): %3"),
                                       {what, zendesk::errorKindName(error.kind), error.message}));
}

void ContactSession::report(Outcome kind, const Phrase &reason) {
    CallOutcome o;
    o.contactId = m_contact.contactId;
    o.outcome = kind;
    o.userId = callerUserId();
    o.userCreated = m_link.userCreated;
    o.ticketId = (kind == Outcome::AgentMode || kind == Outcome::Nothing) ? 0 : m_link.ticketId;
    o.ticketCreated = o.ticketId != 0 && m_link.ticketCreated; // a dry run's made-up ids are negative
    o.reason = reason;
    o.notices = m_notices;
    m_notices.clear(); // each notice is reported once
    Q_EMIT outcome(o);
}

// --- agent mode -------------------------------------------------------------------------------------------

void ContactSession::onAgentAction(const AgentAction &action) {
    if (action.kind == AgentAction::Kind::SetUser) {
        zendesk::User chosen;
        chosen.id = action.userId;
        adoptCaller(chosen, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "chosen by the agent")));
        m_caller.chosenByAgent = true;
        return report(
            Outcome::AgentMode,
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent chose user #%1 as the caller"), {action.userId}));
    }
    switch (m_stage) {
    case Stage::Ringing:
    case Stage::Answered:
        m_queuedAction = action; // writes wait for the lookups and for the call to be answered
        return;
    case Stage::WaitingForAgent:
        return execute(planAgentChoice(action, m_caller));
    case Stage::Linking:
    case Stage::Linked:
    case Stage::WritingEnd:
    case Stage::Done:
        break;
    }
    report(Outcome::Nothing,
           m_link.ticketId != 0
               ? Phrase::of(
                   QT_TRANSLATE_NOOP("Phrase", "agent action ignored: the call is already linked to %1"),
                   {ticketRef(m_link.ticketId)})
               : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent action ignored: not in agent mode")));
}

// --- plumbing ---------------------------------------------------------------------------------------------

void ContactSession::send(Write write, WriteDone done) {
    beginWork();
    m_inFlight.insert(write.idempotencyKey);
    m_ctx.writer.write(
        write, this,
        [this, key = write.idempotencyKey, done = std::move(done)](const Result<WriteResult> &r) {
            m_inFlight.remove(key);
            done(r);
            endWork();
        });
}

// Opt-in ([zendesk] screen_pop, Talk Partner Edition): costs a request, so each record is shown once per
// contact. A pop that fails is not worth a retry: the call is linked either way.
void ContactSession::popInZendesk(PopTarget target, qint64 id) {
    const QString what = (target == PopTarget::Ticket ? QStringLiteral("ticket ") : QStringLiteral("user "))
                         + QString::number(id);
    if (!m_ctx.settings.screenPop || m_ctx.agent.id <= 0 || id <= 0 || m_popped.contains(what))
        return;
    m_popped.insert(what);
    beginWork();
    m_ctx.writer.screenPop(m_ctx.agent.id, target, id, this, [this](const Result<bool> &) { endWork(); });
}

void ContactSession::beginWork() {
    ++m_pending;
    Q_EMIT changed();
}

void ContactSession::endWork() {
    Q_EMIT changed();
    if (--m_pending > 0 || startQueuedCorrection())
        return;
    Q_EMIT settled();
}

// --- corrections ------------------------------------------------------------------------------------------

CorrectionRefusal ContactSession::checkCorrection(const LinkCorrection &correction) const {
    switch (m_stage) {
    case Stage::Ringing:
    case Stage::Answered:
    case Stage::WaitingForAgent:
        return CorrectionRefusal::NotLinked;
    case Stage::Linking:
        return checkCorrectionRequest(correction); // the link is on its way: the correction waits for it
    case Stage::Linked:
    case Stage::WritingEnd:
    case Stage::Done:
        break;
    }
    return callbridge::checkCorrection(storedCall(), correction);
}

bool ContactSession::endWritten() const {
    return m_endStarted;
}

StoredCall ContactSession::storedCall() const {
    StoredCall call;
    call.facts = facts(m_link.reason);
    call.ticketId = m_link.ticketId;
    call.userId = callerUserId();
    call.callerName = m_resolution ? m_caller.displayName() : Phrase(m_contact.customerPhone);
    call.ticketCreatedForCall = m_link.ticketCreated;
    call.endWritten = endWritten();
    return call;
}

void ContactSession::queueCorrection(const CorrectionRecord &record) {
    m_corrections << record;
    startQueuedCorrection();
}

// Returns whether a correction is under way.
bool ContactSession::startQueuedCorrection() {
    while (!m_correcting && !m_corrections.isEmpty()) {
        if (m_stage != Stage::Linked && m_stage != Stage::Done)
            return false;
        CorrectionRecord record = m_corrections.takeFirst();
        StoredCall call = storedCall();
        call.sequence = record.sequence;
        call.endWritten = record.endWritten; // as when it was asked for: a restart plans the same writes
        record.fromTicketId = call.ticketId;
        record.fromUserId = call.userId;
        record.fromTicketCreated = call.ticketCreatedForCall;
        const CorrectionRefusal refusal = planCorrection(call, record.correction).refusal;
        if (refusal != CorrectionRefusal::None) {
            CorrectionResult none;
            none.ticketId = call.ticketId;
            none.requesterId = call.userId;
            none.outcome.contactId = m_contact.contactId;
            none.outcome.reason =
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "correction by %1 not made: %2"),
                           {record.correction.by.simplified(), correctionRefusalPhrase(refusal)});
            if (!record.done())
                report(Outcome::Nothing, none.outcome.reason);
            Q_EMIT corrected(record, none);
            continue;
        }
        beginWork();
        m_correcting = new CorrectionRunner(m_ctx.writer, call, record.correction, this);
        m_correcting->start([this, record](const CorrectionResult &result) { onCorrected(record, result); });
    }
    return m_correcting != nullptr;
}

void ContactSession::onCorrected(CorrectionRecord record, const CorrectionResult &result) {
    m_correcting->deleteLater();
    m_correcting = nullptr;
    if (result.moved) {
        if (result.requesterId > 0 && result.requesterId != callerUserId()) {
            zendesk::User corrected;
            corrected.id = result.requesterId;
            adoptCaller(corrected, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "corrected by %1"),
                                              {record.correction.by.simplified()}));
        }
        m_link.ticketId = result.ticketId;
        m_link.ticketCreated = result.ticketCreated;
        m_link.reason = result.outcome.reason;
        rememberCorrection(m_ctx.memory, storedCall(), record.correction, result);
    }
    if (!record.done())
        Q_EMIT outcome(result.outcome);
    Q_EMIT corrected(record, result);
    if (!startQueuedCorrection() && m_stage == Stage::Linked && hasEnded())
        writeEndOfCall();
    endWork();
}

CallFacts ContactSession::facts(const Phrase &reason) const {
    CallFacts f;
    f.contact = m_contact;
    f.agent = m_agent;
    f.policy = m_policy;
    f.connectInstanceUrl = m_ctx.settings.connectInstanceUrl;
    f.timeZone = m_ctx.settings.timeZone;
    f.entryPointNumber = m_ctx.settings.defaultEntryPointNumber;
    f.customerE164 = m_caller.number.e164;
    f.agentUserId = m_ctx.agent.id;
    f.connectedAt = m_connectedAt;
    f.endedAt = m_endedAt;
    f.decisionReason = reason;
    f.wording = m_ctx.wording;
    f.talkPartnerEdition = m_ctx.settings.talkPartnerEdition;
    return f;
}

} // namespace callbridge
