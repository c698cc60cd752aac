// The bridge in a real Qt WebEngine page (offscreen): what reaches C++, what is refused, and who can see the
// channel.
#include "ui/softphonebridge.h"
#include "ui/softphonepage.h"
#include "ui/softphonescripts.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

const QString kFixtureHtml = QStringLiteral("<!DOCTYPE html><html><body><p>fixture</p></body></html>");

SoftphoneConfig fixtureConfig() {
    SoftphoneConfig config;
    config.hostUrl = QUrl(QStringLiteral("https://host.example/agent/"));
    config.ccpUrl = QUrl(QStringLiteral("https://ccp.example/ccp-v2/"));
    return config; // no storage path: off the record
}

class BridgeInPage : public ::testing::Test {
protected:
    void SetUp() override {
        view = std::make_unique<SoftphoneView>(fixtureConfig(), &bridge,
                                               ExternalOpener([](const QUrl &) { return true; }));
    }
    void TearDown() override { view.reset(); }

    bool load(const QString &html, const QList<QWebEngineScript> &scripts) {
        QSignalSpy loaded(view.get(), &SoftphoneView::loadFinished);
        view->loadHostDocument(html, scripts);
        return waitUntil([&] { return !loaded.isEmpty(); }) && loaded.first().first().toBool();
    }

    QList<ContactEvent> received;
    SoftphoneBridge bridge{[this](const ContactEvent &event) {
        received << event;
    }};
    std::unique_ptr<SoftphoneView> view;
};

} // namespace

// A hostile or broken isolated-world script calls the slots directly: core's parser refuses, nothing crashes,
// the next valid event still arrives.
TEST_F(BridgeInPage, RefusesMalformedOversizedAndUnknownEventsAndKeepsWorking) {
    QJsonObject agentAction =
        QJsonDocument::fromJson(validContactEventJson(QStringLiteral("c-action")).toUtf8()).object();
    agentAction.insert(QStringLiteral("event"), QStringLiteral("agent_action"));
    agentAction.insert(
        QStringLiteral("action"),
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("attach")}, {QStringLiteral("ticketId"), 5}});
    const QString agentActionJson =
        QString::fromUtf8(QJsonDocument(agentAction).toJson(QJsonDocument::Compact));
    const QString script =
        QStringLiteral(
            "new QWebChannel(qt.webChannelTransport, function (channel) {"
            "  var bridge = channel.objects.bridge;"
            "  window.testBridge = bridge;"
            "  bridge.contactEvent('not json at all');"
            "  bridge.contactEvent('{\"event\":\"connecting\",\"x\":\"' + 'x'.repeat(70000) + '\"}');"
            "  bridge.contactEvent(JSON.stringify({event: 'exploded', at: '2026-11-25T10:00:00Z',"
            "                                     contact: {contactId: 'c-bad'}}));"
            "  bridge.contactEvent(%1);"
            "  bridge.contactEvent(42);"
            "  bridge.contactEvent(%2);"
            "});")
            .arg(jsString(agentActionJson), jsString(validContactEventJson(QStringLiteral("c-ok"))));
    const std::optional<QWebEngineScript> standIn = isolatedWorldScript(QStringLiteral("stand-in"), script);
    ASSERT_TRUE(standIn.has_value());
    ASSERT_TRUE(load(kFixtureHtml, {*standIn}));

    ASSERT_TRUE(waitUntil([&] { return received.size() == 1 && bridge.rejectedCount() == 5; }))
        << "received " << received.size() << ", refused " << bridge.rejectedCount()
        << ", last: " << bridge.lastRejection().toStdString();
    EXPECT_EQ(received.first().contact.contactId, QStringLiteral("c-ok"));
    EXPECT_EQ(bridge.acceptedCount(), 1);

    // Still working afterwards.
    evaluate(view->page(),
             QStringLiteral("window.testBridge.contactEvent(%1); true")
                 .arg(jsString(validContactEventJson(QStringLiteral("c-next"), QStringLiteral("connected")))),
             QWebEngineScript::ApplicationWorld);
    ASSERT_TRUE(waitUntil([&] { return received.size() == 2; }));
    EXPECT_EQ(received.last().contact.contactId, QStringLiteral("c-next"));
    EXPECT_EQ(received.last().kind, ContactEventKind::Connected);
}

