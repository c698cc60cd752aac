// CoreStack, the composition root the app and `callbridge replay` run, built against the in-process sandbox
// Zendesk over real HTTP: what build() refuses, what a journal brings (outbox, history, link memory,
// retention at start), and that a dry run on a journal leaves it exactly as it was, so a later real run on
// the same journal still writes everything.
#include "journal/journal.h"
#include "replay/dryrunwriter.h"
#include "replaytestsupport.h"
#include "sandbox/sandboxapp.h"
#include "sandbox/zendesk/store.h"
#include "sandbox/zendesk/zendeskservice.h"
#include "stack/corestack.h"

#include <QTemporaryDir>

using namespace callbridge;
using namespace callbridge::test;

namespace {

class AtClock final : public Clock {
public:
    explicit AtClock(QDateTime at)
        : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

// Writes Zendesk received (anything but GET), as the sandbox logged them.
QStringList writesReceived(sandbox::Sandbox &sandbox) {
    QStringList writes;
    const QList<sandbox::zendesk::RequestLogEntry> entries = sandbox.zendesk().requestLog().since(0);
    for (const sandbox::zendesk::RequestLogEntry &e : entries) {
        if (e.method != QLatin1String("GET"))
            writes << e.method + u' ' + e.path;
    }
    return writes;
}

// The idempotency keys in a dry run's "CreateTicket cb-c1-ticket" lines.
QStringList keysOf(const QStringList &skipped) {
    QStringList keys;
    for (const QString &line : skipped)
        keys << line.section(u' ', 1);
    return keys;
}

// What a journal holds about these contacts, writes and numbers, one line each, read through its own
// connection.
QStringList journalContents(const QString &path, const QStringList &contactIds, const QStringList &writeKeys,
                            const QStringList &numbers) {
    journal::JournalOpenResult opened = journal::Journal::open(path);
    if (!opened)
        return {QStringLiteral("cannot open: ") + opened.error};
    const journal::Journal &j = *opened.journal;
    QStringList lines{QStringLiteral("open writes: %1").arg(j.pendingCount())};
    for (const journal::UnfinishedContact &c : j.unfinishedContacts())
        lines << QStringLiteral("unfinished %1 (%2 events)").arg(c.contactId).arg(c.events.size());
    for (const QString &id : contactIds) {
        const std::optional<journal::ContactRecord> contact = j.contact(id);
        if (!contact) {
            lines << QStringLiteral("no contact %1").arg(id);
            continue;
        }
        const std::optional<journal::LinkRecord> link = j.link(id);
        lines << QStringLiteral("contact %1: finished %2, %3 events, %4 decisions, linked to %5")
                     .arg(id)
                     .arg(contact->finished)
                     .arg(j.events(id).size())
                     .arg(j.outcomes(id).size())
                     .arg(link ? link->ticketId : 0);
        if (const auto ticket = j.callTicket(id))
            lines << QStringLiteral("call %1 remembers #%2").arg(id).arg(ticket->ticketId);
    }
    for (const QString &key : writeKeys) {
        const std::optional<journal::WriteRecord> w = j.write(key);
        lines << (w ? QStringLiteral("write %1: %2, %3 attempts, result %4")
                          .arg(key, writeStateName(w->state))
                          .arg(w->attempts)
                          .arg(w->result ? w->result->id : 0)
                    : QStringLiteral("no write %1").arg(key));
    }
    for (const QString &number : numbers)
        lines << QStringLiteral("%1 remembered as user %2").arg(number).arg(j.knownUser(number).value_or(0));
    return lines;
}

class CoreStackTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        sandbox::SandboxOptions options;
        options.ephemeral = true;
        QString error;
        ASSERT_TRUE(sandbox.start(options, &error)) << error.toStdString();
    }

