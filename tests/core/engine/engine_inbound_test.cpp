#include "enginefixture.h"

#include <QJsonArray>

using namespace callbridge;
using namespace callbridge::test;
using namespace Qt::StringLiterals;

namespace {
QString body(const QJsonObject &comment) {
    return comment.value(QStringLiteral("body")).toString();
}
} // namespace

TEST_F(EngineTest, KnownCallerGetsANewTicketWithDetailsAndAVoiceComment) {
    const zendesk::User &jo =
        gateway.addUser(QStringLiteral("Jo Caller"), QStringLiteral("+1 (555) 010-0001"));
    answeredCall(Call(QStringLiteral("c-1")).attr(QStringLiteral("language"), QStringLiteral("fr")), 90);

    ASSERT_EQ(outcomeNames(),
              (QStringList{QStringLiteral("ticket_created"), QStringLiteral("details_appended")}));
    const CallOutcome &o = outcomes.first();
    EXPECT_EQ(o.userId, jo.id);
    EXPECT_FALSE(o.userCreated);
    EXPECT_TRUE(o.ticketCreated);
    const QJsonObject sent = gateway.ticketPayloads.value(o.ticketId);
    EXPECT_EQ(sent.value(QStringLiteral("subject")).toString(),
              QStringLiteral("Incoming call from Jo Caller"));
    EXPECT_EQ(sent.value(QStringLiteral("requester_id")).toInteger(), jo.id);
    EXPECT_EQ(sent.value(QStringLiteral("assignee_id")).toInteger(), gateway.agentUser.id);
    EXPECT_EQ(sent.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    EXPECT_TRUE(sent.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("callbridge")));
    const QString note = body(gateway.comments.value(o.ticketId).first());
    EXPECT_TRUE(note.contains(QStringLiteral("Contact ID: c-1")));
    EXPECT_TRUE(note.contains(QStringLiteral("language: fr")));
    EXPECT_TRUE(note.contains(QStringLiteral("Queue: Support")));
    EXPECT_FALSE(gateway.comments.value(o.ticketId).first().value(QStringLiteral("public")).toBool(true));

    const QJsonObject vc = lastComment(o.ticketId).value(QStringLiteral("voice_comment")).toObject();
    EXPECT_EQ(vc.value(QStringLiteral("call_duration")).toInt(), 90);
    EXPECT_EQ(vc.value(QStringLiteral("from")).toString(), QStringLiteral("+15550100001"));
    EXPECT_EQ(vc.value(QStringLiteral("to")).toString(), QStringLiteral("+18005550100"));
    EXPECT_EQ(vc.value(QStringLiteral("answered_by_id")).toInteger(), gateway.agentUser.id);
}

TEST_F(EngineTest, KnownCallerCostsThreeRequestsAfterSignIn) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    gateway.calls.clear();
    answeredCall(Call(QStringLiteral("c-1")));
    EXPECT_EQ(gateway.calls.size(), 3) << gateway.calls.join(QStringLiteral(", ")).toStdString();
}

TEST_F(EngineTest, UnknownCallerGetsANewUserNamedAfterTheNumber) {
    answeredCall(Call(QStringLiteral("c-2"), QStringLiteral("+15550109999")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->userCreated);
    const zendesk::User created = gateway.users.value(o->userId);
    EXPECT_EQ(created.name, QStringLiteral("Caller +15550109999"));
    EXPECT_EQ(created.phone, QStringLiteral("+15550109999"));
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, o->userId);
}

