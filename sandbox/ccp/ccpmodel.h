#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace callbridge::sandbox {

// One leg of a simulated contact, as the CCP's agent snapshot describes it.
struct CcpConnection {
    QString connectionId;
    QString type; // "agent", "inbound", "outbound" or "monitoring"
    bool initial = false;
    QString state; // "connecting", "connected", "hold" or "disconnected"
    QDateTime stateSince;
    QString phoneNumber; // customer legs only
};

// One simulated voice contact. `state` follows the CCP's contact state types; "destroyed" marks a contact
// that has left the agent snapshot (it is kept only so that the control API can still report it).
struct CcpContact {
    QString contactId;
    QString initialContactId;
    QString type = QStringLiteral("voice");
    QString initiationMethod; // "inbound", "outbound" or "transfer"
    bool inbound = true;
    QString customerPhone;
    QString systemPhone;
    QString queueName;
    QString queueArn;
    QList<QPair<QString, QString>> attributes; // in the order they were given
    QString state;                             // connecting, connected, ended, missed, rejected, destroyed
    QDateTime stateSince;
    QDateTime queuedAt;
    QDateTime createdAt;
    CcpConnection agent;
    CcpConnection customer;
    quint64 generation = 0; // bumps on every state change; lets stale timers notice they are stale

    bool isLive() const { return state != QLatin1String("destroyed"); }
    bool isActive() const {
        return state == QLatin1String("connecting") || state == QLatin1String("connected");
    }
};

// One of the agent states an agent can pick in the CCP.
struct CcpAgentState {
    QString name;
    QString type; // "routable", "not_routable" or "offline"
};

} // namespace callbridge::sandbox

namespace callbridge::sandbox {

// Who the simulated agent is and where it works. The ARNs follow Amazon Connect's shapes so that Streams'
// parsing (instance id, region, agent queue) works on them.
struct CcpAgentProfile {
    QString name = QStringLiteral("Sam Sandbox");
    QString username = QStringLiteral("sam.sandbox");
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("000000000000");
    QString instanceId = QStringLiteral("5a4d0000-0000-4000-8000-00000000c0de");
    QString agentId = QStringLiteral("a9e40000-0000-4000-8000-0000000a9e47");
    QString routingProfileName = QStringLiteral("Basic Routing Profile");
    QString defaultQueueName = QStringLiteral("BasicQueue");
    QString systemPhone = QStringLiteral("+15550100000"); // the instance's claimed number
    QString extension;                                    // empty: softphone; otherwise a desk phone number
    bool softphoneEnabled = true;

    QString instanceArn() const {
        return QStringLiteral("arn:aws:connect:%1:%2:instance/%3").arg(region, accountId, instanceId);
    }
    QString agentArn() const { return instanceArn() + QStringLiteral("/agent/") + agentId; }
    QString routingProfileArn() const {
        return instanceArn() + QStringLiteral("/routing-profile/basic-routing-profile");
    }
    QString agentQueueArn() const { return instanceArn() + QStringLiteral("/queue/agent/") + agentId; }
    // A queue's ARN derived from its name (the sandbox has no queue directory: any name is a queue).
    QString queueArn(const QString &queueName) const;
};

} // namespace callbridge::sandbox
