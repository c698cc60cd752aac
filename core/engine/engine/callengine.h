#pragma once

#include "contact/contactevent.h"
#include "contactview.h"
#include "enginecontext.h"
#include "model/calloutcome.h"
#include "model/contactjournal.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace callbridge {

class ContactSession;
class ContactViewer;

// Routes contact events to one ContactSession per contact and owns what the sessions share. Events that
// arrive before the engine knows who the agent is (users/me) are queued, not dropped.
class CallEngine : public QObject {
    Q_OBJECT
public:
    CallEngine(zendesk::DirectoryReader &directory, zendesk::Writer &writer, Settings settings,
               const Clock &clock, Scheduler &scheduler, LinkMemory &memory, QObject *parent = nullptr);
    ~CallEngine() override;

    // Optional: records events and outcomes, skips finished contacts, and lets start() resume unfinished
    // ones.
    void setJournal(ContactJournal *journal) { m_journal = journal; }
    void start(); // reads users/me, then resumes unfinished contacts from the journal, then queued events
    bool isReady() const { return m_ready; }
    bool isIdle() const; // no Zendesk work in flight and nothing queued

    void handle(const ContactEvent &event);
    // Parses and handles one event; returns the parse error (the event is dropped) or nullopt.
    std::optional<ContactEventError> handleJson(const QByteArray &json);

    // What the agent chose for a contact (agent mode: attach, create, set the caller). Ignored for contacts
    // the engine does not know or has finished with.
    void agentAction(const QString &contactId, const AgentAction &action);

    const zendesk::User &agent() const { return m_ctx.agent; }
    const PhoneNormalizer &phones() const { return m_ctx.phones; } // [phone] default_region
    void setLookupRetry(Backoff retry) { m_ctx.lookupRetry = std::move(retry); }
    // Events kept until sign-in at most; beyond that they are dropped (and counted), the first one with a
    // warning.
    static constexpr int kMaxQueuedEvents = 500;
    int droppedBeforeSignIn() const { return m_droppedBeforeSignIn; }
    void setWriteLedger(const WriteLedger *ledger) { m_ctx.ledger = ledger; }
    void setTransferSearchRetry(std::chrono::milliseconds delay) { m_ctx.transferSearchRetry = delay; }

    // --- the agent's workspace (contactview.h) ---
    // The card of a contact the engine is working on; nullopt once it is finished (its last view was
    // emitted with stage Done).
    std::optional<ContactView> contactView(const QString &contactId) const;
    QList<ContactView> contactViews() const; // every contact still being worked on, oldest first
    // The agent asked for the caller's recent tickets (auto mode reads them only for recent_ticket_timeout).
    void loadRecentTickets(const QString &contactId);
    // The outbox moved: the writes' progress on the cards may have changed.
    void refreshContactViews();
    // Click-to-dial from a ticket: the next outbound contact to `number` (any format the phone module
    // understands) within kDialledTicketWindow is attached to `ticketId`. Returns false for a number that is
    // not a phone number.
    bool expectOutboundCall(const QString &number, qint64 ticketId);
    static constexpr std::chrono::seconds kDialledTicketWindow{120};

Q_SIGNALS:
    void ready();
    void fatalError(const QString &message);     // e.g. Zendesk refused the credentials
    void signInRetrying(const QString &message); // Zendesk busy or unreachable: trying again
    void outcome(const callbridge::CallOutcome &outcome);
    void idle();
    void contactViewChanged(const callbridge::ContactView &view);

private:
    void dispatch(const ContactEvent &event, bool record = true);
    void onSessionSettled(ContactSession *session);
    void startContactView(ContactSession *session);
    void checkIdle();

    EngineContext m_ctx;
    ContactJournal *m_journal = nullptr;
    bool m_ready = false;
    bool m_starting = false;
    int m_startFailures = 0;
    QList<ContactEvent> m_queue;
    int m_droppedBeforeSignIn = 0;
    QHash<QString, ContactSession *> m_sessions;
    QHash<QString, ContactViewer *> m_viewers; // one per session, its child
    quint64 m_viewSequence = 0;
    struct DialledTicket {
        qint64 ticketId = 0;
        QDateTime at;
    };
    QHash<QString, DialledTicket> m_dialledTickets; // by E.164
    QSet<QString> m_finished; // contacts whose work is done: re-reported events are ignored
};

} // namespace callbridge
