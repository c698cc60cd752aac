#include "reviewwindowcommand.h"

#include "journal/journal.h"
#include "policy/settings.h"
#include "policy/teamurl.h"
#include "review/journalreviewsource.h"
#include "review/outboxreviewactions.h"
#include "review/reviewrelinker.h"
#include "review/teamreviewsource.h"
#include "secrets/apitoken.h"
#include "secrets/qtkeychainsecretstore.h"
#include "stack/corestack.h"
#include "team/teamreplicator.h"
#include "ui/reviewwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace callbridge::app {

namespace {

// What the window reads and what it writes through, alive while it is open.
struct ReviewSession {
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<team::TeamDatabase> team;
    std::unique_ptr<review::ReviewSource> source;
    std::unique_ptr<CoreStack> core; // the reviewer's own outbox, when a Zendesk token is at hand
    std::unique_ptr<review::OutboxReviewActions> actions;
    std::unique_ptr<review::ReviewRelinker> relinker;
    std::unique_ptr<ui::ReviewWindow> window;
};

QString reviewerName(const Settings &settings, const std::optional<TeamDatabaseUrl> &team) {
    if (team && !team->user.isEmpty())
        return team->user;
    if (!settings.zendeskEmail.isEmpty())
        return settings.zendeskEmail;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("supervisor") : user;
}

// The team database as a review source (its own connection); an error message on failure.
QString openTeamSource(const TeamDatabaseUrl &url, const QString &password,
                       std::unique_ptr<team::TeamDatabase> &db,
                       std::unique_ptr<review::ReviewSource> &source) {
    team::TeamOpenResult opened = team::TeamDatabase::open(url, password);
    if (!opened)
        return opened.error;
    db = std::move(opened.database);
    source = std::make_unique<review::TeamReviewSource>(*db, url.display());
    return {};
}

// Opens the source; an error message on failure.
QString openSource(ReviewSession &s, const std::optional<TeamDatabaseUrl> &team, const QString &password,
                   const QString &journalPath) {
    if (team)
        return openTeamSource(*team, password, s.team, s.source);
    if (!QFile::exists(journalPath))
        return QStringLiteral("no journal at %1").arg(journalPath);
    journal::JournalOpenResult opened = journal::Journal::open(journalPath);
    if (!opened)
        return opened.error;
    s.journal = std::move(opened.journal);
    s.source = std::make_unique<review::JournalReviewSource>(*s.journal);
    return {};
}

// Retries through the core's outbox; relinks are a supervisor's corrections made by its engine once it signed
// in. Its team replicator runs with it, so what the reviewer writes reaches the team database too.
void wireActions(CoreStack &core, const review::ReviewSource &source,
                 std::unique_ptr<review::OutboxReviewActions> &actions,
                 std::unique_ptr<review::ReviewRelinker> &relinker) {
    actions = std::make_unique<review::OutboxReviewActions>(core.outbox(), QString());
    relinker = std::make_unique<review::ReviewRelinker>(core.engine(), core.journal(), source);
    actions->setRelink([relink = relinker.get()](const journal::OutcomeRecord &decision,
                                                 const LinkCorrection &correction,
                                                 review::ReviewActions::Done done) {
        relink->relink(decision, correction, std::move(done));
    });
}

// The reviewer's outbox (their journal, their Zendesk token) for retries and relinks.
void buildActions(ReviewSession &s, const Settings &settings, const ApiToken &token,
                  const QString &journalPath, const QString &teamPassword) {
    if (!token.ok()) {
        s.actions = std::make_unique<review::OutboxReviewActions>(nullptr, token.error);
        return;
    }
    CoreOptions options;
    options.settings = settings;
    options.apiToken = token.value;
    options.journalPath = journalPath;
    options.teamPassword = teamPassword;
    s.core = std::make_unique<CoreStack>();
    if (const QString problem = s.core->build(options); !problem.isEmpty()) {
        s.actions = std::make_unique<review::OutboxReviewActions>(
            nullptr, QStringLiteral("Zendesk settings: %1").arg(problem));
        return;
    }
    wireActions(*s.core, *s.source, s.actions, s.relinker);
    s.core->engine().start();
}

} // namespace

