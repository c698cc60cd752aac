// The review over the team database: v2's events, write states and review marks, replicated from real
// journals, read through the same ReviewSource the review window uses.
#include "journal/journal.h"
#include "journal/journalreplication.h"
#include "model/reviewconcerns.h"
#include "review/teamreviewsource.h"
#include "reviewfixture.h"
#include "team/teamqueries.h"
#include "team/teamreplication.h"
#include "teamtestserver.h"

#include <QTimeZone>

using namespace callbridge;
using namespace callbridge::team;
using namespace callbridge::team::testing;
using callbridge::testing::ReviewFixture;

namespace {

const QString kTarget = QStringLiteral("team:test");

QStringList contactsOf(const QList<journal::OutcomeRecord> &rows) {
    QStringList ids;
    for (const journal::OutcomeRecord &r : rows)
        ids << r.contactId;
    return ids;
}

struct AgentJournal {
    std::unique_ptr<journal::Journal> journal;
    ReviewFixture fixture;
};

AgentJournal agentJournal(const QString &prefix, const QString &agent, int hour) {
    AgentJournal a;
    a.fixture = {prefix, agent, QDateTime(QDate(2026, 3, 2), QTime(hour, 0), QTimeZone::utc())};
    journal::JournalOpenResult opened = journal::Journal::open(QStringLiteral(":memory:"));
    EXPECT_TRUE(opened) << opened.error.toStdString();
    a.journal = std::move(opened.journal);
    EXPECT_TRUE(callbridge::testing::fillReviewJournal(*a.journal, a.fixture));
    return a;
}

void replicateAll(journal::Journal &j, TeamDatabase &db) {
    journal::JournalReplicationLog log(j);
    for (int i = 0; i < 20; ++i) {
        const ReplicationStep step = replicateStep(log, db, kTarget, 5);
        ASSERT_TRUE(step.error.isEmpty()) << step.error.toStdString();
        if (step.caughtUp)
            return;
    }
    FAIL() << "replication did not catch up";
}

qint64 countRows(TeamDatabase &db, const QString &table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

TEST_F(TeamServerTest, V2MigrationIsIdempotentAndBuildsTheReviewTables) {
    TeamDatabase &db = owner();
    ASSERT_TRUE(db.migrate()) << db.lastError().toStdString();
    ASSERT_TRUE(db.migrate()) << db.lastError().toStdString();
    EXPECT_EQ(db.schemaVersion(), TeamDatabase::latestSchemaVersion());
    EXPECT_EQ(TeamDatabase::latestSchemaVersion(), 4);
    for (const QString &table :
         {QStringLiteral("team_events"), QStringLiteral("team_writes"), QStringLiteral("team_reviews")})
        EXPECT_EQ(countRows(db, table), 0) << table.toStdString();
}

TEST_F(TeamServerTest, EventsAndWriteStatesAreCopiedOnceAcrossACrashBetweenRowsAndCursor) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    AgentJournal a = agentJournal(QStringLiteral("a"), QStringLiteral("ann"), 9);
    TeamDatabase &db = connect(ann);
    journal::JournalReplicationLog log(*a.journal);
    // The crash: the rows reached PostgreSQL, the cursors never moved.
    ASSERT_TRUE(db.insertEvents(log.journalId(), log.eventsAfter(0, 100))) << db.lastError().toStdString();
    ASSERT_TRUE(db.insertWrites(log.journalId(), log.writesAfter(0, 100))) << db.lastError().toStdString();
    EXPECT_EQ(log.cursor(journal::JournalReplicationLog::eventsTarget(kTarget)), 0);
    replicateAll(*a.journal, db);
    EXPECT_EQ(countRows(db, QStringLiteral("team_events")), 16); // 8 contacts × connected, ended
    EXPECT_EQ(countRows(db, QStringLiteral("team_writes")), 3);  // pending, sending, failed
    EXPECT_EQ(log.cursor(journal::JournalReplicationLog::eventsTarget(kTarget)), log.lastEventSeq());
    EXPECT_EQ(log.cursor(journal::JournalReplicationLog::writesTarget(kTarget)), log.lastWriteId());
    replicateAll(*a.journal, db); // again: nothing new
    EXPECT_EQ(countRows(db, QStringLiteral("team_events")), 16);
    // A later state change follows, in order.
    const QString key =
        QStringLiteral("cb-") + a.fixture.id(QStringLiteral("failed")) + QStringLiteral("-ticket");
    ASSERT_TRUE(a.journal->requeueFailed(key));
    replicateAll(*a.journal, db);
    const QList<journal::WriteTransition> writes =
        TeamQueries(db).writesOf(a.fixture.id(QStringLiteral("failed")));
    QStringList states;
    for (const journal::WriteTransition &w : writes)
        states << w.state;
    EXPECT_EQ(states, (QStringList{QStringLiteral("pending"), QStringLiteral("sending"),
                                   QStringLiteral("failed"), QStringLiteral("pending")}));
    EXPECT_EQ(writes.at(2).error, QStringLiteral("422 subject is too long"));
    EXPECT_TRUE(writes.at(2).payload.contains("Call"));
}

TEST_F(TeamServerTest, AnAgentCannotReadAnotherAgentsEventsOrWritesButASupervisorCan) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("callbridge_agent"));
    const QString sue = loginRole(QStringLiteral("sue"), QStringLiteral("callbridge_supervisor"));
    AgentJournal a = agentJournal(QStringLiteral("a"), QStringLiteral("ann"), 9);
    replicateAll(*a.journal, connect(ann));
    const QString contact = a.fixture.id(QStringLiteral("failed"));
    TeamDatabase &bobDb = connect(bob);
    EXPECT_TRUE(TeamQueries(bobDb).eventsOf(contact).isEmpty());
    EXPECT_TRUE(TeamQueries(bobDb).writesOf(contact).isEmpty());
    EXPECT_EQ(countRows(bobDb, QStringLiteral("team_events")), 0);
    EXPECT_EQ(TeamQueries(connect(ann)).eventsOf(contact).size(), 2);
    const review::ContactDetail detail = review::TeamReviewSource(connect(sue)).detail(contact);
    EXPECT_EQ(detail.timeline.size(), 2);
    EXPECT_EQ(detail.writes.size(), 1);
    EXPECT_TRUE(detail.writes.first().isFailed());
    // Nobody rewrites history: not the agent, not the supervisor.
    QSqlQuery agentUpdate(connect(ann).connection());
    EXPECT_FALSE(agentUpdate.exec(QStringLiteral("UPDATE team_events SET kind = 'x'")));
    QSqlQuery supervisorDelete(connect(sue).connection());
    EXPECT_FALSE(supervisorDelete.exec(QStringLiteral("DELETE FROM team_writes")));
}

