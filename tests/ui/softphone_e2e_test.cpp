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
#include "sandbox/sandboxapp.h"
#include "stack/corestack.h"
#include "ui/contactpanel.h"
#include "ui/mainwindow.h"
#include "ui/softphonebridge.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
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
    void SetUp() override { setUpWith(TicketAssignment::Auto); }

    void setUpWith(TicketAssignment assignment, bool medialess = false) {
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
        settings.ticketAssignment = assignment;
        // The core the app ships: client, gateway, durable outbox (in memory: a sandbox is as fresh as the
        // test) and engine, built by the same composition root.
        CoreOptions core;
        core.settings = settings;
        core.apiToken = QStringLiteral("sandbox");
        stack = std::make_unique<CoreStack>();
        ASSERT_EQ(stack->build(core), QString());
        engine = &stack->engine();
        bridge =
            std::make_unique<SoftphoneBridge>([this](const ContactEvent &event) { engine->handle(event); });
        SoftphoneConfig softphone = softphoneConfigForSandbox(base);
        softphone.medialess = medialess;
        auto *view =
            new SoftphoneView(softphone, bridge.get(), ExternalOpener([](const QUrl &) { return false; }));
        window = std::make_unique<MainWindow>(*engine, stack->directory(), *bridge, view,
                                              assignment == TicketAssignment::Agent);
        window->setWindowTitle(QStringLiteral("Callbridge — sandbox %1").arg(base.toString()));
        window->setZendeskUrl(base);
    }

    void TearDown() override {
        window.reset(); // page and profile before the bridge and core
        bridge.reset();
        engine = nullptr;
        stack.reset();
    }

    QUrl url(const QString &path) const { return base.resolved(QUrl(path)); }

    void saveScreenshotIfAsked() {
        const QString path = qEnvironmentVariable("CALLBRIDGE_UI_SCREENSHOT");
        if (path.isEmpty())
            return;
        QTest::qWait(1500); // let the web view paint the call (only for the optional screenshot)
        QPixmap shot;
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            shot = QGuiApplication::primaryScreen()->grabWindow(0, window->x(), window->y(), window->width(),
                                                                window->height()); // the window as X shows it
        if (shot.isNull())
            shot = window->grab();
        EXPECT_TRUE(shot.save(path)) << path.toStdString();
    }

    // Starts core and the softphone, and waits until Streams has done its handshake with the simulated CCP.
    void startApp() {
        QObject::connect(bridge->events(), &SoftphoneBridgeEvents::contactEventAccepted, window.get(),
                         [this](const ContactEvent &event) { events << event; });
        QObject::connect(engine, &CallEngine::outcome, window.get(),
                         [this](const CallOutcome &outcome) { outcomes << outcome; });
        QSignalSpy ready(engine, &CallEngine::ready);
        QSignalSpy fatal(engine, &CallEngine::fatalError);
        QSignalSpy agentStates(bridge->events(), &SoftphoneBridgeEvents::agentStateChanged);
        engine->start();
        QString problem;
        ASSERT_TRUE(window->softphone()->load(&problem)) << problem.toStdString();
        window->show();
        ASSERT_TRUE(waitUntil([&] { return !ready.isEmpty() || !fatal.isEmpty(); }, kCallTimeoutMs));
        ASSERT_TRUE(fatal.isEmpty()) << fatal.first().first().toString().toStdString();
        ASSERT_TRUE(waitUntil([&] { return !agentStates.isEmpty(); }, kCallTimeoutMs))
            << "bridge refused " << bridge->rejectedCount() << ": " << bridge->lastRejection().toStdString();
    }

    bool sawEvent(const QString &contactId, ContactEventKind kind) const {
        return std::any_of(events.cbegin(), events.cend(), [&](const ContactEvent &e) {
            return e.contact.contactId == contactId && e.kind == kind;
        });
    }

    const CallOutcome *outcomeFor(const QString &contactId,
                                  const std::function<bool(const CallOutcome &)> &match) {
        for (const CallOutcome &o : std::as_const(outcomes)) {
            if (o.contactId == contactId && match(o))
                return &o;
        }
        return nullptr;
    }

    // Places an inbound call through the control API, accepts it, and returns its contact id once connected.
    QString placeAndAcceptCall(const QString &from, const QJsonObject &attributes) {
        const HttpAnswer placed =
            request(network, "POST", url(QStringLiteral("/sandbox/calls")),
                    {{QStringLiteral("from"), from}, {QStringLiteral("attributes"), attributes}});
        EXPECT_EQ(placed.status, 201);
        const QString contactId = placed.json.value(QStringLiteral("contactId")).toString();
        EXPECT_TRUE(
            waitUntil([&] { return sawEvent(contactId, ContactEventKind::Connecting); }, kCallTimeoutMs));
        EXPECT_EQ(request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/accept").arg(contactId)))
                      .status,
                  200);
        EXPECT_TRUE(
            waitUntil([&] { return sawEvent(contactId, ContactEventKind::Connected); }, kCallTimeoutMs));
        return contactId;
    }

    QJsonArray ticketsOfCall(const QString &contactId) {
        const HttpAnswer answer = request(
            network, "GET", url(QStringLiteral("/api/v2/tickets?external_id=%1").arg(contactId)), {}, true);
        EXPECT_EQ(answer.status, 200);
        return answer.json.value(QStringLiteral("tickets")).toArray();
    }

    QList<ContactEvent> events;
    QList<CallOutcome> outcomes;
    sandbox::Sandbox sandbox;
    sandbox::CcpSimulator ccp;
    QUrl base;
    Settings settings;
    std::unique_ptr<CoreStack> stack;
    CallEngine *engine = nullptr;
    std::unique_ptr<SoftphoneBridge> bridge;
    std::unique_ptr<MainWindow> window;
    QNetworkAccessManager network;
};

} // namespace

