#include "desktopcommand.h"

#include "desktopshell.h"
#include "engine/callengine.h"
#include "firstrun.h"
#include "journal/journal.h"
#include "phone/dialrequest.h"
#include "phone/phonenumbers.h"
#include "policy/settings.h"
#include "policy/teamurl.h"
#include "reviewwindowcommand.h"
#include "secrets/apitoken.h"
#include "secrets/qtkeychainsecretstore.h"
#include "stack/corestack.h"
#include "team/teamreplicator.h"
#include "timingtrace.h"
#include "ui/firstrunwizard.h"
#include "ui/mainwindow.h"
#include "ui/reviewwindow.h"
#include "ui/singleinstance.h"
#include "ui/softphonebridge.h"
#include "ui/softphoneconfig.h"
#include "ui/softphoneprofile.h"
#include "ui/softphoneview.h"
#include "ui/uilanguage.h"
#include "wording/notewording.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace callbridge::app {

namespace {

// The sandbox's fixed agent (sandbox/README.md).
const QString kSandboxEmail = QStringLiteral("agent@example.com");
const QString kSandboxToken = QStringLiteral("sandbox");
constexpr int kSandboxStartTimeoutMs = 20'000;

struct DesktopOptions {
    enum class Mode { Installed, Sandbox, Demo };
    Mode mode = Mode::Installed;
    QUrl sandboxUrl;
    Settings settings;
    QString settingsPath;    // the user's file (installed mode)
    QStringList forwardable; // what a running instance is handed: the tel:/callto: arguments
    bool trace = false;
    QString language; // --lang; empty: the system's
};

std::optional<DesktopOptions> parse(const QStringList &arguments, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Links Amazon Connect calls to Zendesk tickets. `callbridge replay --help` for the headless mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("settings"), QStringLiteral("Settings INI file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sandbox"),
                      QStringLiteral("Use a running callbridge-sandbox for the softphone and Zendesk."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("Start an ephemeral callbridge-sandbox and use it.")});
    parser.addOption({QStringLiteral("trace"),
                      QStringLiteral("Print timing milestones (start-up, events, outcomes) as JSON lines.")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language of the window (de, en, es, fr); default: the system's."),
                      QStringLiteral("LANG")});
    if (!parser.parse(arguments)) {
        err << "callbridge: " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        err << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return std::nullopt;
    }
    DesktopOptions options;
    for (const QString &argument : parser.positionalArguments()) {
        if (!dialRequestFromArgument(argument)) {
            err << "callbridge: unexpected argument " << argument << " (a number to dial is tel:+…)\n";
            return std::nullopt;
        }
        options.forwardable << argument;
    }
    options.trace = parser.isSet(QStringLiteral("trace"));
    options.language = parser.value(QStringLiteral("lang"));
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (sandbox && demo) {
        err << "callbridge: give --sandbox URL or --demo, not both\n";
        return std::nullopt;
    }
    options.mode = demo      ? DesktopOptions::Mode::Demo
                   : sandbox ? DesktopOptions::Mode::Sandbox
                             : DesktopOptions::Mode::Installed;
    // A sandbox run reads settings only when asked to: the installed ones may point at a real Zendesk.
    const bool readSettings =
        options.mode == DesktopOptions::Mode::Installed || parser.isSet(QStringLiteral("settings"));
    if (readSettings) {
        const QString path = parser.isSet(QStringLiteral("settings"))
                                 ? parser.value(QStringLiteral("settings"))
                                 : defaultSettingsPath();
        options.settingsPath = path;
        // An admin's system-wide defaults first, the user's file over them.
        const SettingsLoad load = loadSettings(systemSettingsPath(), path);
        for (const QString &notice : load.notices)
            err << "callbridge: settings: " << notice << '\n';
        options.settings = load.settings;
    }
    if (sandbox) {
        options.sandboxUrl = QUrl(parser.value(QStringLiteral("sandbox")), QUrl::StrictMode);
        if (!options.sandboxUrl.isValid() || options.sandboxUrl.host().isEmpty()) {
            err << "callbridge: --sandbox needs the sandbox's URL, e.g. http://127.0.0.1:8080\n";
            return std::nullopt;
        }
    }
    return options;
}