TEST_F(EngineTest, CustomerNameNamesTheNewUser) {
    answeredCall(Call(QStringLiteral("c-3"), QStringLiteral("+15550109999"))
                     .attr(QStringLiteral("customer_name"), QStringLiteral("Dana Newcomer")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.users.value(o->userId).name, QStringLiteral("Dana Newcomer"));
    EXPECT_EQ(gateway.ticketPayloads.value(o->ticketId).value(QStringLiteral("subject")).toString(),
              QStringLiteral("Incoming call from Dana Newcomer"));
}

TEST_F(EngineTest, SameUnknownCallerTwiceBeforeSearchIndexesReachesOneUser) {
    gateway.searchIndexLags = true;
    answeredCall(Call(QStringLiteral("c-a"), QStringLiteral("+15550107777")));
    answeredCall(Call(QStringLiteral("c-b"), QStringLiteral("+15550107777")));
    QList<qint64> userIds;
    for (const CallOutcome &o : std::as_const(outcomes)) {
        if (o.outcome == Outcome::TicketCreated)
            userIds << o.userId;
    }
    ASSERT_EQ(userIds.size(), 2);
    EXPECT_EQ(userIds.at(0), userIds.at(1));
    EXPECT_EQ(gateway.count(QStringLiteral("POST users")), 1);
}

TEST_F(EngineTest, SameUnknownCallerAfterRestartReachesTheUserByExternalId) {
    gateway.searchIndexLags = true;
    answeredCall(Call(QStringLiteral("c-a"), QStringLiteral("+15550107777")));
    const qint64 first = find(Outcome::TicketCreated)->userId;
    InMemoryLinkMemory fresh; // a restarted app that forgot what it created
    engine.reset();
    memory = fresh;
    makeEngine();
    answeredCall(Call(QStringLiteral("c-b"), QStringLiteral("+15550107777")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->userId, first);
    EXPECT_FALSE(o->userCreated);
    EXPECT_EQ(gateway.users.size(), 1);
}

TEST_F(EngineTest, AnonymousCallerTicketHasTheAgentAsRequesterAndNoUserIsCreated) {
    answeredCall(Call(QStringLiteral("c-4"), QStringLiteral("anonymous")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, gateway.agentUser.id);
    EXPECT_EQ(gateway.count(QStringLiteral("POST users")), 0);
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 0);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("anonymous")));
}

TEST_F(EngineTest, SipAddressIsStrippedBeforeTheSearch) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("c-5"), QStringLiteral("sip:+15550100001@10.0.0.1")));
    EXPECT_EQ(find(Outcome::TicketCreated)->userId, jo.id);
}

TEST_F(EngineTest, SharedNumberPrefersTheDirectLine) {
    gateway.addUser(QStringLiteral("Front desk"), QStringLiteral("+15550100001"), true);
    const zendesk::User &direct = gateway.addUser(QStringLiteral("Direct"), QStringLiteral("555-010-0001"));
    answeredCall(Call(QStringLiteral("c-6")));
    EXPECT_EQ(find(Outcome::TicketCreated)->userId, direct.id);
}

TEST_F(EngineTest, AmbiguousNumberTakesTheMostRecentlyUpdatedAndSaysSo) {
    gateway.addUser(QStringLiteral("Old"), QStringLiteral("+15550100001"), false, clock.now().addDays(-30));
    const zendesk::User &recent = gateway.addUser(QStringLiteral("Recent"), QStringLiteral("+15550100001"),
                                                  false, clock.now().addDays(-1));
    answeredCall(Call(QStringLiteral("c-7")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    EXPECT_EQ(o->userId, recent.id);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("2 users share it")))
        << o->reason.english().toStdString();
}

TEST_F(EngineTest, SuffixMatchOfAnotherNumberIsNotTheCaller) {
    gateway.addUser(QStringLiteral("Longer"),
                    QStringLiteral("+4415550100001")); // same digit suffix, other number
    answeredCall(Call(QStringLiteral("c-8")));
    EXPECT_TRUE(find(Outcome::TicketCreated)->userCreated);
}

TEST_F(EngineTest, ZendeskUserAttributeIdentifiesTheCaller) {
    gateway.addUser(QStringLiteral("By phone"), QStringLiteral("+15550100001"));
    const zendesk::User &byId = gateway.addUser(QStringLiteral("By id"), QStringLiteral("+15550100002"));
    answeredCall(Call(QStringLiteral("c-9")).attr(QStringLiteral("zendesk_user"), QString::number(byId.id)));
    EXPECT_EQ(find(Outcome::TicketCreated)->userId, byId.id);
    // The only search is the one at the end that checks whether the calling number may be added to the user.
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 1);
    EXPECT_EQ(gateway.count(QStringLiteral("POST users/")), 0); // +15550100001 is "By phone"'s number
}

TEST_F(EngineTest, MissingZendeskUserFallsBackToThePhoneWithANotice) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("c-10")).attr(QStringLiteral("zendesk_user"), QStringLiteral("999999")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    EXPECT_EQ(o->userId, jo.id);
    EXPECT_TRUE(
        englishOf(o->notices).join(u' ').contains(QStringLiteral("zendesk_user #999999 was not found")));
}

