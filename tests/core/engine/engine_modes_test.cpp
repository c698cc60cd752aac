#include "enginefixture.h"

using namespace callbridge;
using namespace callbridge::test;

TEST_F(EngineTest, AgentModeWritesNothingAutomatically) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call = agentModeCall(QStringLiteral("a-1"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    EXPECT_EQ(gateway.writes(), 0);
    ASSERT_EQ(outcomeNames(), QStringList{QStringLiteral("agent_mode")});
}

TEST_F(EngineTest, AgentModeForcesATicketForTheIdentifiedCallerAtTheEnd) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(agentModeCall(QStringLiteral("a-2")));
    const CallOutcome *o = find(Outcome::ForceCreated);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, jo.id);
    EXPECT_NE(find(Outcome::DetailsAppended), nullptr);
}

TEST_F(EngineTest, AgentModeForcesATicketForTheAgentWhenTheCallerIsUnknown) {
    answeredCall(agentModeCall(QStringLiteral("a-3"), QStringLiteral("+15550109999")));
    const CallOutcome *o = find(Outcome::ForceCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, gateway.agentUser.id);
    EXPECT_EQ(gateway.count(QStringLiteral("POST users")), 0);
}

TEST_F(EngineTest, AgentModeWithoutForcedCreationLeavesNothing) {
    answeredCall(agentModeCall(QStringLiteral("a-4"))
                     .attr(QStringLiteral("force_ticket_creation"), QStringLiteral("n")));
    EXPECT_EQ(gateway.writes(), 0);
    EXPECT_EQ(outcomeNames(), (QStringList{QStringLiteral("agent_mode"), QStringLiteral("nothing")}));
}

TEST_F(EngineTest, AgentAttachesTheCallToAChosenTicket) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addDays(-2));
    const Call call = agentModeCall(QStringLiteral("a-5"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    send(call.action(act(AgentAction::Kind::Attach, 0, t.id)));
    send(call.event(ContactEventKind::Ended, 80));
    const CallOutcome *o = find(Outcome::Attached);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->ticketId, t.id);
    EXPECT_EQ(find(Outcome::ForceCreated), nullptr);
    EXPECT_EQ(gateway.comments.value(t.id).size(), 2);
}

TEST_F(EngineTest, AgentCreatesATicketForAChosenUser) {
    const zendesk::User &chosen = gateway.addUser(QStringLiteral("Chosen"), QStringLiteral("+15550100077"));
    const Call call = agentModeCall(QStringLiteral("a-6"), QStringLiteral("+15550109999"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    send(call.action(act(AgentAction::Kind::SetUser, chosen.id)));
    send(call.action(act(AgentAction::Kind::CreateTicket)));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, chosen.id);
    EXPECT_EQ(gateway.count(QStringLiteral("POST users")), 0);
}

TEST_F(EngineTest, AgentCreatesATicketAndANewUserFromTheCallersNumber) {
    const Call call = agentModeCall(QStringLiteral("a-7"), QStringLiteral("+15550109999"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    send(call.action(act(AgentAction::Kind::CreateTicket)));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->userCreated);
    EXPECT_EQ(gateway.users.value(o->userId).phone, QStringLiteral("+15550109999"));
}

TEST_F(EngineTest, AgentActionWhileRingingWaitsForTheAnswer) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call = agentModeCall(QStringLiteral("a-8"));
    send(call.event(ContactEventKind::Connecting));
    send(call.action(act(AgentAction::Kind::CreateTicket, jo.id)));
    EXPECT_EQ(gateway.writes(), 0);
    send(call.event(ContactEventKind::Connected, 2));
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 1);
}

TEST_F(EngineTest, AgentActionInAutoModeIsRefused) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call(QStringLiteral("a-9"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    send(call.action(act(AgentAction::Kind::CreateTicket, jo.id)));
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 1);
    EXPECT_TRUE(outcomes.last().reason.english().contains(QStringLiteral("already linked")));
}

TEST_F(EngineTest, OutboundCallToAKnownUserCreatesAnOutgoingTicket) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("o-1")).outbound());
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.ticketPayloads.value(o->ticketId).value(QStringLiteral("subject")).toString(),
              QStringLiteral("Outgoing call to Jo"));
    const QJsonObject vc = lastComment(o->ticketId).value(QStringLiteral("voice_comment")).toObject();
    EXPECT_EQ(vc.value(QStringLiteral("to")).toString(), QStringLiteral("+15550100001"));
}

TEST_F(EngineTest, OutboundCallToAnUnknownNumberWritesNothing) {
    answeredCall(Call(QStringLiteral("o-2"), QStringLiteral("+15550109999")).outbound());
    EXPECT_EQ(gateway.writes(), 0);
    ASSERT_EQ(outcomeNames(), QStringList{QStringLiteral("nothing")});
    EXPECT_TRUE(outcomes.first().reason.english().contains(QStringLiteral("all_outbound is off")));
}

