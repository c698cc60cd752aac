#include "replaycommand.h"

#include "engine/callengine.h"
#include "engine/linkmemory.h"
#include "policy/settings.h"
#include "replay/dryrungateway.h"
#include "replay/replayrunner.h"
#include "secrets/qtkeychainsecretstore.h"
#include "zendesk/httpgateway.h"
#include "zendesk/zendeskclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace callbridge::app {

namespace {

struct ReplayOptions {
    bool dryRun = false;
    QString input;
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
    ReplaySession(const ReplayOptions &options, const QString &token, QIODevice &input, QTextStream &out,
                  QTextStream &err)
        : m_client(clientConfig(options.settings.settings, token))
        , m_http(m_client)
        , m_dryRun(m_http)
        , m_engine(options.dryRun ? static_cast<zendesk::Gateway &>(m_dryRun) : m_http,
                   options.settings.settings, m_clock, m_memory)
        , m_runner(m_engine, input, out, err) {}
    ReplayRunner &runner() { return m_runner; }

private:
    static zendesk::ClientConfig clientConfig(const Settings &settings, const QString &token) {
        zendesk::ClientConfig config;
        config.baseUrl = settings.zendeskUrl;
        config.email = settings.zendeskEmail;
        config.apiToken = token;
        return config;
    }

    SystemClock m_clock;
    InMemoryLinkMemory m_memory;
    zendesk::ZendeskClient m_client;
    zendesk::HttpGateway m_http;
    DryRunGateway m_dryRun;
    CallEngine m_engine;
    ReplayRunner m_runner;
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
        session = std::make_unique<ReplaySession>(*options, token, input, out, err);
        QObject::connect(&session->runner(), &ReplayRunner::finished, qApp, [&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
        session->runner().start();
    };

    const QString envToken = qEnvironmentVariable("CALLBRIDGE_ZENDESK_TOKEN");
    QtKeychainSecretStore keychain;
    if (!envToken.isEmpty()) {
        begin(envToken);
    } else {
        const Settings &s = options->settings.settings;
        const SecretKey key{s.zendeskUrl.host(), s.zendeskEmail, QStringLiteral("zendesk-api-token")};
        keychain.read(key, qApp, [&](const SecretResult &r) {
            if (!r.ok()) {
                err << "callbridge replay: no Zendesk API token: set CALLBRIDGE_ZENDESK_TOKEN or store it in "
                       "the "
                       "keychain ("
                    << r.errorMessage << ")\n";
                err.flush();
                exitCode = 1;
                QCoreApplication::exit(1);
                return;
            }
            begin(r.value);
        });
    }
    QCoreApplication::exec();
    return exitCode;
}

} // namespace callbridge::app
