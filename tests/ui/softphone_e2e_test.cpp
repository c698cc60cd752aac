// End to end, offscreen: a call placed through the sandbox's control API → amazon-connect-streams in the
// production host page → bridge.js (isolated world) → SoftphoneBridge → core → a ticket in the sandbox's
// Zendesk that carries the call's attributes. Everything runs in this process: the sandbox server, the web
// view and core.
//
// CALLBRIDGE_UI_SCREENSHOT=<file.png> also saves a screenshot of the main window during the call (run under
// xvfb-run with QT_QPA_PLATFORM=xcb for a real one).
#include "ccproutes.h"
#include "ccpsimulator.h"
#include "engine/callengine.h"
#include "engine/linkmemory.h"
#include "sandbox/sandboxapp.h"
#include "ui/contactpanel.h"
#include "ui/mainwindow.h"
#include "ui/softphonebridge.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"
#include "zendesk/httpgateway.h"
#include "zendesk/zendeskclient.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

constexpr int kCallTimeoutMs = 30'000;

struct HttpAnswer {
    int status = 0;
    QJsonObject json;
};

// One request to the sandbox, waited for (bounded).
HttpAnswer request(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                   const QJsonObject &body = {}, bool zendeskAuth = false) {
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (zendeskAuth)
        req.setRawHeader("Authorization",
                         "Basic " + QByteArrayLiteral("agent@example.com/token:sandbox").toBase64());
    QNetworkReply *reply = network.sendCustomRequest(
        req, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitUntil([reply] { return reply->isFinished(); }, kCallTimeoutMs);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

class SoftphoneEndToEnd : public ::testing::Test {
protected:
    void SetUp() override {
        registerCcpRoutes(sandbox.server(), ccp);
        sandbox::SandboxOptions options;
        options.ephemeral = true;
        QString error;
        ASSERT_TRUE(sandbox.start(options, &error)) << error.toStdString();
        base = sandbox.baseUrl();

        settings.zendeskUrl = base;
        settings.zendeskEmail = QStringLiteral("agent@example.com");
        settings.hostOrigin = base.toString();
        settings.connectInstanceUrl = base;
        zendesk::ClientConfig config;
        config.baseUrl = base;
        config.email = settings.zendeskEmail;
        config.apiToken = QStringLiteral("sandbox");
        client = std::make_unique<zendesk::ZendeskClient>(config);
        gateway = std::make_unique<zendesk::HttpGateway>(*client);
        engine = std::make_unique<CallEngine>(*gateway, settings, clock, memory);
        bridge =
            std::make_unique<SoftphoneBridge>([this](const ContactEvent &event) { engine->handle(event); });
        auto *view = new SoftphoneView(softphoneConfigForSandbox(base), bridge.get(),
                                       ExternalOpener([](const QUrl &) { return false; }));
        window = std::make_unique<MainWindow>(*engine, *bridge, view, false);
        window->setWindowTitle(QStringLiteral("Callbridge — sandbox %1").arg(base.toString()));
        window->setZendeskUrl(base);
    }

    void TearDown() override {
        window.reset(); // page and profile before the bridge and core
        bridge.reset();
        engine.reset();
        gateway.reset();
        client.reset();
    }

    QUrl url(const QString &path) const { return base.resolved(QUrl(path)); }

    void saveScreenshotIfAsked() {
        const QString path = qEnvironmentVariable("CALLBRIDGE_UI_SCREENSHOT");
        if (path.isEmpty())
            return;
        QTest::qWait(1500); // let the web view paint the call (only for the optional screenshot)
        QPixmap shot;
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            shot = QGuiApplication::primaryScreen()->grabWindow(0); // the real X screen
        if (shot.isNull())
            shot = window->grab();
        EXPECT_TRUE(shot.save(path)) << path.toStdString();
    }

    sandbox::Sandbox sandbox;
    sandbox::CcpSimulator ccp;
    QUrl base;
    Settings settings;
    SystemClock clock;
    InMemoryLinkMemory memory;
    std::unique_ptr<zendesk::ZendeskClient> client;
    std::unique_ptr<zendesk::HttpGateway> gateway;
    std::unique_ptr<CallEngine> engine;
    std::unique_ptr<SoftphoneBridge> bridge;
    std::unique_ptr<MainWindow> window;
    QNetworkAccessManager network;
};

} // namespace

TEST_F(SoftphoneEndToEnd, CallPlacedInTheSandboxBecomesATicketWithItsAttributes) {
    QSignalSpy ready(engine.get(), &CallEngine::ready);
    QSignalSpy fatal(engine.get(), &CallEngine::fatalError);
    QSignalSpy agentStates(bridge->events(), &SoftphoneBridgeEvents::agentStateChanged);
    QList<ContactEvent> events;
    QList<CallOutcome> outcomes;
    QObject::connect(bridge->events(), &SoftphoneBridgeEvents::contactEventAccepted, window.get(),
                     [&events](const ContactEvent &event) { events << event; });
    QObject::connect(engine.get(), &CallEngine::outcome, window.get(),
                     [&outcomes](const CallOutcome &outcome) { outcomes << outcome; });

    engine->start();
    QString problem;
    ASSERT_TRUE(window->softphone()->load(&problem)) << problem.toStdString();
    window->show();
    ASSERT_TRUE(waitUntil([&] { return !ready.isEmpty() || !fatal.isEmpty(); }, kCallTimeoutMs));
    ASSERT_TRUE(fatal.isEmpty()) << fatal.first().first().toString().toStdString();
    // Streams has done its handshake with the simulated CCP and reports the agent.
    ASSERT_TRUE(waitUntil([&] { return !agentStates.isEmpty(); }, kCallTimeoutMs))
        << "bridge refused " << bridge->rejectedCount() << ": " << bridge->lastRejection().toStdString();

    const HttpAnswer placed =
        request(network, "POST", url(QStringLiteral("/sandbox/calls")),
                {{QStringLiteral("from"), QStringLiteral("+15555550199")},
                 {QStringLiteral("attributes"),
                  QJsonObject{{QStringLiteral("crmId"), QStringLiteral("CRM-4711")},
                              {QStringLiteral("customerName"), QStringLiteral("Ada Lovelace")}}}});
    ASSERT_EQ(placed.status, 201);
    const QString contactId = placed.json.value(QStringLiteral("contactId")).toString();
    ASSERT_FALSE(contactId.isEmpty());

    const auto sawEvent = [&](ContactEventKind kind) {
        return std::any_of(events.cbegin(), events.cend(), [&](const ContactEvent &e) {
            return e.contact.contactId == contactId && e.kind == kind;
        });
    };
    ASSERT_TRUE(waitUntil([&] { return sawEvent(ContactEventKind::Connecting); }, kCallTimeoutMs));
    ASSERT_EQ(
        request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/accept").arg(contactId))).status,
        200);
    ASSERT_TRUE(waitUntil([&] { return sawEvent(ContactEventKind::Connected); }, kCallTimeoutMs));

    const auto ticketOutcome = [&]() -> const CallOutcome * {
        for (const CallOutcome &o : outcomes) {
            if (o.contactId == contactId && o.ticketId > 0)
                return &o;
        }
        return nullptr;
    };
    ASSERT_TRUE(waitUntil([&] { return ticketOutcome() != nullptr; }, kCallTimeoutMs))
        << "outcomes: " << outcomes.size()
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.toStdString());
    const qint64 ticketId = ticketOutcome()->ticketId;
    EXPECT_EQ(ticketOutcome()->outcome, Outcome::TicketCreated);
    ASSERT_GE(window->contactPanel()->outcomeCount(), 1);
    EXPECT_TRUE(window->contactPanel()->outcomeText(0).contains(QStringLiteral("#%1").arg(ticketId)))
        << window->contactPanel()->outcomeText(0).toStdString();
    saveScreenshotIfAsked();

    // The ticket is findable by the call's id and its comment carries the call's attributes.
    const HttpAnswer byCall = request(
        network, "GET", url(QStringLiteral("/api/v2/tickets?external_id=%1").arg(contactId)), {}, true);
    ASSERT_EQ(byCall.status, 200);
    const QJsonArray tickets = byCall.json.value(QStringLiteral("tickets")).toArray();
    ASSERT_EQ(tickets.size(), 1);
    EXPECT_EQ(tickets.first().toObject().value(QStringLiteral("id")).toInteger(), ticketId);
    const HttpAnswer comments =
        request(network, "GET", url(QStringLiteral("/api/v2/tickets/%1/comments").arg(ticketId)), {}, true);
    ASSERT_EQ(comments.status, 200);
    const QString allComments =
        QString::fromUtf8(QJsonDocument(comments.json.value(QStringLiteral("comments")).toArray()).toJson());
    EXPECT_TRUE(allComments.contains(QStringLiteral("CRM-4711"))) << allComments.toStdString();
    EXPECT_TRUE(allComments.contains(contactId));

    // Hanging up ends the call in the page, the bridge and core, without a second ticket.
    ASSERT_EQ(
        request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/hangup").arg(contactId))).status,
        200);
    ASSERT_TRUE(waitUntil([&] { return sawEvent(ContactEventKind::Ended); }, kCallTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return engine->isIdle(); }, kCallTimeoutMs));
    const HttpAnswer after = request(
        network, "GET", url(QStringLiteral("/api/v2/tickets?external_id=%1").arg(contactId)), {}, true);
    EXPECT_EQ(after.json.value(QStringLiteral("tickets")).toArray().size(), 1);
    EXPECT_EQ(bridge->rejectedCount(), 0) << bridge->lastRejection().toStdString();
}
