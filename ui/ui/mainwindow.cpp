#include "mainwindow.h"

#include "agentpanel.h"
#include "contactpanel.h"
#include "engine/callengine.h"
#include "externalopener.h"
#include "softphonebridge.h"
#include "softphoneview.h"

#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace callbridge::ui {

MainWindow::MainWindow(CallEngine &engine, zendesk::DirectoryReader &directory, SoftphoneBridge &bridge,
                       SoftphoneView *softphone, bool agentMode, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_softphone(softphone) {
    setWindowTitle(tr("Callbridge"));

    auto *side = new QWidget(this);
    m_contactPanel = new ContactPanel(side);
    m_agentBox = new QGroupBox(tr("Agent mode"), side);
    m_agentPanel = new AgentPanel(directory, m_agentBox);
    auto *agentLayout = new QVBoxLayout(m_agentBox);
    agentLayout->addWidget(m_agentPanel);
    m_agentBox->setVisible(agentMode);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_contactPanel, 1);
    sideLayout->addWidget(m_agentBox, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(softphone);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 520});
    setCentralWidget(splitter);

    m_agentState = new QLabel(this);
    m_agentState->setTextFormat(Qt::PlainText); // the agent's name and state come from the page
    statusBar()->addPermanentWidget(m_agentState);
    setStatus(tr("Connecting to Zendesk…"));
    QMenu *appMenu = menuBar()->addMenu(tr("&Callbridge"));
    appMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    appMenu->addAction(tr("&About Callbridge"), this, &MainWindow::aboutRequested);
    resize(960, 640);

    SoftphoneBridgeEvents *events = bridge.events();
    connect(events, &SoftphoneBridgeEvents::contactEventAccepted, this, &MainWindow::onContactEvent);
    connect(events, &SoftphoneBridgeEvents::eventRejected, this,
            [this](const QString &reason) { setStatus(tr("Ignored a softphone message: %1").arg(reason)); });
    connect(events, &SoftphoneBridgeEvents::agentStateChanged, this,
            [this](const QString &state, const QString &agent) {
                m_agentState->setText(agent.isEmpty() ? state : tr("%1: %2").arg(agent, state));
            });
    connect(&engine, &CallEngine::outcome, this, &MainWindow::onOutcome);
    connect(&engine, &CallEngine::ready, this, [this] {
        const QString who = m_engine.agent().email.isEmpty() ? m_engine.agent().name : m_engine.agent().email;
        setStatus(tr("Signed in to Zendesk as %1").arg(who));
    });
    connect(&engine, &CallEngine::fatalError, this, &MainWindow::setStatus);
    connect(m_agentPanel, &AgentPanel::actionChosen, this, &MainWindow::onAgentAction);
    connect(m_contactPanel, &ContactPanel::linkActivated, this,
            [](const QUrl &url) { ExternalOpener().open(url); });
}

void MainWindow::setZendeskUrl(const QUrl &url) {
    m_contactPanel->setZendeskUrl(url);
}

void MainWindow::setStatus(const QString &message) {
    statusBar()->showMessage(message);
}

void MainWindow::onContactEvent(const ContactEvent &event) {
    const QString id = event.contact.contactId;
    if (event.kind == ContactEventKind::Destroyed) {
        if (m_currentContactId == id) {
            m_currentContactId.clear();
            m_agentPanel->setContact({});
        }
        return;
    }
    m_currentContactId = id;
    m_contactPanel->showContactEvent(event);
    const bool live = event.kind == ContactEventKind::Connecting || event.kind == ContactEventKind::Connected
                      || event.kind == ContactEventKind::Ended
                      || event.kind == ContactEventKind::AfterCallWork;
    m_agentPanel->setContact(live ? id : QString());
}

void MainWindow::onOutcome(const CallOutcome &outcome) {
    m_contactPanel->addOutcome(outcome);
    if (outcome.outcome == Outcome::AgentMode)
        m_agentBox->setVisible(true); // this contact waits for the agent, whatever the default mode
    else if (outcome.outcome != Outcome::Nothing && outcome.outcome != Outcome::Failed)
        m_agentPanel->setLinked(outcome.contactId, outcome.ticketId);
    setStatus(ContactPanel::outcomeTitle(outcome.outcome));
}

void MainWindow::onAgentAction(const AgentAction &action) {
    if (m_currentContactId.isEmpty()) {
        setStatus(tr("No call to apply this to"));
        return;
    }
    m_engine.agentAction(m_currentContactId, action);
    setStatus(tr("Sent to Zendesk…"));
}

} // namespace callbridge::ui
