#pragma once

#include "engine/callengine.h"
#include "journal/journal.h"
#include "reviewactions.h"
#include "reviewsource.h"

#include <QHash>
#include <QObject>

namespace callbridge::review {

// Relinks from the review through the reviewer's own engine (CallEngine::relink, a supervisor's correction):
// a call from another agent's journal (the team database) is first copied into the reviewer's journal — its
// events and decisions — so that the engine finds it there like one of its own finished calls.
class ReviewRelinker : public QObject {
    Q_OBJECT
public:
    // `journal` is the one the engine's contact history reads (the reviewer's); the engine must be started.
    ReviewRelinker(CallEngine &engine, journal::Journal *journal, const ReviewSource &source,
                   QObject *parent = nullptr);

    void relink(const journal::OutcomeRecord &decision, const LinkCorrection &correction,
                ReviewActions::Done done);

private:
    bool importContact(const QString &contactId, QString *error);

    CallEngine &m_engine;
    journal::Journal *m_journal;
    const ReviewSource &m_source;
    QHash<QString, ReviewActions::Done> m_waiting; // contact id → who waits for its correction
};

} // namespace callbridge::review
