#include "correctionplan.h"

#include "linkplan.h"
#include "linkwrites.h"

namespace callbridge {

using zendesk::Write;

namespace {

// Typed by a person: one line, bounded, before it goes into a note or the journal.
QString oneLine(const QString &text) {
    QString line = text.simplified();
    if (line.size() > 200)
        line = line.left(199) + QChar(0x2026);
    return line;
}

// "<what> by <who>: <why>", the reason left out when none was given.
Phrase byAndWhy(const Phrase &what, const LinkCorrection &correction) {
    const QString reason = oneLine(correction.reason);
    if (reason.isEmpty())
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 by %2"), {what, oneLine(correction.by)});
    return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 by %2: %3"), {what, oneLine(correction.by), reason});
}

// The requester of a ticket the correction creates: the caller as corrected, else as linked, else the agent.
qint64 requesterOf(const StoredCall &call, const LinkCorrection &correction) {
    if (correction.kind == LinkCorrection::Kind::OtherCaller)
        return correction.userId;
    return call.userId > 0 ? call.userId : call.facts.agentUserId;
}

Phrase callerNameFor(const StoredCall &call, const LinkCorrection &correction) {
    if (correction.kind == LinkCorrection::Kind::OtherCaller)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "user #%1"), {correction.userId});
    if (!call.callerName.isEmpty())
        return call.callerName;
    return call.facts.customerE164.isEmpty() ? call.facts.contact.customerPhone : call.facts.customerE164;
}

// The facts as the new target's notes tell them: the decision is the correction.
CallFacts movedFacts(const StoredCall &call, const LinkCorrection &correction) {
    CallFacts facts = call.facts;
    facts.decisionReason =
        byAndWhy(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "moved here from %1"), {ticketRef(call.ticketId)}),
                 correction);
    return facts;
}

QString withMarker(const QString &text, const QString &marker) {
    return text + QStringLiteral("\n\n") + marker;
}

QString detailsNoteFor(const StoredCall &call, const LinkCorrection &correction, const QString &marker) {
    if (!call.detailsText.isEmpty())
        return withMarker(call.detailsText, marker);
    return calldetails::detailsNote(movedFacts(call, correction), marker);
}

QString endNoteFor(const StoredCall &call, const QString &marker) {
    if (!call.endText.isEmpty())
        return withMarker(call.endText, marker);
    return calldetails::endOfCallNote(call.facts, marker);
}

QJsonObject commentUpdate(const QString &body) {
    return QJsonObject{{QStringLiteral("ticket"),
                        QJsonObject{{QStringLiteral("comment"), calldetails::internalComment(body)}}}};
}

Write keyed(Write::Kind kind, const StoredCall &call, const QString &step) {
    Write w;
    w.kind = kind;
    w.idempotencyKey = correctionKey(call, step);
    w.marker = calldetails::marker(w.idempotencyKey);
    return w;
}

// A ticket the correction creates has an external id of its own: looking up the call's id after an unknown
// outcome would find the ticket the call is moving away from.
Write createTicketWrite(const StoredCall &call, const QString &step, const QString &externalId,
                        QJsonObject payload, const QString &subject) {
    Write w = keyed(Write::Kind::CreateTicket, call, step);
    w.externalId = externalId;
    QJsonObject ticket = payload.value(QStringLiteral("ticket")).toObject();
    ticket.insert(QStringLiteral("external_id"), externalId);
    if (!subject.isEmpty())
        ticket.insert(QStringLiteral("subject"), subject);
    payload.insert(QStringLiteral("ticket"), ticket);
    w.payload = linkwrites::asVoiceTicket(call.facts, payload);
    return w;
}

QString correctionExternalId(const StoredCall &call) {
    return call.facts.contact.callId() + QStringLiteral("-c") + QString::number(call.sequence);
}

Write newTicketWrite(const StoredCall &call, const LinkCorrection &correction) {
    const QString marker = calldetails::marker(correctionKey(call, QStringLiteral("ticket")));
    const QJsonObject payload =
        calldetails::newTicket(movedFacts(call, correction), callerNameFor(call, correction),
                               requesterOf(call, correction), detailsNoteFor(call, correction, marker));
    return createTicketWrite(call, QStringLiteral("ticket"), correctionExternalId(call), payload,
                             oneLine(correction.subject));
}

} // namespace

CorrectionRefusal checkCorrectionRequest(const LinkCorrection &correction) {
    if (correction.by.trimmed().isEmpty())
        return CorrectionRefusal::Unattributed;
    if (correction.kind == LinkCorrection::Kind::OtherTicket && correction.ticketId <= 0)
        return CorrectionRefusal::InvalidTarget;
    if (correction.kind == LinkCorrection::Kind::OtherCaller && correction.userId <= 0)
        return CorrectionRefusal::InvalidTarget;
    return CorrectionRefusal::None;
}

