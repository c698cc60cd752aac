#include "enginefixture.h"

using namespace callbridge;
using namespace callbridge::test;

class ReuseTest : public EngineTest {
protected:
    void SetUp() override {
        jo = gateway.addUser(QStringLiteral("Jo"), QStringLiteral("+15550100001"));
        other = gateway.addUser(QStringLiteral("Other"), QStringLiteral("+15550100002"));
        EngineTest::SetUp();
    }
    Call withTimeout(const QString &id, int minutes) {
        return Call(id).attr(QStringLiteral("recent_ticket_timeout"), QString::number(minutes));
    }
    zendesk::User jo;
    zendesk::User other;
};

TEST_F(ReuseTest, RecentTicketWithinTheWindowIsReused) {
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-4 * 60));
    answeredCall(withTimeout(QStringLiteral("r-1"), 15));
    const CallOutcome *o = find(Outcome::TicketReused);
    ASSERT_NE(o, nullptr) << outcomeNames().join(u',').toStdString();
    EXPECT_EQ(o->ticketId, t.id);
    EXPECT_FALSE(o->ticketCreated);
    EXPECT_EQ(o->reason.english(), QStringLiteral("reused #%1: updated 4 min ago, within 15").arg(t.id));
    EXPECT_EQ(gateway.count(QStringLiteral("POST tickets")), 0);
    EXPECT_EQ(gateway.comments.value(t.id).size(), 2); // details note + voice comment
}

TEST_F(ReuseTest, TicketUpdatedExactlyAtTheWindowIsReused) {
    gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-15 * 60));
    answeredCall(withTimeout(QStringLiteral("r-2"), 15));
    EXPECT_NE(find(Outcome::TicketReused), nullptr);
}

TEST_F(ReuseTest, TicketUpdatedJustOutsideTheWindowIsNotReused) {
    gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-15 * 60 - 1));
    answeredCall(withTimeout(QStringLiteral("r-3"), 15));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("not within 15")))
        << o->reason.english().toStdString();
}

TEST_F(ReuseTest, ClosedTicketIsNeverReused) {
    gateway.addTicket(jo.id, QStringLiteral("closed"), clock.now().addSecs(-60));
    answeredCall(withTimeout(QStringLiteral("r-4"), 15));
    EXPECT_NE(find(Outcome::TicketCreated), nullptr);
    EXPECT_EQ(find(Outcome::TicketReused), nullptr);
}

TEST_F(ReuseTest, SolvedTicketStillQualifies) {
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("solved"), clock.now().addSecs(-60));
    answeredCall(withTimeout(QStringLiteral("r-5"), 15));
    ASSERT_NE(find(Outcome::TicketReused), nullptr);
    EXPECT_EQ(find(Outcome::TicketReused)->ticketId, t.id);
}

TEST_F(ReuseTest, ZeroTimeoutNeverLooksForRecentTickets) {
    gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-60));
    answeredCall(withTimeout(QStringLiteral("r-6"), 0));
    EXPECT_NE(find(Outcome::TicketCreated), nullptr);
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/")), 1); // users/me only
}

TEST_F(ReuseTest, SettingDefaultAppliesWhenNoAttribute) {
    settings.createTicketAfterMinutes = 30;
    makeEngine();
    const zendesk::Ticket &t =
        gateway.addTicket(jo.id, QStringLiteral("pending"), clock.now().addSecs(-20 * 60));
    answeredCall(Call(QStringLiteral("r-7")));
    ASSERT_NE(find(Outcome::TicketReused), nullptr);
    EXPECT_EQ(find(Outcome::TicketReused)->ticketId, t.id);
}

TEST_F(ReuseTest, IvrTicketOfTheCallerIsUsed) {
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addDays(-3));
    answeredCall(Call(QStringLiteral("i-1")).attr(QStringLiteral("zendesk_ticket"), QString::number(t.id)));
    const CallOutcome *o = find(Outcome::TicketFromIvr);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->ticketId, t.id);
    EXPECT_EQ(o->userId, jo.id);
}

