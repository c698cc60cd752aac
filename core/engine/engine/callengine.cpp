#include "callengine.h"

#include "callhistory.h"
#include "contactsession.h"
#include "contactviewer.h"
#include "correctionrunner.h"

#include <QDebug>
#include <algorithm>

namespace callbridge {

CallEngine::CallEngine(zendesk::DirectoryReader &directory, zendesk::Writer &writer, Settings settings,
                       const Clock &clock, Scheduler &scheduler, LinkMemory &memory, QObject *parent)
    : QObject(parent)
    , m_ctx{directory, writer, clock, scheduler, memory, settings, PhoneNormalizer(settings.defaultRegion),
            {},        {}} {
    // The loader accepts only languages core has a catalogue for; anything else is written in English.
    m_ctx.wording = NoteWording::forLanguage(m_ctx.settings.noteLanguage).value_or(NoteWording());
}

CallEngine::~CallEngine() = default;

void CallEngine::start() {
    if (m_ready || m_starting)
        return;
    m_starting = true;
    m_ctx.directory.currentUser(this, [this](const zendesk::Result<zendesk::User> &r) {
        m_starting = false;
        if (!r.ok() && r.error.isTransient()) {
            // Zendesk is busy or away: keep the queued events and ask again, rather than give up.
            const auto delay = m_ctx.lookupRetry.delay(++m_startFailures, r.error.retryAfter);
            // Shown by the window, in its language (English where no catalogue is installed).
            Q_EMIT signInRetrying(
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Zendesk is not answering (%1); trying again in %2 s"),
                           {r.error.message, QString::number(double(delay.count()) / 1000.0)})
                    .translated());
            m_ctx.scheduler.schedule(delay, this, [this] {
                m_starting = false;
                start();
            });
            m_starting = true;
            return;
        }
        if (!r.ok() || r.value.id <= 0) {
            const Phrase why =
                r.ok() ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Zendesk did not say who the agent is"))
                       : Phrase(r.error.message);
            Q_EMIT fatalError(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Cannot sign in to Zendesk (%1): %2"),
                                         {zendesk::errorKindName(r.error.kind), why})
                                  .translated());
            return;
        }
        m_ctx.agent = r.value;
        m_ready = true;
        Q_EMIT ready();
        if (m_journal) {
            const QList<ContactEvent> unfinished = m_journal->unfinishedEvents();
            for (const ContactEvent &e : unfinished)
                dispatch(e, false); // every write is keyed: re-running a contact writes nothing twice
        }
        resumeCorrections();
        const QList<ContactEvent> queued = std::exchange(m_queue, {});
        for (const ContactEvent &e : queued)
            dispatch(e);
        checkIdle();
    });
}

bool CallEngine::isIdle() const {
    if (!m_queue.isEmpty() || m_starting)
        return false;
    for (const ContactSession *s : m_sessions) {
        if (s->isBusy())
            return false;
    }
    for (const ContactViewer *v : m_viewers) {
        if (v->isBusy())
            return false;
    }
    return m_finishedRunners.isEmpty();
}

void CallEngine::handle(const ContactEvent &event) {
    if (!m_ready) {
        if (m_queue.size() < kMaxQueuedEvents)
            m_queue << event;
        else if (m_droppedBeforeSignIn++ == 0)
            qWarning().noquote() << "more than" << kMaxQueuedEvents
                                 << "contact events before Zendesk sign-in: dropping the rest until then";
        return;
    }
    dispatch(event);
    checkIdle();
}

std::optional<ContactEventError> CallEngine::handleJson(const QByteArray &json) {
    const ContactEventParse parsed = parseContactEvent(json);
    if (parsed.error)
        return parsed.error;
    handle(*parsed.event);
    return std::nullopt;
}

namespace {
// Credentials and what callers type to prove who they are or to pay (secret-named attributes, card numbers)
// are never needed after the call: neither the journal nor the session sees them, only [redacted].
ContactEvent redacted(ContactEvent event) {
    event.contact.attributes = redactAttributes(std::move(event.contact.attributes));
    return event;
}
} // namespace