TEST_F(EngineTest, CustomerNumberIsSearchedInsteadOfTheCallerId) {
    const zendesk::User &real = gateway.addUser(QStringLiteral("Real"), QStringLiteral("+15550100042"));
    answeredCall(Call(QStringLiteral("c-11"), QStringLiteral("+15550100001"))
                     .attr(QStringLiteral("customer_number"), QStringLiteral("(555) 010-0042")));
    EXPECT_EQ(find(Outcome::TicketCreated)->userId, real.id);
}

TEST_F(EngineTest, BadCustomerNumberFallsBackToTheCallerIdWithANotice) {
    const zendesk::User &jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("c-12"))
                     .attr(QStringLiteral("customer_number"), QStringLiteral("call me maybe")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    EXPECT_EQ(o->userId, jo.id);
    EXPECT_TRUE(englishOf(o->notices).join(u' ').contains(QStringLiteral("customer_number")));
}

TEST_F(EngineTest, BadAttributeValuesAreIgnoredWithANoticeAndTheCallStillLinks) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("c-13"))
                     .attr(QStringLiteral("recent_ticket_timeout"), QStringLiteral("soon"))
                     .attr(QStringLiteral("voice_comment"), QStringLiteral("perhaps")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    const QString notices = englishOf(o->notices).join(u' ');
    EXPECT_TRUE(notices.contains(QStringLiteral("recent_ticket_timeout"))) << notices.toStdString();
    EXPECT_TRUE(notices.contains(QStringLiteral("perhaps"))) << notices.toStdString();
    EXPECT_TRUE(lastComment(o->ticketId).contains(QStringLiteral("voice_comment"))); // default kept
}

TEST_F(EngineTest, SecretAttributesNeverReachTheTicket) {
    answeredCall(Call(QStringLiteral("c-14"))
                     .attr(QStringLiteral("sak"), QStringLiteral("AWS-SECRET"))
                     .attr(QStringLiteral("api_token"), QStringLiteral("TOKEN-VALUE"))
                     .attr(QStringLiteral("order"), QStringLiteral("42")));
    const qint64 ticket = find(Outcome::TicketCreated)->ticketId;
    const QString note = body(gateway.comments.value(ticket).first());
    EXPECT_FALSE(note.contains(QStringLiteral("AWS-SECRET")));
    EXPECT_FALSE(note.contains(QStringLiteral("TOKEN-VALUE")));
    EXPECT_TRUE(note.contains(QStringLiteral("order: 42")));
}

TEST_F(EngineTest, VoiceCommentOffWritesTheDurationInANote) {
    answeredCall(Call(QStringLiteral("c-15")).attr(QStringLiteral("voice_comment"), QStringLiteral("no")),
                 125);
    const qint64 ticket = find(Outcome::TicketCreated)->ticketId;
    const QJsonObject last = lastComment(ticket);
    EXPECT_FALSE(last.contains(QStringLiteral("voice_comment")));
    EXPECT_TRUE(body(last).contains(QStringLiteral("Duration: 125 s")));
}

TEST_F(EngineTest, MissedCallWritesNothing) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call(QStringLiteral("c-16"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Missed, 20));
    send(call.event(ContactEventKind::Destroyed, 21));
    EXPECT_EQ(gateway.writes(), 0);
    ASSERT_EQ(outcomeNames(), QStringList{QStringLiteral("nothing")});
    EXPECT_TRUE(outcomes.first().reason.english().contains(QStringLiteral("missed")));
}

TEST_F(EngineTest, SupervisorMonitoringWritesNothingAndLooksNothingUp) {
    Call call(QStringLiteral("c-17"));
    call.contact.monitoring = true;
    answeredCall(call);
    EXPECT_EQ(gateway.calls.size(), 1); // users/me only
    ASSERT_EQ(outcomeNames(), QStringList{QStringLiteral("nothing")});
    EXPECT_TRUE(outcomes.first().reason.english().contains(QStringLiteral("monitoring")));
}

TEST_F(EngineTest, PopIncomingLooksUpWhileRingingButWritesOnlyOnceConnected) {
    gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
    const Call call(QStringLiteral("c-18"));
    send(call.event(ContactEventKind::Connecting));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 1);
    EXPECT_EQ(gateway.writes(), 0);
    send(call.event(ContactEventKind::Connected, 3));
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 1);
}