    CoreOptions options(bool dryRun = false) const {
        CoreOptions o;
        o.settings.zendeskUrl = sandbox.baseUrl();
        o.settings.zendeskEmail = QStringLiteral("agent@example.com");
        o.settings.screenPop = true; // a dry run must not show anything either
        o.apiToken = QStringLiteral("sandbox");
        o.journalPath = journalPath();
        o.dryRun = dryRun;
        o.requestTimeout = std::chrono::seconds(10);
        return o;
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("journal.sqlite")); }

    // Builds a stack (failing the test with build()'s message if it refuses) and replays `lines` through it.
    ReplayRun replayThrough(CoreStack &stack, const CoreOptions &o, const QByteArray &lines) {
        const QString error = stack.build(o);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        if (!error.isEmpty())
            return {};
        return replay(stack.engine(), lines);
    }

    sandbox::Sandbox sandbox;
    QTemporaryDir dir;
    // A caller the sandbox does not know: the real run creates the user and the ticket.
    const QString number = QStringLiteral("+15550107777");
    const Call call{QStringLiteral("stack-1"), number};
    // The same call transferred to a second agent: it follows the first leg's ticket and caller.
    const Call transfer = Call(QStringLiteral("stack-2"), number).transferOf(QStringLiteral("stack-1"));
};

} // namespace

// Catches: a stack built with a Zendesk URL that would send the token in clear or to nowhere, or without a
// token, failing later with a vaguer error (or not at all).
TEST_F(CoreStackTest, BuildRefusesABadZendeskUrlOrAnEmptyToken) {
    for (const QString &url : {QStringLiteral("not a url"), QStringLiteral("http://acme.zendesk.com"),
                               QStringLiteral("https://agent:pw@acme.zendesk.com"), QString()}) {
        CoreOptions o = options();
        o.settings.zendeskUrl = QUrl(url);
        CoreStack stack;
        const QString error = stack.build(o);
        EXPECT_TRUE(error.startsWith(QStringLiteral("Zendesk base URL")))
            << url.toStdString() << ": " << error.toStdString();
    }
    CoreOptions noToken = options();
    noToken.apiToken.clear();
    CoreStack stack;
    EXPECT_EQ(stack.build(noToken), QStringLiteral("Zendesk email or API token missing"));
    EXPECT_FALSE(QFile::exists(journalPath())) << "a refused build opens no journal";
}

// Catches: a journal that cannot be opened being ignored (the run would keep nothing) instead of refused.
TEST_F(CoreStackTest, BuildRefusesAJournalItCannotOpen) {
    QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CoreOptions o = options();
    o.journalPath = blocker.fileName() + QStringLiteral("/journal.sqlite");
    CoreStack stack;
    const QString error = stack.build(o);
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot open the journal ") + o.journalPath))
        << error.toStdString();
}

// Catches: a stack with a journal that leaves out one of its parts: no durable outbox (writes lost on a
// crash), no history (a restart would run finished calls again), no link memory (a second user for the
// same number), or a dry-run writer where the outbox belongs.
TEST_F(CoreStackTest, WithAJournalTheCallIsWrittenThroughTheOutboxAndRemembered) {
    CoreStack stack;
    const ReplayRun run = replayThrough(stack, options(), answeredCallLines(call));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_NE(stack.outbox(), nullptr);
    EXPECT_EQ(stack.dryRun(), nullptr);
    ASSERT_NE(stack.journal(), nullptr);
    EXPECT_EQ(stack.journal()->path(), journalPath());

    const QList<QJsonObject> outcomes = run.outcomes();
    ASSERT_FALSE(outcomes.isEmpty()) << run.out.toStdString();
    const qint64 ticketId = outcomes.first().value(QStringLiteral("ticketId")).toInteger();
    const qint64 userId = outcomes.first().value(QStringLiteral("userId")).toInteger();
    ASSERT_TRUE(sandbox.zendesk().store().ticket(ticketId).has_value()) << run.out.toStdString();
    EXPECT_EQ(sandbox.zendesk().store().ticket(ticketId)->requesterId, userId);

    journal::Journal &j = *stack.journal();
    EXPECT_TRUE(test::waitUntil([&j] { return j.pendingCount() == 0; })) << "the outbox emptied";
    const std::optional<journal::WriteRecord> ticketWrite = j.write(QStringLiteral("cb-stack-1-ticket"));
    ASSERT_TRUE(ticketWrite.has_value()) << "the ticket went through the journal's outbox";
    EXPECT_EQ(ticketWrite->state, StoredWrite::State::Done);
    EXPECT_EQ(ticketWrite->result ? ticketWrite->result->id : 0, ticketId);
    EXPECT_TRUE(j.isFinished(call.contact.contactId)) << "history";
    EXPECT_EQ(j.events(call.contact.contactId).size(), 3);
    EXPECT_EQ(j.outcomes(call.contact.contactId).size(), outcomes.size());
    EXPECT_EQ(j.knownUser(number), std::optional<qint64>(userId)) << "link memory";
}

