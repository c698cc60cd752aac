#include "enginefixture.h"
#include "model/contactjournal.h"
#include "model/writeledger.h"

#include <QSet>

using namespace callbridge;
using namespace callbridge::test;

namespace {

class MemoryJournal final : public ContactJournal {
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
    QList<ContactEvent> events;
    QList<CallOutcome> outcomes;
    QSet<QString> finished;
};

// Records every write sent, like the outbox does.
class SentWritesLedger final : public WriteLedger {
public:
    explicit SentWritesLedger(const FakeGateway &gateway)
        : m_gateway(gateway) {}
    std::optional<zendesk::Write> recorded(const QString &key) const override {
        for (const zendesk::Write &w : m_gateway.sentWrites) {
            if (w.idempotencyKey == key)
                return w;
        }
        return std::nullopt;
    }

private:
    const FakeGateway &m_gateway;
};

class JournalledEngineTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        restart();
    }
    void restart() {
        engine.reset();
        outcomes.clear();
        engine = std::make_unique<CallEngine>(gateway, gateway, settings, clock, clock, memory);
        engine->setJournal(&journal);
        engine->setWriteLedger(&ledger);
        QObject::connect(engine.get(), &CallEngine::outcome, engine.get(),
                         [this](const CallOutcome &o) { outcomes << o; });
        engine->start();
        ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isReady() && engine->isIdle(); }));
    }
    MemoryJournal journal;
    SentWritesLedger ledger{gateway};
};

} // namespace

TEST_F(JournalledEngineTest, EveryEventAndOutcomeIsRecordedAndTheContactFinished) {
    answeredCall(Call(QStringLiteral("j-1")));
    EXPECT_EQ(journal.events.size(), 3);
    EXPECT_EQ(journal.outcomes.size(), 2);
    EXPECT_TRUE(journal.isFinished(QStringLiteral("j-1")));
}

TEST_F(JournalledEngineTest, FinishedContactIsIgnoredAfterARestart) {
    const Call call(QStringLiteral("j-2"));
    answeredCall(call);
    restart();
    const int writesBefore = gateway.writes();
    answeredCall(call); // the softphone re-reports it
    EXPECT_EQ(gateway.writes(), writesBefore);
    EXPECT_TRUE(outcomes.isEmpty());
}

