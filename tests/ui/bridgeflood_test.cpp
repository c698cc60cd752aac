// A page that floods the bridge: events beyond the rate limits are dropped, and the flood is logged once.
#include "ui/softphonebridge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;

namespace {

QString eventJson(const QString &contactId) {
    const QJsonObject contact{
        {QStringLiteral("contactId"), contactId},
        {QStringLiteral("type"), QStringLiteral("voice")},
        {QStringLiteral("direction"), QStringLiteral("inbound")},
        {QStringLiteral("customerPhone"), QStringLiteral("+15555550123")},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Q")}}},
        {QStringLiteral("attributes"), QJsonObject{}}};
    const QJsonObject root{
        {QStringLiteral("event"), QStringLiteral("connecting")},
        {QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
        {QStringLiteral("contact"), contact},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QStringList g_bridgeWarnings;

void captureBridge(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg && context.category && qstrcmp(context.category, "callbridge.ui.bridge") == 0)
        g_bridgeWarnings << message;
}

class BridgeFlood : public ::testing::Test {
protected:
    void SetUp() override {
        g_bridgeWarnings.clear();
        m_previous = qInstallMessageHandler(captureBridge);
    }
    void TearDown() override { qInstallMessageHandler(m_previous); }

    qint64 now = 0;
    int delivered = 0;
    SoftphoneBridge bridge{[this](const ContactEvent &) { ++delivered; },
                           [this] {
                               return now;
                           }};

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST_F(BridgeFlood, OneContactIsLimitedAndTheFloodIsLoggedOnce) {
    ASSERT_EQ(bridge.acceptedCount(), 0);
    const QString json = eventJson(QStringLiteral("c-flood"));
    constexpr int kFlood = SoftphoneBridge::kMaxCallsPerWindow - 50; // under the overall limit
    for (int i = 0; i < kFlood; ++i)
        bridge.contactEvent(json);
    EXPECT_EQ(delivered, SoftphoneBridge::kMaxContactEventsPerWindow);
    EXPECT_EQ(bridge.droppedCount(), kFlood - SoftphoneBridge::kMaxContactEventsPerWindow);
    ASSERT_EQ(g_bridgeWarnings.size(), 1) << g_bridgeWarnings.join(u'\n').toStdString();
    EXPECT_TRUE(g_bridgeWarnings.first().contains(QStringLiteral("flood")));

    bridge.contactEvent(eventJson(QStringLiteral("c-other"))); // another contact is not held up
    EXPECT_EQ(delivered, SoftphoneBridge::kMaxContactEventsPerWindow + 1);

    now += SoftphoneBridge::kRateWindowMs; // calm again: one line saying how many were dropped
    bridge.contactEvent(json);
    EXPECT_EQ(delivered, SoftphoneBridge::kMaxContactEventsPerWindow + 2);
    ASSERT_EQ(g_bridgeWarnings.size(), 2);
    EXPECT_TRUE(g_bridgeWarnings.last().contains(
        QStringLiteral("%1 call(s) dropped").arg(kFlood - SoftphoneBridge::kMaxContactEventsPerWindow)))
        << g_bridgeWarnings.last().toStdString();
}

TEST_F(BridgeFlood, EverySlotTogetherIsLimited) {
    for (int i = 0; i < 5000; ++i) {
        bridge.contactEvent(eventJson(QStringLiteral("c-%1").arg(i))); // a new contact each time
        bridge.log(QStringLiteral("info"), QStringLiteral("noise"));
    }
    EXPECT_EQ(delivered, SoftphoneBridge::kMaxCallsPerWindow / 2);
    EXPECT_EQ(bridge.droppedCount(), 10000 - SoftphoneBridge::kMaxCallsPerWindow);
    EXPECT_EQ(g_bridgeWarnings.size(), 1) << g_bridgeWarnings.join(u'\n').toStdString();
}

TEST_F(BridgeFlood, RefusedMessagesAreLoggedOncePerWindowWithACount) {
    QStringList reported;
    QObject::connect(bridge.events(), &SoftphoneBridgeEvents::eventRejected, &bridge,
                     [&reported](const QString &reason) { reported << reason; });
    for (int i = 0; i < 50; ++i)
        bridge.contactEvent(QStringLiteral("{\"event\":\"exploded\"}"));
    EXPECT_EQ(bridge.rejectedCount(), 50);
    ASSERT_EQ(g_bridgeWarnings.size(), 1) << g_bridgeWarnings.join(u'\n').toStdString();
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported.first().contains(QStringLiteral("unknown event"))) << reported.first().toStdString();

    now += SoftphoneBridge::kRateWindowMs; // the next refusal is reported with the count of the quiet ones
    bridge.agentState(QStringLiteral("[]"));
    ASSERT_EQ(reported.size(), 2);
    EXPECT_TRUE(reported.last().contains(QStringLiteral("and 49 more refused")))
        << reported.last().toStdString();
    EXPECT_EQ(g_bridgeWarnings.size(), 2);
    EXPECT_EQ(delivered, 0);
}

TEST_F(BridgeFlood, AnAgentNameCannotReverseOrBreakTheStatusLine) {
    QStringList names;
    QObject::connect(bridge.events(), &SoftphoneBridgeEvents::agentStateChanged, &bridge,
                     [&names](const QString &, const QString &name) { names << name; });
    bridge.agentState(
        QStringLiteral("{\"state\":\"Available\",\"agent\":{\"name\":\"Ann\\u202Etxet\\nforged\"}}"));
    ASSERT_EQ(names.size(), 1);
    EXPECT_FALSE(names.first().contains(QChar(0x202E)));
    EXPECT_FALSE(names.first().contains(u'\n'));
    EXPECT_TRUE(names.first().startsWith(QStringLiteral("Ann"))) << names.first().toStdString();
}