TEST_F(EngineTest, AllOutboundCreatesUserAndTicketForAnUnknownNumber) {
    answeredCall(Call(QStringLiteral("o-3"), QStringLiteral("+15550109999"))
                     .outbound()
                     .attr(QStringLiteral("all_outbound"), QStringLiteral("true")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->userCreated);
}

TEST_F(EngineTest, TransferredCallFollowsTheTicketCoreCreated) {
    answeredCall(Call(QStringLiteral("t-1"), QStringLiteral("+15550109999")));
    const qint64 ticket = find(Outcome::TicketCreated)->ticketId;
    gateway.calls.clear();
    answeredCall(
        Call(QStringLiteral("t-2"), QStringLiteral("+15550109999")).transferOf(QStringLiteral("t-1")));
    const CallOutcome *o = find(Outcome::TicketTransferred);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->ticketId, ticket);
    EXPECT_EQ(gateway.count(QStringLiteral("GET")), 0); // known to core: no lookup at all
}

TEST_F(EngineTest, TransferredCallFindsItsTicketByExternalIdAfterARestart) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-120),
                                                 QStringLiteral("t-10"), {QStringLiteral("callbridge")});
    answeredCall(Call(QStringLiteral("t-11")).transferOf(QStringLiteral("t-10")));
    const CallOutcome *o = find(Outcome::TicketTransferred);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->ticketId, t.id);
    EXPECT_EQ(o->userId, jo.id);
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 0);
}

TEST_F(EngineTest, TransferWithoutATicketHandsOverToTheAgent) {
    answeredCall(Call(QStringLiteral("t-21")).transferOf(QStringLiteral("t-20")));
    ASSERT_FALSE(outcomes.isEmpty());
    EXPECT_EQ(outcomes.first().outcome, Outcome::AgentMode);
    EXPECT_NE(find(Outcome::ForceCreated), nullptr);
}

TEST_F(EngineTest, QueuedCallbackIsNotATransferAndFollowsOutboundRules) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    Call call(QStringLiteral("cb-2"));
    call.contact.initialContactId = QStringLiteral("cb-1");
    call.contact.type = ContactType::QueueCallback;
    answeredCall(call);
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.count(QStringLiteral("GET tickets?external_id")), 0);
}

TEST_F(EngineTest, ChatContactsAreNotLinked) {
    Call call(QStringLiteral("chat-1"));
    call.contact.type = ContactType::Chat;
    answeredCall(call);
    EXPECT_EQ(gateway.writes(), 0);
    ASSERT_EQ(outcomeNames(), QStringList{QStringLiteral("nothing")});
}

TEST_F(EngineTest, ScreenPopShowsTheCallerWhileRingingAndTheTicketOnceLinked) {
    settings.screenPop = true;
    makeEngine();
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call(QStringLiteral("p-1"));
    send(call.event(ContactEventKind::Connecting));
    EXPECT_EQ(gateway.count(QStringLiteral("DISPLAY 1 users/%1").arg(jo.id)), 1);
    send(call.event(ContactEventKind::Connected, 3));
    const qint64 ticket = find(Outcome::TicketCreated)->ticketId;
    EXPECT_EQ(gateway.count(QStringLiteral("DISPLAY 1 tickets/%1").arg(ticket)), 1);
    send(call.event(ContactEventKind::Ended, 30));
    EXPECT_EQ(gateway.count(QStringLiteral("DISPLAY")), 2);
}

TEST_F(EngineTest, ScreenPopIsOffByDefault) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("p-2")));
    EXPECT_EQ(gateway.count(QStringLiteral("DISPLAY")), 0);
}

TEST_F(EngineTest, ScreenPopWithPopIncomingOffWaitsForTheTicket) {
    settings.screenPop = true;
    makeEngine();
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("p-3")).attr(QStringLiteral("pop_incoming"), QStringLiteral("no")));
    EXPECT_EQ(gateway.count(QStringLiteral("DISPLAY 1 users")), 0);
    EXPECT_EQ(gateway.count(QStringLiteral("DISPLAY 1 tickets")), 1);
}

TEST_F(EngineTest, AgentActionThroughTheEngineNeedsOnlyTheContactId) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addDays(-1));
    const Call call = agentModeCall(QStringLiteral("a-20"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    engine->agentAction(QStringLiteral("a-20"), act(AgentAction::Kind::Attach, 0, t.id));
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));
    const CallOutcome *o = find(Outcome::Attached);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(o->ticketId, t.id);
    EXPECT_EQ(o->userId, jo.id);
}

TEST_F(EngineTest, AgentActionForAContactTheEngineDoesNotKnowWritesNothing) {
    engine->agentAction(QStringLiteral("never-seen"), act(AgentAction::Kind::CreateTicket));
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));
    EXPECT_EQ(gateway.writes(), 0);
    EXPECT_TRUE(outcomes.isEmpty());
}

TEST_F(EngineTest, CallerSetByTheAgentBeforeTheLookupsFinishIsKept) {
    gateway.addUser(QStringLiteral("Found by phone"), QStringLiteral("+15550100001"));
    const zendesk::User &chosen = gateway.addUser(QStringLiteral("Chosen"), QStringLiteral("+15550100077"));
    const Call call = agentModeCall(QStringLiteral("a-21"));
    engine->handle(call.event(ContactEventKind::Connecting)); // the lookups start and are still running
    engine->agentAction(QStringLiteral("a-21"), act(AgentAction::Kind::SetUser, chosen.id));
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); }));
    send(call.event(ContactEventKind::Connected, 2));
    send(call.action(act(AgentAction::Kind::CreateTicket)));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, chosen.id);
    EXPECT_EQ(o->userId, chosen.id);
}
