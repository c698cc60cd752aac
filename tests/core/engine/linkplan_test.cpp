#include "engine/linkplan.h"
#include "engine/linksteps.h"
#include "qtprinters.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace callbridge;
using Action = LinkPlan::Action;
using Requester = LinkPlan::Requester;

namespace {

CallerNumber number(const QString &e164) {
    CallerNumber n;
    n.anonymous = false;
    n.e164 = e164;
    n.nationalNumber = e164.mid(2);
    n.raw = e164;
    return n;
}

Caller known(qint64 id, const QString &name = QStringLiteral("Ada")) {
    Caller c;
    c.kind = Caller::Kind::Known;
    c.user.id = id;
    c.user.name = name;
    c.number = number(QStringLiteral("+15550100001"));
    c.how = QStringLiteral("phone +15550100001");
    return c;
}

Caller unknown() {
    Caller c;
    c.kind = Caller::Kind::Unknown;
    c.number = number(QStringLiteral("+15550109999"));
    return c;
}

Caller anonymous() {
    Caller c;
    c.how = QStringLiteral("withheld number");
    return c;
}

zendesk::Ticket ticket(qint64 id, const QString &status = QStringLiteral("open")) {
    zendesk::Ticket t;
    t.id = id;
    t.status = status;
    return t;
}

Resolution resolved(Caller caller, std::optional<zendesk::Ticket> t = {},
                    TicketSource source = TicketSource::None) {
    Resolution r;
    r.caller = std::move(caller);
    r.ticket = std::move(t);
    r.ticketSource = source;
    return r;
}

// What a plan must say; empty optionals are not checked.
struct Expect {
    Action action;
    Outcome outcome;
    std::optional<Requester> requester = std::nullopt;
    qint64 requesterId = 0;
    qint64 ticketId = 0;
    bool ticketClosed = false;
    QString reasonContains = {};
};

void expectPlan(const LinkPlan &plan, const Expect &e, const char *name) {
    SCOPED_TRACE(name);
    EXPECT_EQ(plan.action, e.action);
    EXPECT_EQ(outcomeName(plan.outcome), outcomeName(e.outcome));
    if (e.requester) {
        EXPECT_EQ(plan.requester, *e.requester);
        EXPECT_EQ(plan.requesterId, e.requesterId);
    }
    EXPECT_EQ(plan.ticketId, e.ticketId);
    EXPECT_EQ(plan.ticketClosed, e.ticketClosed);
    EXPECT_TRUE(plan.reason.english().contains(e.reasonContains)) << plan.reason.english().toStdString();
}

ContactInfo inbound() {
    ContactInfo c;
    c.contactId = QStringLiteral("c-1");
    c.initialContactId = QStringLiteral("c-1");
    return c;
}

ContactInfo outbound() {
    ContactInfo c = inbound();
    c.direction = CallDirection::Outbound;
    return c;
}

CallPolicy agentMode() {
    CallPolicy p;
    p.ticketAssignment = TicketAssignment::Agent;
    return p;
}

CallPolicy allOutbound() {
    CallPolicy p;
    p.allOutbound = true;
    return p;
}

} // namespace