TEST_F(TeamServerTest, SupervisorsMarkContactsReviewedAndAgentsCannot) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    const QString sue = loginRole(QStringLiteral("sue"), QStringLiteral("callbridge_supervisor"));
    AgentJournal a = agentJournal(QStringLiteral("a"), QStringLiteral("ann"), 9);
    replicateAll(*a.journal, connect(ann));
    journal::ReviewMark mark;
    mark.contactId = a.fixture.id(QStringLiteral("shared"));
    mark.by = QStringLiteral("someone-else"); // ignored: the login is the reviewer
    mark.note = QStringLiteral("right user");
    review::TeamReviewSource agentSource(connect(ann));
    EXPECT_FALSE(agentSource.markReviewed(mark));
    EXPECT_FALSE(agentSource.lastError().isEmpty());
    QSqlQuery agentRead(connect(ann).connection());
    EXPECT_FALSE(agentRead.exec(QStringLiteral("SELECT * FROM team_reviews")));
    review::TeamReviewSource supervisor(connect(sue));
    ASSERT_TRUE(supervisor.markReviewed(mark)) << supervisor.lastError().toStdString();
    const review::ContactDetail detail = supervisor.detail(mark.contactId);
    ASSERT_EQ(detail.reviews.size(), 1);
    EXPECT_EQ(detail.reviews.first().by, sue);
    EXPECT_EQ(detail.reviews.first().note, QStringLiteral("right user"));
    // A supervisor cannot sign a mark with another name.
    QSqlQuery forged(connect(sue).connection());
    EXPECT_FALSE(forged.exec(
        QStringLiteral("INSERT INTO team_reviews (contact_id, reviewed_by) VALUES ('x', 'postgres')")));
}

