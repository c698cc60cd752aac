// ReplayRunner over a real CallEngine and the in-memory Zendesk: what it prints, how it ends, and that it
// feeds the engine one event at a time, each event's Zendesk work finished before the next line is read.
#include "replaytestsupport.h"

#include <functional>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// A replay file that notes, each time a line is read, whatever `observe` says about the moment.
class ObservedInput final : public QBuffer {
public:
    std::function<void()> observe;

protected:
    qint64 readLineData(char *data, qint64 maxSize) override {
        if (observe)
            observe();
        return QBuffer::readLineData(data, maxSize);
    }
};

class ReplayRunnerTest : public ::testing::Test {
protected:
    ReplayRunnerTest() {
        QObject::connect(&engine, &CallEngine::outcome, &engine,
                         [this](const CallOutcome &o) { emitted << o.toJson(); });
        gateway.addUser(QStringLiteral("Jo Caller"), QStringLiteral("+15550100001"));
        gateway.addUser(QStringLiteral("Kim Caller"), QStringLiteral("+15550100002"));
    }

    QStringList contactIdsPrinted(const ReplayRun &run) const {
        QStringList ids;
        for (const QJsonObject &o : run.outcomes())
            ids << o.value(QStringLiteral("contactId")).toString();
        return ids;
    }

    FakeGateway gateway;
    ManualTime clock;
    InMemoryLinkMemory memory;
    Settings settings;
    CallEngine engine{gateway, gateway, settings, clock, clock, memory};
    QList<QJsonObject> emitted; // every outcome the engine reported, in order
    const Call jo{QStringLiteral("c-1"), QStringLiteral("+15550100001")};
    const Call kim{QStringLiteral("c-2"), QStringLiteral("+15550100002")};
};

} // namespace

// Catches: an outcome not printed, printed twice or altered; a comment or blank line fed to the engine (it
// would be rejected and the exit code would be 2).
TEST_F(ReplayRunnerTest, PrintsOneJsonLinePerOutcomeAndSkipsCommentsAndBlankLines) {
    const QByteArray lines =
        "# two calls\n\n" + answeredCallLines(jo) + "   \n# the second one\n" + answeredCallLines(kim) + "\n";
    const ReplayRun run = replay(engine, lines, &clock);

    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.rejectedLines, 0);
    ASSERT_EQ(emitted.size(), 4) << run.out.toStdString();
    EXPECT_EQ(run.outcomes(), emitted);
    EXPECT_EQ(run.out.count(u'\n'), emitted.size()) << "one line per outcome";
    EXPECT_EQ(contactIdsPrinted(run), (QStringList{QStringLiteral("c-1"), QStringLiteral("c-1"),
                                                   QStringLiteral("c-2"), QStringLiteral("c-2")}));
    EXPECT_EQ(run.outcomes().first().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("ticket_created"));
}

// Catches: a bad line that stops the replay, is not named, is named with the wrong number (comments and
// blank lines count), or does not make the exit code 2.
TEST_F(ReplayRunnerTest, RejectedLineIsNamedWithItsNumberAndReasonAndTheRestStillRuns) {
    const QByteArray notJson = "this is not json";
    const QByteArray unknownEvent =
        R"({"event":"ringing_loudly","at":"2026-11-25T10:00:00Z","contact":{"contactId":"c-9"}})";
    const QByteArray lines = "# line 1 is a comment\n" + jsonLine(jo.event(ContactEventKind::Connecting))
                             + notJson + "\n\n" + unknownEvent + "\n"
                             + jsonLine(jo.event(ContactEventKind::Connected, 5))
                             + jsonLine(jo.event(ContactEventKind::Ended, 95));
    const ReplayRun run = replay(engine, lines, &clock);

    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.rejectedLines, 2);
    const QString notJsonReason = parseContactEvent(notJson).error.value().message;
    const QString unknownEventReason = parseContactEvent(unknownEvent).error.value().message;
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 3 rejected: ") + notJsonReason))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 5 rejected: ") + unknownEventReason))
        << run.err.toStdString();
    EXPECT_EQ(run.err.count(QStringLiteral("rejected")), 2) << run.err.toStdString();
    EXPECT_EQ(contactIdsPrinted(run), (QStringList{QStringLiteral("c-1"), QStringLiteral("c-1")}))
        << "the good lines around the bad ones still ran";
}