TEST(LinkPlanTable, FirstDecisionFromTheLookups) {
    Resolution transferWithoutTicket = resolved(known(7));
    transferWithoutTicket.transferWithoutTicket = true;
    transferWithoutTicket.ticketReason =
        QStringLiteral("transferred call: the first agent's ticket was not found");
    Resolution failedLookup = resolved(unknown());
    failedLookup.error.kind = zendesk::ErrorKind::Auth;
    failedLookup.ticketReason = QStringLiteral("lookup failed");

    const struct {
        const char *name;
        ContactInfo contact;
        CallPolicy policy;
        Resolution resolution;
        Expect expect;
    } rows[] = {
        {"known caller: new ticket for them",
         inbound(),
         {},
         resolved(known(7)),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::User, 7, 0, false,
          QStringLiteral("known caller #7")}},
        {"unknown caller: new user first",
         inbound(),
         {},
         resolved(unknown()),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::NewUser, 0, 0, false,
          QStringLiteral("unknown caller +15550109999")}},
        {"withheld number: the agent is requester",
         inbound(),
         {},
         resolved(anonymous()),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::Agent, 0, 0, false,
          QStringLiteral("anonymous caller")}},
        {"IVR ticket",
         inbound(),
         {},
         resolved(known(7), ticket(40), TicketSource::Ivr),
         {Action::Attach, Outcome::TicketFromIvr, std::nullopt, 0, 40}},
        {"recent ticket",
         inbound(),
         {},
         resolved(known(7), ticket(41), TicketSource::Recent),
         {Action::Attach, Outcome::TicketReused, std::nullopt, 0, 41}},
        {"closed IVR ticket: attach means a follow-up",
         inbound(),
         {},
         resolved(known(7), ticket(42, QStringLiteral("closed")), TicketSource::Ivr),
         {Action::Attach, Outcome::TicketFromIvr, std::nullopt, 0, 42, true}},
        {"transfer follows its ticket, even in agent mode",
         inbound(),
         agentMode(),
         resolved(known(7), ticket(43), TicketSource::Transfer),
         {Action::Attach, Outcome::TicketTransferred, std::nullopt, 0, 43}},
        {"agent mode waits for the agent",
         inbound(),
         agentMode(),
         resolved(known(7)),
         {Action::WaitForAgent, Outcome::AgentMode, std::nullopt, 0, 0, false,
          QStringLiteral("ticket_assignment=agent")}},
        {"a transfer without its ticket goes to the agent",
         inbound(),
         {},
         transferWithoutTicket,
         {Action::WaitForAgent, Outcome::AgentMode, std::nullopt, 0, 0, false,
          QStringLiteral("the agent decides")}},
        {"outbound to a known user",
         outbound(),
         {},
         resolved(known(8)),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::User, 8, 0, false,
          QStringLiteral("outbound call to known user #8")}},
        {"outbound to an unknown number writes nothing",
         outbound(),
         {},
         resolved(unknown()),
         {Action::Nothing, Outcome::Nothing, std::nullopt, 0, 0, false,
          QStringLiteral("all_outbound is off")}},
        {"outbound to an unknown number with all_outbound",
         outbound(),
         allOutbound(),
         resolved(unknown()),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::NewUser, 0, 0, false,
          QStringLiteral("(all_outbound)")}},
        {"outbound ignores a recent ticket",
         outbound(),
         {},
         resolved(known(8), ticket(44), TicketSource::Recent),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::User, 8}},
        {"a failed lookup decides nothing",
         inbound(),
         {},
         failedLookup,
         {Action::Nothing, Outcome::Nothing, std::nullopt, 0, 0, false, QStringLiteral("lookup failed")}},
    };
    for (const auto &row : rows)
        expectPlan(planLink(row.contact, row.policy, row.resolution), row.expect, row.name);
}

TEST(LinkPlanTable, CallerNameForTheSubject) {
    EXPECT_EQ(
        planLink(inbound(), {}, resolved(known(7, QStringLiteral("Ada Lovelace")))).callerName.english(),
        QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(planLink(inbound(), {}, resolved(unknown())).callerName.english(),
              QStringLiteral("+15550109999"));
}

TEST(LinkPlanTable, ContactsThatAreNeverLinked) {
    ContactInfo monitoring = inbound();
    monitoring.monitoring = true;
    ContactInfo chat = inbound();
    chat.type = ContactType::Chat;
    ContactInfo task = inbound();
    task.type = ContactType::Task;
    EXPECT_TRUE(reasonToIgnore(monitoring).english().contains(QStringLiteral("monitoring")));
    EXPECT_TRUE(reasonToIgnore(chat).english().contains(QStringLiteral("chat")));
    EXPECT_TRUE(reasonToIgnore(task).english().contains(QStringLiteral("task")));
    EXPECT_TRUE(reasonToIgnore(inbound()).isEmpty());
}

TEST(LinkStepsTable, AgentChoices) {
    AgentAction attach;
    attach.kind = AgentAction::Kind::Attach;
    attach.ticketId = 55;
    AgentAction create; // CreateTicket, no user chosen
    AgentAction createFor;
    createFor.userId = 99;
    AgentAction createForNamed = createFor; // the name the agent saw names them in the subject
    createForNamed.requesterName = QStringLiteral("  Grace Hopper ");

    const struct {
        const char *name;
        AgentAction action;
        Caller caller;
        Expect expect;
        QString callerName;
    } rows[] = {
        {"attach to the chosen ticket",
         attach,
         known(7),
         {Action::Attach, Outcome::Attached, std::nullopt, 0, 55, false, QStringLiteral("agent attached")},
         {}},
        {"create for the identified caller",
         create,
         known(7),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::User, 7, 0, false,
          QStringLiteral("user #7")},
         QStringLiteral("Ada")},
        {"create for another user",
         createFor,
         known(7),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::User, 99, 0, false,
          QStringLiteral("user #99")},
         QStringLiteral("user #99")},
        {"create for another user the agent saw by name",
         createForNamed,
         known(7),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::User, 99, 0, false,
          QStringLiteral("user #99")},
         QStringLiteral("Grace Hopper")},
        {"create for an unknown caller makes their user",
         create,
         unknown(),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::NewUser, 0, 0, false,
          QStringLiteral("new user +15550109999")},
         QStringLiteral("+15550109999")},
        {"create for a withheld number: the agent is requester",
         create,
         anonymous(),
         {Action::CreateTicket, Outcome::TicketCreated, Requester::Agent, 0, 0, false,
          QStringLiteral("anonymous caller")},
         QStringLiteral("anonymous caller")},
    };
    for (const auto &row : rows) {
        const LinkPlan plan = planAgentChoice(row.action, row.caller);
        expectPlan(plan, row.expect, row.name);
        if (!row.callerName.isEmpty()) {
            EXPECT_EQ(plan.callerName.english(), row.callerName) << row.name;
        }
    }
}