TEST_F(JournalledEngineTest, CrashMidCallResumesWithoutDuplicatesAndWritesTheEnd) {
    const Call call(QStringLiteral("j-3"), QStringLiteral("+15550106666"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    ASSERT_EQ(gateway.count(QStringLiteral("POST tickets")), 1);
    const qint64 ticket = find(Outcome::TicketCreated)->ticketId;

    restart(); // the app died mid-call: the journal re-feeds the contact
    send(call.event(ContactEventKind::Ended, 50));

    EXPECT_EQ(gateway.tickets.size(), 1);
    EXPECT_EQ(gateway.users.size(), 1);
    const CallOutcome *end = find(Outcome::DetailsAppended);
    ASSERT_NE(end, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(end->ticketId, ticket);
    EXPECT_TRUE(journal.isFinished(QStringLiteral("j-3")));
}

TEST_F(JournalledEngineTest, ResumedContactRepeatsItsLinkInsteadOfDecidingAfresh) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call =
        Call(QStringLiteral("j-4")).attr(QStringLiteral("recent_ticket_timeout"), QStringLiteral("30"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    const qint64 ticket = find(Outcome::TicketCreated)->ticketId;

    restart(); // afresh, the ticket just created would now be a "recent ticket" to attach to a second time
    send(call.event(ContactEventKind::Ended, 50));

    EXPECT_EQ(gateway.tickets.size(), 1);
    EXPECT_EQ(gateway.comments.value(ticket).size(), 2); // details + voice comment
    const CallOutcome *resumed = find(Outcome::TicketCreated);
    ASSERT_NE(resumed, nullptr);
    EXPECT_TRUE(resumed->reason.english().contains(QStringLiteral("resumed after a restart")))
        << resumed->reason.english().toStdString();
}

TEST_F(JournalledEngineTest, CredentialAttributesNeverReachTheJournal) {
    answeredCall(Call(QStringLiteral("j-5"))
                     .attr(QStringLiteral("sak"), QStringLiteral("AWS-SECRET-KEY"))
                     .attr(QStringLiteral("crm_api_token"), QStringLiteral("TOKEN-123"))
                     .attr(QStringLiteral("order"), QStringLiteral("42")));
    ASSERT_FALSE(journal.events.isEmpty());
    for (const ContactEvent &e : std::as_const(journal.events)) {
        EXPECT_EQ(e.contact.attributes.value(QStringLiteral("sak")), QStringLiteral("[redacted]"));
        EXPECT_EQ(e.contact.attributes.value(QStringLiteral("crm_api_token")), QStringLiteral("[redacted]"));
        EXPECT_EQ(e.contact.attributes.value(QStringLiteral("order")), QStringLiteral("42"));
    }
}

TEST_F(JournalledEngineTest, AgentChoiceIsJournalledWithItsContactSoARestartReplaysIt) {
    const Call call = Call(QStringLiteral("j-9"))
                          .attr(QStringLiteral("ticket_assignment"), QStringLiteral("agent"))
                          .attr(QStringLiteral("crmId"), QStringLiteral("CRM-1"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    AgentAction create;
    create.kind = AgentAction::Kind::CreateTicket;
    engine->agentAction(QStringLiteral("j-9"), create);
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));

    ASSERT_EQ(journal.events.size(), 3);
    const ContactEvent recorded = journal.events.last();
    EXPECT_EQ(recorded.kind, ContactEventKind::AgentAction);
    EXPECT_EQ(recorded.at, clock.now());
    EXPECT_EQ(recorded.contact.customerPhone, call.contact.customerPhone);
    EXPECT_EQ(recorded.contact.attributes.value(QStringLiteral("crmId")), QStringLiteral("CRM-1"));
    const ContactEventParse parsed = parseContactEvent(toJson(recorded));
    ASSERT_TRUE(parsed.event.has_value());
    EXPECT_EQ(parsed.event->action->kind, AgentAction::Kind::CreateTicket);

    restart(); // the app died before the call ended: the journal replays the agent's choice, once
    send(call.event(ContactEventKind::Ended, 60));
    EXPECT_EQ(gateway.tickets.size(), 1); // the resumed contact repeats its keyed write; Zendesk has it once
    const CallOutcome *resumed = find(Outcome::TicketCreated);
    ASSERT_NE(resumed, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_TRUE(resumed->reason.english().contains(QStringLiteral("resumed after a restart")));
    EXPECT_NE(find(Outcome::DetailsAppended), nullptr) << outcomeNames().join(u',').toStdString();
}

// What a caller types to prove who they are or to pay reaches neither the journal nor a ticket.
TEST_F(JournalledEngineTest, CallerTypedSecretsAndCardNumbersReachNeitherTheJournalNorZendesk) {
    answeredCall(
        Call(QStringLiteral("j-6"))
            .attr(QStringLiteral("pin"), QStringLiteral("4321"))
            .attr(QStringLiteral("reason"), QStringLiteral("card 4111 1111 1111 1111 was charged twice"))
            .attr(QStringLiteral("keyword"), QStringLiteral("billing")));
    ASSERT_FALSE(journal.events.isEmpty());
    for (const ContactEvent &e : std::as_const(journal.events)) {
        EXPECT_EQ(e.contact.attributes.value(QStringLiteral("pin")), QStringLiteral("[redacted]"));
        EXPECT_EQ(e.contact.attributes.value(QStringLiteral("reason")),
                  QStringLiteral("card [redacted] was charged twice"));
        EXPECT_EQ(e.contact.attributes.value(QStringLiteral("keyword")), QStringLiteral("billing"));
    }
    int bodies = 0;
    for (const QList<QJsonObject> &comments : std::as_const(gateway.comments)) {
        for (const QJsonObject &comment : comments) {
            const QString body = comment.value(QStringLiteral("body")).toString();
            bodies += body.isEmpty() ? 0 : 1;
            EXPECT_FALSE(body.contains(QStringLiteral("4321"))) << body.toStdString();
            EXPECT_FALSE(body.contains(QStringLiteral("4111"))) << body.toStdString();
        }
    }
    EXPECT_GE(bodies, 1); // the details note was written
}
