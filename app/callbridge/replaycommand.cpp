#include "replaycommand.h"

#include "policy/settings.h"
#include "replay/replayrunner.h"
#include "secrets/apitoken.h"
#include "secrets/qtkeychainsecretstore.h"
#include "stack/corestack.h"
#include "team/teamreplicator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace callbridge::app {

namespace {

struct ReplayOptions {
    bool dryRun = false;
    QString input;
    QString journalPath;
    int timeoutMs = 30'000;
    int retryBaseMs = 0; // 0: each layer's own (RetryTiming)
    int retryMaxMs = 0;
    SettingsLoad settings;
};

// Parses the command line; on error prints to `err` and returns nullopt.
std::optional<ReplayOptions> parse(const QStringList &arguments, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replays contact events (one JSON object per line) through the "
                       "call-to-ticket engine, printing one JSON line per outcome."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Decide and print, but write nothing to Zendesk.")});
    parser.addOption(
        {QStringLiteral("settings"), QStringLiteral("Settings INI file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("zendesk-url"), QStringLiteral("Zendesk base URL."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("zendesk-email"), QStringLiteral("Zendesk agent e-mail."), QStringLiteral("EMAIL")});
    parser.addOption(
        {QStringLiteral("journal"),
         QStringLiteral("Journal (SQLite) to record into and resume from: a killed replay started again "
                        "with the same journal and file writes nothing twice."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("zendesk-timeout-ms"),
                      QStringLiteral("Per-request timeout in milliseconds (default 30000)."),
                      QStringLiteral("MS")});
    const RetryTiming defaults;
    parser.addOption(
        {QStringLiteral("retry-base-ms"),
         QStringLiteral("First wait before any retry, in milliseconds (default %1 to resend what "
                        "never reached Zendesk, %2 for lookups, %3 for writes); doubles per failure.")
             .arg(defaults.client.base.count())
             .arg(defaults.lookups.base.count())
             .arg(defaults.outbox.base.count()),
         QStringLiteral("MS")});
    parser.addOption({QStringLiteral("retry-max-ms"),
                      QStringLiteral("Longest wait between retries, in milliseconds (default %1, %2 and %3).")
                          .arg(defaults.client.max.count())
                          .arg(defaults.lookups.max.count())
                          .arg(defaults.outbox.max.count()),
                      QStringLiteral("MS")});
    parser.addPositionalArgument(QStringLiteral("events"),
                                 QStringLiteral("Event file, or - for standard input."));
    if (!parser.parse(arguments)) {
        err << "callbridge replay: " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "callbridge replay: give exactly one event file (or - for standard input)\n";
        return std::nullopt;
    }
    ReplayOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.input = parser.positionalArguments().constFirst();
    options.journalPath = parser.value(QStringLiteral("journal"));
    for (auto [name, target] : {std::pair{QStringLiteral("zendesk-timeout-ms"), &options.timeoutMs},
                                std::pair{QStringLiteral("retry-base-ms"), &options.retryBaseMs},
                                std::pair{QStringLiteral("retry-max-ms"), &options.retryMaxMs}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 1 || value > 600'000) {
            err << "callbridge replay: --" << name << " must be a number of milliseconds (1 to 600000)\n";
            return std::nullopt;
        }
        *target = value;
    }
    const QString settingsPath = parser.isSet(QStringLiteral("settings"))
                                     ? parser.value(QStringLiteral("settings"))
                                     : defaultSettingsPath();
    options.settings = loadSettings(settingsPath);
    if (parser.isSet(QStringLiteral("zendesk-url")))
        options.settings.settings.zendeskUrl = QUrl(parser.value(QStringLiteral("zendesk-url")));
    if (parser.isSet(QStringLiteral("zendesk-email")))
        options.settings.settings.zendeskEmail = parser.value(QStringLiteral("zendesk-email"));
    for (const QString &notice : std::as_const(options.settings.notices))
        err << "callbridge replay: settings: " << notice << '\n';
    if (!options.settings.settings.zendeskUrl.isValid() || options.settings.settings.zendeskUrl.isEmpty()) {
        err << "callbridge replay: no Zendesk URL (use --zendesk-url or [zendesk] url in the settings)\n";
        return std::nullopt;
    }
    if (options.settings.settings.zendeskEmail.isEmpty()) {
        err << "callbridge replay: no Zendesk e-mail (use --zendesk-email or [zendesk] email in the "
               "settings)\n";
        return std::nullopt;
    }
    return options;
}

// Everything one replay needs, alive for the duration of the event loop.
class ReplaySession {
public:
    ReplaySession(QIODevice &input, QTextStream &out, QTextStream &err)
        : m_input(input)
        , m_out(out)
        , m_err(err) {}
    QString build(const ReplayOptions &options, const QString &token) {
        CoreOptions core;
        core.settings = options.settings.settings;
        core.apiToken = token;
        core.journalPath = options.journalPath;
        core.dryRun = options.dryRun;
        core.requestTimeout = std::chrono::milliseconds(options.timeoutMs);
        for (Backoff *backoff : {&core.retry.client, &core.retry.lookups, &core.retry.outbox}) {
            if (options.retryBaseMs > 0)
                backoff->base = std::chrono::milliseconds(options.retryBaseMs);
            if (options.retryMaxMs > 0)
                backoff->max = std::chrono::milliseconds(options.retryMaxMs);
        }
        core.teamPassword = teamPasswordFromEnvironment();
        if (QString error = m_stack.build(core); !error.isEmpty())
            return error;
        for (const QString &note : m_stack.startupNotes())
            m_err << "callbridge replay: " << note << '\n';
        m_runner = std::make_unique<ReplayRunner>(m_stack.engine(), m_input, m_out, m_err);
        return {};
    }
    ReplayRunner &runner() { return *m_runner; }

    // With [team] database: waits (at most `limit`) until every decision reached the team database, so that
    // scripts can read it right after the replay; then calls `done`.
    void waitForTeam(std::chrono::milliseconds limit, std::function<void()> done) {
        team::TeamReplicator *team = m_stack.team();
        if (!team || team->isCaughtUp())
            return done();
        team->poke();
        m_teamDeadline.start();
        m_teamWait = std::make_unique<QTimer>();
        QObject::connect(m_teamWait.get(), &QTimer::timeout, m_teamWait.get(), [this, team, limit, done] {
            if (!team->isCaughtUp() && !m_teamDeadline.hasExpired(limit.count()))
                return;
            m_teamWait->stop();
            if (!team->isCaughtUp())
                m_err << "callbridge replay: " << team->status() << " They are sent by the next run.\n";
            done();
        });
        m_teamWait->start(50);
    }

private:
    QIODevice &m_input;
    QTextStream &m_out;
    QTextStream &m_err;
    CoreStack m_stack;
    std::unique_ptr<ReplayRunner> m_runner;
    std::unique_ptr<QTimer> m_teamWait;
    QElapsedTimer m_teamDeadline;
};

} // namespace

int runReplay(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = parse(arguments, err);
    if (!options)
        return 2;

    QFile input;
    const bool opened = options->input == QLatin1String("-")
                            ? input.open(stdin, QIODevice::ReadOnly)
                            : (input.setFileName(options->input), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "callbridge replay: cannot read " << options->input << ": " << input.errorString() << '\n';
        return 2;
    }

    int exitCode = 0;
    std::unique_ptr<ReplaySession> session;
    auto begin = [&](const QString &token) {
        session = std::make_unique<ReplaySession>(input, out, err);
        if (const QString error = session->build(*options, token); !error.isEmpty()) {
            err << "callbridge replay: " << error << '\n';
            err.flush();
            exitCode = 1;
            QCoreApplication::exit(1);
            return;
        }
        QObject::connect(&session->runner(), &ReplayRunner::finished, qApp, [&](int code) {
            exitCode = code;
            session->waitForTeam(std::chrono::seconds(15), [code] { QCoreApplication::exit(code); });
        });
        session->runner().start();
    };

    QtKeychainSecretStore keychain;
    const Settings &s = options->settings.settings;
    lookUpApiToken(keychain, apiTokenKey(s.zendeskUrl, s.zendeskEmail), qApp, [&](const ApiToken &token) {
        if (!token.ok()) {
            err << "callbridge replay: " << token.error << '\n';
            err.flush();
            exitCode = 1;
            QCoreApplication::exit(1);
            return;
        }
        begin(token.value);
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace callbridge::app
