// Link corrections through the engine: the agent's during the call and within [policy] correction_minutes
// after it, a supervisor's later; with the durable outbox in front of the in-memory Zendesk, and restarts
// that keep the outbox, journal and correction log (what the app keeps on disk).
#include "engine/correctionplan.h"
#include "enginefixture.h"
#include "model/correctionlog.h"
#include "outbox/durablegateway.h"
#include "outbox/outboxstore.h"

#include <QSet>

namespace callbridge::test {
namespace {

using namespace std::chrono_literals;

class HistoryJournal final : public ContactJournal {
public:
    void recordEvent(const ContactEvent &event) override { events << event; }
    void recordOutcome(const CallOutcome &outcome) override { outcomes << outcome; }
    void markFinished(const QString &contactId) override { finished.insert(contactId); }
    bool isFinished(const QString &contactId) const override { return finished.contains(contactId); }
    QList<ContactEvent> unfinishedEvents() const override {
        QList<ContactEvent> out;
        for (const ContactEvent &e : events) {
            if (!finished.contains(e.contact.contactId))
                out << e;
        }
        return out;
    }
    std::optional<ContactHistory> history(const QString &contactId) const override {
        ContactHistory h;
        for (const ContactEvent &e : events) {
            if (e.contact.contactId == contactId)
                h.events << e;
        }
        for (const CallOutcome &o : outcomes) {
            if (o.contactId == contactId)
                h.outcomes << o;
        }
        h.finished = finished.contains(contactId);
        return h.events.isEmpty() ? std::nullopt : std::optional<ContactHistory>(h);
    }
    QList<CallOutcome> outcomesOf(Outcome kind) const {
        QList<CallOutcome> found;
        for (const CallOutcome &o : outcomes) {
            if (o.outcome == kind)
                found << o;
        }
        return found;
    }
    QList<ContactEvent> events;
    QList<CallOutcome> outcomes;
    QSet<QString> finished;
};

LinkCorrection newTicket(const QString &reason = QStringLiteral("wrong issue")) {
    LinkCorrection c;
    c.kind = LinkCorrection::Kind::NewTicket;
    c.by = QStringLiteral("Ann Agent");
    c.reason = reason;
    return c;
}

LinkCorrection otherTicket(qint64 id) {
    LinkCorrection c;
    c.kind = LinkCorrection::Kind::OtherTicket;
    c.ticketId = id;
    c.by = QStringLiteral("Ann Agent");
    c.reason = QStringLiteral("wrong caller");
    return c;
}

LinkCorrection otherCaller(qint64 userId) {
    LinkCorrection c;
    c.kind = LinkCorrection::Kind::OtherCaller;
    c.userId = userId;
    c.by = QStringLiteral("Ann Agent");
    return c;
}

class CorrectionTest : public ::testing::Test {
protected:
    void SetUp() override { restart(); }