TEST_F(SoftphoneEndToEnd, CallPlacedInTheSandboxBecomesATicketWithItsAttributes) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const QString contactId = placeAndAcceptCall(
        QStringLiteral("+15555550199"), {{QStringLiteral("crmId"), QStringLiteral("CRM-4711")},
                                         {QStringLiteral("customerName"), QStringLiteral("Ada Lovelace")}});
    ASSERT_FALSE(contactId.isEmpty());

    const auto withTicket = [](const CallOutcome &o) {
        return o.ticketId > 0;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, withTicket) != nullptr; }, kCallTimeoutMs))
        << "outcomes: " << outcomes.size()
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.english().toStdString());
    const CallOutcome outcome = *outcomeFor(contactId, withTicket);
    EXPECT_EQ(outcome.outcome, Outcome::TicketCreated);
    ASSERT_GE(window->contactPanel()->outcomeCount(), 1);
    EXPECT_TRUE(window->contactPanel()->outcomeText(0).contains(QStringLiteral("#%1").arg(outcome.ticketId)))
        << window->contactPanel()->outcomeText(0).toStdString();
    saveScreenshotIfAsked();

    // The ticket is findable by the call's id and its comment carries the call's attributes.
    const QJsonArray tickets = ticketsOfCall(contactId);
    ASSERT_EQ(tickets.size(), 1);
    EXPECT_EQ(tickets.first().toObject().value(QStringLiteral("id")).toInteger(), outcome.ticketId);
    const HttpAnswer comments = request(
        network, "GET", url(QStringLiteral("/api/v2/tickets/%1/comments").arg(outcome.ticketId)), {}, true);
    ASSERT_EQ(comments.status, 200);
    const QString allComments =
        QString::fromUtf8(QJsonDocument(comments.json.value(QStringLiteral("comments")).toArray()).toJson());
    EXPECT_TRUE(allComments.contains(QStringLiteral("CRM-4711"))) << allComments.toStdString();
    EXPECT_TRUE(allComments.contains(contactId));

    // Hanging up ends the call in the page, the bridge and core, without a second ticket.
    ASSERT_EQ(
        request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/hangup").arg(contactId))).status,
        200);
    ASSERT_TRUE(waitUntil([&] { return sawEvent(contactId, ContactEventKind::Ended); }, kCallTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return engine->isIdle(); }, kCallTimeoutMs));
    EXPECT_EQ(ticketsOfCall(contactId).size(), 1);
    EXPECT_EQ(bridge->rejectedCount(), 0) << bridge->lastRejection().toStdString();
}

class SoftphoneEndToEndMedialess : public SoftphoneEndToEnd {
protected:
    void SetUp() override { setUpWith(TicketAssignment::Auto, true); }
};

// Media-less (VDI): the view carries no call audio, but the call's events still reach core and it is linked.
TEST_F(SoftphoneEndToEndMedialess, MedialessSoftphoneStillLinksTheCall) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const QString contactId = placeAndAcceptCall(QStringLiteral("+15555550198"), {});
    ASSERT_FALSE(contactId.isEmpty());
    const auto withTicket = [](const CallOutcome &o) {
        return o.ticketId > 0;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, withTicket) != nullptr; }, kCallTimeoutMs));
    EXPECT_EQ(outcomeFor(contactId, withTicket)->outcome, Outcome::TicketCreated);
    EXPECT_EQ(ticketsOfCall(contactId).size(), 1);
}

