#include "journal/journal.h"
#include "journal/journalreplication.h"
#include "team/teamqueries.h"
#include "team/teamreplication.h"
#include "teamtestserver.h"

using namespace callbridge;
using namespace callbridge::team;
using namespace callbridge::team::testing;

namespace {

journal::ReplicatedOutcome decision(qint64 localId, const QString &contact, const QString &call,
                                    Outcome outcome, qint64 ticketId, const QString &agent) {
    journal::ReplicatedOutcome r;
    r.record.id = localId;
    r.record.at = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).addSecs(localId);
    r.record.contactId = contact;
    r.record.outcome = outcomeName(outcome);
    r.record.mode = linkModeName(outcome);
    r.record.userId = 55;
    r.record.ticketId = ticketId;
    r.record.reason = QStringLiteral("because");
    r.record.notices = QStringList{QStringLiteral("a \"quoted\" notice")};
    r.record.agentUsername = agent;
    r.initialContactId = call;
    r.direction = QStringLiteral("inbound");
    return r;
}

void recordCall(journal::Journal &j, const QString &contact, const QString &call, qint64 ticketId) {
    ContactEvent e;
    e.kind = ContactEventKind::Connected;
    e.at = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    e.contact.contactId = contact;
    e.contact.initialContactId = call;
    e.contact.customerPhone = QStringLiteral("+15550100001");
    e.agent.username = QStringLiteral("ann");
    ASSERT_TRUE(j.recordEvent(e));
    CallOutcome o;
    o.contactId = contact;
    o.outcome = Outcome::TicketFromIvr; // not a ticket Callbridge created: no external_id to find it by
    o.userId = 55;
    o.ticketId = ticketId;
    o.reason = QStringLiteral("IVR ticket");
    ASSERT_TRUE(j.recordOutcome(o));
}

} // namespace

TEST_F(TeamServerTest, MigrationBuildsTheSchemaOnceAndAgainChangesNothing) {
    TeamDatabase &db = owner();
    EXPECT_EQ(db.schemaVersion(), 0);
    ASSERT_TRUE(db.migrate()) << db.lastError().toStdString();
    EXPECT_EQ(db.schemaVersion(), TeamDatabase::latestSchemaVersion());
    ASSERT_TRUE(db.migrate()) << db.lastError().toStdString();
    EXPECT_EQ(db.schemaVersion(), TeamDatabase::latestSchemaVersion());
    EXPECT_EQ(db.visibleOutcomeCount(), 0);
}

TEST_F(TeamServerTest, TheSameDecisionsSentTwiceAreKeptOnce) {
    TeamDatabase &db = owner();
    ASSERT_TRUE(db.migrate());
    const QList<journal::ReplicatedOutcome> rows{
        decision(1, QStringLiteral("c-1"), QStringLiteral("c-1"), Outcome::TicketCreated, 7001,
                 QStringLiteral("ann")),
        decision(2, QStringLiteral("c-1"), QStringLiteral("c-1"), Outcome::DetailsAppended, 7001,
                 QStringLiteral("ann"))};
    ASSERT_TRUE(db.insertOutcomes(QStringLiteral("journal-a"), rows)) << db.lastError().toStdString();
    ASSERT_TRUE(db.insertOutcomes(QStringLiteral("journal-a"), rows)) << db.lastError().toStdString();
    EXPECT_EQ(db.visibleOutcomeCount(), 2);
    ASSERT_TRUE(db.insertOutcomes(QStringLiteral("journal-b"), rows)); // another machine's rows are its own
    EXPECT_EQ(db.visibleOutcomeCount(), 4);
}