    // A fresh engine and outbox over the same store, journal and log, as after the app was killed.
    void restart() {
        engine.reset();
        durable.reset();
        outcomes.clear();
        durable = std::make_unique<DurableGateway>(gateway, store, clock, clock, Backoff{1s, 60s, [] {
                                                                                             return 1.0;
                                                                                         }});
        engine = std::make_unique<CallEngine>(gateway, *durable, settings, clock, clock, memory);
        engine->setJournal(&journal);
        engine->setWriteLedger(&store);
        engine->setCorrectionLog(&log);
        QObject::connect(engine.get(), &CallEngine::outcome, engine.get(),
                         [this](const CallOutcome &o) { outcomes << o; });
        QObject::connect(engine.get(), &CallEngine::ready, durable.get(), [this] { durable->resume(); });
        engine->start();
        ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isReady() && settled(); }));
    }
    bool settled() const { return engine->isIdle() && store.pending().isEmpty(); }
    void send(const ContactEvent &e) {
        engine->handle(e);
        ASSERT_TRUE(waitAdvancing(clock, [this] { return settled(); }));
    }
    void settle() {
        ASSERT_TRUE(waitAdvancing(clock, [this] { return settled(); }));
    }
    // Rings, is answered: an unknown caller gets a new user and ticket. Returns the ticket.
    qint64 answer(const Call &call) {
        send(call.event(ContactEventKind::Connecting));
        send(call.event(ContactEventKind::Connected, 5));
        const CallOutcome *linked = find(Outcome::TicketCreated);
        return linked ? linked->ticketId : 0;
    }
    void hangUp(const Call &call) { send(call.event(ContactEventKind::Ended, 95)); }
    QDateTime endOf(const Call &call) const { return call.start.addSecs(95); }

    const CallOutcome *find(Outcome kind) const {
        for (const CallOutcome &o : outcomes) {
            if (o.outcome == kind)
                return &o;
        }
        return nullptr;
    }
    QStringList bodies(qint64 ticketId) const {
        QStringList out;
        for (const QJsonObject &c : gateway.comments.value(ticketId))
            out << (c.contains(QStringLiteral("voice_comment")) ? QStringLiteral("<voice comment>")
                                                                : c.value(QStringLiteral("body")).toString());
        return out;
    }
    int countStarting(qint64 ticketId, const QString &start) const {
        int n = 0;
        for (const QString &b : bodies(ticketId))
            n += b.startsWith(start) ? 1 : 0;
        return n;
    }
    qint64 newestTicket() const { return gateway.tickets.lastKey(); }

    FakeGateway gateway;
    ManualTime clock;
    InMemoryOutboxStore store;
    InMemoryLinkMemory memory;
    HistoryJournal journal;
    InMemoryCorrectionLog log;
    Settings settings;
    std::unique_ptr<DurableGateway> durable;
    std::unique_ptr<CallEngine> engine;
    QList<CallOutcome> outcomes;
};

TEST_F(CorrectionTest, DuringTheCallTheDetailsMoveAndTheEndOfTheCallFollows) {
    const Call call(QStringLiteral("k-1"));
    const qint64 old = answer(call);
    ASSERT_GT(old, 0);
    ASSERT_EQ(engine->correct(QStringLiteral("k-1"), newTicket()), CorrectionRefusal::None);
    settle();

    const qint64 moved = newestTicket();
    ASSERT_NE(moved, old);
    EXPECT_EQ(gateway.tickets.value(moved).requesterId, gateway.tickets.value(old).requesterId);
    ASSERT_EQ(bodies(moved).size(), 1);
    EXPECT_TRUE(bodies(moved).first().contains(QStringLiteral("Contact ID: k-1")));
    EXPECT_EQ(bodies(old).last().section(u'\n', 0, 0),
              QStringLiteral("Call moved to #%1 by Ann Agent: wrong issue").arg(moved));
    const CallOutcome *corrected = find(Outcome::Corrected);
    ASSERT_NE(corrected, nullptr);
    EXPECT_EQ(corrected->ticketId, moved);
    EXPECT_TRUE(corrected->ticketCreated);
    EXPECT_EQ(corrected->reason.english(),
              QStringLiteral("moved from #%1 to #%2 by Ann Agent: wrong issue").arg(old).arg(moved));
    EXPECT_EQ(journal.outcomesOf(Outcome::Corrected).size(), 1);
    EXPECT_EQ(memory.ticketForCall(QStringLiteral("k-1"))->ticketId, moved);

    hangUp(call);
    EXPECT_EQ(bodies(moved).count(QStringLiteral("<voice comment>")), 1); // the end of the call went there
    EXPECT_EQ(bodies(old).count(QStringLiteral("<voice comment>")), 0);
    EXPECT_EQ(find(Outcome::DetailsAppended)->ticketId, moved);
    ASSERT_EQ(log.corrections(QStringLiteral("k-1")).size(), 1);
    EXPECT_EQ(log.corrections(QStringLiteral("k-1")).first().fromTicketId, old);
    EXPECT_EQ(log.corrections(QStringLiteral("k-1")).first().toTicketId, moved);
}

