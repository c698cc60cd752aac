#include "enginefixture.h"

#include <QJsonArray>

using namespace callbridge;
using namespace callbridge::test;

namespace {

QString body(const QJsonObject &comment) {
    return comment.value(QStringLiteral("body")).toString();
}

QString allBodies(const QList<QJsonObject> &comments) {
    QStringList bodies;
    for (const QJsonObject &c : comments)
        bodies << body(c);
    return bodies.join(u'\n');
}

const zendesk::Write *writeOfKind(const QList<zendesk::Write> &writes, zendesk::Write::Kind kind) {
    for (const zendesk::Write &w : writes) {
        if (w.kind == kind)
            return &w;
    }
    return nullptr;
}

} // namespace

// --- the calling number remembered as a phone identity ------------------------------------------------

TEST_F(EngineTest, RepeatCallerFromANewNumberIsRememberedAsAPhoneIdentity) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("n-1"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("zendesk_user"), QString::number(ada.id)));

    const zendesk::Write *added = writeOfKind(gateway.sentWrites, zendesk::Write::Kind::AddUserIdentity);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->targetId, ada.id);
    const QJsonObject identity = added->payload.value(QStringLiteral("identity")).toObject();
    EXPECT_EQ(identity.value(QStringLiteral("type")).toString(), QStringLiteral("phone_number"));
    EXPECT_EQ(identity.value(QStringLiteral("value")).toString(), QStringLiteral("+15550100077"));
    EXPECT_EQ(gateway.users.value(ada.id).phone, QStringLiteral("+15550100001")); // the old number stays
    const CallOutcome *end = find(Outcome::DetailsAppended);
    ASSERT_NE(end, nullptr);
    EXPECT_TRUE(end->reason.english().contains(QStringLiteral("+15550100077 added to user #%1").arg(ada.id)))
        << end->reason.english().toStdString();
}

// Another machine (its own link memory) knows nothing of the first call: Zendesk's phone search and the
// user's identities find Ada.
TEST_F(EngineTest, RememberedNumberFindsTheCallerOnAnotherMachine) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("n-2"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("customer_number"), QStringLiteral("+15550100001")));
    ASSERT_EQ(gateway.addedPhones.value(ada.id), QStringList{QStringLiteral("+15550100077")});

    InMemoryLinkMemory otherMachinesMemory;
    CallEngine other(gateway, gateway, settings, clock, clock, otherMachinesMemory);
    QList<CallOutcome> seen;
    QObject::connect(&other, &CallEngine::outcome, &other, [&seen](const CallOutcome &o) { seen << o; });
    other.start();
    ASSERT_TRUE(waitAdvancing(clock, [&other] { return other.isReady(); }));
    const Call again(QStringLiteral("n-3"), QStringLiteral("+15550100077"));
    for (const ContactEvent &e :
         {again.event(ContactEventKind::Connecting), again.event(ContactEventKind::Connected, 5),
          again.event(ContactEventKind::Ended, 60)}) {
        other.handle(e);
        ASSERT_TRUE(waitAdvancing(clock, [&other] { return other.isIdle(); }));
    }
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.first().outcome, Outcome::TicketCreated);
    EXPECT_EQ(seen.first().userId, ada.id);
    EXPECT_FALSE(seen.first().userCreated);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/identities").arg(ada.id)), 1);
}

TEST_F(EngineTest, ExactMatchConfirmationReadsPhoneIdentities) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    gateway.addedPhones[ada.id] << QStringLiteral("+1 555 010 0088");
    const zendesk::User &other =
        gateway.addUser(QStringLiteral("Suffix only"), QStringLiteral("+44 20 5550 100088"));
    answeredCall(Call(QStringLiteral("n-4"), QStringLiteral("+15550100088")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->userId, ada.id);
    EXPECT_FALSE(o->userCreated);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/identities").arg(other.id)), 1);
}

TEST_F(EngineTest, KnownCallerByMainPhoneReadsNoIdentities) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("n-5")));
    EXPECT_FALSE(gateway.calls.join(u',').contains(QStringLiteral("identities")))
        << gateway.calls.join(u',').toStdString();
}

TEST_F(EngineTest, CallingNumberAlreadyTheUsersIsNotAddedAgain) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    gateway.addedPhones[ada.id] << QStringLiteral("+15550100077");
    answeredCall(Call(QStringLiteral("n-6"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("zendesk_user"), QString::number(ada.id)));
    EXPECT_EQ(gateway.count(QStringLiteral("POST users/")), 0);
    EXPECT_TRUE(find(Outcome::DetailsAppended)
                    ->reason.english()
                    .contains(QStringLiteral("one of user #%1's numbers already").arg(ada.id)));
}

