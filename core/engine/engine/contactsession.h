#pragma once

#include "calldetails.h"
#include "contact/contactevent.h"
#include "enginecontext.h"
#include "linkplan.h"
#include "model/calloutcome.h"
#include "resolution.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

namespace callbridge {

class CallerResolver;

// The state machine of one contact (one agent leg of a call): lookups may start while it rings
// (pop_incoming), writes happen only once it is connected, end-of-call details once it has ended. Events may
// repeat (page reload, app restart): each step runs at most once.
class ContactSession : public QObject {
    Q_OBJECT
public:
    ContactSession(EngineContext &context, const ContactEvent &first, QObject *parent = nullptr);
    ~ContactSession() override;

    void handle(const ContactEvent &event);
    bool isBusy() const { return m_pending > 0; }
    bool isFinished() const; // nothing more will be written
    QString contactId() const { return m_contact.contactId; }
    const CallPolicy &policy() const { return m_policy; }
    std::optional<Caller> caller() const;

Q_SIGNALS:
    void outcome(const callbridge::CallOutcome &outcome);
    void settled(); // no Zendesk work in flight for this contact

private:
    enum class Link { None, Resolving, Ignored, WaitingForAgent, Linking, Linked, Failed };
    enum class EndDetails { NotYet, Writing, Written };
    using WriteDone = std::function<void(const zendesk::Result<zendesk::WriteResult> &)>;

    void absorb(const ContactEvent &event);
    void onConnected(const ContactEvent &event);
    void onEnded(const ContactEvent &event);
    void onAgentAction(const AgentAction &action);
    void startResolution();
    void onResolved(const Resolution &resolution);
    void act();
    bool resumeEarlierLink();
    void execute(const LinkPlan &plan);
    void createTicket(qint64 requesterId, const QString &callerName, Outcome outcome, const QString &reason);
    void createUserThenTicket(Outcome outcome, const QString &reason);
    void findOwnerOfNumber(const CallerNumber &number, Outcome outcome, const QString &reason);
    void attachTo(qint64 ticketId, bool knownClosed, Outcome outcome, const QString &reason);
    void forceCreate();
    void writeEndOfCall();
    void followUp(qint64 closedTicketId, const QString &step, const QString &note, WriteDone done);
    void linked(qint64 ticketId, qint64 requesterId, bool created, Outcome outcome, const QString &reason);
    void failed(const QString &what, const zendesk::Error &error);
    void report(Outcome outcome, const QString &reason);
    void popInZendesk(zendesk::Gateway::PopTarget target, qint64 id);
    void send(zendesk::Write write, WriteDone done);
    void beginWork();
    void endWork();
    CallFacts facts() const;
    QString key(const QString &step) const;

    EngineContext &m_ctx;
    ContactInfo m_contact;
    AgentInfo m_agent;
    CallPolicy m_policy;
    QStringList m_notices;
    QString m_ignoreReason;
    QPointer<CallerResolver> m_resolver;
    std::optional<Resolution> m_resolution;
    std::optional<AgentAction> m_queuedAction;
    Link m_link = Link::None;
    EndDetails m_end = EndDetails::NotYet;
    bool m_connected = false;
    bool m_ended = false;
    bool m_reportedUnanswered = false;
    QDateTime m_connectedAt;
    QDateTime m_endedAt;
    qint64 m_ticketId = 0;
    qint64 m_userId = 0;
    bool m_userCreated = false;
    bool m_ticketCreated = false;
    QString m_linkReason;
    int m_pending = 0;
    int m_lookupFailures = 0;
    QSet<QString> m_popped; // "ticket 12", "user 34": shown in the agent's Zendesk already
};

} // namespace callbridge
