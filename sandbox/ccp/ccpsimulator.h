#pragma once

#include "ccpmodel.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>

namespace callbridge::sandbox {

// What `POST /sandbox/calls` asks for.
struct CcpCallRequest {
    QString from;
    QString to;
    QString direction = QStringLiteral("inbound"); // or "outbound" (as if the agent dialled)
    QString queue;                                 // queue name; empty = the agent's default queue
    QList<QPair<QString, QString>> attributes;
    QString transferOf; // an existing (or former) contact id: the new contact continues its call
};

enum class CcpStatus { Ok, BadRequest, NotFound, Conflict };

struct CcpResult {
    CcpStatus status = CcpStatus::Ok;
    QString message;   // why it failed, for people
    QString contactId; // the contact that was created or acted on

    bool ok() const { return status == CcpStatus::Ok; }
    static CcpResult failure(CcpStatus status, const QString &message) { return {status, message, {}}; }
};

// The simulated Amazon Connect agent and its contacts: the state behind the sandbox's CCP page. Every change
// bumps version() and emits changed(); the page turns each version into a full agent snapshot for Streams.
//
// Voice lifecycle: connecting → (accept) connected → (hangup) ended = After Call Work → (clear) destroyed.
// Inbound connecting → (reject) rejected, (ring timeout or caller hangs up) missed; both wait for clear.
class CcpSimulator : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit CcpSimulator(QObject *parent = nullptr);
    explicit CcpSimulator(CcpAgentProfile profile, QObject *parent = nullptr);

    void setClock(Clock clock);
    // An inbound contact not accepted within this time is missed. Zero disables the timeout.
    void setRingTimeout(std::chrono::milliseconds timeout);
    // The customer answers an outbound call after this delay. Zero: only `accept` answers it.
    void setOutboundAnswerDelay(std::chrono::milliseconds delay);

    // Control actions (the control API and the CCP page's buttons).
    CcpResult placeCall(const CcpCallRequest &request);
    CcpResult accept(const QString &contactId);
    CcpResult reject(const QString &contactId);
    CcpResult hangup(const QString &contactId);
    CcpResult clear(const QString &contactId);
    // Agent actions that only Streams asks for.
    CcpResult dialOutbound(const QString &phoneNumber, const QString &queueArn);
    CcpResult setAgentState(const QString &stateName);
    CcpResult setHold(const QString &contactId, bool onHold);

    const CcpAgentProfile &profile() const { return m_profile; }
    QList<CcpAgentState> agentStates() const { return m_states; }
    CcpAgentState selectedState() const { return m_selected; }
    // The state the agent snapshot shows: a system state (Busy, AfterCallWork, …) while contacts need the
    // agent.
    CcpAgentState effectiveState() const;
    QDateTime effectiveStateSince() const { return m_effectiveSince; }
    QDateTime selectedStateSince() const { return m_selectedSince; }

    // nullptr when unknown. Destroyed contacts stay readable.
    const CcpContact *contact(const QString &contactId) const;
    // Contacts in the agent snapshot, oldest first.
    QList<CcpContact> liveContacts() const;
    // Every contact ever placed, oldest first.
    QList<CcpContact> allContacts() const;

    quint64 version() const { return m_version; }
    QDateTime now() const;

Q_SIGNALS:
    void changed(quint64 version);

private:
    CcpContact *find(const QString &contactId);
    CcpContact &addContact(CcpContact contact);
    void setContactState(CcpContact &contact, const QString &state);
    void setConnectionState(CcpConnection &connection, const QString &state);
    void armRingTimeout(const CcpContact &contact);
    void armOutboundAnswer(const CcpContact &contact);
    bool hasActiveContact() const;
    void touch();

    CcpAgentProfile m_profile;
    QList<CcpAgentState> m_states;
    CcpAgentState m_selected;
    QDateTime m_selectedSince;
    QString m_effectiveName;
    QDateTime m_effectiveSince;
    QList<CcpContact> m_contacts; // in creation order, destroyed ones included
    QHash<QString, qsizetype> m_index;
    Clock m_clock;
    std::chrono::milliseconds m_ringTimeout{30000};
    std::chrono::milliseconds m_outboundAnswerDelay{2000};
    quint64 m_version = 1;
};

} // namespace callbridge::sandbox