// Catches: a write Zendesk refused for good going unnoticed in the exit code (scripts would take the
// replay as complete).
TEST_F(ReplayRunnerTest, ZendeskRefusalIsPrintedAndGivesExitCodeThree) {
    gateway.failNext(QStringLiteral("POST tickets"),
                     makeError(zendesk::ErrorKind::Invalid, QStringLiteral("Requester is invalid"), 422));
    const ReplayRun run = replay(engine, answeredCallLines(jo) + answeredCallLines(kim), &clock);

    EXPECT_EQ(run.exitCode, 3) << run.out.toStdString();
    EXPECT_EQ(run.failedOutcomes, 1);
    ASSERT_FALSE(run.outcomes().isEmpty());
    EXPECT_EQ(run.outcomes().first().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(contactIdsPrinted(run).contains(QStringLiteral("c-2"))) << "the next call still ran";
}

// Catches: a replay that goes on (or reads its file) when Zendesk refuses the credentials, or that ends
// without saying why.
TEST_F(ReplayRunnerTest, SignInFailureGivesExitCodeOneAndReadsNothing) {
    gateway.failNext(QStringLiteral("GET users/me"),
                     makeError(zendesk::ErrorKind::Auth, QStringLiteral("Couldn't authenticate you"), 401));
    ObservedInput input;
    input.setData(answeredCallLines(jo));
    int linesRead = 0;
    input.observe = [&linesRead] {
        ++linesRead;
    };
    const ReplayRun run = replay(engine, input, &clock);

    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Cannot sign in to Zendesk"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(linesRead, 0);
    EXPECT_EQ(gateway.writes(), 0);
}

// Catches: a passing sign-in failure ending the replay instead of being reported and retried.
TEST_F(ReplayRunnerTest, PassingSignInFailureIsReportedAndTheReplayGoesOn) {
    gateway.failNext(
        QStringLiteral("GET users/me"),
        makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("503 Service Unavailable"), 503));
    const ReplayRun run = replay(engine, answeredCallLines(jo), &clock);

    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Zendesk is not answering"))) << run.err.toStdString();
    EXPECT_EQ(contactIdsPrinted(run), (QStringList{QStringLiteral("c-1"), QStringLiteral("c-1")}));
}

// Catches: a runner that reads ahead while Zendesk work is still in flight: events of one call would reach
// the engine before the previous event's lookups and writes were done, which a live app never does.
TEST_F(ReplayRunnerTest, EachEventsWorkIsFinishedBeforeTheNextLineIsRead) {
    // Each call's first lookup fails for a passing reason and is retried after a timer: the ringing event's
    // work then spans several event-loop turns, as it does against a real Zendesk.
    for (int i = 0; i < 2; ++i)
        gateway.failNext(
            QStringLiteral("GET search"),
            makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("503 Service Unavailable"), 503));
    ObservedInput input;
    input.setData(answeredCallLines(jo) + "# next call\n" + answeredCallLines(kim));
    QList<bool> idleAtRead;
    QList<qsizetype> zendeskCallsAtRead;
    input.observe = [&] {
        idleAtRead << engine.isIdle();
        zendeskCallsAtRead << gateway.calls.size();
    };
    const ReplayRun run = replay(engine, input, &clock);

    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_GE(idleAtRead.size(), 7) << "every line was read through the device";
    EXPECT_FALSE(idleAtRead.contains(false)) << "a line was read while the engine was busy";
    // Each event (ringing, answer, hang-up) makes Zendesk calls; a read that saw no new calls since the one
    // before would mean two events were handed over without the first one's work in between.
    for (qsizetype i = 1; i <= 3; ++i)
        EXPECT_GT(zendeskCallsAtRead.at(i), zendeskCallsAtRead.at(i - 1)) << "line " << i + 1;
    EXPECT_EQ(contactIdsPrinted(run), (QStringList{QStringLiteral("c-1"), QStringLiteral("c-1"),
                                                   QStringLiteral("c-2"), QStringLiteral("c-2")}));
}
