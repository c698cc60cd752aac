#include "mainwindow.h"

#include "agentpanel.h"
#include "callerpicker.h"
#include "contactcard.h"
#include "contactpanel.h"
#include "contactviewtext.h"
#include "dialbar.h"
#include "engine/callengine.h"
#include "externalopener.h"
#include "notifier.h"
#include "softphonebridge.h"
#include "softphonepage.h"
#include "softphoneview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {
constexpr int kDefaultSignInTimeoutMs = 8000;
constexpr int kWaitingCheckMs = 15'000;
} // namespace

MainWindow::MainWindow(CallEngine &engine, zendesk::DirectoryReader &directory, SoftphoneBridge &bridge,
                       SoftphoneView *softphone, bool agentMode, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_bridge(bridge)
    , m_directory(directory)
    , m_softphone(softphone)
    , m_agentMode(agentMode) {
    setWindowTitle(tr("Callbridge"));
    m_notifier = new Notifier(this);
    QWidget *side = buildSide(directory, agentMode);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(softphone);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 620});
    setCentralWidget(m_splitter);
    buildMenus();

    m_agentState = new QLabel(this);
    m_agentState->setTextFormat(Qt::PlainText); // the agent's name and state come from the page
    statusBar()->addPermanentWidget(m_agentState);
    setStatus(tr("Connecting to Zendesk…"));
    resize(1040, 720);
    setMinimumSize(kMinimumSize); // the softphone's dial pad and the card's buttons stay usable

    m_corrections.deadline = [&engine](const QString &id) {
        return engine.correctionDeadline(id);
    };
    m_corrections.correct = [&engine](const QString &id, const LinkCorrection &c) {
        return engine.correct(id, c);
    };
    connectSoftphone(bridge);
    connect(&engine, &CallEngine::contactViewChanged, this, &MainWindow::onViewChanged);
    connect(&engine, &CallEngine::outcome, this, &MainWindow::onOutcome);
    connect(&engine, &CallEngine::ready, this, [this] {
        const QString who = m_engine.agent().email.isEmpty() ? m_engine.agent().name : m_engine.agent().email;
        setStatus(tr("Signed in to Zendesk as %1").arg(who));
    });
    connect(&engine, &CallEngine::fatalError, this, &MainWindow::setStatus);
    connect(m_notifier, &Notifier::notify, this, &MainWindow::notify);
    connect(m_notifier, &Notifier::ringing, this, [this] {
        if (!m_raiseOnRing)
            return;
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
    });
    // A write's wait is measured against the clock: looked at again now and then, not only when it moves.
    m_waitingCheck = new QTimer(this);
    m_waitingCheck->setInterval(kWaitingCheckMs);
    connect(m_waitingCheck, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ContactView &view : m_engine.contactViews())
            m_notifier->onView(view, now);
        updateCorrectionWindow(); // the window closes on the clock
    });
    m_waitingCheck->start();
}

MainWindow::~MainWindow() {
    saveWindowState();
}

QWidget *MainWindow::buildSide(zendesk::DirectoryReader &directory, bool agentMode) {
    auto *side = new QWidget(this);
    m_dialBar = new DialBar(side);
    buildSignInBanner();
    m_signInBanner->setParent(side);
    m_contactPanel = new ContactPanel(side);
    m_agentBox = new QGroupBox(tr("Agent mode"), side);
    m_agentPanel = new AgentPanel(directory, m_agentBox);
    auto *agentLayout = new QVBoxLayout(m_agentBox);
    agentLayout->addWidget(m_agentPanel);
    m_agentBox->setVisible(agentMode);
    auto *layout = new QVBoxLayout(side);
    layout->addWidget(m_signInBanner);
    layout->addWidget(m_dialBar);
    layout->addWidget(m_contactPanel, 3);
    layout->addWidget(m_agentBox, 4);

    connect(m_dialBar, &DialBar::dialRequested, this, &MainWindow::dial);
    connect(m_agentPanel, &AgentPanel::actionChosen, this, &MainWindow::onAgentAction);
    connect(m_agentPanel, &AgentPanel::dialRequested, this, &MainWindow::dialForTicket);
    connect(m_agentPanel, &AgentPanel::recentTicketsWanted, this,
            [this] { m_engine.loadRecentTickets(m_agentPanel->contactId()); });
    connect(m_agentPanel, &AgentPanel::openTicket, this,
            [this](qint64 id) { openZendesk(QStringLiteral("/agent/tickets/%1").arg(id)); });
    connect(m_agentPanel, &AgentPanel::openUser, this,
            [this](qint64 id) { openZendesk(QStringLiteral("/agent/users/%1").arg(id)); });
    connect(m_contactPanel, &ContactPanel::linkActivated, this,
            [](const QUrl &url) { ExternalOpener().open(url); });
    connect(m_contactPanel, &ContactPanel::contactChosen, this, [this](const QString &contactId) {
        if (const std::optional<ContactView> view = m_engine.contactView(contactId)) {
            m_contactPanel->display(*view);
            showDisplayed();
            updateCorrectionWindow();
        }
    });
    ContactCard *card = m_contactPanel->card();
    connect(card, &ContactCard::openTicket, this,
            [this](qint64 id) { openZendesk(QStringLiteral("/agent/tickets/%1").arg(id)); });
    connect(card, &ContactCard::openUser, this,
            [this](qint64 id) { openZendesk(QStringLiteral("/agent/users/%1").arg(id)); });
    connect(card, &ContactCard::dialRequested, this, &MainWindow::dialForTicket);
    connect(card, &ContactCard::recentTicketsRequested, this,
            [this] { m_engine.loadRecentTickets(m_contactPanel->displayedContactId()); });
    connect(card, &ContactCard::changeCallerRequested, this, &MainWindow::changeCaller);
    connect(card, &ContactCard::correctionRequested, this, &MainWindow::onCorrection);
    return side;
}

