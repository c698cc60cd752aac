#pragma once

#include "review/reviewactions.h"
#include "review/reviewsource.h"
#include "stack/corestack.h"

#include <QHash>
#include <QObject>

namespace callbridge::app {

// Relinks from the review through the reviewer's own engine (CallEngine::relink, a supervisor's correction):
// a call from another agent's journal (the team database) is first copied into the reviewer's journal — its
// events and decisions — so that the engine finds it there like one of its own finished calls.
class ReviewRelinker : public QObject {
    Q_OBJECT
public:
    ReviewRelinker(CoreStack &core, const review::ReviewSource &source, QObject *parent = nullptr);

    void relink(const journal::OutcomeRecord &decision, const LinkCorrection &correction,
                review::ReviewActions::Done done);

private:
    bool importContact(const QString &contactId, QString *error);

    CoreStack &m_core;
    const review::ReviewSource &m_source;
    QHash<QString, review::ReviewActions::Done> m_waiting; // contact id → who waits for its correction
};

} // namespace callbridge::app