TEST(LinkStepsTable, ForcedTicketAtTheEndOfAnAgentModeCall) {
    CallPolicy off;
    off.forceTicketCreation = false;
    ContactInfo callback = inbound();
    callback.type = ContactType::QueueCallback;
    const struct {
        const char *name;
        ContactInfo contact;
        CallPolicy policy;
        Caller caller;
        Expect expect;
    } rows[] = {
        {"for the identified caller",
         inbound(),
         {},
         known(7),
         {Action::CreateTicket, Outcome::ForceCreated, Requester::User, 7, 0, false,
          QStringLiteral("caller #7")}},
        {"for an unknown caller: the agent is requester (no user is made)",
         inbound(),
         {},
         unknown(),
         {Action::CreateTicket, Outcome::ForceCreated, Requester::Agent, 0, 0, false,
          QStringLiteral("agent as requester")}},
        {"force_ticket_creation off",
         inbound(),
         off,
         known(7),
         {Action::Nothing, Outcome::Nothing, std::nullopt, 0, 0, false,
          QStringLiteral("force_ticket_creation is off")}},
        {"outbound call to a known user: forced for them",
         outbound(),
         {},
         known(7),
         {Action::CreateTicket, Outcome::ForceCreated, Requester::User, 7, 0, false,
          QStringLiteral("caller #7")}},
        {"outbound call to an unknown number: never forced",
         outbound(),
         {},
         unknown(),
         {Action::Nothing, Outcome::Nothing, std::nullopt, 0, 0, false,
          QStringLiteral("no ticket (all_outbound is off)")}},
        {"callback to an unknown number: never forced",
         callback,
         {},
         unknown(),
         {Action::Nothing, Outcome::Nothing, std::nullopt, 0, 0, false,
          QStringLiteral("no ticket (all_outbound is off)")}},
        {"outbound call to an unknown number with all_outbound: forced",
         outbound(),
         allOutbound(),
         unknown(),
         {Action::CreateTicket, Outcome::ForceCreated, Requester::Agent, 0, 0, false,
          QStringLiteral("agent as requester")}},
    };
    for (const auto &row : rows)
        expectPlan(planForcedTicket(row.contact, row.policy, row.caller), row.expect, row.name);
}

TEST(LinkPlanTable, NewTicketRequestedInAgentModeIsAnnounced) {
    CallPolicy asked = agentMode();
    asked.requestedTicketId = 0;
    Resolution wantsNew = resolved(known(7));
    wantsNew.newTicketRequested = true;
    EXPECT_EQ(planLink(inbound(), asked, wantsNew).notice.english(),
              QStringLiteral("Request to open a new ticket received"));

    CallPolicy missing = agentMode();
    missing.requestedTicketId = 4242; // not found: a new ticket too, but the caller did not ask for one
    EXPECT_TRUE(planLink(inbound(), missing, wantsNew).notice.isEmpty());
    EXPECT_TRUE(planLink(inbound(), agentMode(), resolved(known(7))).notice.isEmpty());
    CallPolicy autoMode;
    autoMode.requestedTicketId = 0;
    EXPECT_TRUE(planLink(inbound(), autoMode, wantsNew).notice.isEmpty());
}

