// team_review_bench: fills a PostgreSQL database (on the server given, e.g. the test cluster of
// scripts/test-postgres.sh) with N contacts (default 1,000,000) of 200 agents over a year — a realistic
// outcome mix, repeat and close numbers, their events and write states, some reviews — then times each
// review query through the same core code the review window uses (TeamReviewSource, median of R runs) and
// the window model's first page, and prints the plans with --explain.
//
//   team_review_bench --server HOST:PORT [--contacts N] [--runs R] [--explain] [--keep]

#include "model/reviewconcerns.h"
#include "review/reviewcounts.h"
#include "review/teamreviewsource.h"
#include "team/teamdatabase.h"
#include "team/teamqueries.h"
#include "ui/reviewtablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace callbridge;
using namespace Qt::StringLiterals;

namespace {

constexpr int kAgents = 200;
const QDateTime kStart(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::utc());
constexpr double kYearSeconds = 365.0 * 86400.0;

bool run(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "SQL failed: %s\n%s\n", qPrintable(q.lastError().text()),
                     qPrintable(sql.left(300)));
        return false;
    }
    return true;
}

// One statement per table, generate_series only: a million contacts load in about a minute.
bool fill(QSqlDatabase db, qint64 contacts) {
    const QString n = QString::number(contacts);
    const QString step = QString::number(kYearSeconds / double(contacts), 'f', 6);
    // g % 100 picks the outcome: 40 created, 20 reused, 10 IVR, 5 transfer, 10 attached, 4 forced, 3 nothing,
    // 1 failed, 1 corrected, 6 created for an anonymous caller. Numbers: 400,000 subscribers; every 50th call
    // comes from a subscriber number with another prefix and another user (a close number for its twin).
    const QString outcomes = uR"(
      INSERT INTO team_outcomes (journal_id, local_id, contact_id, initial_contact_id, direction, at, outcome, mode,
                                 links, user_id, user_created, ticket_id, ticket_created, reason, notices,
                                 agent_username, agent_name, customer_number, number_rev, concerns)
      SELECT 'journal-' || a, g, 'contact-' || g, 'contact-' || g, 'inbound',
             timestamptz '2025-12-01 00:00+00' + g * interval '%2 seconds',
             o.outcome, o.mode, o.outcome NOT IN ('nothing', 'failed'),
             CASE WHEN o.anonymous THEN 0 WHEN g % 50 = 0 THEN 900000 + g ELSE 1000 + s END,
             o.outcome = 'ticket_created' AND g % 7 = 0,
             CASE WHEN o.outcome IN ('nothing', 'failed') THEN 0 ELSE 100000 + g END,
             o.outcome IN ('ticket_created', 'force_created'),
             o.reason, o.notices, 'agent' || lpad(a::text, 3, '0'), 'Agent ' || a,
             num, reverse(regexp_replace(num, '\D', '', 'g')),
             (CASE WHEN o.reason LIKE '%users share it%' THEN 1 ELSE 0 END)
             | (CASE WHEN o.notices::text LIKE '%IVR ticket%' THEN 2 ELSE 0 END)
             | (CASE WHEN o.outcome = 'force_created' THEN 4 ELSE 0 END)
             | (CASE WHEN o.anonymous THEN 8 ELSE 0 END)
             | (CASE WHEN o.outcome = 'failed' THEN 16 ELSE 0 END)
             | (CASE WHEN o.outcome = 'corrected' THEN 32 ELSE 0 END)
             | (CASE WHEN o.outcome = 'ticket_created' AND g % 7 = 0 THEN 64 ELSE 0 END)
      FROM generate_series(1::bigint, %1) AS g,
           LATERAL (SELECT (g * 7919) % 400000 AS s, (g * 31 + g / 1000) % 200 AS a) AS k,
           LATERAL (SELECT CASE WHEN g % 100 BETWEEN 94 AND 99 THEN 'anonymous'
                                WHEN g % 50 = 0 THEN '+4989' || lpad(((g * 104729 + 7) % 400000)::text, 7, '0')
                                ELSE '+4930' || lpad(s::text, 7, '0') END AS num) AS p,
           LATERAL (SELECT * FROM (VALUES
             (0, 40, 'ticket_created', 'auto', 'identified by customer_number: new ticket', '[]'::jsonb, false),
             (40, 57, 'ticket_reused', 'recent', 'reused: updated 4 min ago, within 15', '[]'::jsonb, false),
             (57, 60, 'ticket_reused', 'recent', 'customer_number (2 users share it; took #7, the most recently updated)', '[]'::jsonb, false),
             (60, 68, 'ticket_from_ivr', 'ivr', 'IVR ticket belongs to the caller', '[]'::jsonb, false),
             (68, 70, 'ticket_created', 'auto', 'new ticket', '["IVR ticket #12 belongs to another user"]'::jsonb, false),
             (70, 75, 'ticket_transferred', 'transfer', 'the ticket follows the transferred call', '[]'::jsonb, false),
             (75, 85, 'attached', 'agent', 'the agent attached the call', '[]'::jsonb, false),
             (85, 89, 'force_created', 'forced', 'nothing chosen by the end of the call', '[]'::jsonb, false),
             (89, 92, 'nothing', 'none', 'missed call', '[]'::jsonb, false),
             (92, 93, 'failed', 'failed', 'Zendesk refused the ticket: subject is too long', '[]'::jsonb, false),
             (93, 94, 'corrected', 'agent', 'moved by a supervisor', '[]'::jsonb, false),
             (94, 100, 'ticket_created', 'auto', 'anonymous caller (withheld): new ticket with the agent as requester', '[]'::jsonb, true)
           ) AS m(lo, hi, outcome, mode, reason, notices, anonymous) WHERE g % 100 >= m.lo AND g % 100 < m.hi) AS o)"_s
                                 .arg(n, step);
    const QString events = uR"(
      INSERT INTO team_events (journal_id, local_seq, contact_id, kind, at, received_at, event)
      SELECT journal_id, local_id * 2 + e, contact_id, CASE e WHEN 0 THEN 'connected' ELSE 'ended' END,
             at + e * interval '3 minutes', at + e * interval '3 minutes',
             jsonb_build_object('event', CASE e WHEN 0 THEN 'connected' ELSE 'ended' END,
                                'contact', jsonb_build_object('contactId', contact_id,
                                                              'queue', jsonb_build_object('name', 'Support')),
                                'agent', jsonb_build_object('username', agent_username))
      FROM team_outcomes, generate_series(0, 1) AS e)"_s;
    const QString writes = uR"(
      INSERT INTO team_writes (journal_id, local_id, contact_id, idempotency_key, kind, target_id, state, attempts,
                               error, result_id, at, payload)
      SELECT journal_id, local_id * 2 + w, contact_id, 'cb-' || contact_id || '-ticket', 'CreateTicket', 0,
             CASE WHEN w = 0 THEN 'pending' WHEN outcome = 'failed' THEN 'failed' ELSE 'done' END, w,
             CASE WHEN w = 1 AND outcome = 'failed' THEN '422 subject is too long' ELSE '' END,
             CASE WHEN w = 1 AND outcome <> 'failed' THEN ticket_id ELSE 0 END, at + w * interval '1 second',
             CASE WHEN w = 0 THEN '{"ticket": {"subject": "Call"}}'::jsonb END
      FROM team_outcomes, generate_series(0, 1) AS w
      WHERE outcome NOT IN ('nothing', 'details_appended'))"_s;
    // A fifth of the concerning decisions older than a month are already reviewed.
    const QString reviews = uR"(
      INSERT INTO team_reviews (contact_id, journal_id, reviewed_by, reviewed_at, note)
      SELECT contact_id, journal_id, 'postgres', at + interval '1 day', 'ok'
      FROM team_outcomes WHERE concerns <> 0 AND local_id % 5 = 0
        AND at < timestamptz '2025-12-01 00:00+00' + interval '335 days')"_s;
    QElapsedTimer t;
    t.start();
    for (const auto &[name, sql] : {std::pair{"decisions", outcomes}, std::pair{"events", events},
                                    std::pair{"write states", writes}, std::pair{"reviews", reviews}}) {
        if (!run(db, sql))
            return false;
        std::printf("loaded %-13s %6.1f s\n", name, double(t.restart()) / 1000.0);
        std::fflush(stdout);
    }
    return run(db, u"ANALYZE"_s);
}