void CallEngine::dispatch(const ContactEvent &received, bool record) {
    const ContactEvent event = redacted(received);
    const QString id = event.contact.contactId;
    if (m_finished.contains(id) || (m_journal && m_journal->isFinished(id)))
        return;
    if (record && refuseNewContact(id))
        return;
    if (record && m_journal)
        m_journal->recordEvent(event);
    ContactSession *session = m_sessions.value(id);
    if (!session) {
        session = new ContactSession(m_ctx, event, this);
        m_sessions.insert(id, session);
        connect(session, &ContactSession::outcome, this, [this](const CallOutcome &o) {
            if (m_journal)
                m_journal->recordOutcome(o);
            Q_EMIT outcome(o);
        });
        connect(session, &ContactSession::settled, this, [this, session] { onSessionSettled(session); });
        startContactView(session);
        connect(session, &ContactSession::corrected, this, &CallEngine::onCorrected);
    }
    session->handle(event);
    if (session->isFinished())
        onSessionSettled(session);
}

bool CallEngine::refuseNewContact(const QString &contactId) {
    if (m_liveContactLimit <= 0 || m_sessions.contains(contactId))
        return false;
    if (m_sessions.size() < m_liveContactLimit) {
        m_refusing = false;
        return false;
    }
    ++m_refusedContacts;
    if (!m_refusing) {
        m_refusing = true;
        Q_EMIT contactRefused(contactId, int(m_sessions.size()));
    }
    return true;
}

void CallEngine::onSessionSettled(ContactSession *session) {
    if (session->isFinished() && m_sessions.value(session->contactId()) == session) {
        m_sessions.remove(session->contactId());
        m_viewers.remove(session->contactId());
        m_finished.insert(session->contactId());
        keepFinishedCall(*session);
        if (m_journal)
            m_journal->markFinished(session->contactId());
        session->deleteLater();
    }
    checkIdle();
}

void CallEngine::checkIdle() {
    if (isIdle())
        Q_EMIT idle();
}

void CallEngine::agentAction(const QString &contactId, const AgentAction &action) {
    ContactSession *session = m_sessions.value(contactId);
    if (!session)
        return;
    ContactEvent event;
    event.kind = ContactEventKind::AgentAction;
    event.at = m_ctx.clock.now();
    event.contact = session->contact(); // the journal keeps every event with the contact it belongs to
    event.action = action;
    handle(event); // recorded like any event, so a restart replays the agent's choice
}

} // namespace callbridge