CorrectionRefusal checkCorrection(const StoredCall &call, const LinkCorrection &correction) {
    if (const CorrectionRefusal refusal = checkCorrectionRequest(correction);
        refusal != CorrectionRefusal::None)
        return refusal;
    if (call.ticketId <= 0)
        return CorrectionRefusal::NotLinked;
    if (correction.kind == LinkCorrection::Kind::OtherTicket && correction.ticketId == call.ticketId)
        return CorrectionRefusal::SameTarget;
    if (correction.kind == LinkCorrection::Kind::OtherCaller && correction.userId == call.userId)
        return CorrectionRefusal::SameTarget;
    return CorrectionRefusal::None;
}

QString correctionKey(const StoredCall &call, const QString &step) {
    return linkwrites::key(call.facts.contact.contactId, QStringLiteral("c%1-").arg(call.sequence) + step);
}

CorrectionPlan planCorrection(const StoredCall &call, const LinkCorrection &correction) {
    CorrectionPlan plan;
    plan.refusal = checkCorrection(call, correction);
    if (plan.refusal != CorrectionRefusal::None)
        return plan;
    plan.requesterId = correction.kind == LinkCorrection::Kind::OtherCaller ? correction.userId : call.userId;
    switch (correction.kind) {
    case LinkCorrection::Kind::NewTicket:
        break;
    case LinkCorrection::Kind::OtherTicket: {
        plan.target = CorrectionPlan::Target::OtherTicket;
        plan.ticketId = correction.ticketId;
        plan.first = keyed(Write::Kind::UpdateTicket, call, QStringLiteral("details"));
        plan.first.targetId = correction.ticketId;
        plan.first.payload = commentUpdate(detailsNoteFor(call, correction, plan.first.marker));
        return plan;
    }
    case LinkCorrection::Kind::OtherCaller:
        if (!call.ticketCreatedForCall)
            break; // someone else's ticket: the call moves to a new one for this user
        plan.target = CorrectionPlan::Target::Requester;
        plan.ticketId = call.ticketId;
        plan.first = keyed(Write::Kind::UpdateTicket, call, QStringLiteral("requester"));
        plan.first.targetId = call.ticketId;
        plan.first.payload = QJsonObject{
            {QStringLiteral("ticket"),
             QJsonObject{{QStringLiteral("requester_id"), correction.userId},
                         {QStringLiteral("comment"),
                          calldetails::internalComment(withMarker(
                              call.facts.wording(byAndWhy(
                                  Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Caller corrected to user #%1"),
                                             {correction.userId}),
                                  correction)),
                              plan.first.marker))}}}};
        return plan;
    }
    plan.target = CorrectionPlan::Target::NewTicket;
    plan.first = newTicketWrite(call, correction);
    return plan;
}

QList<Write> planMoveWrites(const StoredCall &call, const LinkCorrection &correction, qint64 newTicketId) {
    if (planCorrection(call, correction).target == CorrectionPlan::Target::Requester)
        return {};
    QList<Write> writes;
    if (call.endWritten) {
        Write end = keyed(Write::Kind::UpdateTicket, call, QStringLiteral("end"));
        end.targetId = newTicketId;
        if (call.endText.isEmpty() && call.facts.policy.voiceComment)
            end.payload = QJsonObject{
                {QStringLiteral("ticket"),
                 QJsonObject{{QStringLiteral("voice_comment"), calldetails::voiceComment(call.facts)}}}};
        else
            end.payload = commentUpdate(endNoteFor(call, end.marker));
        writes << end;
    }
    Write moved = keyed(Write::Kind::UpdateTicket, call, QStringLiteral("moved"));
    moved.targetId = call.ticketId;
    moved.payload =
        commentUpdate(withMarker(call.facts.wording(movedNote(correction, newTicketId)), moved.marker));
    writes << moved;
    return writes;
}

Write planCorrectionFollowUp(const StoredCall &call, const LinkCorrection &correction, qint64 closedTicketId,
                             const QString &step) {
    const QString key = step + QStringLiteral("-followup");
    const QString marker = calldetails::marker(correctionKey(call, key));
    const QString note =
        step == QLatin1String("end") ? endNoteFor(call, marker) : detailsNoteFor(call, correction, marker);
    const QJsonObject payload =
        calldetails::followUpTicket(movedFacts(call, correction), closedTicketId,
                                    callerNameFor(call, correction), requesterOf(call, correction), note);
    return createTicketWrite(call, key, correctionExternalId(call) + u'-' + key, payload, {});
}

Phrase movedNote(const LinkCorrection &correction, qint64 newTicketId) {
    return byAndWhy(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Call moved to %1"), {ticketRef(newTicketId)}),
                    correction);
}

Phrase correctionReason(const StoredCall &call, const LinkCorrection &correction, qint64 newTicketId,
                        qint64 newUserId) {
    if (newTicketId == call.ticketId) {
        const Phrase from = call.userId > 0
                                ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "user #%1"), {call.userId})
                                : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "an unknown user"));
        return byAndWhy(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "caller changed from %1 to %2 on %3"),
                                   {from, QStringLiteral("#%1").arg(newUserId), ticketRef(call.ticketId)}),
                        correction);
    }
    return byAndWhy(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "moved from %1 to %2"),
                               {ticketRef(call.ticketId), ticketRef(newTicketId)}),
                    correction);
}

} // namespace callbridge
