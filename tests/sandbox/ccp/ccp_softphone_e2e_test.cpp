// End to end: the sandbox's simulated CCP → the real, unmodified amazon-connect-streams in the production
// host page (resources/softphone) in Qt WebEngine → bridge.js in an isolated world → QWebChannel → C++.
#include "ccp_testbridge.h"
#include "ccproutes.h"
#include "ccpsimulator.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge::sandbox;
using namespace std::chrono_literals;

namespace {

constexpr int kHandshakeMs = 30000;
constexpr int kEventMs = 15000;

QString readResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QWebEngineScript script(const QString &name, const QString &source, quint32 world) {
    QWebEngineScript s;
    s.setName(name);
    s.setSourceCode(source);
    s.setInjectionPoint(QWebEngineScript::DocumentCreation);
    s.setWorldId(world);
    s.setRunsOnSubFrames(false);
    return s;
}

// What the app does (README.md "Loading the page"): config, Streams and host.js in the main world; Qt's
// qwebchannel.js and bridge.js in the isolated ApplicationWorld.
void installSoftphoneScripts(QWebEngineScriptCollection &scripts, const QJsonObject &config) {
    const QString configJs =
        QStringLiteral("window.callbridgeConfig = Object.freeze(%1);")
            .arg(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    scripts.insert(script(QStringLiteral("callbridge-config"), configJs, QWebEngineScript::MainWorld));
    scripts.insert(script(QStringLiteral("connect-streams"),
                          readResource(QStringLiteral(":/softphone/connect-streams-min.js")),
                          QWebEngineScript::MainWorld));
    scripts.insert(script(QStringLiteral("callbridge-host"),
                          readResource(QStringLiteral(":/softphone/host.js")), QWebEngineScript::MainWorld));
    scripts.insert(script(QStringLiteral("qwebchannel"),
                          readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js")),
                          QWebEngineScript::ApplicationWorld));
    scripts.insert(script(QStringLiteral("callbridge-bridge"),
                          readResource(QStringLiteral(":/softphone/bridge.js")),
                          QWebEngineScript::ApplicationWorld));
}

class SoftphoneEndToEnd : public ::testing::Test {
protected:
    void SetUp() override {
        simulator.setRingTimeout(0ms);
        simulator.setOutboundAnswerDelay(0ms);
        registerCcpRoutes(server, simulator);
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0)) << server.errorString().toStdString();
        base = server.baseUrl();

        channel.registerObject(QStringLiteral("bridge"), &bridge);
        page->setWebChannel(&channel, QWebEngineScript::ApplicationWorld);
        const QJsonObject config{
            {QStringLiteral("ccpUrl"), base.resolved(QUrl(QStringLiteral("/ccp-v2/"))).toString()},
            {QStringLiteral("region"), QStringLiteral("us-east-1")},
            {QStringLiteral("disableRingtone"), true}};
        installSoftphoneScripts(page->scripts(), config);
        const QString html = readResource(QStringLiteral(":/softphone/host.html"));
        ASSERT_FALSE(html.isEmpty());
        // In sandbox mode the approved origin is the sandbox's own.
        page->setHtml(html, base.resolved(QUrl(QStringLiteral("/agent/"))));
        ASSERT_TRUE(bridge.waitForAgentState(kHandshakeMs)) << "Streams never reported the agent";
    }

    QJsonObject post(const QString &path, const QJsonObject &body = {}) {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, QJsonDocument(body).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(kEventMs));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        EXPECT_TRUE(status >= 200 && status < 300)
            << path.toStdString() << " " << status << " " << data.toStdString();
        return QJsonDocument::fromJson(data).object();
    }

    QVariant evaluate(const QString &js, quint32 world) {
        QVariant result;
        bool done = false;
        page->runJavaScript(js, world, [&](const QVariant &value) {
            result = value;
            done = true;
        });
        QDeadlineTimer deadline(kEventMs);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return result;
    }

    QJsonObject waitFor(const QString &event, const QString &contactId, qsizetype after = 0) {
        return bridge.waitForContactEvent(
            [&, seen = qsizetype(0)](const QJsonObject &e) mutable {
                return seen++ >= after && e.value(QStringLiteral("event")).toString() == event
                       && e.value(QStringLiteral("contact"))
                                  .toObject()
                                  .value(QStringLiteral("contactId"))
                                  .toString()
                              == contactId;
            },
            kEventMs);
    }

    CcpSimulator simulator;
    SandboxServer server;
    QUrl base;
    QNetworkAccessManager network;
    TestBridge bridge;
    QWebChannel channel;
    QWebEngineProfile profile; // off the record
    std::unique_ptr<LoggingPage> page = std::make_unique<LoggingPage>(&profile);
};

