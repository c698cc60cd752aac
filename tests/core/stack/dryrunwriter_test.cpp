// The dry run's writer: every write "succeeds" later without being sent, creates with made-up negative ids
// (which the engine shows as "a new ticket (dry run)"), updates with their own target, and nothing reaches a
// caller that is gone.
#include "eventloopwait.h"
#include "replay/dryrunwriter.h"
#include "replaytestsupport.h"

#include <QJsonObject>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

using namespace callbridge;
using namespace callbridge::test;
using zendesk::Result;
using zendesk::Write;
using zendesk::WriteResult;

namespace {

Write makeWrite(Write::Kind kind, const QString &key, qint64 targetId = 0) {
    Write w;
    w.kind = kind;
    w.idempotencyKey = key;
    w.targetId = targetId;
    w.payload = QJsonObject{{QStringLiteral("ticket"), QJsonObject{}}};
    return w;
}

class DryRunWriterTest : public ::testing::Test {
protected:
    // Sends `w`, checks that the answer does not come inside the call, and waits (bounded) for it.
    Result<WriteResult> send(const Write &w) {
        std::optional<Result<WriteResult>> answer;
        dryRun.write(w, &context, [&answer](const Result<WriteResult> &r) { answer = r; });
        EXPECT_FALSE(answer.has_value()) << "answered inside write()";
        EXPECT_TRUE(waitUntil([&answer] { return answer.has_value(); })) << "no answer";
        zendesk::Error none;
        none.kind = zendesk::ErrorKind::Timeout;
        return answer.value_or(Result<WriteResult>::failure(none));
    }

    DryRunWriter dryRun;
    QObject context;
};

} // namespace

// Catches: a write answered inside the call (the engine's bookkeeping is not ready for a re-entrant answer),
// or answered as a failure (the dry run would report failed calls that a real run would link).
TEST_F(DryRunWriterTest, AnswersEveryWriteLaterAsASuccess) {
    const Result<WriteResult> r = send(makeWrite(Write::Kind::CreateTicket, QStringLiteral("cb-c1-ticket")));
    EXPECT_TRUE(r.ok()) << r.error.message.toStdString();
}

// Catches: a made-up id that could be taken for a real ticket or user (positive), or two creates sharing one.
TEST_F(DryRunWriterTest, CreatesGetDistinctNegativeIds) {
    const qint64 user = send(makeWrite(Write::Kind::CreateUser, QStringLiteral("cb-c1-user"))).value.id;
    const qint64 first = send(makeWrite(Write::Kind::CreateTicket, QStringLiteral("cb-c1-ticket"))).value.id;
    const qint64 second = send(makeWrite(Write::Kind::CreateTicket, QStringLiteral("cb-c2-ticket"))).value.id;
    EXPECT_LT(user, 0);
    EXPECT_LT(first, 0);
    EXPECT_LT(second, 0);
    EXPECT_NE(user, first);
    EXPECT_NE(first, second);
    EXPECT_NE(user, second);
}

// Catches: an update answered with a made-up id (the dry run would then name a ticket that does not exist).
TEST_F(DryRunWriterTest, UpdatesAnswerWithTheirTargetId) {
    EXPECT_EQ(send(makeWrite(Write::Kind::UpdateTicket, QStringLiteral("cb-c1-details"), 7001)).value.id,
              7001);
    EXPECT_EQ(send(makeWrite(Write::Kind::UpdateUser, QStringLiteral("cb-c1-caller"), 1001)).value.id, 1001);
}

// Catches: a screen pop that is not answered (the session would wait for it) or that is counted as a write.
TEST_F(DryRunWriterTest, ScreenPopIsAnsweredAndIsNoWrite) {
    std::optional<Result<bool>> answer;
    dryRun.screenPop(1000, zendesk::Writer::PopTarget::Ticket, 7001, &context,
                     [&answer](const Result<bool> &r) { answer = r; });
    EXPECT_FALSE(answer.has_value()) << "answered inside screenPop()";
    ASSERT_TRUE(waitUntil([&answer] { return answer.has_value(); }));
    EXPECT_TRUE(answer->ok());
    EXPECT_EQ(dryRun.writesSkipped(), 0);
    EXPECT_TRUE(dryRun.skipped().isEmpty());
}