// Catches: retention not run at start (customers' numbers kept past [journal] keep_days), run without
// telling the user, or removing calls that are still within the window.
TEST_F(CoreStackTest, StartPurgesCallsOlderThanKeepDaysAndSaysHowMany) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        const AtClock longAgo(now.addDays(-40));
        journal::JournalOpenResult opened = journal::Journal::open(journalPath(), &longAgo);
        ASSERT_TRUE(opened) << opened.error.toStdString();
        ContactEvent old = Call(QStringLiteral("old-1")).event(ContactEventKind::Ended);
        old.at = now.addDays(-40);
        ASSERT_TRUE(opened.journal->recordEvent(old));
        ASSERT_TRUE(opened.journal->markFinished(QStringLiteral("old-1"), now.addDays(-40)));
        ContactEvent recent = Call(QStringLiteral("recent-1")).event(ContactEventKind::Ended);
        recent.at = now.addDays(-2);
        ASSERT_TRUE(opened.journal->recordEvent(recent));
        ASSERT_TRUE(opened.journal->markFinished(QStringLiteral("recent-1"), now.addDays(-2)));
    }
    CoreOptions o = options();
    o.settings.journalKeepDays = 30;
    CoreStack stack;
    ASSERT_EQ(stack.build(o), QString());

    EXPECT_EQ(stack.startupNotes(),
              QStringList{QStringLiteral("removed 1 calls older than 30 days from the journal")});
    EXPECT_FALSE(stack.journal()->contact(QStringLiteral("old-1")).has_value());
    EXPECT_TRUE(stack.journal()->contact(QStringLiteral("recent-1")).has_value());
}

// Catches: a purge when keep_days is not set (the default keeps everything).
TEST_F(CoreStackTest, WithoutKeepDaysNothingIsPurged) {
    {
        const AtClock longAgo(QDateTime::currentDateTimeUtc().addYears(-2));
        journal::JournalOpenResult opened = journal::Journal::open(journalPath(), &longAgo);
        ASSERT_TRUE(opened) << opened.error.toStdString();
        ASSERT_TRUE(
            opened.journal->recordEvent(Call(QStringLiteral("old-1")).event(ContactEventKind::Ended)));
        ASSERT_TRUE(opened.journal->markFinished(QStringLiteral("old-1"), longAgo.now()));
    }
    CoreStack stack;
    ASSERT_EQ(stack.build(options()), QString());
    EXPECT_TRUE(stack.startupNotes().isEmpty()) << stack.startupNotes().join(u'\n').toStdString();
    EXPECT_TRUE(stack.journal()->contact(QStringLiteral("old-1")).has_value());
}

