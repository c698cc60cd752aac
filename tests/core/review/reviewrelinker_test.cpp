// Relink from the review: a supervisor's correction through the reviewer's engine, for a call of another
// agent's journal (copied into the reviewer's journal first), against the in-memory Zendesk.
#include "enginefixture.h"
#include "journal/journal.h"
#include "journal/journalcontactjournal.h"
#include "journal/journalreplication.h"
#include "review/journalreviewsource.h"
#include "review/reviewrelinker.h"

using namespace callbridge;
using namespace callbridge::test;
using namespace std::chrono_literals;

TEST(ReviewRelinker, RelinkFromTheReviewMovesTheCallDetailsToTheOtherTicket) {
    FakeGateway gateway;
    ManualTime clock;
    InMemoryLinkMemory memory;
    Settings settings;
    const qint64 caller = gateway.addUser(QStringLiteral("Cy"), QStringLiteral("+15550100001")).id;
    const qint64 linked = gateway.addTicket(caller, QStringLiteral("open"), clock.now()).id;
    const qint64 other = gateway.addTicket(caller, QStringLiteral("open"), clock.now()).id;

    // Another agent's journal (what the team database holds): the call k-9, linked to `linked`, ended.
    journal::JournalOpenResult agent = journal::Journal::open(QStringLiteral(":memory:"), &clock);
    ASSERT_TRUE(agent);
    const Call call(QStringLiteral("k-9"));
    ASSERT_TRUE(agent.journal->recordEvent(call.event(ContactEventKind::Connected, 5),
                                           QStringLiteral("+15550100001")));
    CallOutcome o;
    o.contactId = QStringLiteral("k-9");
    o.outcome = Outcome::TicketReused;
    o.userId = caller;
    o.ticketId = linked;
    o.reason = QStringLiteral("recent ticket");
    ASSERT_TRUE(agent.journal->recordOutcome(o, call.start.addSecs(6)));
    ASSERT_TRUE(agent.journal->recordEvent(call.event(ContactEventKind::Ended, 65)));
    ASSERT_TRUE(agent.journal->markFinished(QStringLiteral("k-9"), call.start.addSecs(65)));
    review::JournalReviewSource source(*agent.journal);

    // The reviewer's engine and journal.
    journal::JournalOpenResult own = journal::Journal::open(QStringLiteral(":memory:"), &clock);
    ASSERT_TRUE(own);
    journal::JournalContactJournal history(*own.journal);
    CallEngine engine(gateway, gateway, settings, clock, clock, memory);
    engine.setJournal(&history);
    engine.start();
    ASSERT_TRUE(waitAdvancing(clock, [&] { return engine.isReady(); }));
    review::ReviewRelinker relinker(engine, own.journal.get(), source);

    LinkCorrection correction;
    correction.kind = LinkCorrection::Kind::OtherTicket;
    correction.ticketId = other;
    correction.by = QStringLiteral("Sue Supervisor");
    correction.reason = QStringLiteral("the caller's open case");
    const journal::OutcomeRecord decision = source.page({}, {}, 1).rows.first();
    std::optional<std::pair<bool, QString>> answer;
    relinker.relink(decision, correction, [&](bool ok, const QString &message) { answer = {ok, message}; });
    ASSERT_TRUE(waitAdvancing(clock, [&] { return answer.has_value(); }));
    EXPECT_TRUE(answer->first) << answer->second.toStdString();

    ASSERT_FALSE(gateway.comments.value(other).isEmpty());
    EXPECT_TRUE(gateway.comments.value(other)
                    .first()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QStringLiteral("Contact ID: k-9")));
    bool noted = false;
    for (const QJsonObject &c : gateway.comments.value(linked))
        noted = noted
                || c.value(QStringLiteral("body"))
                       .toString()
                       .contains(QStringLiteral("Call moved to #%1").arg(other));
    EXPECT_TRUE(noted);
    // The reviewer's journal has the call now, and the correction (it replicates like any decision).
    const QList<journal::OutcomeRecord> mine = own.journal->outcomes(QStringLiteral("k-9"));
    ASSERT_FALSE(mine.isEmpty());
    EXPECT_EQ(mine.last().outcome, QStringLiteral("corrected"));
    EXPECT_EQ(mine.last().ticketId, other);
    // Only what the reviewer did goes to the team database, which has the copied rows from the agent's
    // journal.
    journal::JournalReplicationLog replication(*own.journal);
    const QList<journal::ReplicatedOutcome> sent = replication.outcomesAfter(0, 100);
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.first().record.outcome, QStringLiteral("corrected"));
    EXPECT_TRUE(replication.eventsAfter(0, 100).isEmpty());

    // A second relink to the same ticket is refused and says why.
    answer.reset();
    relinker.relink(decision, correction, [&](bool ok, const QString &message) { answer = {ok, message}; });
    ASSERT_TRUE(answer.has_value());
    EXPECT_FALSE(answer->first);
}
