// The agent's workspace, offscreen: the contact card in each state, the switch between contacts, the agent
// panel's choices, the notifications and when a call can be dialled.
#include "engine/callengine.h"
#include "model/linkmemory.h"
#include "sampleviews.h"
#include "ui/agentpanel.h"
#include "ui/callerpicker.h"
#include "ui/contactcard.h"
#include "ui/contactpanel.h"
#include "ui/dialbar.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/softphonebridge.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

template <typename W> W *child(QWidget &parent, const char *name) {
    W *found = parent.findChild<W *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QString text(QWidget &parent, const char *name) {
    QLabel *label = child<QLabel>(parent, name);
    return label && !label->isHidden() ? label->text() : QString();
}

bool shown(QWidget &parent, const char *name) {
    QWidget *w = child<QWidget>(parent, name);
    return w && !w->isHidden();
}

} // namespace

TEST(ContactCardStates, RingingKnownCallerIsNamedWithTheTicketCandidate) {
    ContactCard card;
    card.showView(ringingKnown());
    EXPECT_EQ(text(card, "caller"), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(text(card, "stage"), QStringLiteral("Ringing"));
    EXPECT_TRUE(text(card, "identification").contains(QStringLiteral("caller ID, unverified")));
    EXPECT_EQ(text(card, "callerEmail"), QStringLiteral("ada@example.com"));
    EXPECT_TRUE(text(card, "candidate").contains(QStringLiteral("#7001  Printer on fire")));
    EXPECT_TRUE(text(card, "candidate").contains(QStringLiteral("from the IVR")));
    EXPECT_TRUE(text(card, "planned").contains(QStringLiteral("ticket #7001")));
    EXPECT_TRUE(shown(card, "openCaller"));
    EXPECT_FALSE(shown(card, "linkedTicket"));
    EXPECT_FALSE(shown(card, "corrections"));
}

TEST(ContactCardStates, RingingUnknownCallerSaysANewUserWillBeCreated) {
    ContactCard card;
    card.showView(ringingUnknown());
    EXPECT_EQ(text(card, "caller"), QStringLiteral("+15550300001"));
    EXPECT_TRUE(text(card, "identification").contains(QStringLiteral("New user will be created")));
    EXPECT_FALSE(shown(card, "openCaller"));
    EXPECT_FALSE(shown(card, "recentTickets"));
}

TEST(ContactCardStates, WithheldNumberIsSaidSo) {
    ContactCard card;
    card.showView(ringingWithheld());
    EXPECT_EQ(text(card, "caller"), QStringLiteral("Withheld number"));
    EXPECT_TRUE(text(card, "identification").contains(QStringLiteral("withheld")));
}

TEST(ContactCardStates, MultiMatchOffersToChangeTheCaller) {
    ContactCard card;
    QSignalSpy change(&card, &ContactCard::changeCallerRequested);
    card.showView(multiMatch());
    EXPECT_EQ(text(card, "othersSharingNumber"), QStringLiteral("2 other users share this number"));
    QPushButton *button = child<QPushButton>(card, "changeCaller");
    ASSERT_TRUE(button && !button->isHidden());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(change.size(), 1);
}

TEST(ContactCardStates, LinkedShowsTheTicketTheReasonTheNoticesAndTheWrites) {
    ContactCard card;
    card.showView(linked());
    EXPECT_TRUE(text(card, "linkedTicket").contains(QStringLiteral("#7001  Printer on fire  (open)")));
    EXPECT_EQ(text(card, "reason"), QStringLiteral("IVR ticket #7001 belongs to the caller"));
    EXPECT_TRUE(text(card, "notices").contains(QStringLiteral("not a phone number")));
    EXPECT_EQ(text(card, "writeState"), QStringLiteral("Sent to Zendesk"));
    EXPECT_FALSE(shown(card, "candidate")) << "linked: the candidate line goes";

    card.showView(linkedWaiting(QStringLiteral("c-linked")));
    EXPECT_TRUE(text(card, "writeState").startsWith(QStringLiteral("Waiting for Zendesk — rate limited")));
    EXPECT_TRUE(text(card, "writeState").endsWith(QStringLiteral("nothing is lost")));
}

TEST(ContactCardStates, CorrectionButtonsShowOnlyWhileTheWindowIsOpenAndOnlyInAutoMode) {
    ContactCard card;
    QSignalSpy asked(&card, &ContactCard::correctionRequested);
    card.showView(linked());
    const QDateTime now = sampleTime();
    EXPECT_FALSE(shown(card, "corrections")) << "no deadline known yet";
    card.setCorrectionDeadline(now.addSecs(300), now);
    ASSERT_TRUE(shown(card, "corrections"));
    QTest::mouseClick(child<QPushButton>(card, "correctOtherTicket"), Qt::LeftButton);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().first().value<LinkCorrection::Kind>(), LinkCorrection::Kind::OtherTicket);

    card.setCorrectionDeadline(now.addSecs(-1), now);
    EXPECT_FALSE(shown(card, "corrections")) << "the window has passed";
    card.setCorrectionDeadline(std::nullopt, now);
    EXPECT_FALSE(shown(card, "corrections"));

    ContactView agentLinked = linked();
    agentLinked.agentMode = true;
    card.showView(agentLinked);
    card.setCorrectionDeadline(now.addSecs(300), now);
    EXPECT_FALSE(shown(card, "corrections")) << "agent mode: the agent chose the link";
}