TEST_F(EngineTest, AnotherUsersNumberIsNotRemembered) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const zendesk::User &bob = gateway.addUser(QStringLiteral("Bob"), QStringLiteral("+15550100077"));
    answeredCall(Call(QStringLiteral("n-7"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("zendesk_user"), QString::number(ada.id)));
    EXPECT_EQ(gateway.count(QStringLiteral("POST users/")), 0);
    EXPECT_TRUE(find(Outcome::DetailsAppended)
                    ->reason.english()
                    .contains(QStringLiteral("is user #%1's number").arg(bob.id)));
}

TEST_F(EngineTest, RememberCallerNumberOffAddsNoIdentity) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("n-8"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("zendesk_user"), QString::number(ada.id))
                     .attr(QStringLiteral("remember_caller_number"), QStringLiteral("false")));
    EXPECT_EQ(gateway.count(QStringLiteral("POST users/")), 0);
    EXPECT_EQ(gateway.count(QStringLiteral("GET search")), 0);
}

TEST_F(EngineTest, CallerFoundByTheCallingNumberAddsNoIdentity) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("n-9")));
    EXPECT_EQ(writeOfKind(gateway.sentWrites, zendesk::Write::Kind::AddUserIdentity), nullptr);
}

// --- transfers: the ticket named in a comment ---------------------------------------------------------

TEST_F(EngineTest, TransferFindsTheTicketByACommentNamingTheCall) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &older = gateway.addTicket(ada.id, QStringLiteral("open"), clock.now().addDays(-2));
    const zendesk::Ticket &attached =
        gateway.addTicket(ada.id, QStringLiteral("open"), clock.now().addSecs(-30));
    gateway.comments[older.id] << QJsonObject{{QStringLiteral("body"), QStringLiteral("Contact ID: t-40")}};
    gateway.comments[attached.id] << QJsonObject{
        {QStringLiteral("body"), QStringLiteral("Contact ID: t-40")}};
    answeredCall(Call(QStringLiteral("t-41")).transferOf(QStringLiteral("t-40")));
    const CallOutcome *o = find(Outcome::TicketTransferred);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(o->ticketId, attached.id); // the newest of the two
    EXPECT_EQ(o->userId, ada.id);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("whose comments name the call")));
}

TEST_F(EngineTest, TransferCommentSearchIsRetriedWhileTheIndexLags) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    const zendesk::Ticket &t = gateway.addTicket(ada.id, QStringLiteral("open"), clock.now());
    gateway.comments[t.id] << QJsonObject{{QStringLiteral("body"), QStringLiteral("Contact ID: t-50")}};
    gateway.blindTicketSearches = 2;
    answeredCall(Call(QStringLiteral("t-51")).transferOf(QStringLiteral("t-50")));
    EXPECT_EQ(gateway.count(QStringLiteral("GET search type:ticket comment:\"t-50\"")), 3);
    const CallOutcome *o = find(Outcome::TicketTransferred);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->ticketId, t.id);
}

TEST_F(EngineTest, TransferCommentSearchGivesUpAfterTheFirstMinute) {
    answeredCall(Call(QStringLiteral("t-61")).transferOf(QStringLiteral("t-60")));
    ASSERT_FALSE(outcomes.isEmpty());
    EXPECT_EQ(outcomes.first().outcome, Outcome::AgentMode);
    EXPECT_TRUE(outcomes.first().reason.english().contains(QStringLiteral("searched for 60 s")))
        << outcomes.first().reason.english().toStdString();
    EXPECT_EQ(gateway.count(QStringLiteral("GET search type:ticket")), 13); // every 5 s for a minute
}

// --- attributes that change during the call ------------------------------------------------------------