TEST_F(TeamServerTest, TwoAgentsJournalsMakeOneReviewWithEachQueueCategory) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("callbridge_agent"));
    const QString sue = loginRole(QStringLiteral("sue"), QStringLiteral("callbridge_supervisor"));
    AgentJournal a = agentJournal(QStringLiteral("a"), QStringLiteral("ann"), 9);
    AgentJournal b = agentJournal(QStringLiteral("b"), QStringLiteral("bob"), 10);
    replicateAll(*a.journal, connect(ann));
    replicateAll(*b.journal, connect(bob));
    // A supervisor's correction on Bob's plain call, as the journal will record it.
    journal::ReplicatedOutcome correction;
    correction.record.id = 1000;
    correction.record.at = b.fixture.at(20);
    correction.record.contactId = b.fixture.id(QStringLiteral("plain"));
    correction.record.outcome = QStringLiteral("corrected");
    correction.record.mode = QStringLiteral("agent");
    correction.record.ticketId = 9999;
    correction.record.agentUsername = QStringLiteral("bob");
    ASSERT_TRUE(
        connect(bob).insertOutcomes(journal::JournalReplicationLog(*b.journal).journalId(), {correction}));

    review::TeamReviewSource source(connect(sue));
    journal::JournalFilter all;
    EXPECT_EQ(source.count(all), 17);
    QStringList agents;
    review::ReviewPage page = source.page(all, {}, 4);
    int pages = 1;
    QStringList seen = contactsOf(page.rows);
    while (page.hasMore) {
        page = source.page(all, page.next, 4);
        seen << contactsOf(page.rows);
        ++pages;
    }
    EXPECT_EQ(pages, 5);
    EXPECT_EQ(seen.size(), 17);
    EXPECT_EQ(seen.first(), b.fixture.id(QStringLiteral("plain"))); // the correction is the newest
    EXPECT_TRUE(seen.contains(a.fixture.id(QStringLiteral("plain"))));

    const QStringList queue = contactsOf(source.page(review::queueFilter({}), {}, 100).rows);
    for (const AgentJournal *j : {&a, &b}) {
        for (const QString &id : j->fixture.queued())
            EXPECT_TRUE(queue.contains(id)) << id.toStdString();
        EXPECT_FALSE(queue.contains(j->fixture.id(QStringLiteral("unique"))));
    }
    EXPECT_EQ(contactsOf(source.page(review::queueFilter({}, ConcernCorrected), {}, 100).rows),
              QStringList{b.fixture.id(QStringLiteral("plain"))});
    // Both agents' plain calls share the last 7 digits with the "close" new users: each new user is queued.
    EXPECT_EQ(contactsOf(source.page(review::queueFilter({}, ConcernNewUser), {}, 100).rows),
              (QStringList{b.fixture.id(QStringLiteral("close")), a.fixture.id(QStringLiteral("close"))}));
    journal::JournalFilter bobsFailed;
    bobsFailed.agent = QStringLiteral("bob");
    EXPECT_EQ(contactsOf(source.page(review::queueFilter(bobsFailed, ConcernFailed), {}, 100).rows),
              QStringList{b.fixture.id(QStringLiteral("failed"))});
    journal::JournalFilter text;
    text.reasonText = QStringLiteral("SHARE IT");
    EXPECT_EQ(source.count(text), 2);
}

TEST_F(TeamServerTest, ASupervisorsRelinkReachesTheTeamDatabaseOnceWithoutTheCopiedRows) {
    ASSERT_TRUE(owner().migrate());
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("callbridge_agent"));
    const QString sue = loginRole(QStringLiteral("sue"), QStringLiteral("callbridge_supervisor"));
    AgentJournal b = agentJournal(QStringLiteral("b"), QStringLiteral("bob"), 10);
    replicateAll(*b.journal, connect(bob));
    review::TeamReviewSource team(connect(sue));
    const qint64 decisionsBefore = team.count({});
    const qint64 eventsBefore = countRows(owner(), QStringLiteral("team_events"));

    // What a relink from the team review does in the supervisor's own journal: the call copied in (marked
    // imported), then the correction recorded like any decision.
    const QString plain = b.fixture.id(QStringLiteral("plain"));
    const QList<journal::EventRecord> events = team.events(plain);
    const review::ContactDetail detail = team.detail(plain);
    ASSERT_FALSE(events.isEmpty());
    ASSERT_FALSE(detail.decisions.isEmpty());
    journal::JournalOpenResult supervisors = journal::Journal::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(supervisors) << supervisors.error.toStdString();
    journal::Journal &own = *supervisors.journal;
    {
        journal::Journal::Batch batch(own);
        const journal::Journal::Import imported(own);
        for (const journal::EventRecord &e : events)
            ASSERT_TRUE(own.recordEvent(*parseContactEvent(e.json).event)) << own.lastError().toStdString();
        for (const journal::OutcomeRecord &d : detail.decisions)
            ASSERT_TRUE(own.recordOutcome(journal::callOutcomeOf(d), d.at)) << own.lastError().toStdString();
        ASSERT_TRUE(batch.commit());
    }
    CallOutcome correction;
    correction.contactId = plain;
    correction.outcome = Outcome::Corrected;
    correction.ticketId = 9999;
    correction.reason = QStringLiteral("moved by Sue");
    ASSERT_TRUE(own.recordOutcome(correction, b.fixture.at(30)));

    replicateAll(own, connect(sue)); // a supervisor may insert their own rows
    EXPECT_EQ(team.count({}), decisionsBefore + 1);
    EXPECT_EQ(countRows(owner(), QStringLiteral("team_events")), eventsBefore); // nothing copied twice
    const QList<journal::OutcomeRecord> newest = team.page({}, {}, 1).rows;
    ASSERT_EQ(newest.size(), 1);
    EXPECT_EQ(newest.first().contactId, plain);
    EXPECT_EQ(newest.first().outcome, QStringLiteral("corrected"));
    // Supervisors still cannot write rows in someone else's name.
    QSqlQuery forged(connect(sue).connection());
    EXPECT_FALSE(forged.exec(QStringLiteral(
        "INSERT INTO team_outcomes (journal_id, local_id, contact_id, at, outcome, mode, db_user) "
        "VALUES ('x', 1, 'c', now(), 'corrected', 'corrected', 'bob')")));
    EXPECT_TRUE(forged.lastError().text().contains(QStringLiteral("row-level security")))
        << forged.lastError().text().toStdString();
}