// The team database keeps each decision's phrases beside its text, so the review window words them in the
// supervisor's language; a row without phrases (an older journal) reads back as its text.
TEST_F(TeamServerTest, PhrasesTravelToTheTeamDatabaseBesideTheText) {
    TeamDatabase &db = owner();
    ASSERT_TRUE(db.migrate());
    journal::ReplicatedOutcome withPhrases = decision(1, QStringLiteral("c-1"), QStringLiteral("c-1"),
                                                      Outcome::TicketCreated, 7001, QStringLiteral("ann"));
    withPhrases.record.reasonPhrase =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 belongs to another user"), {7000});
    withPhrases.record.noticePhrases = {
        Phrase::of("zendesk_user #%1 was not found: identified by phone", {9})};
    const journal::ReplicatedOutcome textOnly = decision(2, QStringLiteral("c-2"), QStringLiteral("c-2"),
                                                         Outcome::TicketCreated, 7002, QStringLiteral("ann"));
    ASSERT_TRUE(db.insertOutcomes(QStringLiteral("journal-a"), {withPhrases, textOnly}))
        << db.lastError().toStdString();

    const TeamQueries queries(db);
    const QList<journal::OutcomeRecord> first = queries.decisionsOf(QStringLiteral("c-1"));
    ASSERT_EQ(first.size(), 1) << db.lastError().toStdString();
    EXPECT_EQ(first.first().reasonPhrase, withPhrases.record.reasonPhrase);
    EXPECT_EQ(first.first().noticePhrases, withPhrases.record.noticePhrases);
    EXPECT_EQ(first.first().reason, QStringLiteral("because"));
    EXPECT_EQ(first.first().journalId, QStringLiteral("journal-a"));
    const QList<journal::OutcomeRecord> second = queries.decisionsOf(QStringLiteral("c-2"));
    ASSERT_EQ(second.size(), 1);
    EXPECT_TRUE(second.first().reasonPhrase.isEmpty());
    EXPECT_EQ(second.first().reasonOrText().english(), QStringLiteral("because"));
    EXPECT_EQ(second.first().journalId, QStringLiteral("journal-a"));
}

TEST_F(TeamServerTest, AgentsSeeTheirOwnRowsAndSupervisorsSeeEveryone) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("callbridge_agent"));
    const QString sue = loginRole(QStringLiteral("sue"), QStringLiteral("callbridge_supervisor"));
    TeamDatabase &annDb = connect(ann);
    TeamDatabase &bobDb = connect(bob);
    ASSERT_TRUE(annDb.insertOutcomes(
        QStringLiteral("ja"),
        {decision(1, QStringLiteral("a-1"), QStringLiteral("a-1"), Outcome::TicketCreated, 7001, ann)}))
        << annDb.lastError().toStdString();
    ASSERT_TRUE(bobDb.insertOutcomes(
        QStringLiteral("jb"),
        {decision(1, QStringLiteral("b-1"), QStringLiteral("b-1"), Outcome::TicketCreated, 7002, bob),
         decision(2, QStringLiteral("b-2"), QStringLiteral("b-2"), Outcome::TicketCreated, 7003, bob)}));
    EXPECT_EQ(annDb.schemaVersion(), TeamDatabase::latestSchemaVersion()); // agents can check the schema
    EXPECT_EQ(annDb.visibleOutcomeCount(), 1);
    EXPECT_EQ(bobDb.visibleOutcomeCount(), 2);
    EXPECT_EQ(connect(sue).visibleOutcomeCount(), 3);

    // An agent cannot write a row in another agent's name, nor change or remove rows.
    QSqlQuery forged(annDb.connection());
    EXPECT_FALSE(forged.exec(
        QStringLiteral(
            "INSERT INTO team_outcomes (journal_id, local_id, contact_id, at, outcome, mode, db_user) "
            "VALUES ('ja', 9, 'x', now(), 'nothing', 'none', '%1')")
            .arg(bob)));
    QSqlQuery wipe(annDb.connection());
    EXPECT_FALSE(wipe.exec(QStringLiteral("DELETE FROM team_outcomes")));
    EXPECT_EQ(bobDb.visibleOutcomeCount(), 2);
    QSqlQuery supervisorWrites(connect(sue).connection());
    EXPECT_FALSE(supervisorWrites.exec(QStringLiteral("UPDATE team_outcomes SET reason = 'x'")));
}