TEST(ContactCardStates, RecentTicketsAreListedNewestFirstAndOpenable) {
    ContactCard card;
    QSignalSpy open(&card, &ContactCard::openTicket);
    card.showView(agentMode());
    auto *list = child<QTreeWidget>(card, "recentTickets");
    ASSERT_TRUE(list && !list->isHidden());
    ASSERT_EQ(list->topLevelItemCount(), 3);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("#7003"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("pending"));
    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(child<QPushButton>(card, "openRecentTicket"), Qt::LeftButton);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().first().toLongLong(), 7001);
}

TEST(ContactCardStates, AutoModeOffersToReadTheRecentTickets) {
    ContactCard card;
    QSignalSpy asked(&card, &ContactCard::recentTicketsRequested);
    card.showView(ringingKnown());
    QPushButton *load = child<QPushButton>(card, "loadRecentTickets");
    ASSERT_TRUE(load && !load->isHidden());
    QTest::mouseClick(load, Qt::LeftButton);
    EXPECT_EQ(asked.size(), 1);
}

TEST(ContactPanelSwitch, TheNextContactReplacesEveryLineAndAnOlderOneNeverShowsThrough) {
    ContactPanel panel;
    panel.onViewChanged(linked(QStringLiteral("c-1"), 1));
    ASSERT_TRUE(text(panel, "linkedTicket").contains(QStringLiteral("#7001")));

    panel.onViewChanged(ringingUnknown(QStringLiteral("c-2"), 2));
    EXPECT_EQ(panel.displayedContactId(), QStringLiteral("c-2"));
    EXPECT_EQ(text(panel, "caller"), QStringLiteral("+15550300001"));
    EXPECT_TRUE(text(panel, "linkedTicket").isEmpty());
    EXPECT_TRUE(text(panel, "reason").isEmpty());
    EXPECT_TRUE(text(panel, "notices").isEmpty());
    EXPECT_TRUE(text(panel, "callerEmail").isEmpty());

    // The first contact's end-of-call details arrive while the second one rings: not shown.
    ContactView firstDone = linked(QStringLiteral("c-1"), 1);
    firstDone.stage = ContactView::Stage::Done;
    firstDone.endOfCall = QStringLiteral("call ended after 90 s");
    panel.onViewChanged(firstDone);
    EXPECT_EQ(panel.displayedContactId(), QStringLiteral("c-2"));
    EXPECT_TRUE(text(panel, "endOfCall").isEmpty());

    // Two contacts at once: the switcher shows both and can bring the first one back.
    ContactView first = linked(QStringLiteral("c-1"), 1);
    first.ended = true;
    panel.setLiveContacts({first, ringingUnknown(QStringLiteral("c-2"), 2)});
    auto *switcher = panel.findChild<QWidget *>(QStringLiteral("contactSwitcher"));
    ASSERT_NE(switcher, nullptr);
    EXPECT_FALSE(switcher->isHidden());
    panel.display(first);
    EXPECT_EQ(text(panel, "caller"), QStringLiteral("Ada Lovelace"));
    EXPECT_TRUE(text(panel, "linkedTicket").contains(QStringLiteral("#7001")));
    panel.setLiveContacts({first});
    EXPECT_TRUE(switcher->isHidden());
}