TEST_F(CorrectionTest, AfterTheCallWithinTheWindowTheEndOfCallCommentMovesToo) {
    const qint64 other =
        gateway
            .addTicket(gateway.addUser(QStringLiteral("Bo"), QStringLiteral("+15550100777")).id,
                       QStringLiteral("open"), clock.now())
            .id;
    const Call call(QStringLiteral("k-2"));
    const qint64 old = answer(call);
    hangUp(call);
    ASSERT_TRUE(journal.isFinished(QStringLiteral("k-2")));
    clock.setNow(endOf(call).addSecs(100)); // within the default two minutes

    ASSERT_EQ(engine->correct(QStringLiteral("k-2"), otherTicket(other)), CorrectionRefusal::None);
    settle();
    ASSERT_EQ(bodies(other).size(), 2);
    EXPECT_TRUE(bodies(other).at(0).contains(QStringLiteral("Contact ID: k-2")));
    EXPECT_EQ(bodies(other).at(1), QStringLiteral("<voice comment>"));
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to #%1 by Ann Agent: wrong caller").arg(other)),
              1);
    const CallOutcome *corrected = find(Outcome::Corrected);
    ASSERT_NE(corrected, nullptr);
    EXPECT_EQ(corrected->ticketId, other);
    EXPECT_FALSE(corrected->ticketCreated);
    EXPECT_EQ(journal.outcomesOf(Outcome::Corrected).size(), 1);
    EXPECT_EQ(memory.ticketForCall(QStringLiteral("k-2"))->ticketId, other);

    // The same target again is refused; a second correction moves on from the new ticket.
    EXPECT_EQ(engine->correct(QStringLiteral("k-2"), otherTicket(other)), CorrectionRefusal::SameTarget);
    ASSERT_EQ(engine->correct(QStringLiteral("k-2"), otherTicket(old)), CorrectionRefusal::None);
    settle();
    EXPECT_EQ(countStarting(other, QStringLiteral("Call moved to #%1").arg(old)), 1);
    EXPECT_EQ(memory.ticketForCall(QStringLiteral("k-2"))->ticketId, old);
}

TEST_F(CorrectionTest, TheAgentsWindowClosesButASupervisorCanStillRelink) {
    const Call call(QStringLiteral("k-3"));
    answer(call);
    EXPECT_EQ(engine->correctionDeadline(QStringLiteral("k-3")), std::optional<QDateTime>(QDateTime()));
    hangUp(call);
    EXPECT_EQ(engine->correctionDeadline(QStringLiteral("k-3")),
              std::optional<QDateTime>(endOf(call).addSecs(120)));
    EXPECT_EQ(engine->correctionDeadline(QStringLiteral("nobody")), std::nullopt);

    clock.setNow(endOf(call).addSecs(121));
    const int writes = gateway.writes();
    EXPECT_EQ(engine->correct(QStringLiteral("k-3"), newTicket()), CorrectionRefusal::WindowClosed);
    settle();
    EXPECT_EQ(gateway.writes(), writes);
    EXPECT_EQ(find(Outcome::Corrected), nullptr);

    LinkCorrection relink = newTicket(QStringLiteral("found in the review"));
    relink.by = QStringLiteral("Sam Supervisor");
    ASSERT_EQ(engine->relink(QStringLiteral("k-3"), relink), CorrectionRefusal::None);
    settle();
    ASSERT_NE(find(Outcome::Corrected), nullptr);
    EXPECT_TRUE(find(Outcome::Corrected)
                    ->reason.english()
                    .endsWith(QStringLiteral("by Sam Supervisor: found in the review")));
}