TEST(LinkStepsTable, NumberAlreadyTaken) {
    const PhoneNormalizer phones(QStringLiteral("US"));
    const CallerNumber n = number(QStringLiteral("+15550107777"));
    LinkPlan planned;
    planned.action = Action::CreateTicket;
    planned.outcome = Outcome::TicketCreated;
    planned.requester = Requester::NewUser;
    planned.callerName = QStringLiteral("Caller +15550107777");
    planned.reason = QStringLiteral("unknown caller +15550107777: new user and ticket");

    zendesk::User ours;
    ours.id = 31;
    ours.name = QStringLiteral("Caller +15550107777");
    ours.externalId = QStringLiteral("callbridge:+15550107777");
    zendesk::User olderOfOurs = ours;
    olderOfOurs.id = 30;
    zendesk::User owner;
    owner.id = 41;
    owner.name = QStringLiteral("Owner");
    owner.phone = QStringLiteral("(555) 010-7777");
    owner.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    zendesk::User newerOwner = owner;
    newerOwner.id = 42;
    newerOwner.updatedAt = owner.updatedAt.addDays(1);
    zendesk::User otherNumber = owner;
    otherNumber.id = 43;
    otherNumber.phone = QStringLiteral("+15550100000");

    const struct {
        const char *name;
        QList<zendesk::User> byExternalId;
        QList<zendesk::User> byPhone;
        Requester requester;
        qint64 requesterId;
        QString reasonContains;
        bool notice;
    } rows[] = {
        {"Callbridge's own user for the number (another machine made it)",
         {ours},
         {},
         Requester::User,
         31,
         QStringLiteral("user #31 already existed"),
         false},
        {"the first of Callbridge's users wins",
         {ours, olderOfOurs},
         {},
         Requester::User,
         30,
         QStringLiteral("user #30"),
         false},
        {"someone else's user with that number",
         {},
         {owner},
         Requester::User,
         41,
         QStringLiteral("already belongs to #41"),
         false},
        {"the most recently updated owner",
         {},
         {owner, newerOwner},
         Requester::User,
         42,
         QStringLiteral("#42"),
         false},
        {"a search hit with another number is not the owner",
         {},
         {otherNumber},
         Requester::Agent,
         0,
         QStringLiteral("the agent is requester"),
         true},
        {"nobody found yet: the agent, with a notice",
         {},
         {},
         Requester::Agent,
         0,
         QStringLiteral("refused a second user"),
         true},
    };
    for (const auto &row : rows) {
        SCOPED_TRACE(row.name);
        const LinkPlan plan = planForTakenNumber(planned, n, row.byExternalId, row.byPhone, phones);
        EXPECT_EQ(plan.action, Action::CreateTicket);
        EXPECT_EQ(plan.outcome, Outcome::TicketCreated);
        EXPECT_EQ(plan.requester, row.requester);
        EXPECT_EQ(plan.requesterId, row.requesterId);
        EXPECT_TRUE(plan.reason.english().startsWith(planned.reason.english()))
            << plan.reason.english().toStdString();
        EXPECT_TRUE(plan.reason.english().contains(row.reasonContains))
            << plan.reason.english().toStdString();
        EXPECT_EQ(!plan.notice.isEmpty(), row.notice) << plan.notice.english().toStdString();
    }
}