// Catches the dry-run bug: a rehearsal on the journal of real runs that records the contacts (and marks them
// finished), stores or resumes outbox writes, or teaches the link memory made-up ids, so that the real run
// afterwards skips the calls or links them to "#-1". Also: a rehearsal that writes to or pops anything in
// Zendesk, or prints made-up ids as ticket numbers.
TEST_F(CoreStackTest, DryRunLeavesTheJournalAsItWasAndALaterRealRunWritesEverything) {
    const QString earlier = QStringLiteral("earlier-1");
    const QString earlierNote = QStringLiteral("cb-earlier-1-note");
    {
        journal::JournalOpenResult opened = journal::Journal::open(journalPath());
        ASSERT_TRUE(opened) << opened.error.toStdString();
        ASSERT_TRUE(opened.journal->recordEvent(Call(earlier).event(ContactEventKind::Ended)));
        ASSERT_TRUE(opened.journal->markFinished(earlier));
        zendesk::Write note;
        note.kind = zendesk::Write::Kind::UpdateTicket;
        note.targetId = 7001;
        note.idempotencyKey = earlierNote;
        note.payload =
            QJsonObject{{QStringLiteral("ticket"),
                         QJsonObject{{QStringLiteral("comment"),
                                      QJsonObject{{QStringLiteral("body"), QStringLiteral("left over")},
                                                  {QStringLiteral("public"), false}}}}}};
        ASSERT_TRUE(opened.journal->enqueueWrite(note)) << "a write an earlier real run left pending";
    }

    // Everything the contacts, the left-over write and the caller's number reach in the journal.
    const auto contents = [&] {
        return journalContents(journalPath(), {earlier, call.contact.contactId}, {earlierNote}, {number});
    };
    const QStringList before = contents();
    EXPECT_EQ(before, (QStringList{
                          QStringLiteral("open writes: 1"),
                          QStringLiteral("contact earlier-1: finished 1, 1 events, 0 decisions, linked to 0"),
                          QStringLiteral("no contact stack-1"),
                          QStringLiteral("write cb-earlier-1-note: pending, 0 attempts, result 0"),
                          number + QStringLiteral(" remembered as user 0")}));

    QStringList dryRunKeys;
    {
        CoreStack dry;
        const ReplayRun run =
            replayThrough(dry, options(true), answeredCallLines(call) + answeredCallLines(transfer));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        ASSERT_NE(dry.dryRun(), nullptr);
        EXPECT_EQ(dry.outbox(), nullptr);
        EXPECT_EQ(writesReceived(sandbox), QStringList()) << "nothing written or popped in Zendesk";
        dryRunKeys = keysOf(dry.dryRun()->skipped());
        EXPECT_TRUE(dryRunKeys.contains(QStringLiteral("cb-stack-1-ticket")))
            << dryRunKeys.join(u' ').toStdString();

        ASSERT_FALSE(run.outcomes().isEmpty());
        EXPECT_EQ(run.outcomes().first().value(QStringLiteral("outcome")).toString(),
                  QStringLiteral("ticket_created"));
        EXPECT_FALSE(run.out.contains(QStringLiteral("#-"))) << "a made-up id shown as Zendesk's:\n"
                                                             << run.out.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("no longer has"))) << "a made-up user looked up:\n"
                                                                        << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("ticket_transferred"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("a new ticket (dry run)"))) << run.out.toStdString();
    }
    EXPECT_EQ(contents(), before);
    const QStringList dryRunWrites = journalContents(journalPath(), {}, dryRunKeys, {});
    for (const QString &key : dryRunKeys)
        EXPECT_TRUE(dryRunWrites.contains(QStringLiteral("no write ") + key))
            << dryRunWrites.join(u'\n').toStdString();

    CoreStack real;
    const ReplayRun run =
        replayThrough(real, options(), answeredCallLines(call) + answeredCallLines(transfer));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QJsonObject> outcomes = run.outcomes();
    ASSERT_FALSE(outcomes.isEmpty()) << "the real run skipped the contact the dry run rehearsed";
    EXPECT_TRUE(outcomes.first().value(QStringLiteral("ticketCreated")).toBool()) << run.out.toStdString();
    const qint64 ticketId = outcomes.first().value(QStringLiteral("ticketId")).toInteger();
    EXPECT_TRUE(sandbox.zendesk().store().ticket(ticketId).has_value()) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("dry run"))) << run.out.toStdString();

    journal::Journal &j = *real.journal();
    ASSERT_TRUE(test::waitUntil([&j] { return j.pendingCount() == 0; }))
        << "the left-over write was sent too";
    for (const QString &key : dryRunKeys) {
        const std::optional<journal::WriteRecord> w = j.write(key);
        ASSERT_TRUE(w.has_value()) << key.toStdString();
        EXPECT_EQ(w->state, StoredWrite::State::Done) << key.toStdString();
    }
    EXPECT_EQ(j.write(earlierNote)->state, StoredWrite::State::Done);
    EXPECT_TRUE(j.isFinished(call.contact.contactId));
    EXPECT_TRUE(j.isFinished(transfer.contact.contactId));
    const std::optional<journal::LinkRecord> transferLink = j.link(transfer.contact.contactId);
    ASSERT_TRUE(transferLink.has_value());
    EXPECT_EQ(transferLink->ticketId, ticketId) << "the transfer followed the first leg's real ticket";
}
