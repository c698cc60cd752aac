#include "callengine.h"

#include "contactsession.h"
#include "contactviewer.h"

#include <QDebug>
#include <algorithm>

namespace callbridge {

CallEngine::CallEngine(zendesk::DirectoryReader &directory, zendesk::Writer &writer, Settings settings,
                       const Clock &clock, Scheduler &scheduler, LinkMemory &memory, QObject *parent)
    : QObject(parent)
    , m_ctx{directory, writer, clock, scheduler, memory, settings, PhoneNormalizer(settings.defaultRegion),
            {}} {}

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
            Q_EMIT signInRetrying(QStringLiteral("Zendesk is not answering (%1); trying again in %2 s")
                                      .arg(r.error.message)
                                      .arg(double(delay.count()) / 1000.0));
            m_ctx.scheduler.schedule(delay, this, [this] {
                m_starting = false;
                start();
            });
            m_starting = true;
            return;
        }
        if (!r.ok() || r.value.id <= 0) {
            const QString why =
                r.ok() ? QStringLiteral("Zendesk did not say who the agent is") : r.error.message;
            Q_EMIT fatalError(QStringLiteral("Cannot sign in to Zendesk (%1): %2")
                                  .arg(zendesk::errorKindName(r.error.kind), why));
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
    return true;
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
    }
    session->handle(event);
    if (session->isFinished())
        onSessionSettled(session);
}

void CallEngine::onSessionSettled(ContactSession *session) {
    if (session->isFinished() && m_sessions.value(session->contactId()) == session) {
        m_sessions.remove(session->contactId());
        m_viewers.remove(session->contactId());
        m_finished.insert(session->contactId());
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

} // namespace callbridge
