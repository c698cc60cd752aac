#pragma once

#include "model/contactjournal.h"

namespace callbridge::journal {

class Journal;

// The engine's ContactJournal hooks backed by the SQLite journal. Database errors are logged (category
// callbridge.journal); the engine goes on deciding.
class JournalContactJournal final : public ContactJournal {
public:
    explicit JournalContactJournal(Journal &journal);

    void recordEvent(const ContactEvent &event) override;
    void recordOutcome(const CallOutcome &outcome) override;
    void markFinished(const QString &contactId) override;
    bool isFinished(const QString &contactId) const override;
    QList<ContactEvent> unfinishedEvents() const override; // contacts oldest first, events in arrival order
    std::optional<ContactHistory> history(const QString &contactId) const override;

private:
    Journal &m_journal;
};

} // namespace callbridge::journal