class SoftphoneEndToEndAgentMode : public SoftphoneEndToEnd {
protected:
    void SetUp() override { setUpWith(TicketAssignment::Agent); }
};

// Agent mode: nothing automatic; the agent's "Create ticket" in the panel becomes an agent_action for core.
TEST_F(SoftphoneEndToEndAgentMode, CreateTicketButtonCreatesTheTicketForTheCall) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const QString contactId = placeAndAcceptCall(QStringLiteral("+15555550177"),
                                                 {{QStringLiteral("crmId"), QStringLiteral("CRM-77")}});
    ASSERT_FALSE(contactId.isEmpty());
    ASSERT_TRUE(waitUntil(
        [&] {
            return outcomeFor(contactId,
                              [](const CallOutcome &o) { return o.outcome == Outcome::AgentMode; });
        },
        kCallTimeoutMs));
    EXPECT_TRUE(ticketsOfCall(contactId).isEmpty());

    auto *create = window->findChild<QPushButton *>(QStringLiteral("createTicket"));
    ASSERT_NE(create, nullptr);
    ASSERT_TRUE(create->isVisible());
    ASSERT_TRUE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    const auto created = [](const CallOutcome &o) {
        return o.ticketId > 0;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, created) != nullptr; }, kCallTimeoutMs))
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.english().toStdString());
    EXPECT_EQ(ticketsOfCall(contactId).size(), 1);
    EXPECT_TRUE(waitUntil([&] { return !create->isEnabled(); }, kCallTimeoutMs))
        << "linked: no second ticket offered";
    saveScreenshotIfAsked();
}

// Agent mode, a known caller: the card names them and the panel lists their tickets before the agent does
// anything; choosing one and pressing "Attach to ticket" adds the call to it.
TEST_F(SoftphoneEndToEndAgentMode, AttachToTheCallersTicketByPressingTheButtons) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const QString contactId = placeAndAcceptCall(QStringLiteral("+15550100001"), {});
    ASSERT_FALSE(contactId.isEmpty());
    auto *tickets = window->findChild<QListWidget *>(QStringLiteral("agentTickets"));
    ASSERT_NE(tickets, nullptr);
    // The caller's tickets come from the engine's view of the contact (one read), newest first.
    ASSERT_TRUE(waitUntil([&] { return tickets->count() == 3; }, kCallTimeoutMs)) << tickets->count();
    auto *caller = window->findChild<QLabel *>(QStringLiteral("caller"));
    ASSERT_NE(caller, nullptr);
    EXPECT_EQ(caller->text(), QStringLiteral("Ada Lovelace"));
    int row = -1;
    for (int i = 0; i < tickets->count(); ++i) {
        if (tickets->item(i)->text().startsWith(QStringLiteral("#7001")))
            row = i;
    }
    ASSERT_GE(row, 0);
    tickets->setCurrentRow(row);
    auto *attach = window->findChild<QPushButton *>(QStringLiteral("attachToTicket"));
    ASSERT_TRUE(attach && attach->isEnabled());
    QTest::mouseClick(attach, Qt::LeftButton);

    const auto attached = [](const CallOutcome &o) {
        return o.outcome == Outcome::Attached;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, attached) != nullptr; }, kCallTimeoutMs))
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.english().toStdString());
    EXPECT_EQ(outcomeFor(contactId, attached)->ticketId, 7001);
    const HttpAnswer comments =
        request(network, "GET", url(QStringLiteral("/api/v2/tickets/7001/comments")), {}, true);
    const QString all =
        QString::fromUtf8(QJsonDocument(comments.json.value(QStringLiteral("comments")).toArray()).toJson());
    EXPECT_TRUE(all.contains(contactId)) << "the details note names the call";
    auto *linked = window->findChild<QLabel *>(QStringLiteral("linkedTicket"));
    ASSERT_TRUE(waitUntil([&] { return linked->text().contains(QStringLiteral("#7001")); }, kCallTimeoutMs));
    EXPECT_TRUE(linked->text().contains(QStringLiteral("Router keeps rebooting")))
        << linked->text().toStdString();
    EXPECT_TRUE(ticketsOfCall(contactId).isEmpty()) << "no ticket created for the call";
}