TEST_F(EngineTest, AttributesChangedDuringTheCallAreNotedAtTheEnd) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    Call call(QStringLiteral("a-1"));
    call.attr(QStringLiteral("language"), QStringLiteral("en"))
        .attr(QStringLiteral("tier"), QStringLiteral("gold"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 5));
    call.attr(QStringLiteral("tier"), QStringLiteral("platinum"))
        .attr(QStringLiteral("survey"), QStringLiteral("yes"))
        .attr(QStringLiteral("transcribeCall"), QStringLiteral("true"))
        .attr(QStringLiteral("api_token"), QStringLiteral("s3cret"));
    send(call.event(ContactEventKind::Ended, 95));

    const CallOutcome *created = find(Outcome::TicketCreated);
    ASSERT_NE(created, nullptr);
    const QList<QJsonObject> said = gateway.comments.value(created->ticketId);
    ASSERT_EQ(said.size(), 3); // details, changes, voice comment
    const QString changes = body(said.at(1));
    EXPECT_TRUE(changes.startsWith(QStringLiteral("Contact attributes changed during the call")));
    EXPECT_TRUE(changes.contains(QStringLiteral("tier: platinum")));
    EXPECT_TRUE(changes.contains(QStringLiteral("survey: yes")));
    EXPECT_FALSE(changes.contains(QStringLiteral("language")));
    EXPECT_FALSE(changes.contains(QStringLiteral("transcribeCall")));
    EXPECT_FALSE(changes.contains(QStringLiteral("s3cret")));
    EXPECT_TRUE(changes.contains(QStringLiteral("api_token: [redacted]"))); // as the details note shows it
    EXPECT_TRUE(said.at(2).contains(QStringLiteral("voice_comment")));
    EXPECT_TRUE(find(Outcome::DetailsAppended)
                    ->reason.english()
                    .contains(QStringLiteral("3 attribute(s) added or changed")));
}

TEST_F(EngineTest, UnchangedAttributesAddNoNoteAtTheEnd) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("a-2")).attr(QStringLiteral("language"), QStringLiteral("en")));
    EXPECT_EQ(gateway.count(QStringLiteral("PUT")), 1); // the voice comment only
}

TEST_F(EngineTest, LegacySystemAttributesAreNeverWrittenToTickets) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("a-3"))
                     .attr(QStringLiteral("kvsTriggerLambdaResult"), QStringLiteral("Success"))
                     .attr(QStringLiteral("saveCallRecording"), QStringLiteral("true"))
                     .attr(QStringLiteral("startStreamingAudioStatus"), QStringLiteral("OK"))
                     .attr(QStringLiteral("transcribeCall"), QStringLiteral("true"))
                     .attr(QStringLiteral("language"), QStringLiteral("en")));
    const QString notes = allBodies(gateway.comments.value(find(Outcome::TicketCreated)->ticketId));
    EXPECT_TRUE(notes.contains(QStringLiteral("language: en")));
    for (const char *legacy :
         {"kvsTriggerLambdaResult", "saveCallRecording", "startStreamingAudioStatus", "transcribeCall"})
        EXPECT_FALSE(notes.contains(QLatin1String(legacy))) << legacy;
}

// --- customer_email ------------------------------------------------------------------------------------

TEST_F(EngineTest, CustomerEmailIdentifiesTheCallerBeforeTheNumbers) {
    gateway.addUser(QStringLiteral("By phone"), QStringLiteral("+15550100001"));
    zendesk::User &byEmail = gateway.addUser(QStringLiteral("By email"), QStringLiteral("+15550100002"));
    byEmail.email = QStringLiteral("dana@example.com");
    answeredCall(Call(QStringLiteral("e-1"))
                     .attr(QStringLiteral("customer_email"), QStringLiteral("Dana@Example.com"))
                     .attr(QStringLiteral("customer_number"), QStringLiteral("+15550100001")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->userId, byEmail.id);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("customer_email")));
}

TEST_F(EngineTest, UnknownCallerWithCustomerEmailGetsAUserWithThatEmail) {
    answeredCall(Call(QStringLiteral("e-2"), QStringLiteral("+15550109999"))
                     .attr(QStringLiteral("customer_email"), QStringLiteral("new@example.com")));
    const zendesk::Write *created = writeOfKind(gateway.sentWrites, zendesk::Write::Kind::CreateUser);
    ASSERT_NE(created, nullptr);
    const QJsonObject user = created->payload.value(QStringLiteral("user")).toObject();
    EXPECT_EQ(user.value(QStringLiteral("email")).toString(), QStringLiteral("new@example.com"));
    EXPECT_EQ(user.value(QStringLiteral("phone")).toString(), QStringLiteral("+15550109999"));
}

TEST_F(EngineTest, BadCustomerEmailIsIgnoredWithANotice) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(
        Call(QStringLiteral("e-3")).attr(QStringLiteral("customer_email"), QStringLiteral("not an email")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->userId, ada.id);
    EXPECT_TRUE(englishOf(o->notices)
                    .join(u' ')
                    .contains(QStringLiteral("Ignored attribute customer_email=\"not an email\"")));
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/search")), 0);
}

// --- Talk Partner Edition ------------------------------------------------------------------------------

