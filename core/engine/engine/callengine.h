#pragma once

#include "contact/contactevent.h"
#include "contactview.h"
#include "correctionplan.h"
#include "enginecontext.h"
#include "model/calloutcome.h"
#include "model/contactjournal.h"
#include "model/correctionlog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace callbridge {

class ContactSession;
class ContactViewer;
class CorrectionRunner;
struct CorrectionResult;

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

    // Corrections of a contact's link (see LinkCorrection and CorrectionRunner), for contacts this engine
    // knows: live ones, and finished ones it kept or its journal has. correct() is the agent's: refused with
    // WindowClosed once [policy] correction_minutes have passed since the end of the call (engine clock).
    // relink() is a supervisor's: no window. None means the correction is stored (a restart finishes it) and
    // its writes are on their way; its outcome (Outcome::Corrected, or Failed) follows through outcome().
    CorrectionRefusal correct(const QString &contactId, const LinkCorrection &correction);
    CorrectionRefusal relink(const QString &contactId, const LinkCorrection &correction);
    // When the agent's correction window of a contact closes: an invalid QDateTime while the call is in
    // progress (the window closes correction_minutes after it ends), nullopt for a contact the engine does
    // not know.
    std::optional<QDateTime> correctionDeadline(const QString &contactId) const;
    // Where corrections are kept (the journal's, in the app); without one they are kept in memory. Set it
    // before start(): start() finishes the corrections a restart interrupted.
    void setCorrectionLog(CorrectionLog *log) { m_corrections = log ? log : &m_ownCorrections; }

    const zendesk::User &agent() const { return m_ctx.agent; }
    const PhoneNormalizer &phones() const { return m_ctx.phones; } // [phone] default_region
    void setLookupRetry(Backoff retry) { m_ctx.lookupRetry = std::move(retry); }
    // Events kept until sign-in at most; beyond that they are dropped (and counted), the first one with a
    // warning.
    static constexpr int kMaxQueuedEvents = 500;
    int droppedBeforeSignIn() const { return m_droppedBeforeSignIn; }
    // At most this many contacts are worked on at once when a limit is set (the desktop app sets
    // kMaxLiveContacts: a page that invents contact ids must not start unbounded Zendesk lookups). The
    // events of a new contact beyond it are refused, neither recorded nor looked up; contactRefused() is
    // emitted for the first one, and again only after the number of live contacts fell below the limit.
    // Contacts resumed from the journal are never refused. 0 (the default) means no limit.
    static constexpr int kMaxLiveContacts = 32;
    void setLiveContactLimit(int limit) { m_liveContactLimit = limit; }
    int refusedContacts() const { return m_refusedContacts; }
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
    // A new contact was refused: `live` contacts are being worked on, the limit (see setLiveContactLimit).
    void contactRefused(const QString &contactId, int live);

private:
    bool refuseNewContact(const QString &contactId);
    void dispatch(const ContactEvent &event, bool record = true);
    void onSessionSettled(ContactSession *session);
    void startContactView(ContactSession *session);
    void checkIdle();
    CorrectionRefusal makeCorrection(const QString &contactId, const LinkCorrection &correction,
                                     bool supervisor);
    std::optional<StoredCall> finishedCall(const QString &contactId) const;
    void keepFinishedCall(const ContactSession &session);
    int nextCorrection(const QString &contactId) const;
    void startFinishedCorrection(const QString &contactId);
    void onCorrected(const CorrectionRecord &record, const CorrectionResult &result);
    void resumeCorrections();

    EngineContext m_ctx;
    ContactJournal *m_journal = nullptr;
    bool m_ready = false;
    bool m_starting = false;
    int m_startFailures = 0;
    QList<ContactEvent> m_queue;
    int m_droppedBeforeSignIn = 0;
    int m_liveContactLimit = 0;
    int m_refusedContacts = 0;
    bool m_refusing = false; // contactRefused() was emitted and the limit is still reached
    QHash<QString, ContactSession *> m_sessions;
    QHash<QString, ContactViewer *> m_viewers; // one per session, its child
    quint64 m_viewSequence = 0;
    struct DialledTicket {
        qint64 ticketId = 0;
        QDateTime at;
    };
    QHash<QString, DialledTicket> m_dialledTickets; // by E.164
    QSet<QString> m_finished; // contacts whose work is done: re-reported events are ignored
    InMemoryCorrectionLog m_ownCorrections;
    CorrectionLog *m_corrections = &m_ownCorrections;
    // Finished contacts with a link, kept for their correction window (the journal has them for longer).
    QHash<QString, StoredCall> m_finishedCalls;
    // Corrections of finished contacts: the one under way per contact, and those waiting behind it.
    QHash<QString, CorrectionRunner *> m_finishedRunners;
    QHash<QString, QList<CorrectionRecord>> m_finishedQueue;
};

} // namespace callbridge