namespace callbridge {

void CallEngine::startContactView(ContactSession *session) {
    if (session->contact().direction == CallDirection::Outbound) {
        const QString e164 = m_ctx.phones.normalize(session->contact().customerPhone).e164;
        const auto dialled = m_dialledTickets.constFind(e164);
        if (!e164.isEmpty() && dialled != m_dialledTickets.cend()) {
            if (dialled->at.secsTo(m_ctx.clock.now()) <= kDialledTicketWindow.count())
                session->attachToDialledTicket(dialled->ticketId);
            m_dialledTickets.remove(e164);
        }
    }
    auto *viewer = new ContactViewer(m_ctx, *session, ++m_viewSequence);
    m_viewers.insert(session->contactId(), viewer);
    connect(viewer, &ContactViewer::changed, this, &CallEngine::contactViewChanged);
    connect(viewer, &ContactViewer::settled, this, &CallEngine::checkIdle);
}

std::optional<ContactView> CallEngine::contactView(const QString &contactId) const {
    const ContactViewer *viewer = m_viewers.value(contactId);
    return viewer ? std::optional<ContactView>(viewer->view()) : std::nullopt;
}

QList<ContactView> CallEngine::contactViews() const {
    QList<ContactView> views;
    for (const ContactViewer *viewer : m_viewers)
        views << viewer->view();
    std::sort(views.begin(), views.end(),
              [](const ContactView &a, const ContactView &b) { return a.sequence < b.sequence; });
    return views;
}

void CallEngine::loadRecentTickets(const QString &contactId) {
    if (ContactViewer *viewer = m_viewers.value(contactId))
        viewer->loadRecentTickets();
}

void CallEngine::refreshContactViews() {
    for (ContactViewer *viewer : std::as_const(m_viewers))
        viewer->refresh();
}

bool CallEngine::expectOutboundCall(const QString &number, qint64 ticketId) {
    const CallerNumber normalized = m_ctx.phones.normalize(number);
    if (normalized.anonymous || normalized.e164.isEmpty() || ticketId <= 0)
        return false;
    m_dialledTickets.insert(normalized.e164, {ticketId, m_ctx.clock.now()});
    return true;
}

// --- corrections ------------------------------------------------------------------------------------------

namespace {

constexpr int kMaxFinishedCallsKept = 500;

QDateTime windowEnd(const StoredCall &call) {
    return call.facts.endedAt.isValid()
               ? call.facts.endedAt.addSecs(qint64(call.facts.policy.correctionMinutes) * 60)
               : QDateTime();
}

} // namespace

CorrectionRefusal CallEngine::correct(const QString &contactId, const LinkCorrection &correction) {
    return makeCorrection(contactId, correction, false);
}

CorrectionRefusal CallEngine::relink(const QString &contactId, const LinkCorrection &correction) {
    return makeCorrection(contactId, correction, true);
}

std::optional<QDateTime> CallEngine::correctionDeadline(const QString &contactId) const {
    if (const ContactSession *session = m_sessions.value(contactId)) {
        const QDateTime ended = session->endedAt();
        return ended.isValid() ? ended.addSecs(qint64(session->policy().correctionMinutes) * 60)
                               : QDateTime();
    }
    const std::optional<StoredCall> call = finishedCall(contactId);
    if (!call)
        return std::nullopt;
    return windowEnd(*call);
}

int CallEngine::nextCorrection(const QString &contactId) const {
    int last = 0;
    for (const CorrectionRecord &r : m_corrections->corrections(contactId))
        last = std::max(last, r.sequence);
    for (const CorrectionRecord &r : m_finishedQueue.value(contactId))
        last = std::max(last, r.sequence);
    return last + 1;
}

CorrectionRefusal CallEngine::makeCorrection(const QString &contactId, const LinkCorrection &correction,
                                             bool supervisor) {
    CorrectionRecord record;
    record.contactId = contactId;
    record.correction = correction;
    record.supervisor = supervisor;
    record.requestedAt = m_ctx.clock.now();
    ContactSession *session = m_sessions.value(contactId);
    std::optional<StoredCall> finished;
    if (session) {
        if (const CorrectionRefusal refusal = session->checkCorrection(correction);
            refusal != CorrectionRefusal::None)
            return refusal;
        const QDateTime ended = session->endedAt();
        if (!supervisor && ended.isValid()
            && record.requestedAt > ended.addSecs(qint64(session->policy().correctionMinutes) * 60))
            return CorrectionRefusal::WindowClosed;
        const StoredCall call = session->storedCall();
        record.endWritten = call.endWritten;
        record.fromTicketId = call.ticketId;
        record.fromUserId = call.userId;
        record.fromTicketCreated = call.ticketCreatedForCall;
    } else {
        finished = finishedCall(contactId);
        if (!finished)
            return CorrectionRefusal::UnknownContact;
        if (const CorrectionRefusal refusal = checkCorrectionRequest(correction);
            refusal != CorrectionRefusal::None)
            return refusal;
        const QDateTime closes = windowEnd(*finished);
        if (!supervisor && (!closes.isValid() || record.requestedAt > closes))
            return CorrectionRefusal::WindowClosed;
        record.endWritten = finished->endWritten;
        // One under way for the contact: this one waits, and moves from where that one moves the call.
        if (!m_finishedRunners.contains(contactId)) {
            if (const CorrectionRefusal refusal = checkCorrection(*finished, correction);
                refusal != CorrectionRefusal::None)
                return refusal;
            record.fromTicketId = finished->ticketId;
            record.fromUserId = finished->userId;
            record.fromTicketCreated = finished->ticketCreatedForCall;
        }
    }
    record.sequence = nextCorrection(contactId);
    if (!m_corrections->recordRequested(record))
        qWarning().noquote() << "could not store the correction of" << contactId
                             << ": it is made, but a restart before it is done does not finish it";
    if (session) {
        session->queueCorrection(record);
    } else {
        m_finishedQueue[contactId] << record;
        startFinishedCorrection(contactId);
    }
    return CorrectionRefusal::None;
}

// A finished contact as a correction needs it: kept from its session, else rebuilt from the journal.
std::optional<StoredCall> CallEngine::finishedCall(const QString &contactId) const {
    if (m_finishedCalls.contains(contactId))
        return m_finishedCalls.value(contactId);
    if (!m_journal || !m_journal->isFinished(contactId))
        return std::nullopt;
    const std::optional<ContactHistory> history = m_journal->history(contactId);
    if (!history)
        return std::nullopt;
    std::optional<StoredCall> call =
        storedCallFromHistory(*history, m_ctx.settings, m_ctx.agent.id, m_ctx.phones, m_ctx.wording);
    if (call && call->facts.agentUserId <= 0)
        call->facts.agentUserId = m_ctx.agent.id;
    return call;
}

void CallEngine::keepFinishedCall(const ContactSession &session) {
    const StoredCall call = session.storedCall();
    if (call.ticketId <= 0)
        return;
    const QDateTime now = m_ctx.clock.now();
    for (auto it = m_finishedCalls.begin(); it != m_finishedCalls.end();) {
        const QDateTime closes = windowEnd(*it);
        it = (!closes.isValid() || closes < now) ? m_finishedCalls.erase(it) : std::next(it);
    }
    if (m_finishedCalls.size() < kMaxFinishedCallsKept)
        m_finishedCalls.insert(call.facts.contact.contactId, call);
}

void CallEngine::startFinishedCorrection(const QString &contactId) {
    if (m_finishedRunners.contains(contactId))
        return;
    QList<CorrectionRecord> &queue = m_finishedQueue[contactId];
    while (!queue.isEmpty()) {
        CorrectionRecord record = queue.takeFirst();
        std::optional<StoredCall> call = finishedCall(contactId);
        if (!call) {
            qWarning().noquote() << "correction" << record.sequence << "of" << contactId
                                 << "dropped: the journal no longer has the call";
            m_corrections->recordDone(record, 0, m_ctx.clock.now());
            continue;
        }
        if (record.fromTicketId > 0) { // planned before: the same writes again, whatever the journal says now
            call->ticketId = record.fromTicketId;
            call->userId = record.fromUserId;
            call->ticketCreatedForCall = record.fromTicketCreated;
        }
        call->endWritten = record.endWritten;
        call->sequence = record.sequence;
        record.fromTicketId = call->ticketId;
        record.fromUserId = call->userId;
        record.fromTicketCreated = call->ticketCreatedForCall;
        auto *runner = new CorrectionRunner(m_ctx.writer, *call, record.correction, this);
        const CorrectionRefusal refusal =
            runner->start([this, record, runner](const CorrectionResult &result) {
                m_finishedRunners.remove(record.contactId);
                runner->deleteLater();
                rememberCorrection(m_ctx.memory, runner->call(), record.correction, result);
                if (result.moved && m_finishedCalls.contains(record.contactId)) {
                    StoredCall &kept = m_finishedCalls[record.contactId];
                    kept.ticketId = result.ticketId;
                    kept.userId = result.requesterId;
                    kept.ticketCreatedForCall = result.ticketCreated;
                }
                if (!record.done()) {
                    if (m_journal)
                        m_journal->recordOutcome(result.outcome);
                    Q_EMIT outcome(result.outcome);
                }
                onCorrected(record, result);
                startFinishedCorrection(record.contactId);
                checkIdle();
            });
        if (refusal == CorrectionRefusal::None) {
            m_finishedRunners.insert(contactId, runner);
            return;
        }
        delete runner;
        qWarning().noquote() << "correction" << record.sequence << "of" << contactId
                             << "not made:" << correctionRefusalText(refusal);
        m_corrections->recordDone(record, 0, m_ctx.clock.now());
    }
    m_finishedQueue.remove(contactId);
}

void CallEngine::onCorrected(const CorrectionRecord &record, const CorrectionResult &result) {
    m_corrections->recordDone(record, result.moved ? result.ticketId : 0, m_ctx.clock.now());
}

// After a restart: live contacts take their corrections again, in order (each write is answered from the
// outbox, so nothing is written twice, and the end of the call goes where the corrections moved it); those
// of finished contacts that were not done are finished.
void CallEngine::resumeCorrections() {
    for (ContactSession *session : std::as_const(m_sessions)) {
        for (const CorrectionRecord &record : m_corrections->corrections(session->contactId()))
            session->queueCorrection(record);
    }
    for (const CorrectionRecord &record : m_corrections->unfinishedCorrections()) {
        if (m_sessions.contains(record.contactId))
            continue;
        m_finishedQueue[record.contactId] << record;
        startFinishedCorrection(record.contactId);
    }
}

} // namespace callbridge