TEST_F(EngineTest, PopIncomingOffWaitsForTheAnswerBeforeLookingUp) {
    const Call call =
        Call(QStringLiteral("c-19")).attr(QStringLiteral("pop_incoming"), QStringLiteral("false"));
    send(call.event(ContactEventKind::Connecting));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 0);
    send(call.event(ContactEventKind::Connected, 3));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 1);
}

TEST_F(EngineTest, ReReportedEventsAfterAReloadWriteNothingTwice) {
    const Call call(QStringLiteral("c-20"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    send(call.event(ContactEventKind::Connected, 2)); // page reload re-reports the live contact
    send(call.event(ContactEventKind::Ended, 60));
    send(call.event(ContactEventKind::Ended, 60));
    send(call.event(ContactEventKind::AfterCallWork, 61));
    send(call.event(ContactEventKind::Destroyed, 70));
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 1);
    EXPECT_EQ(gateway.count(QStringLiteral("PUT tickets")), 1);
}

TEST_F(EngineTest, ZendeskFailureIsReportedAsFailedWithTheReason) {
    gateway.failNext(QStringLiteral("POST tickets"),
                     makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503));
    answeredCall(Call(QStringLiteral("c-21")));
    const CallOutcome *o = find(Outcome::Failed);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("creating the ticket")))
        << o->reason.english().toStdString();
}

TEST_F(EngineTest, EventsBeforeSignInAreQueuedNotDropped) {
    engine.reset();
    outcomes.clear();
    engine = std::make_unique<CallEngine>(gateway, gateway, settings, clock, clock, memory);
    QObject::connect(engine.get(), &CallEngine::outcome, engine.get(),
                     [this](const CallOutcome &o) { outcomes << o; });
    const Call call(QStringLiteral("c-22"));
    engine->handle(call.event(ContactEventKind::Connecting));
    engine->handle(call.event(ContactEventKind::Connected, 2));
    engine->start();
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isReady() && engine->isIdle(); }));
    EXPECT_NE(find(Outcome::TicketCreated), nullptr);
}

TEST_F(EngineTest, TheQueueBeforeSignInIsBounded) {
    engine.reset();
    outcomes.clear();
    engine = std::make_unique<CallEngine>(gateway, gateway, settings, clock, clock, memory);
    const Call call(QStringLiteral("c-23"));
    for (int i = 0; i < CallEngine::kMaxQueuedEvents + 100; ++i)
        engine->handle(call.event(ContactEventKind::Connecting));
    EXPECT_EQ(engine->droppedBeforeSignIn(), 100);
    engine->start();
    ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isReady() && engine->isIdle(); }));
}

TEST_F(EngineTest, FailedSignInIsFatalWithAClearMessage) {
    engine.reset();
    gateway.failNext(QStringLiteral("GET users/me"),
                     makeError(zendesk::ErrorKind::Auth, QStringLiteral("Couldn't authenticate you"), 401));
    CallEngine e(gateway, gateway, settings, clock, clock, memory);
    QString message;
    QObject::connect(&e, &CallEngine::fatalError, &e, [&](const QString &m) { message = m; });
    e.start();
    ASSERT_TRUE(waitAdvancing(clock, [&] { return !message.isEmpty(); }));
    EXPECT_TRUE(message.contains(QStringLiteral("authenticate"))) << message.toStdString();
    EXPECT_FALSE(e.isReady());
}

TEST_F(EngineTest, LookupThatFailsForAPassingReasonIsRetriedAndTheCallStillLinks) {
    engine.reset();
    gateway.failNext(QStringLiteral("GET search"),
                     makeError(zendesk::ErrorKind::RateLimited, QStringLiteral("HTTP 429"), 429));
    makeEngine();
    answeredCall(Call(QStringLiteral("c-23")));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 2);
    EXPECT_NE(find(Outcome::TicketCreated), nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(find(Outcome::Failed), nullptr);
}

// The client hands a failed read straight back; the engine is the layer that repeats a lookup.
TEST_F(EngineTest, LookupAfterA503IsRetriedAfterExactlyTheBackoff) {
    engine.reset();
    for (int i = 0; i < 2; ++i)
        gateway.failNext(QStringLiteral("GET search"),
                         makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503));
    makeEngine();
    const QDateTime start = clock.now();
    send(Call(QStringLiteral("c-24")).event(ContactEventKind::Connecting));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 3);
    EXPECT_EQ(start.msecsTo(clock.now()), 1000 + 2000) << "1 s after the first failure, 2 s after the second";
    EXPECT_EQ(clock.pending(), 0);
}