void MainWindow::buildMenus() {
    m_appMenu = menuBar()->addMenu(tr("&Callbridge"));
    m_appMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    QAction *review = m_appMenu->addAction(tr("&Review decisions…"), this, &MainWindow::reviewRequested);
    review->setObjectName(QStringLiteral("reviewDecisions"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->setStatusTip(tr("Every call's link and why it was made; approve, retry or relink"));
    m_appMenu->addAction(tr("&About Callbridge"), this, &MainWindow::aboutRequested);
    m_appMenu->addSeparator();
    QAction *quit = m_appMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_callMenu = menuBar()->addMenu(tr("C&all"));
    QAction *search = m_callMenu->addAction(tr("&Search Zendesk"), this, [this] {
        m_agentBox->show();
        m_agentPanel->focusSearch();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *create = m_callMenu->addAction(tr("&New ticket"), m_agentPanel, &AgentPanel::createTicket);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *attach =
        m_callMenu->addAction(tr("&Attach to the chosen ticket"), m_agentPanel, &AgentPanel::attachSelected);
    attach->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *dialNumber = m_callMenu->addAction(tr("&Dial a number"), m_dialBar, &DialBar::focusNumber);
    dialNumber->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    for (QAction *action : {search, create, attach, dialNumber})
        action->setShortcutContext(Qt::WindowShortcut);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
}

void MainWindow::buildSignInBanner() {
    m_signInBanner = new QGroupBox(tr("Amazon Connect"));
    m_signInBanner->setObjectName(QStringLiteral("signInBanner"));
    auto *text = new QLabel(tr("The softphone is not signed in: calls cannot reach you."), m_signInBanner);
    text->setWordWrap(true);
    auto *signIn = new QPushButton(tr("Sign in to Amazon Connect"), m_signInBanner);
    signIn->setObjectName(QStringLiteral("signIn"));
    signIn->setAccessibleDescription(tr("Opens the Amazon Connect sign-in window"));
    auto *layout = new QHBoxLayout(m_signInBanner);
    layout->addWidget(text, 1);
    layout->addWidget(signIn);
    m_signInBanner->hide();
    // Streams opens its login popup from the page; the same request, on the agent's word.
    connect(signIn, &QPushButton::clicked, this, [this] {
        const SoftphoneConfig &config = m_softphone->config();
        const QUrl login = config.loginUrl.isEmpty() ? config.ccpUrl : config.loginUrl;
        const QString quoted =
            QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{login.toString(QUrl::FullyEncoded)})
                                  .toJson(QJsonDocument::Compact));
        m_softphone->page()->runJavaScript(
            QStringLiteral("window.open(%1[0], 'connect_login');").arg(quoted));
        setStatus(tr("Sign in to Amazon Connect in the window that opened"));
    });
    m_signInTimer = new QTimer(this);
    m_signInTimer->setSingleShot(true);
    m_signInTimer->setInterval(kDefaultSignInTimeoutMs);
    connect(m_signInTimer, &QTimer::timeout, this, [this] { showSignInBanner(m_agentStateName.isEmpty()); });
    m_signInTimer->start();
}

void MainWindow::setSignInTimeout(int milliseconds) {
    m_signInTimer->setInterval(milliseconds);
    if (m_agentStateName.isEmpty())
        m_signInTimer->start();
}

void MainWindow::showSignInBanner(bool show) {
    m_signInBanner->setVisible(show);
    if (show)
        setStatus(tr("Sign in to Amazon Connect"));
}

void MainWindow::connectSoftphone(SoftphoneBridge &bridge) {
    SoftphoneBridgeEvents *events = bridge.events();
    connect(events, &SoftphoneBridgeEvents::eventRejected, this,
            [this](const QString &reason) { setStatus(tr("Ignored a softphone message: %1").arg(reason)); });
    connect(events, &SoftphoneBridgeEvents::agentStateChanged, this,
            [this](const QString &state, const QString &agent) {
                m_agentStateName = state;
                m_agentState->setText(agent.isEmpty() ? state : tr("%1: %2").arg(agent, state));
                m_signInTimer->stop();
                showSignInBanner(false);
            });
    connect(events, &SoftphoneBridgeEvents::pageLog, this,
            [this](const QString &level, const QString &message) {
                if (level == QLatin1String("warning")
                    && message.contains(QLatin1String("authentication failed"))) {
                    m_agentStateName.clear();
                    showSignInBanner(true);
                } else if (level == QLatin1String("warning")
                           && message.startsWith(QLatin1String("outbound call failed"))) {
                    setStatus(tr("The softphone could not place the call (%1)").arg(message));
                }
            });
}

void MainWindow::setZendeskUrl(const QUrl &url) {
    m_zendeskUrl = url;
    m_contactPanel->setZendeskUrl(url);
}

void MainWindow::setStatus(const QString &message) {
    statusBar()->showMessage(message);
}

void MainWindow::openZendesk(const QString &path) {
    if (!m_zendeskUrl.isValid() || m_zendeskUrl.isEmpty()) {
        setStatus(tr("No Zendesk address is set: cannot open it"));
        return;
    }
    if (!ExternalOpener().open(m_zendeskUrl.resolved(QUrl(path))))
        setStatus(tr("Zendesk could not be opened in the browser"));
}

void MainWindow::onViewChanged(const ContactView &view) {
    m_contactPanel->onViewChanged(view);
    m_contactPanel->setLiveContacts(m_engine.contactViews());
    if (view.contactId == m_contactPanel->displayedContactId()) {
        m_agentPanel->setView(view);
        m_agentBox->setVisible(m_agentMode || view.agentMode || m_agentBox->isVisibleTo(this));
        // The agent panel lists the caller's tickets: the card does not repeat them.
        m_contactPanel->card()->setShowsRecentTickets(!m_agentBox->isVisibleTo(this));
        m_contactPanel->card()->showView(view);
    }
    updateCorrectionWindow();
    m_notifier->onView(view, QDateTime::currentDateTimeUtc());
}

void MainWindow::showDisplayed() {
    const std::optional<ContactView> view = m_engine.contactView(m_contactPanel->displayedContactId());
    m_agentPanel->setView(view);
}

void MainWindow::onOutcome(const CallOutcome &outcome) {
    m_contactPanel->addOutcome(outcome);
    setStatus(ContactPanel::outcomeTitle(outcome.outcome));
}

void MainWindow::onAgentAction(const AgentAction &action) {
    const QString contactId = m_agentPanel->contactId();
    if (contactId.isEmpty()) {
        setStatus(tr("No call to apply this to"));
        return;
    }
    m_engine.agentAction(contactId, action);
    setStatus(tr("Sent to Zendesk…"));
}

// Several users share the number: the agent says which one calls. Before the link that is the caller the
// decision uses; once linked, a correction.
void MainWindow::changeCaller() {
    const std::optional<ContactView> view = m_engine.contactView(m_contactPanel->displayedContactId());
    if (!view || view->alternatives.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Who is calling?"));
    auto *picker = new CallerPicker(m_directory, &dialog);
    picker->setCandidates(QList<zendesk::User>{view->caller} + view->alternatives, view->caller.id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    qint64 chosen = 0;
    connect(picker, &CallerPicker::chosen, &dialog, [&](qint64 id) {
        chosen = id;
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || chosen <= 0)
        return;
    if (view->ticketId == 0) {
        AgentAction action;
        action.kind = AgentAction::Kind::SetUser;
        action.userId = chosen;
        m_engine.agentAction(view->contactId, action);
        return;
    }
    LinkCorrection correction;
    correction.kind = LinkCorrection::Kind::OtherCaller;
    correction.userId = chosen;
    correction.by = agentName();
    applyCorrection(view->contactId, correction);
}

void MainWindow::onCorrection(LinkCorrection::Kind kind) {
    const QString contactId = m_contactPanel->displayedContactId();
    LinkCorrection correction;
    correction.kind = kind;
    correction.by = agentName();
    bool ok = true;
    switch (kind) {
    case LinkCorrection::Kind::NewTicket:
        break;
    case LinkCorrection::Kind::OtherTicket:
        correction.ticketId = QInputDialog::getInt(this, tr("Attach to another ticket"), tr("Ticket number:"),
                                                   0, 1, std::numeric_limits<int>::max(), 1, &ok);
        break;
    case LinkCorrection::Kind::OtherCaller: {
        const std::optional<ContactView> view = m_engine.contactView(contactId);
        if (view && !view->alternatives.isEmpty())
            return changeCaller();
        correction.userId =
            QInputDialog::getInt(this, tr("Different caller"), tr("The caller's Zendesk user id:"), 0, 1,
                                 std::numeric_limits<int>::max(), 1, &ok);
        break;
    }
    }
    if (ok)
        applyCorrection(contactId, correction);
}

QString MainWindow::agentName() const {
    const zendesk::User &agent = m_engine.agent();
    return agent.name.isEmpty() ? agent.email : agent.name;
}

void MainWindow::setCorrections(Corrections corrections) {
    m_corrections = std::move(corrections);
    updateCorrectionWindow();
}

void MainWindow::updateCorrectionWindow() {
    const QString contactId = m_contactPanel->displayedContactId();
    const std::optional<QDateTime> deadline =
        m_corrections.deadline && !contactId.isEmpty() ? m_corrections.deadline(contactId) : std::nullopt;
    m_contactPanel->card()->setCorrectionDeadline(deadline, QDateTime::currentDateTimeUtc());
}

void MainWindow::applyCorrection(const QString &contactId, const LinkCorrection &correction) {
    if (!m_corrections.correct) {
        setStatus(tr("Corrections are not available"));
        return;
    }
    const CorrectionRefusal refusal = m_corrections.correct(contactId, correction);
    setStatus(refusal == CorrectionRefusal::None ? tr("Correction sent to Zendesk…")
                                                 : viewtext::correctionRefusal(refusal));
    updateCorrectionWindow();
}

void MainWindow::dial(const QString &number) {
    dialForTicket(number, 0);
}

void MainWindow::dialForTicket(const QString &number, qint64 ticketId) {
    const CallerNumber normalized = m_engine.phones().normalize(number);
    if (normalized.anonymous || normalized.e164.isEmpty()) {
        setStatus(tr("Cannot call \"%1\": not a phone number").arg(number.left(40)));
        return;
    }
    if (const QString refusal = dialRefusal(m_agentStateName); !refusal.isEmpty()) {
        setStatus(refusal);
        return;
    }
    if (ticketId > 0)
        m_engine.expectOutboundCall(normalized.e164, ticketId);
    m_dialBar->setNumber(normalized.e164);
    m_bridge.dial(normalized.e164);
    setStatus(ticketId > 0
                  ? tr("Calling %1 — the call will be added to ticket #%2").arg(normalized.e164).arg(ticketId)
                  : tr("Calling %1…").arg(normalized.e164));
}

void MainWindow::setNotificationTray(QSystemTrayIcon *tray) {
    m_tray = tray;
}

void MainWindow::notify(const QString &title, const QString &message) {
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    else
        setStatus(
            tr("%1: %2").arg(title, QString(message).replace(QLatin1Char('\n'), QStringLiteral(" — "))));
}

void MainWindow::useStateFile(const QString &path) {
    m_stateFile = path;
    QSettings state(path, QSettings::IniFormat);
    state.beginGroup(QStringLiteral("ui"));
    if (const QByteArray geometry = state.value(QStringLiteral("geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray splitter = state.value(QStringLiteral("splitter")).toByteArray();
        !splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveWindowState() {
    if (m_stateFile.isEmpty())
        return;
    QSettings state(m_stateFile, QSettings::IniFormat);
    state.beginGroup(QStringLiteral("ui"));
    state.setValue(QStringLiteral("geometry"), saveGeometry());
    state.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace callbridge::ui
