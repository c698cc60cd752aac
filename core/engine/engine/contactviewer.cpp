#include "contactviewer.h"

#include "contactsession.h"
#include "linkwrites.h"

#include <algorithm>

namespace callbridge {

using zendesk::Result;
using zendesk::Ticket;
using zendesk::User;
using Stage = ContactView::Stage;

namespace {

Stage viewStage(ContactSession::Stage stage) {
    switch (stage) {
    case ContactSession::Stage::Ringing:
        return Stage::Ringing;
    case ContactSession::Stage::Answered:
        return Stage::Answered;
    case ContactSession::Stage::WaitingForAgent:
        return Stage::WaitingForAgent;
    case ContactSession::Stage::Linking:
        return Stage::Linking;
    case ContactSession::Stage::Linked:
        return Stage::Linked;
    case ContactSession::Stage::WritingEnd:
        return Stage::WritingEnd;
    case ContactSession::Stage::Done:
        return Stage::Done;
    }
    return Stage::Done;
}

ContactView::IdentifiedBy identifiedBy(const Caller &caller) {
    if (caller.chosenByAgent)
        return ContactView::IdentifiedBy::Agent;
    switch (caller.source) {
    case Caller::Source::CallingNumber:
        return ContactView::IdentifiedBy::Phone;
    case Caller::Source::ZendeskUser:
        return ContactView::IdentifiedBy::ZendeskUser;
    case Caller::Source::CustomerEmail:
        return ContactView::IdentifiedBy::CustomerEmail;
    case Caller::Source::CustomerNumber:
        return ContactView::IdentifiedBy::CustomerNumber;
    case Caller::Source::TicketRequester:
        return ContactView::IdentifiedBy::TicketRequester;
    case Caller::Source::Other:
        return ContactView::IdentifiedBy::Other;
    }
    return ContactView::IdentifiedBy::Other;
}

const Ticket *findTicket(const ContactView &view, qint64 id) {
    if (view.candidate && view.candidate->id == id)
        return &*view.candidate;
    if (view.recentTickets) {
        for (const Ticket &t : *view.recentTickets) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

} // namespace

ContactViewer::ContactViewer(EngineContext &context, ContactSession &session, quint64 sequence)
    : QObject(&session)
    , m_ctx(context)
    , m_session(session)
    , m_sequence(sequence) {
    connect(&session, &ContactSession::outcome, this, &ContactViewer::onOutcome);
    connect(&session, &ContactSession::changed, this, &ContactViewer::refresh);
    m_view = build();
}

void ContactViewer::onOutcome(const CallOutcome &outcome) {
    for (const Phrase &notice : outcome.notices) {
        if (!m_notices.contains(notice))
            m_notices << notice;
    }
    if (outcome.outcome == Outcome::DetailsAppended) {
        m_endOfCall = outcome.reason;
    } else if (outcome.outcome == Outcome::Nothing && m_session.linkedTicketId() != 0) {
        // "agent action ignored: already linked": a notice, not the link's reason.
        if (!m_notices.contains(outcome.reason))
            m_notices << outcome.reason;
    } else {
        m_outcome = outcome.outcome;
        m_reason = outcome.reason;
    }
    refresh();
}

void ContactViewer::refresh() {
    readWhatIsMissing();
    ContactView next = build();
    if (next == m_view && m_emitted)
        return;
    m_view = std::move(next);
    m_emitted = true;
    Q_EMIT changed(m_view);
}

void ContactViewer::loadRecentTickets() {
    m_recentWanted = true;
    refresh();
}

ContactView ContactViewer::build() const {
    const ContactInfo &contact = m_session.contact();
    const CallPolicy &policy = m_session.policy();
    ContactView v;
    v.contactId = contact.contactId;
    v.sequence = m_sequence;
    v.stage = viewStage(m_session.stage());
    v.ended = m_session.hasEnded();
    v.direction = contact.direction;
    v.transfer = contact.isTransfer();
    v.customerPhone = contact.customerPhone;
    v.queue = contact.queue.name;
    v.customerNameAttribute = policy.customerName;
    v.customerEmailAttribute = policy.customerEmail;
    v.agentMode = policy.ticketAssignment == TicketAssignment::Agent || v.stage == Stage::WaitingForAgent
                  || m_outcome == Outcome::AgentMode;
    fillCaller(v);
    fillLink(v);
    fillWrites(v);
    return v;
}

void ContactViewer::fillCaller(ContactView &v) const {
    const Caller &caller = m_session.caller();
    const std::optional<Resolution> &resolution = m_session.resolution();
    const CallerNumber calling = m_ctx.phones.normalize(m_session.contact().customerPhone);
    v.customerE164 = !caller.number.e164.isEmpty() ? caller.number.e164
                     : calling.anonymous           ? QString()
                                                   : calling.e164;
    if (resolution && !resolution->failed()) {
        v.candidate = resolution->ticket;
        v.candidateSource = resolution->ticketSource;
        v.candidateReason = resolution->ticketReason;
    }
    if (!resolution && !caller.chosenByAgent) {
        v.identity = ContactView::Identity::LookingUp;
        v.recentTicketsLoading = isBusy();
        return;
    }
    switch (caller.kind) {
    case Caller::Kind::Known:
        v.identity = ContactView::Identity::Known;
        break;
    case Caller::Kind::Unknown:
        v.identity = ContactView::Identity::Unknown;
        break;
    case Caller::Kind::Anonymous:
        v.identity = ContactView::Identity::Withheld;
        break;
    }
    if (caller.kind == Caller::Kind::Known) {
        v.caller = caller.user;
        if (m_userRead && m_userRead->id == caller.user.id && caller.user.name.isEmpty())
            v.caller = *m_userRead;
        v.identifiedBy = identifiedBy(caller);
        v.remembered = caller.remembered && !caller.chosenByAgent;
        v.callerIdUnverified = v.identifiedBy == ContactView::IdentifiedBy::Phone
                               && m_session.contact().direction == CallDirection::Inbound;
        v.alternatives = caller.chosenByAgent ? QList<User>{} : caller.alternatives;
        if (resolution && resolution->recentTickets && resolution->caller.user.id == caller.user.id)
            v.recentTickets = resolution->recentTickets;
        else if (m_recent && m_recentFor == caller.user.id)
            v.recentTickets = m_recent;
        v.recentTicketsLoading = !v.recentTickets && isBusy();
    }
    if (resolution && !resolution->failed() && (v.stage == Stage::Ringing || v.stage == Stage::Answered)) {
        Resolution known = *resolution;
        known.caller = caller;
        const LinkPlan plan = planLink(m_session.contact(), m_session.policy(), known);
        v.plannedAction = plan.action;
        v.willCreateUser =
            plan.action == LinkPlan::Action::CreateTicket && plan.requester == LinkPlan::Requester::NewUser;
    }
}

void ContactViewer::fillLink(ContactView &v) const {
    v.outcome = m_outcome;
    v.reason = m_reason;
    v.endOfCall = m_endOfCall;
    v.notices = m_notices;
    v.ticketId = m_session.linkedTicketId();
    v.ticketCreated = m_session.linkedTicketCreated();
    v.userCreated = m_session.linkedUserCreated();
    if (v.ticketId == 0)
        return;
    if (const Ticket *known = findTicket(v, v.ticketId)) {
        v.ticketSubject = known->subject;
        v.ticketStatus = known->status;
    } else if (v.ticketCreated && m_ctx.ledger) {
        // The ticket this contact created: its subject as it was sent (no read needed).
        for (const QString &step : {QStringLiteral("ticket"), QStringLiteral("details-followup")}) {
            const auto write = m_ctx.ledger->recorded(linkwrites::key(v.contactId, step));
            const QString subject = write ? write->payload.value(QStringLiteral("ticket"))
                                                .toObject()
                                                .value(QStringLiteral("subject"))
                                                .toString()
                                          : QString();
            if (!subject.isEmpty()) {
                v.ticketSubject = subject;
                break;
            }
        }
    }
}

void ContactViewer::fillWrites(ContactView &v) const {
    const QSet<QString> &inFlight = m_session.writesInFlight();
    if (!inFlight.isEmpty()) {
        v.writeState = ContactView::WriteState::Sending;
        for (const QString &key : inFlight) {
            const std::optional<StoredWrite> progress =
                m_ctx.ledger ? m_ctx.ledger->progress(key) : std::nullopt;
            if (!progress || progress->state != StoredWrite::State::Pending || progress->attempts == 0
                || progress->lastError.isEmpty())
                continue;
            v.writeState = ContactView::WriteState::Waiting;
            v.writeDetail = progress->lastError;
            if (!v.writeWaitingSince.isValid() || progress->enqueuedAt < v.writeWaitingSince)
                v.writeWaitingSince = progress->enqueuedAt;
        }
    } else if (m_outcome == Outcome::Failed) {
        v.writeState = ContactView::WriteState::Failed;
        v.writeDetail = m_reason.translated();
    } else if (v.ticketId != 0) {
        v.writeState = ContactView::WriteState::Sent;
    }
}

void ContactViewer::readWhatIsMissing() {
    const Caller &caller = m_session.caller();
    if (caller.kind != Caller::Kind::Known || caller.user.id <= 0
        || m_session.stage() == ContactSession::Stage::Done)
        return;
    const qint64 id = caller.user.id;
    if (caller.chosenByAgent && caller.user.name.isEmpty() && !m_userAsked.contains(id))
        readUser(id);
    const std::optional<Resolution> &resolution = m_session.resolution();
    if (!resolution && !caller.chosenByAgent)
        return; // the lookups may still read them
    const bool readByLookups = resolution && resolution->recentTickets && resolution->caller.user.id == id;
    const ContactSession::Stage stage = m_session.stage();
    const bool choosing = stage == ContactSession::Stage::Ringing || stage == ContactSession::Stage::Answered
                          || stage == ContactSession::Stage::WaitingForAgent;
    if (!choosing && !m_recentWanted)
        return; // linked already (a user created for the call has no tickets to show)
    const bool agentLinks = m_session.policy().ticketAssignment == TicketAssignment::Agent
                            || m_session.stage() == ContactSession::Stage::WaitingForAgent;
    if ((agentLinks || m_recentWanted) && !readByLookups && !m_recentAsked.contains(id))
        readRecentTickets(id);
}

void ContactViewer::readRecentTickets(qint64 userId) {
    m_recentAsked.insert(userId);
    ++m_pending;
    m_ctx.directory.requestedTickets(
        userId, kRecentTickets, this, [this, userId](const Result<QList<Ticket>> &r) {
            if (r.ok()) {
                QList<Ticket> newestFirst = r.value;
                std::stable_sort(newestFirst.begin(), newestFirst.end(),
                                 [](const Ticket &a, const Ticket &b) { return a.updatedAt > b.updatedAt; });
                m_recent = newestFirst;
                m_recentFor = userId;
            } else {
                m_recentAsked.remove(userId); // asked again at the agent's next request
                m_recentWanted = false;
                const Phrase notice = Phrase::of(
                    QT_TRANSLATE_NOOP("Phrase", "the caller's recent tickets could not be read: %1"),
                    {r.error.message});
                if (!m_notices.contains(notice))
                    m_notices << notice;
            }
            done();
        });
}

void ContactViewer::readUser(qint64 userId) {
    m_userAsked.insert(userId);
    ++m_pending;
    m_ctx.directory.user(userId, this, [this](const Result<User> &r) {
        if (r.ok())
            m_userRead = r.value;
        done();
    });
}

void ContactViewer::done() {
    --m_pending;
    refresh();
    if (m_pending == 0)
        Q_EMIT settled();
}

} // namespace callbridge