TEST_F(EngineTest, LookupThatTimedOutOrWasCutOffIsRetried) {
    engine.reset();
    gateway.failNext(QStringLiteral("GET search"),
                     makeError(zendesk::ErrorKind::Timeout, QStringLiteral("no answer within 30000 ms")));
    gateway.failNext(QStringLiteral("GET search"),
                     makeError(zendesk::ErrorKind::Network, QStringLiteral("Connection closed")));
    makeEngine();
    answeredCall(Call(QStringLiteral("c-25")));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 3);
    EXPECT_NE(find(Outcome::TicketCreated), nullptr) << outcomeNames().join(u',').toStdString();
}

TEST_F(EngineTest, LookupRetryWaitsZendesksRetryAfter) {
    engine.reset();
    zendesk::Error unavailable = makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503);
    unavailable.retryAfter = std::chrono::seconds(3);
    gateway.failNext(QStringLiteral("GET search"), unavailable);
    makeEngine();
    const QDateTime start = clock.now();
    send(Call(QStringLiteral("c-26")).event(ContactEventKind::Connecting));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 2);
    EXPECT_EQ(start.secsTo(clock.now()), 3);
}

TEST_F(EngineTest, SignInThatFailsForAPassingReasonIsRetried) {
    engine.reset();
    gateway.failNext(QStringLiteral("GET users/me"),
                     makeError(zendesk::ErrorKind::Unavailable, QStringLiteral("HTTP 503"), 503));
    makeEngine();
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/me")), 3); // first fixture start + failed + retried
    EXPECT_TRUE(engine->isReady());
}

namespace {
zendesk::Error phoneTaken() {
    zendesk::Error e =
        makeError(zendesk::ErrorKind::Invalid, QStringLiteral("Record validation errors"), 422);
    e.details =
        QJsonObject{{QStringLiteral("phone"),
                     QJsonArray{QJsonObject{{QStringLiteral("description"),
                                             QStringLiteral("Phone: +15550107777 is already being used")},
                                            {QStringLiteral("error"), QStringLiteral("DuplicateValue")}}}}};
    return e;
}
} // namespace

TEST_F(EngineTest, PhoneAlreadyTakenFindsItsOwnerInsteadOfASecondUser) {
    const zendesk::User &owner = gateway.addUser(QStringLiteral("Owner"), QStringLiteral("+15550107777"));
    gateway.blindSearches = 1; // created elsewhere seconds ago: not in the index for the first lookup
    gateway.failNext(QStringLiteral("POST users"), phoneTaken());
    answeredCall(Call(QStringLiteral("c-24"), QStringLiteral("+15550107777")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr) << outcomes.last().reason.english().toStdString();
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, owner.id);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("already belongs to #%1").arg(owner.id)))
        << o->reason.english().toStdString();
}