DesktopReview::DesktopReview(CoreStack &core, const Settings &settings, const QString &teamPassword) {
    std::optional<TeamDatabaseUrl> team;
    if (!settings.teamDatabase.isEmpty()) {
        if (const TeamUrlParse url = parseTeamDatabaseUrl(settings.teamDatabase); url.url) {
            if (const QString problem = openTeamSource(*url.url, teamPassword, m_team, m_source);
                problem.isEmpty())
                team = url.url;
            else
                m_notice = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "The team database cannot be read (%1): "
                                                                  "showing this computer's journal."),
                                      {problem})
                               .translated();
        }
    }
    if (!m_source && core.journal())
        m_source = std::make_unique<review::JournalReviewSource>(*core.journal());
    if (!m_source)
        return;
    if (core.outbox())
        wireActions(core, *m_source, m_actions, m_relinker);
    else
        m_actions = std::make_unique<review::OutboxReviewActions>(nullptr,
                                                                  QStringLiteral("a dry run writes nothing"));
    m_window = std::make_unique<ui::ReviewWindow>(*m_source, m_actions.get(), reviewerName(settings, team),
                                                  settings.zendeskUrl);
}

DesktopReview::~DesktopReview() = default;

int runReviewWindow(const QStringList &arguments) {
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The supervisors' review window."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("review"), QStringLiteral("Open the review window.")});
    parser.addOption(
        {QStringLiteral("settings"),
         QStringLiteral("Settings INI file: with [team] database, the team's decisions are reviewed "
                        "(unless --journal)."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("journal"), QStringLiteral("Review this journal file."), QStringLiteral("PATH")});
    if (!parser.parse(arguments)) {
        err << "callbridge --review: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const Settings settings =
        loadSettings(parser.isSet(QStringLiteral("settings")) ? parser.value(QStringLiteral("settings"))
                                                              : defaultSettingsPath())
            .settings;
    const bool local = parser.isSet(QStringLiteral("journal")) || settings.teamDatabase.isEmpty();
    const QString journalPath = parser.isSet(QStringLiteral("journal"))
                                    ? parser.value(QStringLiteral("journal"))
                                    : journal::Journal::defaultPath();
    std::optional<TeamDatabaseUrl> team;
    if (!local) {
        const TeamUrlParse url = parseTeamDatabaseUrl(settings.teamDatabase);
        if (!url.url) {
            err << "callbridge --review: [team] database: " << url.error << '\n';
            return 2;
        }
        team = url.url;
    }

    QtKeychainSecretStore keychain;
    ReviewSession session;
    int exitCode = 0;
    auto open = [&](const QString &password) {
        if (const QString problem = openSource(session, team, password, journalPath); !problem.isEmpty()) {
            err << "callbridge --review: " << problem << '\n';
            exitCode = 1;
            return QApplication::exit(1);
        }
        lookUpApiToken(keychain, apiTokenKey(settings.zendeskUrl, settings.zendeskEmail), qApp,
                       [&, password](const ApiToken &token) {
                           // In the team review, the reviewer's own journal is the outbox.
                           buildActions(session, settings, token,
                                        local ? journalPath : journal::Journal::defaultPath(), password);
                           session.window = std::make_unique<ui::ReviewWindow>(
                               *session.source, session.actions.get(), reviewerName(settings, team),
                               settings.zendeskUrl);
                           session.window->show();
                       });
    };
    QTimer::singleShot(0, qApp, [&] {
        if (!team)
            return open({});
        lookUpTeamPassword(keychain, teamPasswordKey(team->host, team->user), qApp,
                           [&](const QString &password, const QString &notice) {
                               if (!notice.isEmpty())
                                   err << "callbridge --review: " << notice << '\n';
                               open(password);
                           });
    });
    const int code = QApplication::exec();
    session.window.reset();
    return exitCode != 0 ? exitCode : code;
}

} // namespace callbridge::app