// A finished call rebuilt from the journal (after a restart, or a supervisor's relink) writes its notes in
// the notes' language like a live one.
TEST_F(CorrectionTest, ARelinkOfAFinishedCallWritesItsNotesInTheNoteLanguage) {
    settings.noteLanguage = QStringLiteral("de");
    restart();
    const Call call(QStringLiteral("k-de"));
    const qint64 old = answer(call);
    ASSERT_NE(old, 0);
    hangUp(call);
    restart(); // nothing of the call is in memory now: only the journal
    LinkCorrection relink = newTicket(QStringLiteral("found in the review"));
    relink.by = QStringLiteral("Sam Supervisor");
    ASSERT_EQ(engine->relink(QStringLiteral("k-de"), relink), CorrectionRefusal::None);
    settle();
    const CallOutcome *corrected = find(Outcome::Corrected);
    ASSERT_NE(corrected, nullptr);
    const NoteWording german = *NoteWording::forLanguage(QStringLiteral("de"));
    const QString moved = german(movedNote(relink, corrected->ticketId));
    EXPECT_EQ(countStarting(old, moved), 1) << bodies(old).join(u'\n').toStdString();
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to")), 0);
    const QStringList movedHere = bodies(corrected->ticketId);
    ASSERT_FALSE(movedHere.isEmpty());
    EXPECT_FALSE(movedHere.first().contains(QStringLiteral("Contact ID:")))
        << movedHere.first().toStdString();
}

TEST_F(CorrectionTest, TheWindowIsPerContactLikeThePolicy) {
    const Call call =
        Call(QStringLiteral("k-4")).attr(QStringLiteral("correction_minutes"), QStringLiteral("10"));
    answer(call);
    hangUp(call);
    EXPECT_EQ(engine->correctionDeadline(QStringLiteral("k-4")),
              std::optional<QDateTime>(endOf(call).addSecs(600)));
    clock.setNow(endOf(call).addSecs(300));
    EXPECT_EQ(engine->correct(QStringLiteral("k-4"), newTicket()), CorrectionRefusal::None);
    settle();
    EXPECT_NE(find(Outcome::Corrected), nullptr);
}

TEST_F(CorrectionTest, RefusalsWriteNothing) {
    settings.ticketAssignment = TicketAssignment::Agent;
    restart();
    const Call waiting(QStringLiteral("k-5"));
    send(waiting.event(ContactEventKind::Connecting));
    send(waiting.event(ContactEventKind::Connected, 5));
    const int writes = gateway.writes();
    EXPECT_EQ(engine->correct(QStringLiteral("k-5"), newTicket()), CorrectionRefusal::NotLinked);
    EXPECT_EQ(engine->correct(QStringLiteral("unknown"), newTicket()), CorrectionRefusal::UnknownContact);
    LinkCorrection nobody = newTicket();
    nobody.by.clear();
    send(waiting.action(AgentAction{AgentAction::Kind::CreateTicket, 0, 0}));
    const int linkedWrites = gateway.writes();
    ASSERT_GT(linkedWrites, writes);
    EXPECT_EQ(engine->correct(QStringLiteral("k-5"), nobody), CorrectionRefusal::Unattributed);
    EXPECT_EQ(engine->correct(QStringLiteral("k-5"), otherTicket(0)), CorrectionRefusal::InvalidTarget);
    EXPECT_EQ(engine->correct(QStringLiteral("k-5"), otherTicket(find(Outcome::TicketCreated)->ticketId)),
              CorrectionRefusal::SameTarget);
    settle();
    EXPECT_EQ(gateway.writes(), linkedWrites);
}

