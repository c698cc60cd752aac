// The contact view: what the agent's card shows, from the first ring (the lookups run while it rings) to
// after the call, and what it costs in Zendesk requests.
#include "enginefixture.h"
#include "model/writeledger.h"

#include <QPointer>

using namespace callbridge;
using namespace callbridge::test;

namespace {

// A writer that holds every write until the test lets it through; the ledger says where each stands.
class HeldWriter final : public zendesk::Writer, public WriteLedger {
public:
    explicit HeldWriter(zendesk::Writer &inner)
        : m_inner(inner) {}
    void write(const zendesk::Write &write, QObject *context, Callback<zendesk::WriteResult> done) override {
        m_held << Held{write, context, std::move(done)};
    }
    void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                   Callback<bool> done) override {
        m_inner.screenPop(agentId, target, id, context, std::move(done));
    }
    std::optional<zendesk::Write> recorded(const QString &key) const override {
        for (const zendesk::Write &w : m_sent) {
            if (w.idempotencyKey == key)
                return w;
        }
        return std::nullopt;
    }
    std::optional<StoredWrite> progress(const QString &key) const override { return m_progress.value(key); }

    void setProgress(const QString &key, StoredWrite progress) { m_progress.insert(key, progress); }
    int held() const { return static_cast<int>(m_held.size()); }
    QString heldKey(int i) const { return m_held.at(i).write.idempotencyKey; }
    void releaseAll() {
        const QList<Held> held = std::exchange(m_held, {});
        for (const Held &h : held) {
            m_sent << h.write;
            m_inner.write(h.write, h.context, h.done);
        }
    }

private:
    struct Held {
        zendesk::Write write;
        QPointer<QObject> context;
        Callback<zendesk::WriteResult> done;
    };
    zendesk::Writer &m_inner;
    QList<Held> m_held;
    QList<zendesk::Write> m_sent;
    QHash<QString, StoredWrite> m_progress;
};

class ContactViewTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        QObject::connect(engine.get(), &CallEngine::contactViewChanged, engine.get(),
                         [this](const ContactView &v) { views[v.contactId] << v; });
    }
    ContactView last(const QString &contactId) const {
        const QList<ContactView> list = views.value(contactId);
        EXPECT_FALSE(list.isEmpty()) << "no view for " << contactId.toStdString();
        return list.isEmpty() ? ContactView{} : list.last();
    }
    QHash<QString, QList<ContactView>> views;
};

} // namespace

TEST_F(ContactViewTest, AKnownCallerIsNamedWhileTheCallStillRings) {
    zendesk::User &ada = gateway.addUser(QStringLiteral("Ada Lovelace"), QStringLiteral("+15550100001"));
    ada.email = QStringLiteral("ada@example.com");
    const Call call(QStringLiteral("v-1"));
    send(call.event(ContactEventKind::Connecting));

    const ContactView v = last(QStringLiteral("v-1"));
    EXPECT_EQ(v.stage, ContactView::Stage::Ringing);
    EXPECT_EQ(v.identity, ContactView::Identity::Known);
    EXPECT_EQ(v.caller.name, QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(v.caller.email, QStringLiteral("ada@example.com"));
    EXPECT_EQ(v.identifiedBy, ContactView::IdentifiedBy::Phone);
    EXPECT_TRUE(v.callerIdUnverified) << "only the caller ID identified her";
    EXPECT_EQ(v.plannedAction, LinkPlan::Action::CreateTicket);
    EXPECT_FALSE(v.willCreateUser);
    EXPECT_EQ(v.writeState, ContactView::WriteState::None);
    EXPECT_EQ(gateway.writes(), 0) << "nothing is written before the answer";
    // The first view came before the lookups finished: it said so.
    EXPECT_EQ(views.value(QStringLiteral("v-1")).first().identity, ContactView::Identity::LookingUp);
}

TEST_F(ContactViewTest, AnUnknownCallerGetsANewUserAndAWithheldNumberIsSaidSo) {
    send(Call(QStringLiteral("v-2"), QStringLiteral("+15550109999")).event(ContactEventKind::Connecting));
    const ContactView unknown = last(QStringLiteral("v-2"));
    EXPECT_EQ(unknown.identity, ContactView::Identity::Unknown);
    EXPECT_TRUE(unknown.willCreateUser);
    EXPECT_EQ(unknown.customerE164, QStringLiteral("+15550109999"));

    send(Call(QStringLiteral("v-3"), QStringLiteral("anonymous")).event(ContactEventKind::Connecting));
    const ContactView withheld = last(QStringLiteral("v-3"));
    EXPECT_EQ(withheld.identity, ContactView::Identity::Withheld);
    EXPECT_FALSE(withheld.willCreateUser);
    EXPECT_TRUE(withheld.customerE164.isEmpty());
}

TEST_F(ContactViewTest, TheContactFlowsUserIsNotACallerIdClaim) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100002"));
    send(Call(QStringLiteral("v-4"), QStringLiteral("+15550109998"))
             .attr(QStringLiteral("zendesk_user"), QString::number(jo.id))
             .event(ContactEventKind::Connecting));
    const ContactView v = last(QStringLiteral("v-4"));
    EXPECT_EQ(v.identifiedBy, ContactView::IdentifiedBy::ZendeskUser);
    EXPECT_FALSE(v.callerIdUnverified);
    EXPECT_EQ(v.caller.id, jo.id);
}

