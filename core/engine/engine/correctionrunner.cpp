#include "correctionrunner.h"

#include "linkplan.h"
#include "linksteps.h"

namespace callbridge {

using zendesk::Error;
using zendesk::Result;
using zendesk::Write;
using zendesk::WriteResult;

CorrectionRunner::CorrectionRunner(zendesk::Writer &writer, StoredCall call, LinkCorrection correction,
                                   QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_call(std::move(call))
    , m_correction(std::move(correction)) {}

CorrectionRefusal CorrectionRunner::start(Done done) {
    if (m_running)
        return CorrectionRefusal::None;
    m_plan = planCorrection(m_call, m_correction);
    if (m_plan.refusal != CorrectionRefusal::None)
        return m_plan.refusal;
    m_done = std::move(done);
    m_running = true;
    m_result.ticketId = m_call.ticketId;
    m_result.requesterId = m_call.userId;
    m_result.ticketCreated = m_call.ticketCreatedForCall;
    sendFirst();
    return CorrectionRefusal::None;
}

void CorrectionRunner::sendFirst() {
    send(m_plan.first, [this](const Result<WriteResult> &r) { onFirst(r); });
}

void CorrectionRunner::onFirst(const Result<WriteResult> &r) {
    switch (judgeWrite(m_plan.first, r)) {
    case WriteVerdict::Done:
        break;
    case WriteVerdict::FollowUp:
        if (m_plan.target == CorrectionPlan::Target::Requester) {
            // The call's own ticket is closed: the call moves to a new ticket for the user instead.
            m_notes << Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 is closed: a new ticket for user #%2"),
                                  {ticketRef(m_call.ticketId), m_correction.userId});
            m_call.ticketCreatedForCall = false;
            m_plan = planCorrection(m_call, m_correction);
            return sendFirst();
        }
        return send(planCorrectionFollowUp(m_call, m_correction, m_plan.ticketId, QStringLiteral("details")),
                    [this](const Result<WriteResult> &fr) {
                        if (!fr.ok())
                            return fail(
                                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "a follow-up of closed ticket %1"),
                                           {ticketRef(m_plan.ticketId)}),
                                fr.error);
                        m_notes << Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 is closed: follow-up %2"),
                                              {ticketRef(m_plan.ticketId), ticketRef(fr.value.id)});
                        moveTo(fr.value.id, true);
                    });
    case WriteVerdict::NumberTaken:
    case WriteVerdict::Failed:
        return fail(m_plan.target == CorrectionPlan::Target::NewTicket
                        ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "the new ticket"))
                        : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "the first write")),
                    r.error);
    }
    m_result.moved = true;
    m_result.requesterId = m_plan.requesterId;
    switch (m_plan.target) {
    case CorrectionPlan::Target::NewTicket:
        return moveTo(r.value.id, true);
    case CorrectionPlan::Target::OtherTicket:
        return moveTo(m_plan.ticketId, false);
    case CorrectionPlan::Target::Requester:
        return finish();
    }
}

void CorrectionRunner::moveTo(qint64 ticketId, bool created) {
    m_result.moved = true;
    m_result.requesterId = m_plan.requesterId;
    m_result.ticketId = ticketId;
    m_result.ticketCreated = created;
    m_moves = planMoveWrites(m_call, m_correction, ticketId);
    sendNextMove();
}

void CorrectionRunner::sendNextMove() {
    if (m_moves.isEmpty())
        return finish();
    const Write write = m_moves.takeFirst();
    const bool end = write.idempotencyKey == correctionKey(m_call, QStringLiteral("end"));
    send(write, [this, write, end](const Result<WriteResult> &r) {
        switch (judgeWrite(write, r)) {
        case WriteVerdict::Done:
            return sendNextMove();
        case WriteVerdict::FollowUp:
            if (end) {
                return send(
                    planCorrectionFollowUp(m_call, m_correction, write.targetId, QStringLiteral("end")),
                    [this, closed = write.targetId](const Result<WriteResult> &fr) {
                        m_notes << (fr.ok() ? Phrase::of(
                                        QT_TRANSLATE_NOOP("Phrase", "%1 is closed: end-of-call follow-up %2"),
                                        {ticketRef(closed), ticketRef(fr.value.id)})
                                            : Phrase::of(QT_TRANSLATE_NOOP(
                                                             "Phrase", "end-of-call comment not written: %1"),
                                                         {fr.error.message}));
                        sendNextMove();
                    });
            }
            m_notes << Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 is closed: no note there"),
                                  {ticketRef(write.targetId)});
            return sendNextMove();
        case WriteVerdict::NumberTaken:
        case WriteVerdict::Failed:
            m_notes << (end ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "end-of-call comment not written: %1"),
                                         {r.error.message})
                            : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "note on %1 not written: %2"),
                                         {ticketRef(write.targetId), r.error.message}));
            return sendNextMove();
        }
    });
}

void CorrectionRunner::finish() {
    m_running = false;
    CallOutcome &o = m_result.outcome;
    o.contactId = m_call.facts.contact.contactId;
    o.outcome = Outcome::Corrected;
    o.userId = m_result.requesterId;
    o.ticketId = m_result.ticketId;
    o.ticketCreated = m_result.ticketCreated;
    o.reason = correctionReason(m_call, m_correction, m_result.ticketId, m_result.requesterId);
    for (const Phrase &note : std::as_const(m_notes))
        o.reason = Phrase::joined(o.reason, note);
    if (m_result.ticketId != m_call.ticketId)
        o.notices << Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Call moved from %1 to %2"),
                                {ticketRef(m_call.ticketId), ticketRef(m_result.ticketId)});
    m_done(m_result);
}

void CorrectionRunner::fail(const Phrase &what, const Error &error) {
    m_running = false;
    m_result.moved = false;
    m_result.ticketId = m_call.ticketId;
    m_result.requesterId = m_call.userId;
    m_result.ticketCreated = m_call.ticketCreatedForCall;
    CallOutcome &o = m_result.outcome;
    o.contactId = m_call.facts.contact.contactId;
    o.outcome = Outcome::Failed;
    o.userId = m_call.userId;
    o.ticketId = m_call.ticketId;
    o.reason = Phrase::of(
        QT_TRANSLATE_NOOP("Phrase", "correction by %1 not made: %2 failed (%3): %4; the call stays on %5"),
        {m_correction.by.simplified(), what, zendesk::errorKindName(error.kind), error.message,
         ticketRef(m_call.ticketId)});
    m_done(m_result);
}

void rememberCorrection(LinkMemory &memory, const StoredCall &call, const LinkCorrection &correction,
                        const CorrectionResult &result) {
    if (!result.moved || result.ticketId <= 0)
        return;
    memory.rememberTicket(call.facts.contact.callId(), {result.ticketId, result.requesterId});
    if (correction.kind == LinkCorrection::Kind::OtherCaller && !call.facts.customerE164.isEmpty())
        memory.rememberUser(call.facts.customerE164, correction.userId);
}

void CorrectionRunner::send(const Write &write, WriteDone done) {
    m_writer.write(write, this, std::move(done));
}

} // namespace callbridge