TEST_F(SoftphoneEndToEnd, InboundCallReachesCppWithItsAttributes) {
    const QJsonObject agentState = bridge.agentStates.first();
    EXPECT_EQ(agentState.value(QStringLiteral("state")).toString(), QStringLiteral("Available"));
    EXPECT_EQ(agentState.value(QStringLiteral("agent")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Sam Sandbox"));

    const QString id = post(QStringLiteral("/sandbox/calls"),
                            {{QStringLiteral("from"), QStringLiteral("+15555550123")},
                             {QStringLiteral("to"), QStringLiteral("+15550100000")},
                             {QStringLiteral("direction"), QStringLiteral("inbound")},
                             {QStringLiteral("queue"), QStringLiteral("Support")},
                             {QStringLiteral("attributes"),
                              QJsonObject{{QStringLiteral("customerName"), QStringLiteral("Ada Lovelace")},
                                          {QStringLiteral("crmId"), QStringLiteral("CRM-4711")}}}})
                           .value(QStringLiteral("contactId"))
                           .toString();
    ASSERT_FALSE(id.isEmpty());

    const QJsonObject connecting = waitFor(QStringLiteral("connecting"), id);
    ASSERT_FALSE(connecting.isEmpty()) << "no connecting event";
    const QJsonObject contact = connecting.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(contact.value(QStringLiteral("initialContactId")).toString(), id);
    EXPECT_EQ(contact.value(QStringLiteral("type")).toString(), QStringLiteral("voice"));
    EXPECT_EQ(contact.value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
    EXPECT_EQ(contact.value(QStringLiteral("initiationMethod")).toString(), QStringLiteral("inbound"));
    EXPECT_EQ(contact.value(QStringLiteral("customerPhone")).toString(), QStringLiteral("+15555550123"));
    EXPECT_EQ(contact.value(QStringLiteral("systemPhone")).toString(), QStringLiteral("+15550100000"));
    EXPECT_EQ(contact.value(QStringLiteral("queue")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Support"));
    EXPECT_FALSE(contact.value(QStringLiteral("monitoring")).toBool(true));
    const QJsonObject attributes = contact.value(QStringLiteral("attributes")).toObject();
    EXPECT_EQ(attributes.value(QStringLiteral("customerName")).toString(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(attributes.value(QStringLiteral("crmId")).toString(), QStringLiteral("CRM-4711"));
    const QJsonObject agent = connecting.value(QStringLiteral("agent")).toObject();
    EXPECT_EQ(agent.value(QStringLiteral("username")).toString(), QStringLiteral("sam.sandbox"));
    EXPECT_EQ(agent.value(QStringLiteral("routingProfile")).toString(),
              QStringLiteral("Basic Routing Profile"));
    EXPECT_EQ(agent.value(QStringLiteral("extension")).toString(), QStringLiteral("softphone"));
    EXPECT_TRUE(QDateTime::fromString(connecting.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                    .isValid());

    post(QStringLiteral("/sandbox/contacts/%1/accept").arg(id));
    const QJsonObject connected = waitFor(QStringLiteral("connected"), id);
    ASSERT_FALSE(connected.isEmpty()) << "no connected event";
    EXPECT_EQ(connected.value(QStringLiteral("contact"))
                  .toObject()
                  .value(QStringLiteral("attributes"))
                  .toObject()
                  .value(QStringLiteral("crmId"))
                  .toString(),
              QStringLiteral("CRM-4711"));

    // A reload mid-call re-reports the contact in its current state.
    const qsizetype before = bridge.contactEvents.size();
    page->triggerAction(QWebEnginePage::Reload);
    ASSERT_FALSE(waitFor(QStringLiteral("connected"), id, before).isEmpty())
        << "not re-reported after reload";

    post(QStringLiteral("/sandbox/contacts/%1/hangup").arg(id));
    EXPECT_FALSE(waitFor(QStringLiteral("acw"), id).isEmpty());
    EXPECT_FALSE(waitFor(QStringLiteral("ended"), id).isEmpty());
    post(QStringLiteral("/sandbox/contacts/%1/clear").arg(id));
    const QJsonObject destroyed = waitFor(QStringLiteral("destroyed"), id);
    ASSERT_FALSE(destroyed.isEmpty());
    EXPECT_EQ(destroyed.value(QStringLiteral("contact"))
                  .toObject()
                  .value(QStringLiteral("customerPhone"))
                  .toString(),
              QStringLiteral("+15555550123"));
}

TEST_F(SoftphoneEndToEnd, RejectedCallIsMissed) {
    const QString id =
        post(QStringLiteral("/sandbox/calls"), {{QStringLiteral("from"), QStringLiteral("+15555550124")}})
            .value(QStringLiteral("contactId"))
            .toString();
    ASSERT_FALSE(waitFor(QStringLiteral("connecting"), id).isEmpty());
    post(QStringLiteral("/sandbox/contacts/%1/reject").arg(id));
    EXPECT_FALSE(waitFor(QStringLiteral("missed"), id).isEmpty());
}

TEST_F(SoftphoneEndToEnd, DialRequestPlacesAnOutboundCall) {
    Q_EMIT bridge.dialRequested(QStringLiteral("+15555550199"));
    const QJsonObject connecting = bridge.waitForContactEvent(
        [](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == QLatin1String("connecting");
        },
        kEventMs);
    ASSERT_FALSE(connecting.isEmpty()) << "no outbound contact";
    const QJsonObject contact = connecting.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(contact.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    EXPECT_EQ(contact.value(QStringLiteral("customerPhone")).toString(), QStringLiteral("+15555550199"));

    // Not E.164: refused by the bridge, and nothing is dialled.
    Q_EMIT bridge.dialRequested(QStringLiteral("0800 FLOWERS"));
    EXPECT_TRUE(bridge.waitForLog(QStringLiteral("dial refused"), kEventMs));
    EXPECT_EQ(simulator.allContacts().size(), 1);
}

TEST_F(SoftphoneEndToEnd, ChannelIsOnlyVisibleInTheIsolatedWorld) {
    EXPECT_EQ(evaluate(QStringLiteral("typeof qt"), QWebEngineScript::MainWorld).toString(),
              QStringLiteral("undefined"));
    EXPECT_EQ(evaluate(QStringLiteral("typeof connect"), QWebEngineScript::MainWorld).toString(),
              QStringLiteral("object"));
    EXPECT_EQ(evaluate(QStringLiteral("typeof qt.webChannelTransport"), QWebEngineScript::ApplicationWorld)
                  .toString(),
              QStringLiteral("object"));
    EXPECT_EQ(evaluate(QStringLiteral("typeof connect"), QWebEngineScript::ApplicationWorld).toString(),
              QStringLiteral("undefined"));
}

TEST_F(SoftphoneEndToEnd, MalformedPageMessagesAreDroppedAndTheBridgeKeepsWorking) {
    const qsizetype before = bridge.contactEvents.size();
    evaluate(QStringLiteral(R"(
        window.postMessage('{"callbridge":"contact-event","payload":{"event":"hacked"}}', '*');
        window.postMessage('{"callbridge":"launchMissiles","payload":{}}', '*');
        window.postMessage('{"callbridge":"contact-event","payload":' + 'x'.repeat(300000) + '}', '*');
    )"),
             QWebEngineScript::MainWorld);
    EXPECT_TRUE(bridge.waitForLog(QStringLiteral("dropped"), kEventMs));
    EXPECT_EQ(bridge.contactEvents.size(), before);

    const QString id =
        post(QStringLiteral("/sandbox/calls"), {{QStringLiteral("from"), QStringLiteral("+15555550125")}})
            .value(QStringLiteral("contactId"))
            .toString();
    EXPECT_FALSE(waitFor(QStringLiteral("connecting"), id).isEmpty());
}

} // namespace