TEST(AgentPanelChoices, TheCallerComesPreselectedWithTheirTicketsAndAttachSendsTheChosenOne) {
    StubDirectory directory;
    AgentPanel panel(directory);
    QSignalSpy actions(&panel, &AgentPanel::actionChosen);
    panel.setView(agentMode());
    auto *users = child<QListWidget>(panel, "agentUsers");
    auto *tickets = child<QListWidget>(panel, "agentTickets");
    ASSERT_EQ(users->currentRow(), 0);
    EXPECT_TRUE(users->item(0)->text().startsWith(QStringLiteral("Ada Lovelace")));
    ASSERT_EQ(tickets->count(), 3);
    EXPECT_TRUE(tickets->item(0)->text().startsWith(QStringLiteral("#7003")));
    EXPECT_TRUE(directory.calls.isEmpty()) << "the view had them: nothing read";
    // The default subject is a hint: only what the agent types is sent (core writes the default in the
    // notes' language).
    EXPECT_TRUE(child<QLineEdit>(panel, "ticketSubject")->text().isEmpty());
    EXPECT_EQ(child<QLineEdit>(panel, "ticketSubject")->placeholderText(),
              QStringLiteral("Incoming call from Ada Lovelace"));
    EXPECT_FALSE(child<QCheckBox>(panel, "newUser")->isChecked());

    auto *attach = child<QPushButton>(panel, "attachToTicket");
    EXPECT_FALSE(attach->isEnabled()) << "no ticket chosen yet";
    tickets->setCurrentRow(1);
    ASSERT_TRUE(attach->isEnabled());
    QTest::mouseClick(attach, Qt::LeftButton);
    ASSERT_EQ(actions.size(), 1);
    const auto action = actions.first().first().value<AgentAction>();
    EXPECT_EQ(action.kind, AgentAction::Kind::Attach);
    EXPECT_EQ(action.ticketId, 7001);

    // A later view of the same contact keeps the agent's choice of ticket.
    panel.setView(agentMode());
    EXPECT_EQ(tickets->currentRow(), 1);
}