// Points the settings at a sandbox: its local Zendesk, its simulated CCP, its origin as the approved one.
void useSandbox(Settings &settings, const QUrl &baseUrl) {
    const QUrl root = baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    settings.zendeskUrl = root;
    settings.zendeskEmail = kSandboxEmail;
    settings.connectInstanceUrl = root;
    settings.hostOrigin = root.toString();
}

// Core (built by CoreStack, the one place for every mode), the bridge and the window, alive while the app
// runs. Members are destroyed in reverse: the window (with the web page and profile) first, then the bridge,
// then core.
class DesktopSession {
public:
    DesktopSession(const Settings &settings, TimingTrace trace)
        : m_bridge([this](const ContactEvent &event) {
            m_trace.mark(QStringLiteral("event"), {{QStringLiteral("kind"), eventKindName(event.kind)},
                                                   {QStringLiteral("contactId"), event.contact.contactId}});
            m_core.engine().handle(event);
        })
        , m_settings(settings)
        , m_trace(trace) {}

    // Returns an error message, or an empty string when the window is up and core is starting.
    QString start(const QString &token, ui::SoftphoneConfig softphone, const QString &title,
                  const QString &journalPath, const QString &teamPassword) {
        CoreOptions options;
        options.settings = m_settings;
        options.apiToken = token;
        options.journalPath = journalPath; // calls, decisions and pending writes survive a restart
        options.teamPassword = teamPassword;
        m_teamPassword = teamPassword;
        if (const QString problem = m_core.build(options); !problem.isEmpty())
            return QStringLiteral("Zendesk settings: %1").arg(problem);
        for (const QString &note : m_core.startupNotes())
            QTextStream(stderr) << "callbridge: " << note << Qt::endl;
        connectCore(softphone, title);
        m_core.engine().start(); // events that arrive before it is ready are queued
        QString problem;
        if (!m_window->softphone()->load(&problem))
            return QStringLiteral("the softphone cannot start: %1").arg(problem);
        m_window->show();
        return {};
    }

    ui::MainWindow *window() const { return m_window.get(); }
    CoreStack &core() { return m_core; }
    ui::SoftphoneBridge &bridge() { return m_bridge; }

private:
    // The review window over this app's journal (or the team database), opened once and raised after.
    void showReview() {
        if (!m_review)
            m_review = std::make_unique<DesktopReview>(m_core, m_settings, m_teamPassword);
        if (!m_review->notice().isEmpty())
            m_window->setStatus(m_review->notice());
        ui::ReviewWindow *review = m_review->window();
        if (!review) {
            m_window->setStatus(
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "No journal to review: this run keeps none."))
                    .translated());
            return;
        }
        review->show();
        review->raise();
        review->activateWindow();
    }

    void connectCore(ui::SoftphoneConfig softphone, const QString &title) {
        const Settings &settings = m_settings;
        auto *view = new ui::SoftphoneView(std::move(softphone), &m_bridge);
        m_window = std::make_unique<ui::MainWindow>(m_core.engine(), m_core.directory(), m_bridge, view,
                                                    settings.ticketAssignment == TicketAssignment::Agent);
        m_window->setWindowTitle(title);
        QObject::connect(m_window.get(), &ui::MainWindow::reviewRequested, m_window.get(),
                         [this] { showReview(); });
        m_window->setZendeskUrl(settings.zendeskUrl);
        m_window->setRaiseOnRing(settings.raiseOnRing);
        // Window geometry and splitter: a file of its own beside the app's data, never the settings file.
        m_window->useStateFile(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                               + QStringLiteral("/window-state.ini"));
        CallEngine &engine = m_core.engine();
        QObject::connect(&engine, &CallEngine::outcome, m_window.get(), [this](const CallOutcome &outcome) {
            QJsonObject line = outcome.toJson();
            if (m_trace.enabled())
                line.insert(QStringLiteral("ms"), TimingTrace::elapsedMs());
            QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        });
        QObject::connect(&engine, &CallEngine::ready, m_window.get(),
                         [this] { m_trace.mark(QStringLiteral("zendesk_ready")); });
        QObject::connect(m_bridge.events(), &ui::SoftphoneBridgeEvents::agentStateChanged, m_window.get(),
                         [this, first = true]() mutable {
                             if (std::exchange(first, false))
                                 m_trace.mark(QStringLiteral("softphone_ready"));
                         });
        // "3 call updates waiting (oldest 4 min) — Zendesk is rate-limiting; nothing is lost."
        DurableGateway &outbox = *m_core.outbox();
        QObject::connect(&outbox, &DurableGateway::statusChanged, m_window.get(), [this, &outbox] {
            m_window->setStatus(outbox.status().summary(m_core.clock().now()));
        });
        if (team::TeamReplicator *team = m_core.team())
            QObject::connect(team, &team::TeamReplicator::statusChanged, m_window.get(),
                             [this, team] { m_window->setStatus(team->status()); });
        // A page that invents contacts must not start unbounded Zendesk lookups: an agent works a few at
        // once.
        engine.setLiveContactLimit(CallEngine::kMaxLiveContacts);
        QObject::connect(
            &engine, &CallEngine::contactRefused, m_window.get(), [this](const QString &id, int live) {
                const Phrase message = Phrase::of(
                    QT_TRANSLATE_NOOP("Phrase", "%1 contacts are already being worked on: new contacts "
                                                "from the softphone page are refused until one "
                                                "finishes (first: %2)"),
                    {live, id.left(64)});
                QTextStream(stderr) << "callbridge: " << message.english() << Qt::endl;
                m_window->setStatus(message.translated());
            });
        QObject::connect(&engine, &CallEngine::signInRetrying, m_window.get(),
                         [this](const QString &message) { m_window->setStatus(message); });
        QObject::connect(&engine, &CallEngine::fatalError, m_window.get(), [this](const QString &message) {
            QTextStream(stderr) << "callbridge: " << message << Qt::endl;
            m_window->setStatus(message);
        });
        QObject::connect(
            m_bridge.events(), &ui::SoftphoneBridgeEvents::eventRejected, m_window.get(),
            [](const QString &reason) { QTextStream(stderr) << "callbridge: " << reason << Qt::endl; });
    }

    CoreStack m_core;
    ui::SoftphoneBridge m_bridge;
    Settings m_settings;
    TimingTrace m_trace;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<DesktopReview> m_review; // destroyed first: it reads core's journal and uses its engine
    QString m_teamPassword;
};

