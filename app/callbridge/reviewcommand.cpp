#include "reviewcommand.h"

#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "policy/settings.h"
#include "policy/teamurl.h"
#include "secrets/apitoken.h"
#include "team/teamqueries.h"
#include "teampassword.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <optional>

namespace callbridge::app {

namespace {

std::optional<QDateTime> parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            t = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
}

QString cell(QString text, int width) {
    text.replace(u'\n', u' ');
    if (text.size() > width)
        return text.left(width - 1) + QChar(0x2026);
    return text.leftJustified(width);
}

QString id(qint64 value) {
    return value > 0 ? QStringLiteral("#%1").arg(value) : QStringLiteral("-");
}

} // namespace

// Prints what a supervisor asked for from the local journal or the team database (same rows, same filters).
template <typename Queries>
int printReview(const Queries &queries, const QCommandLineParser &parser,
                const journal::JournalFilter &filter, QTextStream &out, QTextStream &err) {
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile file;
        const QString target = parser.value(QStringLiteral("csv"));
        const bool isOpen = target == QLatin1String("-")
                                ? file.open(stdout, QIODevice::WriteOnly)
                                : (file.setFileName(target), file.open(QIODevice::WriteOnly));
        if (!isOpen || !queries.exportCsv(filter, file)) {
            err << "callbridge review: cannot write CSV: "
                << (isOpen ? queries.lastError() : file.errorString()) << '\n';
            return 1;
        }
        return 0;
    }

    if (parser.isSet(QStringLiteral("links"))) {
        out << cell(QStringLiteral("linked at (UTC)"), 20) << cell(QStringLiteral("contact"), 38)
            << cell(QStringLiteral("agent"), 14) << cell(QStringLiteral("number"), 15)
            << cell(QStringLiteral("mode"), 9) << cell(QStringLiteral("ticket"), 8)
            << cell(QStringLiteral("user"), 8) << "reason\n";
        const QList<journal::LinkRecord> rows = queries.links(filter);
        for (const journal::LinkRecord &r : rows)
            out << cell(r.linkedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), 20)
                << cell(r.contactId, 38) << cell(r.agentUsername, 14) << cell(r.customerNumber, 15)
                << cell(r.mode, 9) << cell(id(r.ticketId), 8) << cell(id(r.userId), 8) << r.reason << '\n';
        out << rows.size() << " of " << queries.countLinks(filter) << " links\n";
        return 0;
    }

    out << cell(QStringLiteral("time (UTC)"), 20) << cell(QStringLiteral("contact"), 38)
        << cell(QStringLiteral("agent"), 14) << cell(QStringLiteral("number"), 15)
        << cell(QStringLiteral("outcome"), 18) << cell(QStringLiteral("ticket"), 8)
        << cell(QStringLiteral("user"), 8) << "reason\n";
    const QList<journal::OutcomeRecord> rows = queries.outcomes(filter);
    for (const journal::OutcomeRecord &r : rows) {
        QString reason = r.reason;
        if (!r.notices.isEmpty())
            reason += QStringLiteral(" [") + r.notices.join(QStringLiteral("; ")) + u']';
        out << cell(r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), 20) << cell(r.contactId, 38)
            << cell(r.agentUsername, 14) << cell(r.customerNumber, 15) << cell(r.outcome, 18)
            << cell(id(r.ticketId), 8) << cell(id(r.userId), 8) << reason << '\n';
    }
    out << rows.size() << " of " << queries.countOutcomes(filter) << " decisions\n";
    return 0;
}

int runReview(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows every call-to-ticket decision, newest first, with how and "
                       "why it was made."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("journal"), QStringLiteral("Journal file (default: the app's)."),
         QStringLiteral("PATH")},
        {QStringLiteral("from"), QStringLiteral("From this time (ISO 8601 or a date), inclusive."),
         QStringLiteral("T")},
        {QStringLiteral("to"), QStringLiteral("Up to this time, exclusive."), QStringLiteral("T")},
        {QStringLiteral("agent"), QStringLiteral("Agent username."), QStringLiteral("NAME")},
        {QStringLiteral("outcome"), QStringLiteral("Outcome (repeatable), e.g. ticket_reused."),
         QStringLiteral("O")},
        {QStringLiteral("mode"),
         QStringLiteral(
             "How it was linked (repeatable): auto, ivr, recent, transfer, agent, forced, none, failed."),
         QStringLiteral("M")},
        {QStringLiteral("phone"), QStringLiteral("+E164, or the last digits of the number."),
         QStringLiteral("P")},
        {QStringLiteral("ticket"), QStringLiteral("Ticket id."), QStringLiteral("N")},
        {QStringLiteral("limit"), QStringLiteral("At most N rows (default 100; 0 = all)."),
         QStringLiteral("N")},
        {QStringLiteral("links"), QStringLiteral("Current link per contact instead of every decision.")},
        {QStringLiteral("csv"), QStringLiteral("Write the decisions as CSV to FILE (- = standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("settings"),
         QStringLiteral("Settings INI file: with [team] database, the team's decisions are reviewed (unless "
                        "--journal)."),
         QStringLiteral("FILE")},
    };
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        err << "callbridge review: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }

    journal::JournalFilter filter;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        if (!parser.isSet(name))
            continue;
        const auto t = parseTime(parser.value(name));
        if (!t) {
            err << "callbridge review: --" << name << " must be an ISO 8601 time or date\n";
            return 2;
        }
        *target = *t;
    }
    filter.agent = parser.value(QStringLiteral("agent"));
    filter.outcomes = parser.values(QStringLiteral("outcome"));
    filter.modes = parser.values(QStringLiteral("mode"));
    filter.phone = parser.value(QStringLiteral("phone"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("ticket")))
        filter.ticketId = parser.value(QStringLiteral("ticket")).toLongLong(&ok);
    if (ok && parser.isSet(QStringLiteral("limit")))
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit < 0 || filter.ticketId < 0) {
        err << "callbridge review: --ticket and --limit take whole numbers\n";
        return 2;
    }

    const SettingsLoad settings = parser.isSet(QStringLiteral("settings"))
                                      ? loadSettings(parser.value(QStringLiteral("settings")))
                                      : SettingsLoad{};
    if (!settings.settings.teamDatabase.isEmpty() && !parser.isSet(QStringLiteral("journal"))) {
        // [team] database: every agent's decisions, as far as this login may read them.
        const TeamUrlParse url = parseTeamDatabaseUrl(settings.settings.teamDatabase);
        team::TeamOpenResult opened = team::TeamDatabase::open(*url.url, teamPasswordNow(*url.url));
        if (!opened) {
            err << "callbridge review: " << opened.error << '\n';
            return 1;
        }
        return printReview(team::TeamQueries(*opened.database), parser, filter, out, err);
    }
    const QString path = parser.isSet(QStringLiteral("journal")) ? parser.value(QStringLiteral("journal"))
                                                                 : journal::Journal::defaultPath();
    if (!QFile::exists(path)) {
        err << "callbridge review: no journal at " << path << '\n';
        return 2;
    }
    const journal::JournalOpenResult opened = journal::Journal::open(path);
    if (!opened) {
        err << "callbridge review: " << opened.error << '\n';
        return 1;
    }
    return printReview(journal::JournalQueries(*opened.journal), parser, filter, out, err);
}

} // namespace callbridge::app