TEST_F(CorrectionTest, ADifferentCallerOfATicketMadeForTheCallBecomesItsRequester) {
    const qint64 right = gateway.addUser(QStringLiteral("Cy"), QStringLiteral("+15550100888")).id;
    const Call call(QStringLiteral("k-6"));
    const qint64 ticket = answer(call);
    ASSERT_EQ(engine->correct(QStringLiteral("k-6"), otherCaller(right)), CorrectionRefusal::None);
    settle();
    EXPECT_EQ(gateway.tickets.value(ticket).requesterId, right);
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 1); // nothing moved
    EXPECT_EQ(countStarting(ticket, QStringLiteral("Caller corrected to user #%1 by Ann Agent").arg(right)),
              1);
    const CallOutcome *corrected = find(Outcome::Corrected);
    ASSERT_NE(corrected, nullptr);
    EXPECT_EQ(corrected->userId, right);
    EXPECT_EQ(corrected->ticketId, ticket);
    EXPECT_EQ(memory.userForNumber(QStringLiteral("+15550100001")), std::optional<qint64>(right));
    hangUp(call);
    EXPECT_EQ(find(Outcome::DetailsAppended)->userId, right);
}

TEST_F(CorrectionTest, ADifferentCallerOfSomeoneElsesTicketMovesToANewTicketForThem) {
    const zendesk::User &caller = gateway.addUser(QStringLiteral("Di"), QStringLiteral("+15550100001"));
    const qint64 recent = gateway.addTicket(caller.id, QStringLiteral("open"), clock.now().addSecs(-60)).id;
    const qint64 right = gateway.addUser(QStringLiteral("Ed"), QStringLiteral("+15550100999")).id;
    const Call call =
        Call(QStringLiteral("k-7")).attr(QStringLiteral("recent_ticket_timeout"), QStringLiteral("30"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 5));
    ASSERT_NE(find(Outcome::TicketReused), nullptr);
    ASSERT_EQ(engine->correct(QStringLiteral("k-7"), otherCaller(right)), CorrectionRefusal::None);
    settle();
    const qint64 moved = newestTicket();
    ASSERT_NE(moved, recent);
    EXPECT_EQ(gateway.tickets.value(moved).requesterId, right);
    EXPECT_EQ(gateway.tickets.value(recent).requesterId, caller.id); // someone else's ticket is left alone
    EXPECT_EQ(countStarting(recent, QStringLiteral("Call moved to #%1").arg(moved)), 1);
}

TEST_F(CorrectionTest, AClosedTargetGetsAFollowUp) {
    const qint64 closed =
        gateway
            .addTicket(gateway.addUser(QStringLiteral("Fa"), QStringLiteral("+15550100555")).id,
                       QStringLiteral("closed"), clock.now())
            .id;
    const Call call(QStringLiteral("k-8"));
    const qint64 old = answer(call);
    ASSERT_EQ(engine->correct(QStringLiteral("k-8"), otherTicket(closed)), CorrectionRefusal::None);
    settle();
    const qint64 followUp = newestTicket();
    EXPECT_EQ(
        gateway.ticketPayloads.value(followUp).value(QStringLiteral("via_followup_source_id")).toInteger(),
        closed);
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to #%1").arg(followUp)), 1);
    EXPECT_TRUE(find(Outcome::Corrected)->reason.english().contains(QStringLiteral("is closed: follow-up")));
}

TEST_F(CorrectionTest, AZendeskFailureMidMoveIsCarriedByTheOutbox) {
    const Call call(QStringLiteral("k-9"));
    const qint64 old = answer(call);
    gateway.failNext(
        QStringLiteral("PUT tickets/%1").arg(old),
        makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("503 Service Unavailable"), 503));
    ASSERT_EQ(engine->correct(QStringLiteral("k-9"), newTicket()), CorrectionRefusal::None);
    // The failed note waits in the outbox for its retry.
    ASSERT_TRUE(waitUntil([this] { return gateway.count(QStringLiteral("PUT tickets/")) >= 1; }));
    ASSERT_TRUE(waitUntil([this] { return !store.pending().isEmpty(); }));
    EXPECT_EQ(store.pending().first().write.idempotencyKey, QStringLiteral("cb-k-9-c1-moved"));
    EXPECT_EQ(find(Outcome::Corrected), nullptr); // not done until Zendesk has the note
    settle();
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to #")), 1);
    EXPECT_NE(find(Outcome::Corrected), nullptr);
}