// Agent mode, an unknown caller: the new-user form is filled from the contact flow and the number; the agent
// adds an e-mail and a subject and presses "Create ticket": a user, then a ticket for them.
TEST_F(SoftphoneEndToEndAgentMode, CreateUserThenTicketByPressingTheButtons) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const QString contactId = placeAndAcceptCall(
        QStringLiteral("+15555550166"), {{QStringLiteral("customer_name"), QStringLiteral("Hedy Lamarr")}});
    ASSERT_FALSE(contactId.isEmpty());
    auto *newUser = window->findChild<QCheckBox *>(QStringLiteral("newUser"));
    ASSERT_NE(newUser, nullptr);
    ASSERT_TRUE(waitUntil([&] { return newUser->isChecked(); }, kCallTimeoutMs)) << "no user has the number";
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("newUserName"));
    auto *phone = window->findChild<QLineEdit *>(QStringLiteral("newUserPhone"));
    auto *email = window->findChild<QLineEdit *>(QStringLiteral("newUserEmail"));
    auto *subject = window->findChild<QLineEdit *>(QStringLiteral("ticketSubject"));
    EXPECT_EQ(name->text(), QStringLiteral("Hedy Lamarr"));
    EXPECT_EQ(phone->text(), QStringLiteral("+15555550166"));
    EXPECT_EQ(subject->placeholderText(), QStringLiteral("Incoming call from Hedy Lamarr"));
    QTest::keyClicks(email, QStringLiteral("hedy@example.com"));
    QTest::keyClicks(subject, QStringLiteral("Frequency hopping question"));
    saveScreenshotIfAsked();
    auto *create = window->findChild<QPushButton *>(QStringLiteral("createTicket"));
    ASSERT_TRUE(create && create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    const auto created = [](const CallOutcome &o) {
        return o.ticketId > 0;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, created) != nullptr; }, kCallTimeoutMs))
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.english().toStdString());
    const CallOutcome outcome = *outcomeFor(contactId, created);
    EXPECT_TRUE(outcome.userCreated);
    const QJsonArray tickets = ticketsOfCall(contactId);
    ASSERT_EQ(tickets.size(), 1);
    const QJsonObject ticket = tickets.first().toObject();
    EXPECT_EQ(ticket.value(QStringLiteral("subject")).toString(),
              QStringLiteral("Frequency hopping question"));
    const HttpAnswer user = request(
        network, "GET",
        url(QStringLiteral("/api/v2/users/%1").arg(ticket.value(QStringLiteral("requester_id")).toInteger())),
        {}, true);
    const QJsonObject u = user.json.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(u.value(QStringLiteral("name")).toString(), QStringLiteral("Hedy Lamarr"));
    EXPECT_EQ(u.value(QStringLiteral("email")).toString(), QStringLiteral("hedy@example.com"));
    EXPECT_EQ(u.value(QStringLiteral("id")).toInteger(), outcome.userId);
    auto *linked = window->findChild<QLabel *>(QStringLiteral("linkedTicket"));
    ASSERT_TRUE(
        waitUntil([&] { return linked->text().contains(QStringLiteral("Frequency hopping question")); },
                  kCallTimeoutMs))
        << linked->text().toStdString();
}

// Click-to-dial from a ticket: the softphone calls the customer through Streams (agent.connect), the
// sandbox's customer answers, and the call is added to that ticket instead of getting a ticket of its own.
TEST_F(SoftphoneEndToEnd, ACallPlacedFromATicketIsAddedToIt) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    window->dialForTicket(QStringLiteral("(555) 010-0001"), 7001);
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::any_of(events.cbegin(), events.cend(), [](const ContactEvent &e) {
                return e.kind == ContactEventKind::Connected
                       && e.contact.direction == CallDirection::Outbound;
            });
        },
        kCallTimeoutMs))
        << "the customer did not answer the outbound call";
    QString contactId;
    for (const ContactEvent &e : std::as_const(events)) {
        if (e.contact.direction == CallDirection::Outbound)
            contactId = e.contact.contactId;
    }
    EXPECT_EQ(events.last().contact.customerPhone, QStringLiteral("+15550100001"));
    const auto attached = [](const CallOutcome &o) {
        return o.outcome == Outcome::Attached;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, attached) != nullptr; }, kCallTimeoutMs))
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.english().toStdString());
    EXPECT_EQ(outcomeFor(contactId, attached)->ticketId, 7001);
    EXPECT_TRUE(ticketsOfCall(contactId).isEmpty());

    // Dialling again while on that call is refused with a clear message, nothing reaches the softphone.
    window->dial(QStringLiteral("+15550100002"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("busy with a contact")))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_EQ(
        request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/hangup").arg(contactId))).status,
        200);
    ASSERT_TRUE(waitUntil([&] { return engine->isIdle() && sawEvent(contactId, ContactEventKind::Ended); },
                          kCallTimeoutMs));
}