TEST_F(EngineTest, TalkPartnerEditionTicketsAreVoiceTicketsByDirection) {
    settings.talkPartnerEdition = true;
    makeEngine();
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("v-1")));
    answeredCall(Call(QStringLiteral("v-2")).outbound());
    QList<int> viaIds;
    for (const zendesk::Write &w : std::as_const(gateway.sentWrites)) {
        if (w.kind == zendesk::Write::Kind::CreateTicket)
            viaIds << w.payload.value(QStringLiteral("ticket"))
                          .toObject()
                          .value(QStringLiteral("via_id"))
                          .toInt();
    }
    EXPECT_EQ(viaIds, (QList<int>{45, 46}));
}

TEST_F(EngineTest, WithoutTalkPartnerEditionTicketsCarryNoViaId) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("v-3")));
    const zendesk::Write *created = writeOfKind(gateway.sentWrites, zendesk::Write::Kind::CreateTicket);
    ASSERT_NE(created, nullptr);
    EXPECT_FALSE(
        created->payload.value(QStringLiteral("ticket")).toObject().contains(QStringLiteral("via_id")));
}

// --- agent mode ----------------------------------------------------------------------------------------

TEST_F(EngineTest, AgentModeOutboundCallToAnUnknownNumberIsNeverForced) {
    answeredCall(Call(QStringLiteral("o-1"), QStringLiteral("+15550109999"))
                     .outbound()
                     .attr(QStringLiteral("ticket_assignment"), QStringLiteral("agent")));
    EXPECT_EQ(outcomeNames(), (QStringList{QStringLiteral("agent_mode"), QStringLiteral("nothing")}));
    EXPECT_EQ(gateway.writes(), 0);
}

TEST_F(EngineTest, AgentModeOutboundCallToAKnownUserIsStillForced) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("o-2"))
                     .outbound()
                     .attr(QStringLiteral("ticket_assignment"), QStringLiteral("agent")));
    EXPECT_NE(find(Outcome::ForceCreated), nullptr);
}

TEST_F(EngineTest, AgentModeAnnouncesARequestToOpenANewTicket) {
    gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    answeredCall(Call(QStringLiteral("o-3"))
                     .attr(QStringLiteral("ticket_assignment"), QStringLiteral("agent"))
                     .attr(QStringLiteral("zendesk_ticket"), QStringLiteral("0")));
    const CallOutcome *waiting = find(Outcome::AgentMode);
    ASSERT_NE(waiting, nullptr);
    EXPECT_TRUE(
        englishOf(waiting->notices).contains(QStringLiteral("Request to open a new ticket received")));
}

// The identity POST is resent after its answer was lost (or the search had not indexed the number yet):
// Zendesk says the number is taken, by the caller's own user — which means it was added.
TEST_F(EngineTest, ANumberZendeskSaysIsTakenByTheCallerThemselvesCountsAsAdded) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    gateway.addedPhones[ada.id] << QStringLiteral("+15550100077");
    gateway.blindSearches = 10;
    answeredCall(Call(QStringLiteral("n-20"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("zendesk_user"), QString::number(ada.id)));
    ASSERT_EQ(gateway.count(QStringLiteral("POST users/%1/identities").arg(ada.id)), 1);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/identities").arg(ada.id)), 1);
    const CallOutcome *end = find(Outcome::DetailsAppended);
    ASSERT_NE(end, nullptr);
    EXPECT_TRUE(end->reason.english().contains(QStringLiteral("+15550100077 added to user #%1").arg(ada.id)))
        << end->reason.english().toStdString();
}

TEST_F(EngineTest, ANumberZendeskSaysIsTakenBySomeoneElseIsNotAdded) {
    const zendesk::User &ada = gateway.addUser(QStringLiteral("Ada"), QStringLiteral("+15550100001"));
    gateway.addUser(QStringLiteral("Bob"), QStringLiteral("+15550100077"));
    gateway.blindSearches = 10; // the search does not show Bob yet: only Zendesk's refusal does
    answeredCall(Call(QStringLiteral("n-21"), QStringLiteral("+15550100077"))
                     .attr(QStringLiteral("zendesk_user"), QString::number(ada.id)));
    ASSERT_EQ(gateway.count(QStringLiteral("POST users/%1/identities").arg(ada.id)), 1);
    const CallOutcome *end = find(Outcome::DetailsAppended);
    ASSERT_NE(end, nullptr);
    EXPECT_TRUE(end->reason.english().contains(
        QStringLiteral("not added to user #%1: Zendesk says it is taken").arg(ada.id)))
        << end->reason.english().toStdString();
}