TEST_F(CorrectionTest, ARestartMidCorrectionOfAFinishedCallFinishesItWithoutDuplicates) {
    const Call call(QStringLiteral("k-10"));
    const qint64 old = answer(call);
    hangUp(call);
    clock.setNow(endOf(call).addSecs(30));
    gateway.failNext(
        QStringLiteral("PUT tickets/%1").arg(old),
        makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("503 Service Unavailable"), 503));
    ASSERT_EQ(engine->correct(QStringLiteral("k-10"), newTicket()), CorrectionRefusal::None);
    // The end of the call wrote to the old ticket once; the second write there is the correction's note.
    ASSERT_TRUE(
        waitUntil([this, old] { return gateway.count(QStringLiteral("PUT tickets/%1").arg(old)) >= 2; }));
    const qint64 moved = newestTicket();
    ASSERT_NE(moved, old);

    restart(); // killed while the old ticket's note waited for its retry
    settle();

    EXPECT_EQ(gateway.tickets.size(), 2); // the call's ticket and the correction's
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 2) << gateway.calls.join(u',').toStdString();
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to #%1").arg(moved)), 1);
    EXPECT_EQ(bodies(moved).count(QStringLiteral("<voice comment>")), 1);
    EXPECT_EQ(journal.outcomesOf(Outcome::Corrected).size(), 1);
    EXPECT_TRUE(log.unfinishedCorrections().isEmpty());
    EXPECT_EQ(memory.ticketForCall(QStringLiteral("k-10"))->ticketId, moved);
}

TEST_F(CorrectionTest, ARestartMidCorrectionDuringTheCallResumesItAndTheEndGoesToTheNewTicket) {
    const Call call(QStringLiteral("k-11"));
    const qint64 old = answer(call);
    gateway.failNext(QStringLiteral("POST tickets"),
                     makeError(zendesk::ErrorKind::Timeout, QStringLiteral("no answer"), 0));
    ASSERT_EQ(engine->correct(QStringLiteral("k-11"), newTicket()), CorrectionRefusal::None);
    ASSERT_TRUE(waitUntil([this] { return gateway.count(QStringLiteral("POST tickets")) >= 2; }));

    restart(); // killed before the new ticket was confirmed
    settle();
    hangUp(call);

    EXPECT_EQ(gateway.tickets.size(), 2); // the call's and the correction's, once each
    const qint64 moved = newestTicket();
    ASSERT_NE(moved, old);
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to #%1").arg(moved)), 1);
    EXPECT_EQ(bodies(moved).count(QStringLiteral("<voice comment>")), 1);
    EXPECT_EQ(bodies(old).count(QStringLiteral("<voice comment>")), 0);
    EXPECT_EQ(journal.outcomesOf(Outcome::Corrected).size(), 1);
}

TEST_F(CorrectionTest, ACorrectionDoneBeforeARestartStillSendsTheEndOfTheCallToTheNewTicket) {
    const Call call(QStringLiteral("k-12"));
    const qint64 old = answer(call);
    ASSERT_EQ(engine->correct(QStringLiteral("k-12"), newTicket()), CorrectionRefusal::None);
    settle();
    const qint64 moved = newestTicket();
    const int writes = gateway.writes();

    restart();
    EXPECT_EQ(gateway.writes(), writes); // every write of the correction is answered from the outbox
    hangUp(call);
    EXPECT_EQ(bodies(moved).count(QStringLiteral("<voice comment>")), 1);
    EXPECT_EQ(bodies(old).count(QStringLiteral("<voice comment>")), 0);
    EXPECT_EQ(countStarting(old, QStringLiteral("Call moved to #")), 1);
    EXPECT_EQ(journal.outcomesOf(Outcome::Corrected).size(), 1);
}

} // namespace
} // namespace callbridge::test
