#pragma once

#include "correctionplan.h"
#include "model/calloutcome.h"
#include "model/linkmemory.h"
#include "zendesk/zendeskgateway.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace callbridge {

// What a correction did, once its last write is answered.
struct CorrectionResult {
    bool moved = false;         // false: the first write was refused for good, the call stays where it was
    qint64 ticketId = 0;        // the ticket the call is linked to now
    qint64 requesterId = 0;     // the caller as linked now (0: not known)
    bool ticketCreated = false; // `ticketId` was created for the call (a new ticket or a follow-up)
    CallOutcome outcome;        // Outcome::Corrected (or Failed), ready for the journal
};

// Carries out one correction of a call's link (planCorrection, then planMoveWrites) through a
// zendesk::Writer, and reports what it did. Used by the engine for calls it has finished with, by a live
// contact for its own call, and by the review for calls from the team database:
//
//     StoredCall call;                     // contact id, current ticket and caller, the notes, ended or not
//     call.sequence = earlierCorrections + 1;
//     auto *runner = new CorrectionRunner(writer, call, correction, parent);
//     if (runner->start([](const CorrectionResult &r) { … r.outcome … }) != CorrectionRefusal::None) …
//
// With the durable outbox as the writer, passing failures never reach the runner (the outbox retries until
// Zendesk confirms) and every write is stored before it is sent; run the same correction again (same call,
// same sequence) after a crash and it writes nothing twice. A closed target ticket gets a follow-up; a
// closed old ticket gets no note (said in the outcome). Writes after the first that are refused for good are
// named in the outcome's reason; the call is moved all the same. The runner never deletes itself.
class CorrectionRunner : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const CorrectionResult &result)>;

    CorrectionRunner(zendesk::Writer &writer, StoredCall call, LinkCorrection correction,
                     QObject *parent = nullptr);

    // Checks the correction (checkCorrection): a refusal writes nothing and `done` never runs. Otherwise the
    // writes start and `done` runs once, after the last one was answered.
    CorrectionRefusal start(Done done);
    bool isRunning() const { return m_running; }
    const StoredCall &call() const { return m_call; }
    const LinkCorrection &correction() const { return m_correction; }

private:
    using WriteDone = std::function<void(const zendesk::Result<zendesk::WriteResult> &)>;

    void sendFirst();
    void onFirst(const zendesk::Result<zendesk::WriteResult> &result);
    void moveTo(qint64 ticketId, bool created);
    void sendNextMove();
    void finish();
    void fail(const Phrase &what, const zendesk::Error &error);
    void send(const zendesk::Write &write, WriteDone done);

    zendesk::Writer &m_writer;
    StoredCall m_call;
    LinkCorrection m_correction;
    CorrectionPlan m_plan;
    Done m_done;
    bool m_running = false;
    QList<zendesk::Write> m_moves;
    CorrectionResult m_result;
    Phrases m_notes; // what the outcome's reason adds: follow-ups, notes not written
};

// What a made correction changes in the link memory: the call's ticket (a later transfer of the call follows
// it) and, for a different caller, the user of the calling number (the next call from it finds them and
// their recent ticket).
void rememberCorrection(LinkMemory &memory, const StoredCall &call, const LinkCorrection &correction,
                        const CorrectionResult &result);

} // namespace callbridge
