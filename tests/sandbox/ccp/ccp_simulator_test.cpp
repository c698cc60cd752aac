#include "ccpsimulator.h"
#include "ccpsnapshot.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace std::chrono_literals;

namespace {

class CcpSimulatorTest : public ::testing::Test {
protected:
    CcpSimulatorTest() {
        sim.setClock([this] { return clock; });
        sim.setRingTimeout(0ms);
        sim.setOutboundAnswerDelay(0ms);
    }

    QString placeInbound(const QList<QPair<QString, QString>> &attributes = {}) {
        CcpCallRequest request;
        request.from = QStringLiteral("+15555550123");
        request.to = QStringLiteral("+15550100000");
        request.queue = QStringLiteral("Support");
        request.attributes = attributes;
        const CcpResult result = sim.placeCall(request);
        EXPECT_TRUE(result.ok()) << result.message.toStdString();
        return result.contactId;
    }

    QJsonObject onlyContact() const {
        const QJsonArray contacts = ccpSnapshotJson(sim).value(QStringLiteral("contacts")).toArray();
        EXPECT_EQ(contacts.size(), 1);
        return contacts.first().toObject();
    }

    QString state(const QString &id) const { return sim.contact(id)->state; }

    QDateTime clock = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    CcpSimulator sim;
};

TEST_F(CcpSimulatorTest, InboundCallRingsWithAttributesAndQueue) {
    const QString id = placeInbound({{QStringLiteral("customerName"), QStringLiteral("Ada Lovelace")}});
    const QJsonObject contact = onlyContact();
    EXPECT_EQ(contact.value(QStringLiteral("contactId")).toString(), id);
    EXPECT_EQ(contact.value(QStringLiteral("initialContactId")).toString(), id);
    EXPECT_EQ(contact.value(QStringLiteral("type")).toString(), QStringLiteral("voice"));
    EXPECT_EQ(contact.value(QStringLiteral("state")).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("connecting"));
    EXPECT_EQ(contact.value(QStringLiteral("state")).toObject().value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2026-11-25T09:00:00.000Z"));
    EXPECT_EQ(contact.value(QStringLiteral("queue")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Support"));
    const QJsonObject attribute = contact.value(QStringLiteral("attributes"))
                                      .toObject()
                                      .value(QStringLiteral("customerName"))
                                      .toObject();
    EXPECT_EQ(attribute.value(QStringLiteral("name")).toString(), QStringLiteral("customerName"));
    EXPECT_EQ(attribute.value(QStringLiteral("value")).toString(), QStringLiteral("Ada Lovelace"));

    const QJsonArray connections = contact.value(QStringLiteral("connections")).toArray();
    ASSERT_EQ(connections.size(), 2);
    const QJsonObject agent = connections.at(0).toObject();
    const QJsonObject customer = connections.at(1).toObject();
    EXPECT_EQ(agent.value(QStringLiteral("type")).toString(), QStringLiteral("agent"));
    EXPECT_EQ(agent.value(QStringLiteral("state")).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("connecting"));
    EXPECT_EQ(customer.value(QStringLiteral("type")).toString(), QStringLiteral("inbound"));
    EXPECT_TRUE(customer.value(QStringLiteral("initial")).toBool());
    EXPECT_EQ(
        customer.value(QStringLiteral("endpoint")).toObject().value(QStringLiteral("phoneNumber")).toString(),
        QStringLiteral("+15555550123"));
    EXPECT_EQ(sim.effectiveState().name, QStringLiteral("PendingBusy"));
}

TEST_F(CcpSimulatorTest, FullInboundLifecycle) {
    QSignalSpy changed(&sim, &CcpSimulator::changed);
    const QString id = placeInbound();
    EXPECT_TRUE(sim.accept(id).ok());
    EXPECT_EQ(state(id), QStringLiteral("connected"));
    EXPECT_EQ(sim.effectiveState().name, QStringLiteral("Busy"));
    EXPECT_TRUE(sim.hangup(id).ok());
    EXPECT_EQ(state(id), QStringLiteral("ended"));
    EXPECT_EQ(sim.effectiveState().name, QStringLiteral("AfterCallWork"));
    EXPECT_EQ(sim.contact(id)->agent.state, QStringLiteral("disconnected"));
    EXPECT_TRUE(sim.clear(id).ok());
    EXPECT_EQ(state(id), QStringLiteral("destroyed"));
    EXPECT_TRUE(sim.liveContacts().isEmpty());
    EXPECT_EQ(sim.effectiveState().name, QStringLiteral("Available"));
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(sim.version(), 5u);
}

TEST_F(CcpSimulatorTest, ActionsInTheWrongStateConflict) {
    const QString id = placeInbound();
    EXPECT_EQ(sim.hangup(QStringLiteral("nope")).status, CcpStatus::NotFound);
    EXPECT_TRUE(sim.accept(id).ok());
    EXPECT_EQ(sim.accept(id).status, CcpStatus::Conflict);
    EXPECT_EQ(sim.reject(id).status, CcpStatus::Conflict);
    EXPECT_TRUE(sim.hangup(id).ok());
    EXPECT_EQ(sim.hangup(id).status, CcpStatus::Conflict);
    EXPECT_TRUE(sim.clear(id).ok());
    EXPECT_EQ(sim.clear(id).status, CcpStatus::Conflict);
}

TEST_F(CcpSimulatorTest, RejectAndAbandonLeaveContactsUntilCleared) {
    const QString rejected = placeInbound();
    EXPECT_TRUE(sim.reject(rejected).ok());
    EXPECT_EQ(state(rejected), QStringLiteral("rejected"));
    const QString abandoned = placeInbound();
    EXPECT_TRUE(sim.hangup(abandoned).ok());
    EXPECT_EQ(state(abandoned), QStringLiteral("missed"));
    EXPECT_EQ(sim.effectiveState().name, QStringLiteral("MissedCallAgent"));
    EXPECT_EQ(sim.liveContacts().size(), 2);
    EXPECT_TRUE(sim.clear(rejected).ok());
    EXPECT_TRUE(sim.clear(abandoned).ok());
    EXPECT_TRUE(sim.liveContacts().isEmpty());
}

TEST_F(CcpSimulatorTest, RingTimeoutMissesTheContact) {
    sim.setRingTimeout(10ms);
    const QString id = placeInbound();
    QSignalSpy changed(&sim, &CcpSimulator::changed);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(state(id), QStringLiteral("missed"));
}

TEST_F(CcpSimulatorTest, OutboundDialIsAnsweredByTheCustomer) {
    const CcpResult result = sim.dialOutbound(QStringLiteral("+15555550199"), QString());
    ASSERT_TRUE(result.ok());
    const CcpContact *contact = sim.contact(result.contactId);
    EXPECT_FALSE(contact->inbound);
    EXPECT_EQ(contact->initiationMethod, QStringLiteral("outbound"));
    EXPECT_EQ(contact->customer.type, QStringLiteral("outbound"));
    EXPECT_EQ(contact->agent.state, QStringLiteral("connected"));
    EXPECT_EQ(sim.effectiveState().name, QStringLiteral("CallingCustomer"));
    EXPECT_EQ(sim.reject(result.contactId).status, CcpStatus::Conflict);
    EXPECT_TRUE(sim.accept(result.contactId).ok());
    EXPECT_EQ(contact->customer.state, QStringLiteral("connected"));
}

TEST_F(CcpSimulatorTest, OutboundAnswersByItselfAfterTheDelay) {
    sim.setOutboundAnswerDelay(10ms);
    const QString id = sim.dialOutbound(QStringLiteral("+15555550199"), QString()).contactId;
    QSignalSpy changed(&sim, &CcpSimulator::changed);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(state(id), QStringLiteral("connected"));
}

TEST_F(CcpSimulatorTest, TransferKeepsTheInitialContactIdAndAttributes) {
    const QString first = placeInbound({{QStringLiteral("crmId"), QStringLiteral("CRM-4711")}});
    ASSERT_TRUE(sim.accept(first).ok());
    ASSERT_TRUE(sim.hangup(first).ok());
    ASSERT_TRUE(sim.clear(first).ok());

    CcpCallRequest transfer;
    transfer.transferOf = first;
    transfer.attributes = {{QStringLiteral("note"), QStringLiteral("warm")}};
    const CcpResult result = sim.placeCall(transfer);
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    const CcpContact *second = sim.contact(result.contactId);
    EXPECT_NE(second->contactId, first);
    EXPECT_EQ(second->initialContactId, first);
    EXPECT_EQ(second->initiationMethod, QStringLiteral("transfer"));
    EXPECT_EQ(second->customerPhone, QStringLiteral("+15555550123"));
    EXPECT_EQ(second->queueName, QStringLiteral("Support"));
    ASSERT_EQ(second->attributes.size(), 2);
    EXPECT_EQ(second->attributes.at(0).second, QStringLiteral("CRM-4711"));

    transfer.transferOf = QStringLiteral("unknown");
    EXPECT_EQ(sim.placeCall(transfer).status, CcpStatus::NotFound);
}

TEST_F(CcpSimulatorTest, VoiceConcurrencyAndRoutabilityAreEnforced) {
    const QString id = placeInbound();
    CcpCallRequest second;
    second.from = QStringLiteral("+15555550124");
    EXPECT_EQ(sim.placeCall(second).status, CcpStatus::Conflict);
    ASSERT_TRUE(sim.clear(id).ok());
    EXPECT_TRUE(sim.setAgentState(QStringLiteral("Lunch")).ok());
    EXPECT_EQ(sim.placeCall(second).status, CcpStatus::Conflict);
    EXPECT_EQ(sim.setAgentState(QStringLiteral("Nap")).status, CcpStatus::BadRequest);
    second.direction = QStringLiteral("sideways");
    EXPECT_EQ(sim.placeCall(second).status, CcpStatus::BadRequest);
}

TEST_F(CcpSimulatorTest, AgentStateTimestampsFollowChanges) {
    clock = clock.addSecs(60);
    ASSERT_TRUE(sim.setAgentState(QStringLiteral("Lunch")).ok());
    const QJsonObject snapshot = ccpSnapshotJson(sim);
    const QJsonObject agentState = snapshot.value(QStringLiteral("state")).toObject();
    EXPECT_EQ(agentState.value(QStringLiteral("name")).toString(), QStringLiteral("Lunch"));
    EXPECT_EQ(agentState.value(QStringLiteral("type")).toString(), QStringLiteral("not_routable"));
    EXPECT_EQ(agentState.value(QStringLiteral("startTimestamp")).toString(),
              QStringLiteral("2026-11-25T09:01:00.000Z"));
    EXPECT_EQ(snapshot.value(QStringLiteral("skew")).toInt(-1), 0);
    EXPECT_TRUE(snapshot.value(QStringLiteral("contacts")).isArray());
}

TEST_F(CcpSimulatorTest, ConfigurationHasWhatStreamsReads) {
    const QJsonObject configuration = ccpConfigurationJson(sim);
    EXPECT_EQ(configuration.value(QStringLiteral("name")).toString(), QStringLiteral("Sam Sandbox"));
    EXPECT_TRUE(
        configuration.value(QStringLiteral("agentARN")).toString().contains(QStringLiteral("/agent/")));
    const QJsonObject profile = configuration.value(QStringLiteral("routingProfile")).toObject();
    EXPECT_FALSE(profile.value(QStringLiteral("defaultOutboundQueue"))
                     .toObject()
                     .value(QStringLiteral("queueARN"))
                     .toString()
                     .isEmpty());
    bool hasAgentQueue = false;
    for (const QJsonValue &queue : profile.value(QStringLiteral("queues")).toArray())
        hasAgentQueue |= queue.toObject()
                             .value(QStringLiteral("queueARN"))
                             .toString()
                             .contains(QStringLiteral("/queue/agent/"));
    EXPECT_TRUE(hasAgentQueue);
    EXPECT_EQ(configuration.value(QStringLiteral("agentStates")).toArray().size(), 3);
}

} // namespace
