#include "engine/callhistory.h"
#include "engine/correctionplan.h"
#include "qtprinters.h"

#include <QJsonArray>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace callbridge;
using Target = CorrectionPlan::Target;
using zendesk::Write;

namespace {

// A call linked to ticket 7001 for caller 11, answered at 10:00:05 and ended at 10:01:35.
StoredCall linkedCall(bool createdForCall = true, bool ended = false) {
    StoredCall call;
    call.facts.contact.contactId = QStringLiteral("c-1");
    call.facts.contact.initialContactId = QStringLiteral("c-1");
    call.facts.contact.customerPhone = QStringLiteral("+15550100001");
    call.facts.customerE164 = QStringLiteral("+15550100001");
    call.facts.agent.name = QStringLiteral("Ann Agent");
    call.facts.agentUserId = 1;
    call.facts.connectedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 5), QTimeZone::utc());
    if (ended)
        call.facts.endedAt = call.facts.connectedAt.addSecs(90);
    call.ticketId = 7001;
    call.userId = 11;
    call.callerName = QStringLiteral("Ada");
    call.ticketCreatedForCall = createdForCall;
    call.endWritten = ended;
    return call;
}

LinkCorrection correction(LinkCorrection::Kind kind, qint64 id = 0) {
    LinkCorrection c;
    c.kind = kind;
    c.ticketId = kind == LinkCorrection::Kind::OtherTicket ? id : 0;
    c.userId = kind == LinkCorrection::Kind::OtherCaller ? id : 0;
    c.by = QStringLiteral("Ann Agent");
    c.reason = QStringLiteral("wrong caller");
    return c;
}

QJsonObject ticketOf(const Write &w) {
    return w.payload.value(QStringLiteral("ticket")).toObject();
}

QString commentBody(const Write &w) {
    return ticketOf(w).value(QStringLiteral("comment")).toObject().value(QStringLiteral("body")).toString();
}

} // namespace

TEST(CorrectionPlanTable, WhatIsRefused) {
    StoredCall unlinked = linkedCall();
    unlinked.ticketId = 0;
    LinkCorrection anonymousCorrector = correction(LinkCorrection::Kind::NewTicket);
    anonymousCorrector.by = QStringLiteral("  ");
    const struct {
        const char *name;
        StoredCall call;
        LinkCorrection correction;
        CorrectionRefusal expected;
    } rows[] = {
        {"a new ticket", linkedCall(), correction(LinkCorrection::Kind::NewTicket), CorrectionRefusal::None},
        {"another ticket", linkedCall(), correction(LinkCorrection::Kind::OtherTicket, 7005),
         CorrectionRefusal::None},
        {"another caller", linkedCall(), correction(LinkCorrection::Kind::OtherCaller, 12),
         CorrectionRefusal::None},
        {"the same ticket", linkedCall(), correction(LinkCorrection::Kind::OtherTicket, 7001),
         CorrectionRefusal::SameTarget},
        {"the same caller", linkedCall(), correction(LinkCorrection::Kind::OtherCaller, 11),
         CorrectionRefusal::SameTarget},
        {"no ticket number", linkedCall(), correction(LinkCorrection::Kind::OtherTicket, 0),
         CorrectionRefusal::InvalidTarget},
        {"no user number", linkedCall(), correction(LinkCorrection::Kind::OtherCaller, -3),
         CorrectionRefusal::InvalidTarget},
        {"nobody named", linkedCall(), anonymousCorrector, CorrectionRefusal::Unattributed},
        {"not linked yet", unlinked, correction(LinkCorrection::Kind::NewTicket),
         CorrectionRefusal::NotLinked},
    };
    for (const auto &row : rows) {
        EXPECT_EQ(planCorrection(row.call, row.correction).refusal, row.expected) << row.name;
        EXPECT_EQ(checkCorrection(row.call, row.correction), row.expected) << row.name;
    }
}