// Catches: an answer delivered to a session that was destroyed (use after free in the engine).
TEST_F(DryRunWriterTest, AnswerIsDroppedWhenItsContextIsDestroyed) {
    auto gone = std::make_unique<QObject>();
    bool goneAnswered = false;
    dryRun.write(makeWrite(Write::Kind::CreateTicket, QStringLiteral("cb-gone-ticket")), gone.get(),
                 [&goneAnswered](const Result<WriteResult> &) { goneAnswered = true; });
    bool goneScreenPopAnswered = false;
    dryRun.screenPop(1000, zendesk::Writer::PopTarget::User, 1001, gone.get(),
                     [&goneScreenPopAnswered](const Result<bool> &) { goneScreenPopAnswered = true; });
    gone.reset();
    // Answers are queued in order: once a later one arrives, the earlier ones would have too.
    send(makeWrite(Write::Kind::CreateTicket, QStringLiteral("cb-c1-ticket")));
    EXPECT_FALSE(goneAnswered);
    EXPECT_FALSE(goneScreenPopAnswered);
}

// Catches: a rehearsal that cannot say what it would have written, or says it out of order.
TEST_F(DryRunWriterTest, SkippedListsEveryWriteInOrder) {
    send(makeWrite(Write::Kind::CreateUser, QStringLiteral("cb-c1-user")));
    send(makeWrite(Write::Kind::CreateTicket, QStringLiteral("cb-c1-ticket")));
    send(makeWrite(Write::Kind::UpdateTicket, QStringLiteral("cb-c1-details"), 7001));
    EXPECT_EQ(dryRun.writesSkipped(), 3);
    EXPECT_EQ(dryRun.skipped(), (QStringList{QStringLiteral("CreateUser cb-c1-user"),
                                             QStringLiteral("CreateTicket cb-c1-ticket"),
                                             QStringLiteral("UpdateTicket cb-c1-details")}));
}

// The dry-run writer under a real engine, with the in-memory Zendesk for reads: a call from an unknown
// number and its transfer to a second agent. The transfer follows the ids the first leg made up without
// asking Zendesk for what was never sent, and no reason names a made-up id as if it were Zendesk's.
TEST(DryRunUnderTheEngine, TransferFollowsTheMadeUpTicketWithoutReadingIt) {
    FakeGateway zendesk;
    DryRunWriter dryRun;
    ManualTime clock;
    InMemoryLinkMemory memory;
    CallEngine engine(zendesk, dryRun, Settings{}, clock, clock, memory);
    const QString number = QStringLiteral("+15550109999");
    const ReplayRun run =
        replay(engine,
               answeredCallLines(Call(QStringLiteral("t-1"), number))
                   + answeredCallLines(Call(QStringLiteral("t-2"), number).transferOf(QStringLiteral("t-1"))),
               &clock);

    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(zendesk.writes(), 0);
    EXPECT_EQ(zendesk.count(QStringLiteral("GET users/-")), 0) << zendesk.calls.join(u'\n').toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("#-"))) << run.out.toStdString();
    const QList<QJsonObject> outcomes = run.outcomes();
    const auto transferred = std::find_if(outcomes.cbegin(), outcomes.cend(), [](const QJsonObject &o) {
        return o.value(QStringLiteral("contactId")).toString() == QStringLiteral("t-2");
    });
    ASSERT_NE(transferred, outcomes.cend()) << run.out.toStdString();
    EXPECT_EQ(transferred->value(QStringLiteral("outcome")).toString(), QStringLiteral("ticket_transferred"));
    EXPECT_EQ(transferred->value(QStringLiteral("reason")).toString(),
              QStringLiteral("transfer of t-1: the call's ticket a new ticket (dry run)"));
    EXPECT_FALSE(transferred->contains(QStringLiteral("notices"))) << run.out.toStdString();
}