TEST_F(ReuseTest, IvrTicketOfAnotherUserGivesANewTicketAndSaysWhy) {
    const zendesk::Ticket &t = gateway.addTicket(other.id, QStringLiteral("open"), clock.now().addDays(-3));
    answeredCall(Call(QStringLiteral("i-2")).attr(QStringLiteral("zendesk_ticket"), QString::number(t.id)));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_NE(o->ticketId, t.id);
    EXPECT_EQ(o->userId, jo.id);
    EXPECT_TRUE(o->reason.english().contains(
        QStringLiteral("IVR ticket #%1 belongs to another user: new ticket").arg(t.id)))
        << o->reason.english().toStdString();
    EXPECT_EQ(gateway.comments.value(t.id).size(), 0);
}

TEST_F(ReuseTest, MissingIvrTicketGivesANewTicketWithANotice) {
    answeredCall(
        Call(QStringLiteral("i-3")).attr(QStringLiteral("zendesk_ticket"), QStringLiteral("424242")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(
        englishOf(o->notices).join(u' ').contains(QStringLiteral("Requested ticket #424242 was not found")));
}

TEST_F(ReuseTest, IvrZeroAsksForANewTicketEvenWithARecentOne) {
    gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-60));
    answeredCall(
        withTimeout(QStringLiteral("i-4"), 15).attr(QStringLiteral("zendesk_ticket"), QStringLiteral("0")));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->reason.english().contains(QStringLiteral("IVR asked for a new ticket")))
        << o->reason.english().toStdString();
    EXPECT_EQ(gateway.count(QStringLiteral("GET users/%1/tickets").arg(jo.id)), 0);
}

TEST_F(ReuseTest, RenamedTicketAttributeIsRead) {
    settings.ticketAttributeName = QStringLiteral("ticket_no");
    makeEngine();
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addDays(-3));
    answeredCall(Call(QStringLiteral("i-5")).attr(QStringLiteral("ticket_no"), QString::number(t.id)));
    ASSERT_NE(find(Outcome::TicketFromIvr), nullptr);
}

TEST_F(ReuseTest, IvrTicketFromAnUnknownCallerIsIgnored) {
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addDays(-3));
    answeredCall(Call(QStringLiteral("i-6"), QStringLiteral("+15550108888"))
                     .attr(QStringLiteral("zendesk_ticket"), QString::number(t.id)));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->userCreated);
    EXPECT_NE(o->ticketId, t.id);
}

TEST_F(ReuseTest, ClosedIvrTicketGetsAFollowUp) {
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("closed"), clock.now().addDays(-40));
    answeredCall(Call(QStringLiteral("i-7")).attr(QStringLiteral("zendesk_ticket"), QString::number(t.id)));
    const CallOutcome *o = find(Outcome::TicketFromIvr);
    ASSERT_NE(o, nullptr);
    EXPECT_NE(o->ticketId, t.id);
    EXPECT_EQ(
        gateway.ticketPayloads.value(o->ticketId).value(QStringLiteral("via_followup_source_id")).toInteger(),
        t.id);
}

TEST_F(ReuseTest, TicketClosedDuringTheCallGetsTheEndOfCallDetailsInAFollowUp) {
    const zendesk::Ticket &t = gateway.addTicket(jo.id, QStringLiteral("open"), clock.now().addSecs(-60));
    const Call call = withTimeout(QStringLiteral("r-8"), 15);
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    gateway.tickets[t.id].status = QStringLiteral("closed");
    send(call.event(ContactEventKind::Ended, 60));
    const CallOutcome *o = find(Outcome::DetailsAppended);
    ASSERT_NE(o, nullptr);
    EXPECT_NE(o->ticketId, t.id);
    EXPECT_EQ(
        gateway.ticketPayloads.value(o->ticketId).value(QStringLiteral("via_followup_source_id")).toInteger(),
        t.id);
}