TEST(CorrectionPlanTable, TheFirstWrite) {
    StoredCall second = linkedCall();
    second.sequence = 2;
    LinkCorrection subject = correction(LinkCorrection::Kind::NewTicket);
    subject.subject = QStringLiteral("Billing question");
    const struct {
        const char *name;
        StoredCall call;
        LinkCorrection correction;
        Target target;
        Write::Kind kind;
        qint64 writeTarget; // ticket updated (0: created)
        QString key;
        qint64 requester; // the new ticket's requester, or the requester set
        QString subject;  // a new ticket's
    } rows[] = {
        {"new ticket for the same caller", linkedCall(), correction(LinkCorrection::Kind::NewTicket),
         Target::NewTicket, Write::Kind::CreateTicket, 0, QStringLiteral("cb-c-1-c1-ticket"), 11,
         QStringLiteral("Incoming call from Ada")},
        {"a second correction has keys of its own", second, correction(LinkCorrection::Kind::NewTicket),
         Target::NewTicket, Write::Kind::CreateTicket, 0, QStringLiteral("cb-c-1-c2-ticket"), 11,
         QStringLiteral("Incoming call from Ada")},
        {"the corrector's subject", linkedCall(), subject, Target::NewTicket, Write::Kind::CreateTicket, 0,
         QStringLiteral("cb-c-1-c1-ticket"), 11, QStringLiteral("Billing question")},
        {"another ticket gets the details note",
         linkedCall(),
         correction(LinkCorrection::Kind::OtherTicket, 7005),
         Target::OtherTicket,
         Write::Kind::UpdateTicket,
         7005,
         QStringLiteral("cb-c-1-c1-details"),
         0,
         {}},
        {"another caller of a ticket made for the call becomes its requester",
         linkedCall(true),
         correction(LinkCorrection::Kind::OtherCaller, 12),
         Target::Requester,
         Write::Kind::UpdateTicket,
         7001,
         QStringLiteral("cb-c-1-c1-requester"),
         12,
         {}},
        {"another caller of someone else's ticket moves to a new ticket", linkedCall(false),
         correction(LinkCorrection::Kind::OtherCaller, 12), Target::NewTicket, Write::Kind::CreateTicket, 0,
         QStringLiteral("cb-c-1-c1-ticket"), 12, QStringLiteral("Incoming call from user #12")},
    };
    for (const auto &row : rows) {
        const CorrectionPlan plan = planCorrection(row.call, row.correction);
        ASSERT_EQ(plan.refusal, CorrectionRefusal::None) << row.name;
        EXPECT_EQ(plan.target, row.target) << row.name;
        EXPECT_EQ(plan.first.kind, row.kind) << row.name;
        EXPECT_EQ(plan.first.targetId, row.writeTarget) << row.name;
        EXPECT_EQ(plan.first.idempotencyKey, row.key) << row.name;
        EXPECT_EQ(plan.first.marker, QStringLiteral("[callbridge:") + row.key + u']') << row.name;
        const QJsonObject ticket = ticketOf(plan.first);
        if (row.kind == Write::Kind::CreateTicket) {
            EXPECT_EQ(ticket.value(QStringLiteral("requester_id")).toInteger(), row.requester) << row.name;
            EXPECT_EQ(ticket.value(QStringLiteral("subject")).toString(), row.subject) << row.name;
            // Its own external id: a lookup of the call's would find the ticket it moves away from.
            EXPECT_NE(ticket.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"))
                << row.name;
            EXPECT_EQ(plan.first.externalId, ticket.value(QStringLiteral("external_id")).toString())
                << row.name;
        }
        if (row.target == Target::Requester) {
            EXPECT_EQ(ticket.value(QStringLiteral("requester_id")).toInteger(), row.requester) << row.name;
        }
        const QString body = commentBody(plan.first);
        EXPECT_TRUE(body.contains(plan.first.marker)) << row.name;
        if (row.target != Target::Requester) {
            EXPECT_TRUE(body.contains(QStringLiteral("Contact ID: c-1"))) << row.name << body.toStdString();
            EXPECT_TRUE(body.contains(QStringLiteral("moved here from #7001 by Ann Agent: wrong caller")))
                << row.name << body.toStdString();
        } else {
            EXPECT_TRUE(
                body.startsWith(QStringLiteral("Caller corrected to user #12 by Ann Agent: wrong caller")))
                << body.toStdString();
        }
    }
}

TEST(CorrectionPlanTable, WhatFollowsTheMove) {
    StoredCall endedWithDurationNote = linkedCall(true, true);
    endedWithDurationNote.facts.policy.voiceComment = false;
    StoredCall fromText = linkedCall(true, true);
    fromText.detailsText = QStringLiteral("Call c-1 from the team database");
    fromText.endText = QStringLiteral("Call ended after 90 s");
    const struct {
        const char *name;
        StoredCall call;
        LinkCorrection correction;
        QStringList keys;     // in order
        QString endPayload;   // "voice_comment", "comment" or empty (no end write)
        QString endBodyStart; // a note's first line
    } rows[] = {
        {"during the call: only the note on the old ticket",
         linkedCall(),
         correction(LinkCorrection::Kind::NewTicket),
         {QStringLiteral("cb-c-1-c1-moved")},
         {},
         {}},
        {"after the call: the voice comment moves too",
         linkedCall(true, true),
         correction(LinkCorrection::Kind::NewTicket),
         {QStringLiteral("cb-c-1-c1-end"), QStringLiteral("cb-c-1-c1-moved")},
         QStringLiteral("voice_comment"),
         {}},
        {"voice_comment off: the duration note",
         endedWithDurationNote,
         correction(LinkCorrection::Kind::OtherTicket, 7005),
         {QStringLiteral("cb-c-1-c1-end"), QStringLiteral("cb-c-1-c1-moved")},
         QStringLiteral("comment"),
         QStringLiteral("Call ended (contact c-1)")},
        {"the notes as text",
         fromText,
         correction(LinkCorrection::Kind::NewTicket),
         {QStringLiteral("cb-c-1-c1-end"), QStringLiteral("cb-c-1-c1-moved")},
         QStringLiteral("comment"),
         QStringLiteral("Call ended after 90 s")},
        {"a requester change moves nothing",
         linkedCall(true, true),
         correction(LinkCorrection::Kind::OtherCaller, 12),
         {},
         {},
         {}},
    };
    for (const auto &row : rows) {
        const QList<Write> writes = planMoveWrites(row.call, row.correction, 7005);
        QStringList keys;
        for (const Write &w : writes)
            keys << w.idempotencyKey;
        EXPECT_EQ(keys, row.keys) << row.name;
        if (writes.isEmpty())
            continue;
        const Write &moved = writes.last();
        EXPECT_EQ(moved.targetId, 7001) << row.name;
        EXPECT_EQ(commentBody(moved).section(u'\n', 0, 0),
                  QStringLiteral("Call moved to #7005 by Ann Agent: wrong caller"))
            << row.name;
        EXPECT_TRUE(commentBody(moved).contains(moved.marker)) << row.name;
        if (row.endPayload.isEmpty())
            continue;
        const Write &end = writes.first();
        EXPECT_EQ(end.targetId, 7005) << row.name;
        EXPECT_TRUE(ticketOf(end).contains(row.endPayload)) << row.name;
        if (!row.endBodyStart.isEmpty()) {
            EXPECT_TRUE(commentBody(end).startsWith(row.endBodyStart))
                << row.name << commentBody(end).toStdString();
            EXPECT_TRUE(commentBody(end).contains(end.marker)) << row.name;
        }
    }
    // Text notes are used as given, with the marker line added.
    const Write first = planCorrection(fromText, correction(LinkCorrection::Kind::NewTicket)).first;
    EXPECT_TRUE(
        commentBody(first).startsWith(QStringLiteral("Call c-1 from the team database\n\n[callbridge:")));
}

TEST(CorrectionPlanTable, FollowUpsOfClosedTickets) {
    const StoredCall call = linkedCall(false, true);
    const Write details = planCorrectionFollowUp(call, correction(LinkCorrection::Kind::OtherTicket, 7005),
                                                 7005, QStringLiteral("details"));
    EXPECT_EQ(details.kind, Write::Kind::CreateTicket);
    EXPECT_EQ(details.idempotencyKey, QStringLiteral("cb-c-1-c1-details-followup"));
    EXPECT_EQ(ticketOf(details).value(QStringLiteral("via_followup_source_id")).toInteger(), 7005);
    EXPECT_EQ(ticketOf(details).value(QStringLiteral("requester_id")).toInteger(), 11);
    EXPECT_TRUE(commentBody(details).contains(QStringLiteral("Contact ID: c-1")));
    const Write end = planCorrectionFollowUp(call, correction(LinkCorrection::Kind::OtherTicket, 7005), 7005,
                                             QStringLiteral("end"));
    EXPECT_EQ(end.idempotencyKey, QStringLiteral("cb-c-1-c1-end-followup"));
    EXPECT_TRUE(commentBody(end).startsWith(QStringLiteral("Call ended (contact c-1)")));
    EXPECT_NE(end.externalId, details.externalId);
}

TEST(CorrectionPlanTable, ReasonsForTheJournal) {
    EXPECT_EQ(correctionReason(linkedCall(), correction(LinkCorrection::Kind::OtherTicket, 7005), 7005, 11)
                  .english(),
              QStringLiteral("moved from #7001 to #7005 by Ann Agent: wrong caller"));
    EXPECT_EQ(
        correctionReason(linkedCall(), correction(LinkCorrection::Kind::OtherCaller, 12), 7001, 12).english(),
        QStringLiteral("caller changed from user #11 to #12 on #7001 by Ann Agent: wrong caller"));
    LinkCorrection multiline = correction(LinkCorrection::Kind::NewTicket);
    multiline.reason = QStringLiteral("wrong\ncaller");
    EXPECT_EQ(movedNote(multiline, 7005).english(),
              QStringLiteral("Call moved to #7005 by Ann Agent: wrong caller"));
    multiline.reason.clear();
    EXPECT_EQ(movedNote(multiline, 7005).english(), QStringLiteral("Call moved to #7005 by Ann Agent"));
}

TEST(CallHistory, AFinishedCallIsRebuiltFromItsEventsAndOutcomes) {
    ContactHistory history;
    ContactEvent connected;
    connected.kind = ContactEventKind::Connected;
    connected.at = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 5), QTimeZone::utc());
    connected.contact.contactId = QStringLiteral("c-1");
    connected.contact.customerPhone = QStringLiteral("(555) 010-0001");
    connected.contact.attributes.insert(QStringLiteral("correction_minutes"), QStringLiteral("10"));
    connected.agent.name = QStringLiteral("Ann Agent");
    ContactEvent ended = connected;
    ended.kind = ContactEventKind::Ended;
    ended.at = connected.at.addSecs(90);
    history.events = {connected, ended};
    CallOutcome linked;
    linked.outcome = Outcome::TicketCreated;
    linked.ticketId = 7001;
    linked.userId = 11;
    linked.ticketCreated = true;
    CallOutcome end;
    end.outcome = Outcome::DetailsAppended;
    end.ticketId = 7001;
    CallOutcome corrected;
    corrected.outcome = Outcome::Corrected;
    corrected.ticketId = 7005;
    corrected.userId = 11;
    history.outcomes = {linked, end};

    const std::optional<StoredCall> call =
        storedCallFromHistory(history, Settings{}, 1, PhoneNormalizer(QStringLiteral("US")), NoteWording());
    ASSERT_TRUE(call);
    EXPECT_EQ(call->ticketId, 7001);
    EXPECT_EQ(call->userId, 11);
    EXPECT_TRUE(call->ticketCreatedForCall);
    EXPECT_TRUE(call->endWritten);
    EXPECT_EQ(call->facts.connectedAt, connected.at);
    EXPECT_EQ(call->facts.endedAt, ended.at);
    EXPECT_EQ(call->facts.policy.correctionMinutes, 10);
    EXPECT_EQ(call->facts.customerE164, QStringLiteral("+15550100001"));
    EXPECT_EQ(call->facts.agentUserId, 1);

    history.outcomes << corrected; // a correction moved it: the next one starts there
    const std::optional<StoredCall> moved =
        storedCallFromHistory(history, Settings{}, 1, PhoneNormalizer(QStringLiteral("US")), NoteWording());
    EXPECT_EQ(moved->ticketId, 7005);
    EXPECT_FALSE(moved->ticketCreatedForCall);
    EXPECT_FALSE(storedCallFromHistory(ContactHistory{}, Settings{}, 1, PhoneNormalizer(QStringLiteral("US")),
                                       NoteWording()));
}
