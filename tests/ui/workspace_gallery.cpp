// Screenshots of the agent's workspace in each of its main states, in a light and a dark palette:
//   workspace_gallery --screenshots DIR
// (run under xvfb-run for real fonts; scripts/screenshots.sh does). Each PNG is the window's right-hand side
// as the agent sees it: the dial field, the contact card, the decisions and the agent panel.
#include "darkpalette.h"
#include "sampleviews.h"
#include "ui/agentpanel.h"
#include "ui/contactcard.h"
#include "ui/contactpanel.h"
#include "ui/dialbar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGroupBox>
#include <QListWidget>
#include <QPalette>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

// The right-hand side of the main window, fed with one view.
class Workspace : public QWidget {
public:
    Workspace(StubDirectory &directory, bool agentMode) {
        setWindowTitle(QStringLiteral("Callbridge"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(new DialBar(this));
        panel = new ContactPanel(this);
        layout->addWidget(panel, 3);
        auto *box =
            new QGroupBox(QCoreApplication::translate("callbridge::ui::MainWindow", "Agent mode"), this);
        agent = new AgentPanel(directory, box);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(agent);
        box->setVisible(agentMode);
        layout->addWidget(box, 4);
        resize(660, agentMode ? 1000 : 760);
    }
    void show(const ContactView &view) {
        panel->card()->setShowsRecentTickets(!view.agentMode);
        panel->onViewChanged(view);
        agent->setView(view);
    }
    ContactPanel *panel = nullptr;
    AgentPanel *agent = nullptr;
};

struct Shot {
    QString name;
    ContactView view;
    bool agentMode = false;
    bool correctionOpen = false; // also shows the call's decisions in the list
};

// A linked call's two decisions, as the list shows them after the call.
QList<CallOutcome> linkedDecisions(const ContactView &view) {
    CallOutcome created;
    created.contactId = view.contactId;
    created.outcome = Outcome::TicketCreated;
    created.ticketId = view.ticketId;
    created.ticketCreated = true;
    created.userId = view.caller.id;
    created.reason = view.reason;
    CallOutcome details = created;
    details.outcome = Outcome::DetailsAppended;
    details.ticketCreated = false;
    details.reason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "call ended after %1: %2 added to %3"),
                                {Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 s"), {94}),
                                 Phrase::of(QT_TRANSLATE_NOOP("Phrase", "voice comment")),
                                 QStringLiteral("#%1").arg(view.ticketId)});
    details.notices = {
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "zendesk_user #%1 was not found: identified by phone"), {77})};
    return {created, details};
}

QList<Shot> shots() {
    ContactView unknownAgent = ringingUnknown();
    unknownAgent.stage = ContactView::Stage::WaitingForAgent;
    unknownAgent.agentMode = true;
    unknownAgent.willCreateUser = false;
    unknownAgent.plannedAction = LinkPlan::Action::WaitForAgent;
    unknownAgent.customerNameAttribute = QStringLiteral("Grace Hopper");
    ContactView multiAgent = multiMatch();
    multiAgent.stage = ContactView::Stage::WaitingForAgent;
    multiAgent.agentMode = true;
    ContactView linkedAgent = agentMode();
    linkedAgent.stage = ContactView::Stage::Linked;
    linkedAgent.outcome = Outcome::Attached;
    linkedAgent.ticketId = 7003;
    linkedAgent.ticketSubject = QStringLiteral("Invoice copy for October");
    linkedAgent.ticketStatus = QStringLiteral("pending");
    linkedAgent.reason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent attached the call to #%1"), {7003});
    linkedAgent.writeState = ContactView::WriteState::Sent;
    return {
        {QStringLiteral("ringing-known"), ringingKnown()},
        {QStringLiteral("ringing-unknown"), ringingUnknown()},
        {QStringLiteral("ringing-withheld"), ringingWithheld()},
        {QStringLiteral("multi-match"), multiMatch()},
        {QStringLiteral("linked-correctable"), linked(), false, true},
        {QStringLiteral("linked-waiting"), linkedWaiting()},
        {QStringLiteral("agent-known"), agentMode(), true},
        {QStringLiteral("agent-unknown"), unknownAgent, true},
        {QStringLiteral("agent-multi-match"), multiAgent, true},
        {QStringLiteral("agent-linked"), linkedAgent, true},
    };
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(); // the stub directory answers on the next turns
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("screenshots"), QStringLiteral("Write the PNGs here."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("The window's language (de, fr, es): the PNGs' names end in -LANG."),
                      QStringLiteral("LANG")});
    parser.process(app);
    const QString language = parser.value(QStringLiteral("lang"));
    QTranslator translator;
    if (!language.isEmpty()) {
        if (!translator.load(QStringLiteral("callbridge_") + language, QStringLiteral(":/i18n"))) {
            QTextStream(stderr) << "workspace_gallery: no catalogue for " << language << '\n';
            return 2;
        }
        QCoreApplication::installTranslator(&translator);
    }
    const QString suffix = language.isEmpty() ? QString() : QStringLiteral("-") + language;
    const QString dir = parser.value(QStringLiteral("screenshots"));
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        QTextStream(stderr) << "workspace_gallery: give --screenshots DIR\n";
        return 2;
    }
    StubDirectory directory;
    directory.requested.insert(1001, agentMode().recentTickets.value());
    directory.requested.insert(
        1002, {sampleTicket(7100, QStringLiteral("Book order"), QStringLiteral("open"), 50, 1002)});
    const QPalette light = QApplication::style()->standardPalette();
    int written = 0;
    for (const auto &[paletteName, palette] :
         {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), darkPalette()}}) {
        QApplication::setPalette(palette);
        for (const Shot &shot : shots()) {
            Workspace workspace(directory, shot.agentMode);
            workspace.panel->setZendeskUrl(QUrl(QStringLiteral("https://acme.zendesk.com")));
            if (shot.correctionOpen) {
                for (const CallOutcome &decision : linkedDecisions(shot.view))
                    workspace.panel->addOutcome(decision);
            }
            workspace.show(shot.view);
            if (shot.correctionOpen)
                workspace.panel->card()->setCorrectionDeadline(sampleTime(-4), sampleTime());
            if (shot.name == QLatin1String("agent-known"))
                workspace.agent->findChild<QListWidget *>(QStringLiteral("agentTickets"))->setCurrentRow(0);
            workspace.QWidget::show();
            settle();
            const QString path = QStringLiteral("%1/%2-%3%4.png").arg(dir, shot.name, paletteName, suffix);
            if (!workspace.grab().save(path)) {
                QTextStream(stderr) << "workspace_gallery: cannot write " << path << '\n';
                return 1;
            }
            ++written;
        }
    }
    QTextStream(stdout) << written << " screenshots in " << dir << '\n';
    return 0;
}
