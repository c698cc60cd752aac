#pragma once

#include "calldetails.h"
#include "contact/contactevent.h"
#include "correctionrunner.h"
#include "enginecontext.h"
#include "linkplan.h"
#include "linksteps.h"
#include "model/calloutcome.h"
#include "model/correctionlog.h"
#include "resolution.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

namespace callbridge {

class CallerResolver;

// One contact (one agent leg of a call), from the first ring to the end-of-call details: lookups may start
// while it rings (pop_incoming), writes happen only once it is answered, end-of-call details once it has
// ended. Every decision is a pure step (planLink, linksteps.h); the session carries them out, in order.
// Events may repeat (page reload, app restart): each step runs at most once.
class ContactSession : public QObject {
    Q_OBJECT
public:
    // Where the contact is. Linking and end-of-call writes are on their way in Linking and WritingEnd.
    enum class Stage {
        Ringing,         // not answered yet
        Answered,        // answered, the lookups are still running
        WaitingForAgent, // agent mode: the agent decides, or the end of the call forces a ticket
        Linking,         // the linking write (user, ticket, note) is on its way
        Linked,          // linked; the end-of-call details follow when the call ends
        WritingEnd,      // the end-of-call details are on their way
        Done,            // nothing more will be written
    };

    ContactSession(EngineContext &context, const ContactEvent &first, QObject *parent = nullptr);
    ~ContactSession() override;

    void handle(const ContactEvent &event);
    bool isBusy() const { return m_pending > 0; }
    bool isFinished() const { return m_pending == 0 && m_stage == Stage::Done; }
    Stage stage() const { return m_stage; }
    QString contactId() const { return m_contact.contactId; }
    const ContactInfo &contact() const { return m_contact; }
    const CallPolicy &policy() const { return m_policy; }
    const Caller &caller() const { return m_caller; }
    QDateTime endedAt() const { return m_endedAt; } // invalid while the call is in progress

    // Corrections of the link (CorrectionRunner does the writes). Whether one can be asked for now (the
    // agent's window is the engine's to check); then it is made as soon as the link is there and no
    // end-of-call write is on its way, one after the other. While one is under way the end of the call
    // waits, so that its writes go to the new target.
    CorrectionRefusal checkCorrection(const LinkCorrection &correction) const;
    void queueCorrection(const CorrectionRecord &record);
    bool endWritten() const; // the end-of-call writes have started: a correction takes them along
    StoredCall storedCall() const;

    // What the contact view shows (contactview.h); `changed` says any of it may have changed.
    const std::optional<Resolution> &resolution() const { return m_resolution; }
    bool hasEnded() const { return m_endedAt.isValid(); }
    qint64 linkedTicketId() const { return m_link.ticketId; }
    bool linkedTicketCreated() const { return m_link.ticketCreated; }
    bool linkedUserCreated() const { return m_link.userCreated; }
    const QSet<QString> &writesInFlight() const { return m_inFlight; } // idempotency keys
    // The agent called the customer from ticket `ticketId`: this (outbound) contact attaches to it.
    void attachToDialledTicket(qint64 ticketId) { m_dialledTicket = ticketId; }

Q_SIGNALS:
    void outcome(const callbridge::CallOutcome &outcome);
    void settled(); // no Zendesk work in flight for this contact
    void changed();
    // A queued correction is over: made (result.moved), failed, or refused when its turn came. `record`
    // carries the link it moved from.
    void corrected(const callbridge::CorrectionRecord &record, const callbridge::CorrectionResult &result);

private:
    using WriteDone = std::function<void(const zendesk::Result<zendesk::WriteResult> &)>;
    struct Link {
        qint64 ticketId = 0;
        bool ticketCreated = false;
        bool userCreated = false;
        Phrase reason;
        qsizetype changedAttributesNoted = 0; // end of call: attributes the changes note listed
        Phrase numberNote;                    // end of call: what became of remembering the calling number
    };

    void absorb(const ContactEvent &event);
    void onConnected(const ContactEvent &event);
    void onEnded(const ContactEvent &event);
    void onAgentAction(const AgentAction &action);
    void startResolution();
    void onResolved(const Resolution &resolution);
    void act();
    bool resumeEarlierLink();
    void execute(const LinkPlan &plan);
    void waitForAgent(const LinkPlan &plan);
    void createUserThenTicket(const LinkPlan &plan);
    void findOwnerOfNumber(const LinkPlan &plan);
    void createTicket(const LinkPlan &plan);
    void attach(const LinkPlan &plan);
    void followUp(qint64 closedTicketId, const QString &step, const QString &note, WriteDone done);
    void forceTicket();
    void writeEndOfCall();
    void rememberCallingNumber(std::function<void()> then);
    void confirmNumberTaken(const NumberToRemember &wanted, std::function<void()> then);
    void writeChangedAttributes();
    void writeCallSummary();
    void linked(qint64 ticketId, qint64 requesterId, bool created, Outcome outcome, const Phrase &reason);
    void adoptCaller(const zendesk::User &user, const Phrase &how);
    void finish(Outcome outcome, const Phrase &reason);
    void failed(const Phrase &what, const zendesk::Error &error);
    void report(Outcome outcome, const Phrase &reason);
    bool startQueuedCorrection();
    void onCorrected(CorrectionRecord record, const CorrectionResult &result);
    void popInZendesk(zendesk::Writer::PopTarget target, qint64 id);
    void send(zendesk::Write write, WriteDone done);
    void beginWork();
    void endWork();
    qint64 callerUserId() const;
    CallFacts facts(const Phrase &reason) const;
    QString key(const QString &step) const;

    EngineContext &m_ctx;
    ContactInfo m_contact;
    AgentInfo m_agent;
    CallPolicy m_policy;
    Phrases m_notices;
    Phrase m_ignoreReason;
    Stage m_stage = Stage::Ringing;
    Caller m_caller; // who is on the line: the lookups' answer, or the agent's choice, which wins
    QPointer<CallerResolver> m_resolver;
    std::optional<Resolution> m_resolution; // the ticket candidate and notices (the caller is m_caller)
    std::optional<AgentAction> m_queuedAction;
    Link m_link;
    QHash<QString, QString> m_notedAttributes; // the attributes as the details note listed them
    QDateTime m_connectedAt;
    QDateTime m_endedAt;
    int m_pending = 0;
    int m_lookupFailures = 0;
    QSet<QString> m_popped;                // "ticket 12", "user 34": shown in the agent's Zendesk already
    QList<CorrectionRecord> m_corrections; // waiting for their turn
    QPointer<CorrectionRunner> m_correcting;
    bool m_endStarted = false;
    QSet<QString> m_inFlight;
    qint64 m_dialledTicket = 0;
};

} // namespace callbridge