TEST_F(ContactViewTest, UsersSharingTheNumberAreListedAsAlternatives) {
    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    gateway.addUser(QStringLiteral("Older"), QStringLiteral("+15550100001"), false, t0);
    gateway.addUser(QStringLiteral("Newer"), QStringLiteral("+15550100001"), false, t0.addDays(1));
    send(Call(QStringLiteral("v-5")).event(ContactEventKind::Connecting));
    const ContactView v = last(QStringLiteral("v-5"));
    EXPECT_EQ(v.caller.name, QStringLiteral("Newer"));
    ASSERT_EQ(v.otherUsersSharingNumber(), 1);
    EXPECT_EQ(v.alternatives.first().name, QStringLiteral("Older"));
}

TEST_F(ContactViewTest, AutoModeReadsNoTicketsForTheCardUnlessTheAgentAsks) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const Call call(QStringLiteral("v-6"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 5));
    const QString requested = QStringLiteral("GET users/%1/tickets/requested").arg(ada.id);
    EXPECT_EQ(gateway.count(requested), 0) << gateway.calls.join(u'\n').toStdString();
    EXPECT_FALSE(last(QStringLiteral("v-6")).recentTickets.has_value());

    engine->loadRecentTickets(QStringLiteral("v-6"));
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));
    EXPECT_EQ(gateway.count(requested), 1);
    ASSERT_TRUE(last(QStringLiteral("v-6")).recentTickets.has_value());
    engine->loadRecentTickets(QStringLiteral("v-6"));
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));
    EXPECT_EQ(gateway.count(requested), 1) << "read once per caller";
}

TEST_F(ContactViewTest, AgentModeListsTheCallersTicketsNewestFirstWithOneRead) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    zendesk::Ticket &older = gateway.addTicket(ada.id, QStringLiteral("solved"), t0);
    older.subject = QStringLiteral("Older question");
    zendesk::Ticket &newer = gateway.addTicket(ada.id, QStringLiteral("open"), t0.addDays(3));
    newer.subject = QStringLiteral("Printer on fire");
    const Call call = agentModeCall(QStringLiteral("v-7"));
    send(call.event(ContactEventKind::Connecting));

    const ContactView v = last(QStringLiteral("v-7"));
    EXPECT_TRUE(v.agentMode);
    ASSERT_TRUE(v.recentTickets.has_value());
    ASSERT_EQ(v.recentTickets->size(), 2);
    EXPECT_EQ(v.recentTickets->at(0).subject, QStringLiteral("Printer on fire"));
    EXPECT_EQ(v.recentTickets->at(1).status, QStringLiteral("solved"));
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/tickets/requested").arg(ada.id)), 1);

    send(call.event(ContactEventKind::Connected, 5));
    send(call.action(act(AgentAction::Kind::Attach, 0, newer.id)));
    const ContactView linked = last(QStringLiteral("v-7"));
    EXPECT_EQ(linked.ticketId, newer.id);
    EXPECT_EQ(linked.ticketSubject, QStringLiteral("Printer on fire"));
    EXPECT_EQ(linked.ticketStatus, QStringLiteral("open"));
    EXPECT_EQ(linked.outcome, Outcome::Attached);
    EXPECT_EQ(linked.writeState, ContactView::WriteState::Sent);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/tickets/requested").arg(ada.id)), 1);
}

TEST_F(ContactViewTest, TheRecentTicketPolicyReadsTheTicketsOnceForBothTheDecisionAndTheCard) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    gateway.addTicket(ada.id, QStringLiteral("open"), clock.now().addSecs(-60));
    const Call call = agentModeCall(QStringLiteral("v-8"))
                          .attr(QStringLiteral("recent_ticket_timeout"), QStringLiteral("240"));
    send(call.event(ContactEventKind::Connecting));
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/tickets/requested").arg(ada.id)), 1);
    ASSERT_TRUE(last(QStringLiteral("v-8")).recentTickets.has_value());
    EXPECT_EQ(last(QStringLiteral("v-8")).candidateSource, TicketSource::Recent);
}