TEST_F(TeamServerTest, ATransferOnAnotherMachineFindsTheFirstAgentsTicketWhateverTheLink) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("callbridge_agent"));
    // Ann's machine: the call c-1 linked to IVR ticket 7004; replicated from her journal.
    journal::JournalOpenResult annJournal = journal::Journal::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(annJournal);
    recordCall(*annJournal.journal, QStringLiteral("c-1"), QStringLiteral("c-1"), 7004);
    journal::JournalReplicationLog log(*annJournal.journal);
    const ReplicationStep step = replicateStep(log, connect(ann), QStringLiteral("team:test"));
    ASSERT_TRUE(step.error.isEmpty()) << step.error.toStdString();
    EXPECT_EQ(step.copied, 1);
    EXPECT_TRUE(step.caughtUp);
    // Bob's machine cannot read Ann's rows, but finds the call's ticket.
    TeamDatabase &bobDb = connect(bob);
    EXPECT_EQ(bobDb.visibleOutcomeCount(), 0);
    const std::optional<LinkedTicket> found = bobDb.ticketForCall(QStringLiteral("c-1"));
    ASSERT_TRUE(found.has_value()) << bobDb.lastError().toStdString();
    EXPECT_EQ(found->ticketId, 7004);
    EXPECT_EQ(found->requesterId, 55);
    EXPECT_FALSE(bobDb.ticketForCall(QStringLiteral("never-seen")).has_value());
}

TEST_F(TeamServerTest, ACrashBetweenTheRowsAndTheCursorDuplicatesNothing) {
    TeamDatabase &db = owner();
    ASSERT_TRUE(db.migrate());
    journal::JournalOpenResult j = journal::Journal::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(j);
    for (int i = 0; i < 5; ++i)
        recordCall(*j.journal, QStringLiteral("c-%1").arg(i), QStringLiteral("c-%1").arg(i), 7000 + i);
    journal::JournalReplicationLog log(*j.journal);
    // The rows reached the team database, then the app died before the cursor moved.
    ASSERT_TRUE(db.insertOutcomes(log.journalId(), log.outcomesAfter(0, 3)));
    EXPECT_EQ(log.cursor(QStringLiteral("team:test")), 0);
    ReplicationStep step;
    do {
        step = replicateStep(log, db, QStringLiteral("team:test"), 2);
        ASSERT_TRUE(step.error.isEmpty()) << step.error.toStdString();
    } while (!step.caughtUp);
    EXPECT_EQ(db.visibleOutcomeCount(), 5);
    EXPECT_EQ(log.cursor(QStringLiteral("team:test")), log.lastOutcomeId());
}

TEST_F(TeamServerTest, AnOutageLeavesTheCursorAndTheNextConnectionCatchesUp) {
    ASSERT_TRUE(owner().migrate());
    const QString ann = loginRole(QStringLiteral("ann"), QStringLiteral("callbridge_agent"));
    journal::JournalOpenResult j = journal::Journal::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(j);
    recordCall(*j.journal, QStringLiteral("c-1"), QStringLiteral("c-1"), 7001);
    journal::JournalReplicationLog log(*j.journal);
    TeamDatabase &first = connect(ann);
    admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
              .arg(ann));
    const ReplicationStep failed = replicateStep(log, first, QStringLiteral("team:test"));
    EXPECT_FALSE(failed.error.isEmpty());
    EXPECT_EQ(failed.copied, 0);
    EXPECT_EQ(log.cursor(QStringLiteral("team:test")), 0);

    recordCall(*j.journal, QStringLiteral("c-2"), QStringLiteral("c-2"), 7002); // calls go on meanwhile
    const ReplicationStep back = replicateStep(log, connect(ann), QStringLiteral("team:test"));
    ASSERT_TRUE(back.error.isEmpty()) << back.error.toStdString();
    EXPECT_EQ(back.copied, 2);
    EXPECT_EQ(connect(ann).visibleOutcomeCount(), 2);
}
