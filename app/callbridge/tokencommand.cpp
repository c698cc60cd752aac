#include "tokencommand.h"

#include "policy/settings.h"
#include "policy/teamurl.h"
#include "secrets/apitoken.h"
#include "secrets/qtkeychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace callbridge::app {

namespace {

// One line from standard input. On a terminal: a prompt on stderr and the terminal's echo off while the token
// is typed, so that it never shows on screen (or in a terminal recording).
QString readTokenLine(QFile &input, const char *prompt) {
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        std::fputs(prompt, stderr);
        std::fflush(stderr);
    }
    const QString line = QString::fromUtf8(input.readLine(4096)).trimmed();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
#else
    return QString::fromUtf8(input.readLine(4096)).trimmed();
#endif
}

} // namespace

int runStoreToken(const QStringList &arguments) {
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stores the Zendesk API token (read from standard input) in "
                       "the OS keychain, where the app looks for it."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("settings"), QStringLiteral("Settings INI file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("zendesk-url"), QStringLiteral("Zendesk base URL."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("zendesk-email"), QStringLiteral("Agent e-mail."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("remove"), QStringLiteral("Delete the stored token instead.")});
    parser.addOption(
        {QStringLiteral("team-database"),
         QStringLiteral("Store the team database's password for [team] database's USER@HOST instead "
                        "of the Zendesk token.")});
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help"))) {
        err << (parser.isSet(QStringLiteral("help")) ? parser.helpText() : parser.errorText() + u'\n');
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    Settings settings =
        loadSettings(parser.isSet(QStringLiteral("settings")) ? parser.value(QStringLiteral("settings"))
                                                              : defaultSettingsPath())
            .settings;
    if (parser.isSet(QStringLiteral("zendesk-url")))
        settings.zendeskUrl = QUrl(parser.value(QStringLiteral("zendesk-url")));
    if (parser.isSet(QStringLiteral("zendesk-email")))
        settings.zendeskEmail = parser.value(QStringLiteral("zendesk-email"));
    const bool teamPassword = parser.isSet(QStringLiteral("team-database"));
    SecretKey key = apiTokenKey(settings.zendeskUrl, settings.zendeskEmail);
    if (teamPassword) {
        const TeamUrlParse team = parseTeamDatabaseUrl(settings.teamDatabase);
        if (!team.url) {
            err << "callbridge store-token: --team-database needs [team] database in the settings ("
                << (settings.teamDatabase.isEmpty() ? QStringLiteral("not set") : team.error) << ")\n";
            return 2;
        }
        key = teamPasswordKey(team.url->host, team.url->user);
    }
    const QString what =
        teamPassword ? QStringLiteral("team database password") : QStringLiteral("Zendesk API token");
    if (!key.isValid()) {
        err << "callbridge store-token: give the Zendesk URL and e-mail (--zendesk-url, --zendesk-email, or "
               "the "
               "settings)\n";
        return 2;
    }

    QString token;
    if (!parser.isSet(QStringLiteral("remove"))) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            err << "callbridge store-token: cannot read standard input\n";
            return 2;
        }
        token = readTokenLine(input, teamPassword ? "Team database password (not shown): "
                                                  : "Zendesk API token (not shown): ");
        if (token.isEmpty()) {
            err << "callbridge store-token: no " << (teamPassword ? "team database password" : "token")
                << " on standard input\n";
            return 2;
        }
    }

    QtKeychainSecretStore keychain;
    int exitCode = 1;
    auto done = [&](const SecretResult &r) {
        if (r.ok()) {
            QTextStream(stdout) << (token.isEmpty() ? "Removed" : "Stored") << " the " << what << " for "
                                << key.account << " at " << key.host << " in the OS keychain.\n";
            exitCode = 0;
        } else {
            err << "callbridge store-token: the keychain refused (" << secretErrorName(r.error)
                << "): " << r.errorMessage << '\n';
        }
        QCoreApplication::exit(exitCode);
    };
    QTimer::singleShot(0, qApp, [&] {
        if (token.isEmpty())
            keychain.remove(key, qApp, done);
        else
            keychain.write(key, token, qApp, done);
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace callbridge::app