TEST_F(ContactViewTest, TheAgentsCallerChosenWhileItRingsIsKeptAndNamed) {
    gateway.addUser(QStringLiteral("Looked up"), QStringLiteral("+15550100001"));
    const zendesk::User &chosen = gateway.addUser(QStringLiteral("Chosen"), QStringLiteral("+15550100077"));
    const Call call = agentModeCall(QStringLiteral("v-9"));
    engine->handle(call.event(ContactEventKind::Connecting)); // the lookups start…
    engine->agentAction(QStringLiteral("v-9"), act(AgentAction::Kind::SetUser, chosen.id)); // …and the agent
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));

    const ContactView v = last(QStringLiteral("v-9"));
    EXPECT_EQ(v.caller.id, chosen.id);
    EXPECT_EQ(v.caller.name, QStringLiteral("Chosen"));
    EXPECT_EQ(v.identifiedBy, ContactView::IdentifiedBy::Agent);
    EXPECT_FALSE(v.callerIdUnverified);
}

TEST_F(ContactViewTest, EachContactHasItsOwnViewAndANewOneStartsEmpty) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("v-10")));
    const ContactView first = last(QStringLiteral("v-10"));
    ASSERT_NE(first.ticketId, 0);
    EXPECT_EQ(first.stage, ContactView::Stage::Done);
    EXPECT_FALSE(first.endOfCall.isEmpty());
    EXPECT_FALSE(engine->contactView(QStringLiteral("v-10")).has_value()) << "finished: no longer kept";

    send(Call(QStringLiteral("v-11"), QStringLiteral("+15550109999")).event(ContactEventKind::Connecting));
    const ContactView second = last(QStringLiteral("v-11"));
    EXPECT_GT(second.sequence, first.sequence);
    EXPECT_EQ(second.ticketId, 0);
    EXPECT_TRUE(second.reason.isEmpty());
    EXPECT_TRUE(second.caller.name.isEmpty());
    ASSERT_EQ(engine->contactViews().size(), 1);
    EXPECT_EQ(engine->contactViews().first().contactId, QStringLiteral("v-11"));
}

TEST_F(ContactViewTest, AWriteWaitingForZendeskSaysSoAndThenSent) {
    HeldWriter held(gateway);
    engine = std::make_unique<CallEngine>(gateway, held, settings, clock, clock, memory);
    engine->setWriteLedger(&held);
    QObject::connect(engine.get(), &CallEngine::contactViewChanged, engine.get(),
                     [this](const ContactView &v) { views[v.contactId] << v; });
    engine->start();
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isReady(); }));
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const Call call(QStringLiteral("v-12"));
    engine->handle(call.event(ContactEventKind::Connecting));
    engine->handle(call.event(ContactEventKind::Connected, 5));
    ASSERT_TRUE(waitAdvancing(clock, [&] { return held.held() == 1; }));
    EXPECT_EQ(last(QStringLiteral("v-12")).writeState, ContactView::WriteState::Sending);

    StoredWrite waiting;
    waiting.state = StoredWrite::State::Pending;
    waiting.attempts = 2;
    waiting.lastError = QStringLiteral("rate limited (429)");
    waiting.enqueuedAt = clock.now();
    held.setProgress(held.heldKey(0), waiting);
    engine->refreshContactViews();
    const ContactView w = last(QStringLiteral("v-12"));
    EXPECT_EQ(w.writeState, ContactView::WriteState::Waiting);
    EXPECT_EQ(w.writeDetail, QStringLiteral("rate limited (429)"));
    EXPECT_EQ(w.writeWaitingSince, clock.now());

    held.releaseAll();
    ASSERT_TRUE(waitAdvancing(clock, [&] { return last(QStringLiteral("v-12")).ticketId != 0; }));
    const ContactView sent = last(QStringLiteral("v-12"));
    EXPECT_EQ(sent.writeState, ContactView::WriteState::Sent);
    EXPECT_TRUE(sent.ticketCreated);
    EXPECT_EQ(sent.ticketSubject, QStringLiteral("Incoming call from Ada")) << "from the write as sent";
}

TEST_F(ContactViewTest, AFailedWriteIsShownAsFailed) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    gateway.failNext(QStringLiteral("POST tickets"),
                     makeError(zendesk::ErrorKind::Invalid, QStringLiteral("Requester is suspended"), 422));
    const Call call(QStringLiteral("v-13"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 5));
    const ContactView v = last(QStringLiteral("v-13"));
    EXPECT_EQ(v.writeState, ContactView::WriteState::Failed);
    EXPECT_TRUE(v.writeDetail.contains(QStringLiteral("Requester is suspended")))
        << v.writeDetail.toStdString();
}

