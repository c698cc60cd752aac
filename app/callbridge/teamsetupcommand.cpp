#include "teamsetupcommand.h"

#include "policy/settings.h"
#include "policy/teamurl.h"
#include "secrets/apitoken.h"
#include "team/teamdatabase.h"
#include "teampassword.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace callbridge::app {

int runTeamSetup(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates or upgrades the team database named by [team] database (run it as the database's owner; the "
        "password comes from CALLBRIDGE_TEAM_DB_PASSWORD or ~/.pgpass)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("settings"), QStringLiteral("Settings INI file."), QStringLiteral("FILE")});
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help"))) {
        err << (parser.isSet(QStringLiteral("help")) ? parser.helpText() : parser.errorText() + u'\n');
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    }
    const SettingsLoad load =
        loadSettings(parser.isSet(QStringLiteral("settings")) ? parser.value(QStringLiteral("settings"))
                                                              : defaultSettingsPath());
    for (const QString &notice : load.notices)
        err << "callbridge team-setup: settings: " << notice << '\n';
    const TeamUrlParse url = parseTeamDatabaseUrl(load.settings.teamDatabase);
    if (!url.url) {
        err << "callbridge team-setup: no usable [team] database in the settings (" << url.error << ")\n";
        return 2;
    }
    team::TeamOpenResult opened = team::TeamDatabase::open(*url.url, teamPasswordNow(*url.url));
    if (!opened) {
        err << "callbridge team-setup: " << opened.error << '\n';
        return 1;
    }
    const int before = opened.database->schemaVersion();
    if (!opened.database->migrate()) {
        err << "callbridge team-setup: " << opened.database->lastError() << '\n';
        return 1;
    }
    out << "Team database " << url.url->display() << ": schema version " << opened.database->schemaVersion()
        << (before == opened.database->schemaVersion() ? " (already up to date)" : "") << ".\n"
        << "Give each agent a login in role callbridge_agent and each supervisor one in "
           "callbridge_supervisor, e.g.\n"
        << "  CREATE ROLE ann LOGIN PASSWORD '…' IN ROLE callbridge_agent;\n";
    return 0;
}

} // namespace callbridge::app