TEST(AgentPanelChoices, AnUnknownCallerGetsTheNewUserFormPrefilledAndAnEditableSubject) {
    StubDirectory directory;
    AgentPanel panel(directory);
    QSignalSpy actions(&panel, &AgentPanel::actionChosen);
    ContactView v = ringingUnknown();
    v.stage = ContactView::Stage::WaitingForAgent;
    v.agentMode = true;
    v.customerNameAttribute = QStringLiteral("Grace Hopper");
    panel.setView(v);
    ASSERT_TRUE(child<QCheckBox>(panel, "newUser")->isChecked());
    EXPECT_EQ(child<QLineEdit>(panel, "newUserName")->text(), QStringLiteral("Grace Hopper"));
    EXPECT_EQ(child<QLineEdit>(panel, "newUserPhone")->text(), QStringLiteral("+15550300001"));
    auto *subject = child<QLineEdit>(panel, "ticketSubject");
    EXPECT_EQ(subject->placeholderText(), QStringLiteral("Incoming call from Grace Hopper"));
    QTest::keyClicks(child<QLineEdit>(panel, "newUserEmail"), QStringLiteral("grace@example.com"));
    QTest::keyClicks(subject, QStringLiteral("Compiler question"));
    panel.setView(v); // a later view keeps what the agent typed
    EXPECT_EQ(subject->text(), QStringLiteral("Compiler question"));

    QTest::mouseClick(child<QPushButton>(panel, "createTicket"), Qt::LeftButton);
    ASSERT_EQ(actions.size(), 1);
    const auto action = actions.first().first().value<AgentAction>();
    EXPECT_EQ(action.kind, AgentAction::Kind::CreateTicket);
    EXPECT_EQ(action.userId, 0);
    EXPECT_EQ(action.userName, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(action.userPhone, QStringLiteral("+15550300001"));
    EXPECT_EQ(action.userEmail, QStringLiteral("grace@example.com"));
    EXPECT_EQ(action.subject, QStringLiteral("Compiler question"));
}

TEST(AgentPanelChoices, SeveralUsersWithTheNumberArePickedWithTheirTickets) {
    StubDirectory directory;
    directory.requested.insert(
        1002, {sampleTicket(7100, QStringLiteral("Book order"), QStringLiteral("open"), 5, 1002)});
    AgentPanel panel(directory);
    QSignalSpy actions(&panel, &AgentPanel::actionChosen);
    QSignalSpy wanted(&panel, &AgentPanel::recentTicketsWanted);
    ContactView v = multiMatch();
    v.stage = ContactView::Stage::WaitingForAgent;
    v.agentMode = true;
    panel.setView(v);
    auto *picker = child<CallerPicker>(panel, "callerPicker");
    ASSERT_TRUE(picker && !picker->isHidden());
    EXPECT_EQ(picker->candidateCount(), 3);
    QWidget *brian = picker->findChild<QWidget *>(QStringLiteral("candidate-1002"));
    ASSERT_NE(brian, nullptr);
    ASSERT_TRUE(waitUntil(
        [&] {
            return brian->findChild<QLabel *>(QStringLiteral("candidateTickets"))
                ->text()
                .contains(QStringLiteral("#7100"));
        },
        2000));
    QWidget *desk = picker->findChild<QWidget *>(QStringLiteral("candidate-1003"));
    ASSERT_NE(desk, nullptr);
    bool organisationShown = false;
    for (const QLabel *label : desk->findChildren<QLabel *>())
        organisationShown |= label->text().contains(QStringLiteral("organisation #42"));
    EXPECT_TRUE(organisationShown);
    QTest::mouseClick(brian->findChild<QPushButton *>(QStringLiteral("chooseCaller")), Qt::LeftButton);
    ASSERT_EQ(actions.size(), 1);
    const auto action = actions.first().first().value<AgentAction>();
    EXPECT_EQ(action.kind, AgentAction::Kind::SetUser);
    EXPECT_EQ(action.userId, 1002);
    EXPECT_EQ(directory.calls.filter(QStringLiteral("requested")).size(), 3) << "one read per candidate";
    EXPECT_EQ(wanted.size(), 1) << "the caller's own list comes with the view, from the engine";
}

TEST(AgentPanelChoices, ANewContactStartsWithNothingOfTheLastOne) {
    StubDirectory directory;
    AgentPanel panel(directory);
    ContactView first = agentMode(QStringLiteral("c-7007"), 1);
    first.stage = ContactView::Stage::Linked;
    first.ticketId = 7007;
    panel.setView(first);
    EXPECT_TRUE(text(panel, "agentStatus").contains(QStringLiteral("#7007")));
    EXPECT_FALSE(child<QPushButton>(panel, "createTicket")->isEnabled()) << "linked: nothing more to create";

    ContactView next = ringingUnknown(QStringLiteral("c-next"), 2);
    next.agentMode = true;
    next.stage = ContactView::Stage::WaitingForAgent;
    panel.setView(next);
    EXPECT_FALSE(text(panel, "agentStatus").contains(QStringLiteral("#7007")))
        << text(panel, "agentStatus").toStdString();
    EXPECT_EQ(child<QListWidget>(panel, "agentTickets")->count(), 0);
    EXPECT_EQ(child<QListWidget>(panel, "agentUsers")->count(), 0);
    EXPECT_TRUE(child<QPushButton>(panel, "createTicket")->isEnabled());
}

TEST(AgentPanelChoices, SearchFindsUsersAndTicketsAndATicketByItsNumber) {
    StubDirectory directory;
    directory.userSearch = {sampleUser(1005, QStringLiteral("Linus"), QStringLiteral("linus@example.com"))};
    directory.requested.insert(
        1001, {sampleTicket(7001, QStringLiteral("Printer on fire"), QStringLiteral("open"), 5)});
    AgentPanel panel(directory);
    panel.setView(agentMode());
    auto *query = child<QLineEdit>(panel, "agentSearch");
    QTest::keyClicks(query, QStringLiteral("#7001"));
    QTest::keyClick(query, Qt::Key_Return);
    auto *tickets = child<QListWidget>(panel, "agentTickets");
    ASSERT_TRUE(waitUntil([&] { return tickets->count() == 1; }, 2000));
    EXPECT_TRUE(tickets->item(0)->text().startsWith(QStringLiteral("#7001")));
    EXPECT_TRUE(directory.calls.contains(QStringLiteral("ticket 7001")));
    ASSERT_TRUE(waitUntil([&] { return child<QListWidget>(panel, "agentUsers")->count() == 1; }, 2000));

    // Each opens in Zendesk when activated (double click, Enter).
    QSignalSpy openedTicket(&panel, &AgentPanel::openTicket);
    QSignalSpy openedUser(&panel, &AgentPanel::openUser);
    auto *users = child<QListWidget>(panel, "agentUsers");
    Q_EMIT users->itemActivated(users->item(0));
    Q_EMIT tickets->itemActivated(tickets->item(0));
    ASSERT_EQ(openedUser.size(), 1);
    EXPECT_GT(openedUser.first().first().toLongLong(), 0);
    ASSERT_EQ(openedTicket.size(), 1);
    EXPECT_EQ(openedTicket.first().first().toLongLong(), 7001);
}

TEST(Notifications, ARingIsToldOnceWithTheCallerAndTheCandidateAndWritesThatWaitOrFail) {
    Notifier notifier;
    QSignalSpy told(&notifier, &Notifier::notify);
    QSignalSpy rang(&notifier, &Notifier::ringing);
    ContactView lookingUp = ringing(QStringLiteral("c-n"), 1, QStringLiteral("+15550100001"));
    notifier.onView(lookingUp, sampleTime());
    EXPECT_EQ(rang.size(), 1);
    EXPECT_EQ(told.size(), 0) << "who it is comes with the lookups";
    notifier.onView(ringingKnown(QStringLiteral("c-n")), sampleTime());
    notifier.onView(ringingKnown(QStringLiteral("c-n")), sampleTime());
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().at(1).toString().contains(QStringLiteral("Ada Lovelace")));
    EXPECT_TRUE(told.first().at(1).toString().contains(QStringLiteral("#7001")));
    EXPECT_EQ(rang.size(), 1);

    ContactView waiting = linkedWaiting(QStringLiteral("c-n"));
    waiting.writeWaitingSince = sampleTime();
    notifier.onView(waiting, sampleTime().addSecs(30));
    EXPECT_EQ(told.size(), 1) << "30 s is not long";
    notifier.onView(waiting, sampleTime().addSecs(61));
    ASSERT_EQ(told.size(), 2);
    EXPECT_TRUE(told.last().at(1).toString().contains(QStringLiteral("nothing is lost")));

    ContactView failed = linked(QStringLiteral("c-n"));
    failed.writeState = ContactView::WriteState::Failed;
    failed.writeDetail = QStringLiteral("creating the ticket failed");
    notifier.onView(failed, sampleTime());
    notifier.onView(failed, sampleTime());
    ASSERT_EQ(told.size(), 3);
    EXPECT_TRUE(told.last().at(1).toString().contains(QStringLiteral("Failed: creating the ticket failed")));
}