TEST_F(BridgeInPage, RejectionReasonsAreSpecific) {
    ASSERT_TRUE(load(kFixtureHtml, {})); // the bridge answers only while the host document is shown
    QSignalSpy rejected(bridge.events(), &SoftphoneBridgeEvents::eventRejected);
    bridge.contactEvent(QString(SoftphoneBridge::kMaxMessageBytes + 1, QLatin1Char(' ')));
    EXPECT_TRUE(bridge.lastRejection().contains(QStringLiteral("too large")));
    bridge.contactEvent(QStringLiteral("{\"event\":\"exploded\"}"));
    EXPECT_TRUE(bridge.lastRejection().contains(QStringLiteral("unknown event")));
    bridge.agentState(QStringLiteral("[]"));
    bridge.log(QStringLiteral("shout"), QStringLiteral("hello"));
    EXPECT_TRUE(bridge.lastRejection().contains(QStringLiteral("unknown level")));
    EXPECT_EQ(bridge.rejectedCount(), 4);
    ASSERT_EQ(rejected.size(), 1); // reported once per rate window, the first one named
    EXPECT_TRUE(rejected.at(0).first().toString().contains(QStringLiteral("too large")));
    EXPECT_TRUE(received.isEmpty());
}

// The production bridge.js: page messages are delivered (queued until the channel is up, malformed ones
// dropped), and C++ dial requests reach the page.
TEST_F(BridgeInPage, ProductionBridgeScriptDeliversPageMessagesAndDials) {
    const std::optional<QString> bridgeJs = readResourceText(QStringLiteral(":/softphone/bridge.js"));
    ASSERT_TRUE(bridgeJs.has_value());
    const std::optional<QWebEngineScript> isolated = isolatedWorldScript(QStringLiteral("bridge"), *bridgeJs);
    ASSERT_TRUE(isolated.has_value());
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><body><script>"
            "window.addEventListener('message', function (e) {"
            "  if (typeof e.data === 'string' && e.data.indexOf('{\"callbridge\":\"dial\"') === 0)"
            "    window.lastDial = JSON.parse(e.data).payload.number;"
            "});"
            "function post(m) { window.postMessage(typeof m === 'string' ? m : JSON.stringify(m),"
            "                                      location.origin); }"
            "post('{\"callbridge\":\"contact-event\",\"payload\":{\"event\":\"bogus\"}}');"
            "post({callbridge: 'self-destruct', payload: {}});"
            "post({callbridge: 'contact-event', payload: %1});"
            "post({callbridge: 'agent-state', payload: {state: 'Available', agent: {name: 'Ann'}}});"
            "</script></body></html>")
            .arg(validContactEventJson(QStringLiteral("c-page")));
    QSignalSpy states(bridge.events(), &SoftphoneBridgeEvents::agentStateChanged);
    ASSERT_TRUE(load(html, {*isolated}));

    ASSERT_TRUE(waitUntil([&] { return !received.isEmpty() && !states.isEmpty(); }));
    EXPECT_EQ(received.size(), 1);
    EXPECT_EQ(received.first().contact.contactId, QStringLiteral("c-page"));
    EXPECT_EQ(states.first().at(0).toString(), QStringLiteral("Available"));

    QSignalSpy dials(&bridge, &SoftphoneBridge::dialRequested);
    bridge.dial(QStringLiteral("12345")); // not E.164: never leaves C++
    EXPECT_TRUE(dials.isEmpty());
    bridge.dial(QStringLiteral("+15551234567"));
    EXPECT_EQ(dials.size(), 1);
    EXPECT_TRUE(waitUntil([&] {
        return evaluate(view->page(), QStringLiteral("window.lastDial || ''")).toString()
               == QLatin1String("+15551234567");
    }));
}

TEST_F(BridgeInPage, MainWorldCannotSeeTheChannel) {
    const std::optional<QWebEngineScript> isolated =
        isolatedWorldScript(QStringLiteral("bridge"), QStringLiteral("/* channel only */"));
    ASSERT_TRUE(isolated.has_value());
    ASSERT_TRUE(load(kFixtureHtml, {*isolated}));
    const QString probe = QStringLiteral("(typeof qt === 'undefined' ? 'undefined' : typeof "
                                         "qt.webChannelTransport) + '/' + typeof QWebChannel");
    EXPECT_EQ(evaluate(view->page(), probe, QWebEngineScript::MainWorld).toString(),
              QStringLiteral("undefined/undefined"));
    EXPECT_EQ(evaluate(view->page(), probe, QWebEngineScript::ApplicationWorld).toString(),
              QStringLiteral("object/function"));
    EXPECT_EQ(evaluate(view->page(), QStringLiteral("location.origin")).toString(),
              QStringLiteral("https://host.example"));
}