TEST_F(ContactViewTest, TheAgentCreatesAUserWithTheirOwnNameEmailAndSubject) {
    const Call call = agentModeCall(QStringLiteral("v-14"), QStringLiteral("+15550109999"))
                          .attr(QStringLiteral("customer_name"), QStringLiteral("From the flow"));
    send(call.event(ContactEventKind::Connecting));
    EXPECT_EQ(last(QStringLiteral("v-14")).customerNameAttribute, QStringLiteral("From the flow"));
    send(call.event(ContactEventKind::Connected, 5));
    AgentAction create = act(AgentAction::Kind::CreateTicket);
    create.userName = QStringLiteral("Grace Hopper");
    create.userEmail = QStringLiteral("grace@example.com");
    create.subject = QStringLiteral("Compiler question");
    send(call.action(create));

    const ContactView v = last(QStringLiteral("v-14"));
    ASSERT_NE(v.ticketId, 0) << v.reason.english().toStdString();
    EXPECT_TRUE(v.userCreated);
    EXPECT_EQ(gateway.tickets.value(v.ticketId).subject, QStringLiteral("Compiler question"));
    const zendesk::User created = gateway.users.value(gateway.tickets.value(v.ticketId).requesterId);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/tickets/requested").arg(created.id)), 0)
        << "a user created for the call has no tickets to read";
    EXPECT_EQ(created.name, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(created.phone, QStringLiteral("+15550109999"));
    bool emailSent = false;
    for (const zendesk::Write &w : gateway.sentWrites)
        emailSent |=
            w.payload.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString()
            == QStringLiteral("grace@example.com");
    EXPECT_TRUE(emailSent);
}

TEST_F(ContactViewTest, ANewUsersPhoneThatIsNoNumberIsRefusedWithAReason) {
    const Call call = agentModeCall(QStringLiteral("v-15"), QStringLiteral("anonymous"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 5));
    AgentAction create = act(AgentAction::Kind::CreateTicket);
    create.userPhone = QStringLiteral("not a number");
    send(call.action(create));
    const ContactView v = last(QStringLiteral("v-15"));
    EXPECT_EQ(v.outcome, Outcome::Failed);
    EXPECT_TRUE(v.reason.english().contains(QStringLiteral("not a phone number")))
        << v.reason.english().toStdString();
    EXPECT_EQ(gateway.writes(), 0);
}

TEST_F(ContactViewTest, ACallPlacedFromATicketIsAttachedToIt) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &ticket = gateway.addTicket(ada.id, QStringLiteral("open"), clock.now());
    ASSERT_TRUE(engine->expectOutboundCall(QStringLiteral("(555) 010-0001"), ticket.id));
    EXPECT_FALSE(engine->expectOutboundCall(QStringLiteral("no number"), ticket.id));
    const Call call = Call(QStringLiteral("v-16")).outbound();
    answeredCall(call);
    const CallOutcome *o = find(Outcome::Attached);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(o->ticketId, ticket.id);
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 0);

    // Only the next call to that number: a later one is decided as usual.
    answeredCall(Call(QStringLiteral("v-17")).outbound());
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 1);
}

TEST_F(ContactViewTest, ADialledTicketIsForgottenAfterItsWindow) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &ticket = gateway.addTicket(ada.id, QStringLiteral("open"), clock.now());
    ASSERT_TRUE(engine->expectOutboundCall(QStringLiteral("+15550100001"), ticket.id));
    clock.advance(CallEngine::kDialledTicketWindow + std::chrono::seconds(1));
    answeredCall(Call(QStringLiteral("v-18")).outbound());
    EXPECT_EQ(find(Outcome::Attached), nullptr);
}

TEST_F(ContactViewTest, ANewUsersDetailsCreateANewUserEvenWhenTheCallerIsKnown) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const Call call = agentModeCall(QStringLiteral("v-19"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 5));
    AgentAction create = act(AgentAction::Kind::CreateTicket);
    create.userName = QStringLiteral("Ada's colleague");
    create.userPhone = QStringLiteral("+15550100055");
    send(call.action(create));
    const ContactView v = last(QStringLiteral("v-19"));
    ASSERT_NE(v.ticketId, 0) << v.reason.english().toStdString();
    const qint64 requester = gateway.tickets.value(v.ticketId).requesterId;
    EXPECT_NE(requester, ada.id);
    EXPECT_EQ(gateway.users.value(requester).name, QStringLiteral("Ada's colleague"));
    EXPECT_EQ(gateway.users.value(requester).phone, QStringLiteral("+15550100055"));
}