TEST(Dialling, TheSoftphoneStateDecidesWhetherACallCanBePlaced) {
    EXPECT_TRUE(dialRefusal(QString()).contains(QStringLiteral("Sign in")));
    EXPECT_TRUE(dialRefusal(QStringLiteral("Busy")).contains(QStringLiteral("busy with a contact")));
    EXPECT_FALSE(dialRefusal(QStringLiteral("AfterCallWork")).isEmpty());
    EXPECT_TRUE(dialRefusal(QStringLiteral("Available")).isEmpty());
    EXPECT_TRUE(dialRefusal(QStringLiteral("Offline")).isEmpty());

    DialBar bar;
    QSignalSpy dial(&bar, &DialBar::dialRequested);
    auto *number = child<QLineEdit>(bar, "dialNumber");
    QTest::keyClicks(number, QStringLiteral(" (555) 010-0001 "));
    QTest::keyClick(number, Qt::Key_Return);
    ASSERT_EQ(dial.size(), 1);
    EXPECT_EQ(dial.first().first().toString(), QStringLiteral("(555) 010-0001"));
}

namespace {

// Nothing is written in these tests: a writer that says so.
class NoWriter final : public zendesk::Writer {
public:
    void write(const zendesk::Write &, QObject *, Callback<zendesk::WriteResult>) override { ++writes; }
    void screenPop(qint64, PopTarget, qint64, QObject *, Callback<bool>) override {}
    int writes = 0;
};

struct FixedClock final : Clock {
    QDateTime now() const override { return sampleTime(); }
};

struct NoScheduler final : Scheduler {
    void schedule(std::chrono::milliseconds, QObject *, std::function<void()>) override {}
};

class WindowTest : public ::testing::Test {
protected:
    WindowTest()
        : engine(directory, writer, Settings{}, clock, scheduler, memory)
        , bridge([](const ContactEvent &) {}) {
        auto *view = new SoftphoneView(softphoneConfigForSandbox(QUrl(QStringLiteral("http://127.0.0.1:9"))),
                                       &bridge, ExternalOpener([](const QUrl &) { return false; }));
        window = std::make_unique<MainWindow>(engine, directory, bridge, view, false);
        QObject::connect(&bridge, &SoftphoneBridge::dialRequested, &bridge,
                         [this](const QString &number) { dialled << number; });
    }
    QString status() const { return window->statusBar()->currentMessage(); }

