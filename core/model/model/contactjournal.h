#pragma once

#include "calloutcome.h"
#include "contact/contactevent.h"

#include <QList>
#include <QString>
#include <optional>

namespace callbridge {

// One contact as the journal has it, finished or not.
struct ContactHistory {
    QList<ContactEvent> events;  // arrival order
    QList<CallOutcome> outcomes; // oldest first
    bool finished = false;
};

// Where the engine keeps its history so that nothing is lost across a crash or restart: every event as it
// arrived, every outcome, and which contacts are done. The journal (SQLite) implements it.
class ContactJournal {
public:
    virtual ~ContactJournal() = default;
    virtual void recordEvent(const ContactEvent &event) = 0;
    virtual void recordOutcome(const CallOutcome &outcome) = 0;
    virtual void markFinished(const QString &contactId) = 0;
    virtual bool isFinished(const QString &contactId) const = 0;
    // Events of contacts that were not finished, in arrival order: fed to the engine again after a restart.
    virtual QList<ContactEvent> unfinishedEvents() const = 0;
    // A contact's events and outcomes, for correcting a finished call's link; nullopt when not kept.
    virtual std::optional<ContactHistory> history(const QString &contactId) const {
        Q_UNUSED(contactId);
        return std::nullopt;
    }
};

} // namespace callbridge