TEST(LinkStepsTable, WhatAWriteAnswerMeans) {
    zendesk::Write update;
    update.kind = zendesk::Write::Kind::UpdateTicket;
    zendesk::Write createUser;
    createUser.kind = zendesk::Write::Kind::CreateUser;
    zendesk::Write createTicket;
    createTicket.kind = zendesk::Write::Kind::CreateTicket;

    auto failure = [](zendesk::ErrorKind kind, const QString &field, const QString &text) {
        zendesk::Error e;
        e.kind = kind;
        e.httpStatus = kind == zendesk::ErrorKind::Invalid ? 422 : 404;
        e.message = text;
        e.details = QJsonObject{
            {field, QJsonArray{QJsonObject{{QStringLiteral("description"), text},
                                           {QStringLiteral("error"), QStringLiteral("DuplicateValue")}}}}};
        return zendesk::Result<zendesk::WriteResult>::failure(e);
    };
    const auto closed = failure(zendesk::ErrorKind::Invalid, QStringLiteral("status"),
                                QStringLiteral("Status: closed prevents ticket update"));
    const auto taken = failure(zendesk::ErrorKind::Invalid, QStringLiteral("phone"),
                               QStringLiteral("Phone is already being used"));
    const auto notFound =
        failure(zendesk::ErrorKind::NotFound, QStringLiteral("base"), QStringLiteral("RecordNotFound"));
    const auto ok = zendesk::Result<zendesk::WriteResult>::success({});

    const struct {
        const char *name;
        zendesk::Write write;
        zendesk::Result<zendesk::WriteResult> result;
        WriteVerdict verdict;
    } rows[] = {
        {"written", update, ok, WriteVerdict::Done},
        {"closed ticket: follow-up", update, closed, WriteVerdict::FollowUp},
        {"number taken: find its owner", createUser, taken, WriteVerdict::NumberTaken},
        {"a taken-looking refusal of a ticket is a failure", createTicket, taken, WriteVerdict::Failed},
        {"a closed-looking refusal of a user is a failure", createUser, closed, WriteVerdict::Failed},
        {"not found", update, notFound, WriteVerdict::Failed},
    };
    for (const auto &row : rows)
        EXPECT_EQ(judgeWrite(row.write, row.result), row.verdict) << row.name;
}

TEST(LinkStepsTable, ResumeRepeatsTheLinkingWriteOnRecord) {
    zendesk::Write created;
    created.kind = zendesk::Write::Kind::CreateTicket;
    created.payload =
        QJsonObject{{QStringLiteral("ticket"), QJsonObject{{QStringLiteral("requester_id"), 77}}}};
    zendesk::Write details;
    details.kind = zendesk::Write::Kind::UpdateTicket;
    details.targetId = 12;

    const struct {
        const char *name;
        QHash<QString, zendesk::Write> onRecord;
        bool resumed;
        Outcome outcome;
        bool ticketCreated;
        qint64 requesterId;
    } rows[] = {
        {"nothing on record: decide afresh", {}, false, Outcome::Nothing, false, 0},
        {"a created ticket: its requester",
         {{QStringLiteral("ticket"), created}},
         true,
         Outcome::TicketCreated,
         true,
         77},
        {"details on an existing ticket: the caller as known",
         {{QStringLiteral("details"), details}},
         true,
         Outcome::Attached,
         false,
         5},
        {"a follow-up counts as created",
         {{QStringLiteral("details-followup"), created}},
         true,
         Outcome::TicketCreated,
         true,
         77},
        {"the ticket wins over details",
         {{QStringLiteral("details"), details}, {QStringLiteral("ticket"), created}},
         true,
         Outcome::TicketCreated,
         true,
         77},
    };
    for (const auto &row : rows) {
        SCOPED_TRACE(row.name);
        const auto resumed = planResume(
            [&](const QString &step) -> std::optional<zendesk::Write> {
                const auto it = row.onRecord.constFind(step);
                return it == row.onRecord.cend() ? std::nullopt : std::optional<zendesk::Write>(*it);
            },
            5);
        ASSERT_EQ(resumed.has_value(), row.resumed);
        if (!resumed)
            continue;
        EXPECT_EQ(resumed->outcome, row.outcome);
        EXPECT_EQ(resumed->ticketCreated, row.ticketCreated);
        EXPECT_EQ(resumed->requesterId, row.requesterId);
    }
}

TEST(LinkSteps, DryRunIdsAreNeverShownAsTicketNumbers) {
    EXPECT_EQ(ticketRef(12).english(), QStringLiteral("#12"));
    EXPECT_EQ(ticketRef(-1).english(), QStringLiteral("a new ticket (dry run)"));
    EXPECT_EQ(userRef(7).english(), QStringLiteral("#7"));
    EXPECT_EQ(userRef(-3).english(), QStringLiteral("a new user (dry run)"));
}