    StubDirectory directory;
    NoWriter writer;
    FixedClock clock;
    NoScheduler scheduler;
    InMemoryLinkMemory memory;
    CallEngine engine;
    SoftphoneBridge bridge;
    std::unique_ptr<MainWindow> window;
    QStringList dialled;
};

} // namespace

TEST_F(WindowTest, CorrectionButtonsFollowTheEnginesWindowAndARefusalSaysWhy) {
    QList<LinkCorrection> asked;
    std::optional<QDateTime> deadline = QDateTime(); // the call is still on
    CorrectionRefusal answer = CorrectionRefusal::None;
    window->contactPanel()->display(linked());
    window->setCorrections({[&](const QString &) { return deadline; },
                            [&](const QString &, const LinkCorrection &c) {
                                asked << c;
                                return answer;
                            }});
    ContactCard &card = *window->contactPanel()->card();
    ASSERT_TRUE(shown(card, "corrections"));
    QTest::mouseClick(child<QPushButton>(card, "correctNewTicket"), Qt::LeftButton);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().kind, LinkCorrection::Kind::NewTicket);
    EXPECT_TRUE(status().contains(QStringLiteral("Correction sent"))) << status().toStdString();

    answer = CorrectionRefusal::WindowClosed;
    QTest::mouseClick(child<QPushButton>(card, "correctNewTicket"), Qt::LeftButton);
    EXPECT_TRUE(status().contains(QStringLiteral("time for corrections has passed")))
        << status().toStdString();

    deadline = QDateTime::currentDateTimeUtc().addSecs(-5); // closed a moment ago
    window->setCorrections({[&](const QString &) { return deadline; }, {}});
    EXPECT_FALSE(shown(card, "corrections"));
}

TEST_F(WindowTest, DiallingIsRefusedWithAReasonUntilTheSoftphoneCanCall) {
    window->dial(QStringLiteral("call me maybe"));
    EXPECT_TRUE(status().contains(QStringLiteral("not a phone number"))) << status().toStdString();
    window->dial(QStringLiteral("+15550100001"));
    EXPECT_TRUE(status().contains(QStringLiteral("Sign in"))) << status().toStdString();
    EXPECT_TRUE(dialled.isEmpty());

    Q_EMIT bridge.events()->agentStateChanged(QStringLiteral("Busy"), QStringLiteral("Ann"));
    window->dialForTicket(QStringLiteral("+15550100001"), 7001);
    EXPECT_TRUE(status().contains(QStringLiteral("busy with a contact"))) << status().toStdString();
    EXPECT_TRUE(dialled.isEmpty());
}

