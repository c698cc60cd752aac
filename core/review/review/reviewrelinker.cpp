#include "reviewrelinker.h"

#include "journal/journal.h"

namespace callbridge::review {

ReviewRelinker::ReviewRelinker(CallEngine &engine, journal::Journal *journal, const ReviewSource &source,
                               QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_journal(journal)
    , m_source(source) {
    connect(&m_engine, &CallEngine::outcome, this, [this](const CallOutcome &o) {
        if (o.outcome != Outcome::Corrected && o.outcome != Outcome::Failed)
            return;
        const ReviewActions::Done done = m_waiting.take(o.contactId);
        if (done)
            done(o.outcome == Outcome::Corrected, o.reason.translated());
    });
}

bool ReviewRelinker::importContact(const QString &contactId, QString *error) {
    journal::Journal *own = m_journal;
    if (!own) {
        *error = tr("relinking needs a journal");
        return false;
    }
    if (own->contact(contactId))
        return true; // the reviewer's own call, or copied before
    const QList<journal::EventRecord> events = m_source.events(contactId);
    const ContactDetail detail = m_source.detail(contactId);
    if (events.isEmpty() || detail.decisions.isEmpty()) {
        *error = tr("the call's events are not in the team database yet");
        return false;
    }
    journal::Journal::Batch batch(*own);
    const journal::Journal::Import imported(*own); // the team database has these rows from their own journal
    for (const journal::EventRecord &e : events) {
        const ContactEventParse parsed = parseContactEvent(e.json);
        if (parsed.event && !own->recordEvent(*parsed.event)) {
            *error = own->lastError();
            return false;
        }
    }
    for (const journal::OutcomeRecord &d : detail.decisions) {
        if (!own->recordOutcome(journal::callOutcomeOf(d), d.at)) {
            *error = own->lastError();
            return false;
        }
    }
    if (!own->markFinished(contactId, detail.timeline.last().at) || !batch.commit()) {
        *error = own->lastError();
        return false;
    }
    return true;
}

void ReviewRelinker::relink(const journal::OutcomeRecord &decision, const LinkCorrection &correction,
                            ReviewActions::Done done) {
    CallEngine &engine = m_engine;
    if (!engine.isReady())
        return done(false, tr("not signed in to Zendesk yet; try again in a moment"));
    QString error;
    if (!importContact(decision.contactId, &error))
        return done(false, error);
    if (m_waiting.contains(decision.contactId))
        return done(false, tr("a correction of this call is already on its way"));
    const CorrectionRefusal refusal = engine.relink(decision.contactId, correction);
    if (refusal != CorrectionRefusal::None)
        return done(false, correctionRefusalText(refusal));
    m_waiting.insert(decision.contactId, std::move(done));
}

} // namespace callbridge::review