// While a known caller's call still rings, the card already names them (the lookups run during
// pop_incoming); the next call's card has nothing of it.
TEST_F(SoftphoneEndToEnd, TheCardNamesAKnownCallerWhileItRingsAndStartsAfreshForTheNextCall) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const HttpAnswer placed = request(network, "POST", url(QStringLiteral("/sandbox/calls")),
                                      {{QStringLiteral("from"), QStringLiteral("+15550100001")}});
    ASSERT_EQ(placed.status, 201);
    const QString first = placed.json.value(QStringLiteral("contactId")).toString();
    auto *caller = window->findChild<QLabel *>(QStringLiteral("caller"));
    auto *stage = window->findChild<QLabel *>(QStringLiteral("stage"));
    auto *email = window->findChild<QLabel *>(QStringLiteral("callerEmail"));
    ASSERT_TRUE(caller && stage && email);
    ASSERT_TRUE(waitUntil([&] { return caller->text() == QStringLiteral("Ada Lovelace"); }, kCallTimeoutMs))
        << caller->text().toStdString();
    EXPECT_EQ(stage->text(), QStringLiteral("Ringing"));
    EXPECT_EQ(email->text(), QStringLiteral("ada@example.com"));
    EXPECT_TRUE(ticketsOfCall(first).isEmpty()) << "nothing written before the answer";

    // Missed: the next caller, unknown, replaces every line.
    ASSERT_EQ(request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/reject").arg(first))).status,
              200);
    ASSERT_TRUE(waitUntil([&] { return sawEvent(first, ContactEventKind::Missed); }, kCallTimeoutMs));
    ASSERT_EQ(request(network, "POST", url(QStringLiteral("/sandbox/contacts/%1/clear").arg(first))).status,
              200);
    ASSERT_TRUE(waitUntil([&] { return sawEvent(first, ContactEventKind::Destroyed); }, kCallTimeoutMs));
    const HttpAnswer next = request(network, "POST", url(QStringLiteral("/sandbox/calls")),
                                    {{QStringLiteral("from"), QStringLiteral("+15555550144")}});
    ASSERT_EQ(next.status, 201);
    ASSERT_TRUE(waitUntil([&] { return caller->text() == QStringLiteral("+15555550144"); }, kCallTimeoutMs))
        << caller->text().toStdString();
    EXPECT_TRUE(email->isHidden() || email->text().isEmpty()) << email->text().toStdString();
    auto *identification = window->findChild<QLabel *>(QStringLiteral("identification"));
    ASSERT_TRUE(
        waitUntil([&] { return identification->text().contains(QStringLiteral("New user will be created")); },
                  kCallTimeoutMs))
        << identification->text().toStdString();
}

// Auto mode: while the call is on, the card offers corrections; "New ticket instead" moves the call.
TEST_F(SoftphoneEndToEnd, NewTicketInsteadFromTheCardMovesTheCall) {
    startApp();
    ASSERT_FALSE(HasFatalFailure());
    const QString contactId = placeAndAcceptCall(QStringLiteral("+15550100001"), {});
    const auto linkedTo = [](const CallOutcome &o) {
        return o.outcome == Outcome::TicketCreated;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, linkedTo) != nullptr; }, kCallTimeoutMs));
    const qint64 first = outcomeFor(contactId, linkedTo)->ticketId;
    auto *corrections = window->findChild<QWidget *>(QStringLiteral("corrections"));
    ASSERT_NE(corrections, nullptr);
    ASSERT_TRUE(waitUntil([&] { return !corrections->isHidden(); }, kCallTimeoutMs)) << "the window is open";
    QTest::mouseClick(corrections->findChild<QPushButton *>(QStringLiteral("correctNewTicket")),
                      Qt::LeftButton);
    const auto corrected = [](const CallOutcome &o) {
        return o.outcome == Outcome::Corrected;
    };
    ASSERT_TRUE(waitUntil([&] { return outcomeFor(contactId, corrected) != nullptr; }, kCallTimeoutMs))
        << (outcomes.isEmpty() ? std::string() : outcomes.last().reason.english().toStdString());
    const qint64 moved = outcomeFor(contactId, corrected)->ticketId;
    EXPECT_NE(moved, first);
    auto *linked = window->findChild<QLabel *>(QStringLiteral("linkedTicket"));
    ASSERT_TRUE(
        waitUntil([&] { return linked->text().contains(QStringLiteral("#%1").arg(moved)); }, kCallTimeoutMs))
        << linked->text().toStdString();
}