TEST_F(WindowTest, TheSignInBannerShowsWhenTheSoftphoneReportsNoAgentInTime) {
    auto *banner = window->findChild<QWidget *>(QStringLiteral("signInBanner"));
    ASSERT_NE(banner, nullptr);
    window->setSignInTimeout(10);
    ASSERT_TRUE(waitUntil([&] { return !banner->isHidden(); }, 2000));
    Q_EMIT bridge.events()->agentStateChanged(QStringLiteral("Available"), QStringLiteral("Ann"));
    EXPECT_TRUE(banner->isHidden());
    Q_EMIT bridge.events()->pageLog(QStringLiteral("warning"),
                                    QStringLiteral("CCP authentication failed: sign-in needed"));
    EXPECT_FALSE(banner->isHidden());
}

TEST_F(WindowTest, TheMenusOfferTheShortcutsAndOthersCanAddEntries) {
    QStringList shortcuts;
    for (QAction *action : window->callMenu()->actions())
        shortcuts << action->shortcut().toString();
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Ctrl+F")));
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Ctrl+N")));
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Ctrl+Return")));
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Ctrl+D")));
    ASSERT_NE(window->appMenu(), nullptr);
    ASSERT_NE(window->helpMenu(), nullptr);
}

// What a screen reader or UI automation finds: every control the agent can reach (buttons, fields, lists,
// choices) in both modes has a name, its own or its label's. The softphone's web page names its own controls.
void expectEveryControlNamed(QWidget &root, int atLeast) {
    root.show();
    int checked = 0;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&root) || w->inherits("QWebEngineView")
            || (w->parentWidget() != nullptr && w->parentWidget()->inherits("QWebEngineView")))
            continue;
        if (!(w->inherits("QAbstractButton") || w->inherits("QLineEdit") || w->inherits("QComboBox")
              || w->inherits("QAbstractItemView") || w->inherits("QAbstractSpinBox")
              || w->inherits("QTextEdit") || w->inherits("QPlainTextEdit")))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(a, nullptr);
        EXPECT_FALSE(a->text(QAccessible::Name).trimmed().isEmpty())
            << w->metaObject()->className() << " " << w->objectName().toStdString() << " without a name";
        ++checked;
    }
    EXPECT_GE(checked, atLeast);
}

TEST_F(WindowTest, EveryControlOfTheWorkspaceHasAnAccessibleName) {
    expectEveryControlNamed(*window, 2); // between calls: the dial field and its button
    auto *view = new SoftphoneView(softphoneConfigForSandbox(QUrl(QStringLiteral("http://127.0.0.1:9"))),
                                   &bridge, ExternalOpener([](const QUrl &) { return false; }));
    MainWindow agentMode(engine, directory, bridge, view, true);
    expectEveryControlNamed(agentMode, 6); // and the agent panel's search, lists and form
}

TEST_F(WindowTest, TheWindowComesBackWithItsSizeAndSplitterAndNeverShrinksBelowUsable) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("window-state.ini"));
    window->useStateFile(stateFile); // nothing saved yet: the default size
    window->show();
    window->resize(900, 640);
    auto *splitter = window->findChild<QSplitter *>();
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({500, 400});
    const QList<int> sizes = splitter->sizes();
    ASSERT_TRUE(window->close());

    auto *view = new SoftphoneView(softphoneConfigForSandbox(QUrl(QStringLiteral("http://127.0.0.1:9"))),
                                   &bridge, ExternalOpener([](const QUrl &) { return false; }));
    MainWindow again(engine, directory, bridge, view, false);
    again.useStateFile(stateFile);
    again.show();
    EXPECT_EQ(again.size(), QSize(900, 640));
    EXPECT_EQ(again.findChild<QSplitter *>()->sizes(), sizes);

    again.resize(200, 150);
    EXPECT_GE(again.width(), MainWindow::kMinimumSize.width());
    EXPECT_GE(again.height(), MainWindow::kMinimumSize.height());
}

TEST_F(WindowTest, TheReviewOfDecisionsIsOneMenuEntryAwayWithAShortcut) {
    auto *review = window->findChild<QAction *>(QStringLiteral("reviewDecisions"));
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QSignalSpy requested(window.get(), &MainWindow::reviewRequested);
    review->trigger();
    EXPECT_EQ(requested.size(), 1);
}