QString findSandboxExecutable() {
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/callbridge-sandbox"),
                                 dir + QStringLiteral("/../sandbox/callbridge-sandbox")}; // the build tree
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("callbridge-sandbox"));
}

// `callbridge --demo`: an ephemeral callbridge-sandbox as a child process. Its first stdout line is its URL.
class SandboxChild : public QObject {
    Q_OBJECT
public:
    explicit SandboxChild(QObject *parent = nullptr)
        : QObject(parent)
        , m_process(new QProcess(this)) {
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
        // The sandbox dies with us, even when we are killed.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxChild::readOutput);
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
            fail(QStringLiteral("cannot run callbridge-sandbox: %1").arg(m_process->errorString()));
        });
        connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
            if (!m_url.isValid())
                fail(QStringLiteral("callbridge-sandbox exited (%1) before it was ready").arg(code));
            else if (!m_stopping)
                QTextStream(stderr) << "callbridge: the sandbox stopped (exit code " << code << ")"
                                    << Qt::endl;
        });
    }
    ~SandboxChild() override {
        stop();
    }

    void start() {
        const QString program = findSandboxExecutable();
        if (program.isEmpty()) {
            QTimer::singleShot(0, this, [this] {
                fail(QStringLiteral("callbridge-sandbox not found next to callbridge or on PATH"));
            });
            return;
        }
        QTimer::singleShot(kSandboxStartTimeoutMs, this, [this] {
            if (!m_url.isValid())
                fail(QStringLiteral("callbridge-sandbox did not print its URL within %1 s")
                         .arg(kSandboxStartTimeoutMs / 1000));
        });
        m_process->start(program, {QStringLiteral("--ephemeral"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")});
    }

    void stop() {
        if (m_process->state() == QProcess::NotRunning)
            return;
        m_stopping = true;
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput() {
        if (m_url.isValid()) {
            m_process->readAllStandardOutput(); // nothing more is expected; keep the pipe drained
            return;
        }
        if (!m_process->canReadLine())
            return;
        const QUrl url(QString::fromUtf8(m_process->readLine()).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
            fail(QStringLiteral("callbridge-sandbox printed no URL"));
            return;
        }
        m_url = url;
        Q_EMIT ready(url);
    }

    void fail(const QString &message) {
        if (m_failed)
            return;
        m_failed = true;
        Q_EMIT failed(message);
    }

    QProcess *m_process;
    QUrl m_url;
    bool m_stopping = false;
    bool m_failed = false;
};

// The window's surroundings: tray, dialogs, forwarded arguments, and the outbox and agent state they show.
std::unique_ptr<DesktopShell> makeShell(DesktopSession &session, SecretStore &keychain,
                                        const DesktopOptions &options, const Settings &settings,
                                        const QString &journalPath, const QString &profilePath) {
    ShellOptions shellOptions;
    shellOptions.settingsPath = options.settingsPath.isEmpty() ? defaultSettingsPath() : options.settingsPath;
    shellOptions.systemSettingsPath = systemSettingsPath();
    shellOptions.about = {shellOptions.settingsPath, shellOptions.systemSettingsPath, journalPath,
                          profilePath};
    shellOptions.closeToTray = settings.closeToTray;
    ui::MainWindow &window = *session.window();
    ui::SoftphoneBridge &bridge = session.bridge();
    // A tel:/callto: number goes to the window's dial: normalised, refused while the softphone cannot call.
    auto dial = [&window](const QString &number) {
        window.dial(number);
    };
    auto shell = std::make_unique<DesktopShell>(window, keychain, shellOptions, dial);
    DesktopShell *shown = shell.get();
    DurableGateway &outbox = *session.core().outbox();
    const Clock &clock = session.core().clock();
    auto refused = std::make_shared<bool>(false);
    auto showWrites = [shown, &outbox, &clock, refused] {
        const OutboxStatus status = outbox.status();
        shown->setWriteState(writeStateFor(status, *refused), status.summary(clock.now()));
    };
    QObject::connect(&outbox, &DurableGateway::statusChanged, shown, showWrites);
    QObject::connect(&session.core().engine(), &CallEngine::outcome, shown,
                     [refused, showWrites](const CallOutcome &outcome) {
                         *refused = outcome.outcome == Outcome::Failed;
                         showWrites();
                     });
    QObject::connect(bridge.events(), &ui::SoftphoneBridgeEvents::agentStateChanged, shown,
                     [shown](const QString &state, const QString &agent) {
                         shown->setAgentState(agent.isEmpty() ? state : agent + QStringLiteral(": ") + state);
                     });
    return shell;
}

} // namespace

int runDesktop(const QStringList &arguments) {
    QTextStream err(stderr);
    std::optional<DesktopOptions> options = parse(arguments, err);
    if (!options)
        return 2;

    const ui::UiLanguage language = ui::installUiLanguage(*QCoreApplication::instance(), options->language);
    if (!language.problem.isEmpty())
        err << "callbridge: " << language.problem << Qt::endl;
    QApplication::setQuitOnLastWindowClosed(true);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/callbridge.svg")));

    QtKeychainSecretStore keychain;
    // The installed app runs once per user and settings file: a second start hands over its arguments.
    std::unique_ptr<ui::SingleInstance> instance;
    if (options->mode == DesktopOptions::Mode::Installed) {
        instance =
            std::make_unique<ui::SingleInstance>(ui::SingleInstance::serverNameFor(options->settingsPath));
        if (instance->forwardToRunning(options->forwardable)) {
            err << "callbridge: handed over to the Callbridge already running" << Qt::endl;
            return 0;
        }
        QString problem;
        if (!instance->listen(&problem))
            err << "callbridge: a second start cannot reach this one (" << problem << ")" << Qt::endl;
        if (const QString missing = missingSettings(options->settings); !missing.isEmpty()) {
            if (!desktopIsInteractive()) {
                err << "callbridge: " << missing << " in the settings (" << options->settingsPath
                    << " or --settings FILE); or try `callbridge --demo`" << Qt::endl;
                return 2;
            }
            switch (runFirstRunWizard(options->settingsPath, keychain)) {
            case FirstRunChoice::Cancelled:
                err << "callbridge: set-up cancelled; nothing was saved" << Qt::endl;
                return 0;
            case FirstRunChoice::Demo:
                options->mode = DesktopOptions::Mode::Demo;
                break;
            case FirstRunChoice::Configured:
                options->settings = loadSettings(systemSettingsPath(), options->settingsPath).settings;
                break;
            }
        }
    }

    // The sandbox's tickets are for the person trying Callbridge: unless a settings file chose otherwise, its
    // notes are in the window's language.
    if (options->mode != DesktopOptions::Mode::Installed && options->settings.noteLanguage == u"en"
        && NoteWording::languages().contains(language.code))
        options->settings.noteLanguage = language.code;

    std::unique_ptr<DesktopSession> session;
    std::unique_ptr<DesktopShell> shell;
    int exitCode = 0;
    auto failWith = [&exitCode, &err](const QString &message) {
        err << "callbridge: " << message << Qt::endl;
        exitCode = 1;
        QCoreApplication::exit(1);
    };
    // A sandbox session keeps its journal in a temporary folder: its Zendesk is as fresh as it is.
    QTemporaryDir sandboxJournalDir;
    auto begin = [&](const Settings &settings, const QString &token, ui::SoftphoneConfig softphone,
                     const QString &title, const QString &journalPath, const QString &teamPassword) {
        const QString profile = softphone.storagePath;
        session = std::make_unique<DesktopSession>(settings, TimingTrace(options->trace));
        if (const QString problem =
                session->start(token, std::move(softphone), title, journalPath, teamPassword);
            !problem.isEmpty())
            return failWith(problem);
        shell = makeShell(*session, keychain, *options, settings, journalPath, profile);
        if (instance)
            QObject::connect(instance.get(), &ui::SingleInstance::argumentsReceived, shell.get(),
                             &DesktopShell::handleArguments);
        if (!options->forwardable.isEmpty())
            shell->handleArguments(options->forwardable);
    };
    auto beginSandbox = [&](const QUrl &url) {
        useSandbox(options->settings, url);
        err << "callbridge: using the sandbox at " << url.toString() << Qt::endl;
        begin(options->settings, kSandboxToken, ui::softphoneConfigForSandbox(url),
              QCoreApplication::translate("callbridge", "Callbridge — sandbox %1").arg(url.toString()),
              sandboxJournalDir.filePath(QStringLiteral("journal.sqlite")), teamPasswordFromEnvironment());
    };

    SandboxChild sandboxChild;
    switch (options->mode) {
    case DesktopOptions::Mode::Sandbox:
        QTimer::singleShot(0, qApp, [&] { beginSandbox(options->sandboxUrl); });
        break;
    case DesktopOptions::Mode::Demo:
        QObject::connect(&sandboxChild, &SandboxChild::ready, qApp, beginSandbox);
        QObject::connect(&sandboxChild, &SandboxChild::failed, qApp, failWith);
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, &sandboxChild, &SandboxChild::stop);
        sandboxChild.start();
        break;
    case DesktopOptions::Mode::Installed: {
        ui::SoftphoneConfig softphone = ui::softphoneConfigFromSettings(options->settings);
        softphone.storagePath = ui::defaultSoftphoneStoragePath();
        const QString title = QCoreApplication::translate("callbridge", "Callbridge");
        const Settings &settings = options->settings;
        auto withPassword = [&, softphone, title](const QString &token, const QString &password) {
            begin(options->settings, token, softphone, title, journal::Journal::defaultPath(), password);
        };
        lookUpApiToken(keychain, apiTokenKey(settings.zendeskUrl, settings.zendeskEmail), qApp,
                       [&, withPassword](const ApiToken &token) {
                           if (!token.ok())
                               return failWith(token.error);
                           const TeamUrlParse team = parseTeamDatabaseUrl(options->settings.teamDatabase);
                           if (!team.url)
                               return withPassword(token.value, teamPasswordFromEnvironment());
                           lookUpTeamPassword(
                               keychain, teamPasswordKey(team.url->host, team.url->user), qApp,
                               [&err, withPassword, token](const QString &password, const QString &notice) {
                                   if (!notice.isEmpty())
                                       err << "callbridge: " << notice << Qt::endl;
                                   withPassword(token.value, password);
                               });
                       });
        break;
    }
    }
    const int code = QApplication::exec();
    shell.reset();   // the tray and dialogs before the window
    session.reset(); // web pages and profile before the QApplication goes away
    sandboxChild.stop();
    return exitCode != 0 ? exitCode : code;
}

} // namespace callbridge::app

#include "desktopcommand.moc"