TEST_F(EngineTest, PhoneTakenByAnUnseenUserMakesTheAgentRequesterWithANotice) {
    gateway.failNext(QStringLiteral("POST users"), phoneTaken());
    answeredCall(Call(QStringLiteral("c-25"), QStringLiteral("+15550107777")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, gateway.agentUser.id);
    EXPECT_EQ(gateway.users.size(), 0);
    EXPECT_TRUE(englishOf(o->notices).join(u' ').contains(QStringLiteral("set the ticket's requester")));
}

TEST_F(EngineTest, RememberedCallerIsReadByIdAndNamedInTheSubject) {
    gateway.searchIndexLags = true;
    answeredCall(Call(QStringLiteral("c-26"), QStringLiteral("+15550107777"))
                     .attr(QStringLiteral("customer_name"), QStringLiteral("Dana Newcomer")));
    outcomes.clear();
    answeredCall(Call(QStringLiteral("c-27"), QStringLiteral("+15550107777")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(gateway.ticketPayloads.value(o->ticketId).value(QStringLiteral("subject")).toString(),
              QStringLiteral("Incoming call from Dana Newcomer"));
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1").arg(o->userId)), 1);
}

TEST_F(EngineTest, RememberedCallerDeletedInZendeskIsSearchedAgain) {
    answeredCall(Call(QStringLiteral("c-28"), QStringLiteral("+15550107777")));
    const qint64 first = find(Outcome::TicketCreated)->userId;
    gateway.users.remove(first); // merged into another profile by an agent
    const zendesk::User &merged = gateway.addUser(QStringLiteral("Merged"), QStringLiteral("+15550107777"));
    outcomes.clear();
    answeredCall(Call(QStringLiteral("c-29"), QStringLiteral("+15550107777")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->userId, merged.id);
    EXPECT_FALSE(o->userCreated);
    EXPECT_TRUE(englishOf(o->notices).join(u' ').contains(QStringLiteral("no longer has")))
        << englishOf(o->notices).join(u' ').toStdString();
}

TEST_F(EngineTest, NumberTakenByAnotherMachinesNewUserIsFoundByItsExternalId) {
    // Another agent's Callbridge created the caller's user seconds ago: not in the search index yet, and not
    // in this machine's memory. Zendesk refuses a second one; the engine finds it exactly, without a phone
    // search.
    zendesk::User &theirs =
        gateway.addUser(QStringLiteral("Caller +15550107777"), QStringLiteral("+15550107777"));
    theirs.externalId = QStringLiteral("callbridge:+15550107777");
    const qint64 theirsId = theirs.id;
    gateway.blindSearches = 1;
    answeredCall(Call(QStringLiteral("c-40"), QStringLiteral("+15550107777")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr) << outcomes.last().reason.english().toStdString();
    EXPECT_EQ(gateway.tickets.value(o->ticketId).requesterId, theirsId);
    EXPECT_FALSE(o->userCreated);
    EXPECT_EQ(gateway.users.size(), 1);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users?external_id=")), 1);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("already existed for this number")))
        << o->reason.english().toStdString();
    EXPECT_EQ(memory.userForNumber(QStringLiteral("+15550107777")), std::optional<qint64>(theirsId));
}

TEST_F(EngineTest, ANewContactBeyondTheLiveLimitIsRefusedAndReportedOnce) {
    engine->setLiveContactLimit(3);
    QStringList reported;
    QObject::connect(engine.get(), &CallEngine::contactRefused, engine.get(),
                     [&reported](const QString &id, int live) { reported << u"%1@%2"_s.arg(id).arg(live); });
    for (int i = 0; i < 3; ++i)
        send(Call(u"live-%1"_s.arg(i)).event(ContactEventKind::Connecting));
    const int searchesForThree = gateway.count(u"GET search"_s);
    send(Call(u"invented-1"_s, u"+15550199001"_s).event(ContactEventKind::Connecting));
    send(Call(u"invented-2"_s, u"+15550199002"_s).event(ContactEventKind::Connecting));
    send(Call(u"invented-1"_s, u"+15550199001"_s).event(ContactEventKind::Connected, 2));
    EXPECT_EQ(reported, QStringList{u"invented-1@3"_s}); // a flood is reported once
    EXPECT_EQ(engine->refusedContacts(), 3);
    EXPECT_EQ(gateway.count(u"GET search"_s), searchesForThree); // refused contacts cost Zendesk nothing
    EXPECT_EQ(engine->contactViews().size(), 3);
    EXPECT_FALSE(engine->contactView(u"invented-1"_s).has_value());

    // One contact finishes: the next new one is worked on, and the next flood is reported again.
    send(Call(u"live-0"_s).event(ContactEventKind::Ended, 30));
    send(Call(u"after-1"_s).event(ContactEventKind::Connecting));
    EXPECT_TRUE(engine->contactView(u"after-1"_s).has_value());
    send(Call(u"invented-3"_s).event(ContactEventKind::Connecting));
    EXPECT_EQ(reported, (QStringList{u"invented-1@3"_s, u"invented-3@3"_s}));
}

TEST_F(EngineTest, WithoutALimitEveryContactIsWorkedOn) {
    for (int i = 0; i < CallEngine::kMaxLiveContacts + 1; ++i)
        send(Call(u"c-%1"_s.arg(i)).event(ContactEventKind::Connecting));
    EXPECT_EQ(engine->contactViews().size(), CallEngine::kMaxLiveContacts + 1);
    EXPECT_EQ(engine->refusedContacts(), 0);
}