double medianMs(int runs, const std::function<void()> &work) {
    work(); // warm
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_s, u"PostgreSQL HOST:PORT (superuser postgres, trust)"_s, u"HOST:PORT"_s},
                       {u"contacts"_s, u"contacts to load"_s, u"N"_s, u"1000000"_s},
                       {u"runs"_s, u"runs per query"_s, u"R"_s, u"11"_s},
                       {u"explain"_s, u"print each query's plan"_s},
                       {u"reuse"_s, u"keep the database of an earlier run (same --contacts)"_s}});
    parser.process(app);
    const QString server = parser.value(u"server"_s);
    if (server.isEmpty()) {
        std::fprintf(stderr, "team_review_bench: --server HOST:PORT is required\n");
        return 2;
    }
    const qint64 contacts = parser.value(u"contacts"_s).toLongLong();
    const int runs = parser.value(u"runs"_s).toInt();
    TeamDatabaseUrl url;
    url.host = server.section(u':', 0, 0);
    url.port = server.section(u':', 1, 1).toInt();
    url.user = u"postgres"_s;
    url.database = u"postgres"_s;
    const QString dbName = u"cb_review_bench_%1"_s.arg(contacts);
    {
        team::TeamOpenResult admin = team::TeamDatabase::open(url, {});
        if (!admin) {
            std::fprintf(stderr, "team_review_bench: %s\n", qPrintable(admin.error));
            return 1;
        }
        run(admin.database->connection(), u"SET statement_timeout = 0"_s);
        QSqlQuery exists(admin.database->connection());
        exists.exec(u"SELECT 1 FROM pg_database WHERE datname = '%1'"_s.arg(dbName));
        const bool have = exists.next();
        if (have && !parser.isSet(u"reuse"_s))
            run(admin.database->connection(), u"DROP DATABASE %1 WITH (FORCE)"_s.arg(dbName));
        if (!have || !parser.isSet(u"reuse"_s))
            run(admin.database->connection(), u"CREATE DATABASE %1"_s.arg(dbName));
    }
    url.database = dbName;
    team::TeamOpenResult opened = team::TeamDatabase::open(url, {});
    if (!opened || !opened.database->migrate()) {
        std::fprintf(stderr, "team_review_bench: %s\n",
                     qPrintable(opened ? opened.database->lastError() : opened.error));
        return 1;
    }
    team::TeamDatabase &db = *opened.database;
    run(db.connection(), u"SET statement_timeout = 0"_s);
    if (db.visibleOutcomeCount() == 0 && !fill(db.connection(), contacts))
        return 1;
    run(db.connection(), u"SET statement_timeout = 3000"_s);

    review::TeamReviewSource source(db, url.display());
    const team::TeamQueries queries(db);
    const QDateTime end = kStart.addSecs(qint64(kYearSeconds));
    const QString sampleContact = u"contact-%1"_s.arg(contacts / 2);

    struct Query {
        QString name;
        journal::JournalFilter filter;
    };
    journal::JournalFilter newest;
    journal::JournalFilter agentWeek;
    agentWeek.agent = u"agent017"_s;
    agentWeek.from = end.addDays(-7);
    agentWeek.to = end;
    journal::JournalFilter byTicket;
    byTicket.ticketId = 100000 + contacts / 3;
    journal::JournalFilter byPhone;
    byPhone.phone = u"0123456"_s;
    journal::JournalFilter byOutcome;
    byOutcome.outcomes = {u"force_created"_s};
    journal::JournalFilter text;
    text.reasonText = u"too long"_s;
    journal::JournalFilter rareText;
    rareText.reasonText = u"supervisor"_s;
    const QList<Query> pages{{u"newest page (100)"_s, newest},
                             {u"one agent's last 7 days"_s, agentWeek},
                             {u"by ticket"_s, byTicket},
                             {u"by phone suffix (7 digits)"_s, byPhone},
                             {u"by outcome (force_created)"_s, byOutcome},
                             {u"queue (all concerns, unreviewed)"_s, review::queueFilter({})},
                             {u"queue: close numbers only"_s, review::queueFilter({}, ConcernNewUser)},
                             {u"text in reason (common)"_s, text},
                             {u"text in reason (rare)"_s, rareText}};

    std::printf("\n%-36s %10s %7s\n", "query (1M-row team database)", "median ms", "rows");
    for (const Query &q : pages) {
        int rows = 0;
        const double ms = medianMs(runs, [&] { rows = int(source.page(q.filter, {}, 100).rows.size()); });
        std::printf("%-36s %10.2f %7d\n", qPrintable(q.name), ms, rows);
        if (parser.isSet(u"explain"_s)) {
            journal::JournalFilter f = q.filter;
            f.limit = 101;
            for (const QString &line : queries.explainOutcomes(f))
                std::printf("    %s\n", qPrintable(line));
        }
    }
    // The 100th page, by key: as fast as the first.
    {
        review::ReviewPage page = source.page(newest, {}, 100);
        for (int i = 0; i < 99; ++i)
            page = source.page(newest, page.next, 100);
        const journal::JournalFilter::Position deep = page.next;
        const double ms = medianMs(runs, [&] { source.page(newest, deep, 100); });
        std::printf("%-36s %10.2f %7d\n", "page 101 (keyset)", ms, 100);
    }
    for (const auto &[name, days] :
         {std::pair{"counts per hour, one day", 1}, std::pair{"counts per hour, one week", 7}}) {
        journal::JournalFilter period;
        period.from = end.addDays(-days);
        period.to = end;
        qint64 calls = 0;
        const double ms = medianMs(
            runs, [&] { calls = review::countsFor(source, period, journal::CountDimension::Hour).total(); });
        std::printf("%-36s %10.2f %7lld\n", name, ms, static_cast<long long>(calls));
    }
    {
        int events = 0;
        const double ms = medianMs(runs, [&] { events = int(source.detail(sampleContact).timeline.size()); });
        std::printf("%-36s %10.2f %7d\n", "one contact's detail", ms, events);
    }
    {
        ui::ReviewTableModel model(source);
        const double ms = medianMs(runs, [&] { model.setFilter({}); });
        std::printf("%-36s %10.2f %7d\n", "window model, first page (200 rows)", ms, model.rowCount());
    }
    return 0;
}
