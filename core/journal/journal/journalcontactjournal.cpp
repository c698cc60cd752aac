#include "journalcontactjournal.h"

#include "journal.h"

#include <QLoggingCategory>

namespace callbridge::journal {

namespace {
Q_LOGGING_CATEGORY(lcContactJournal, "callbridge.journal")
}

JournalContactJournal::JournalContactJournal(Journal &journal)
    : m_journal(journal) {}

void JournalContactJournal::recordEvent(const ContactEvent &event) {
    if (!m_journal.recordEvent(event)) {
        qCWarning(lcContactJournal) << "could not journal an event of" << event.contact.contactId << ":"
                                    << m_journal.lastError();
    }
}

void JournalContactJournal::recordOutcome(const CallOutcome &outcome) {
    if (!m_journal.recordOutcome(outcome)) {
        qCWarning(lcContactJournal) << "could not journal the outcome of" << outcome.contactId << ":"
                                    << m_journal.lastError();
    }
}

void JournalContactJournal::markFinished(const QString &contactId) {
    if (!m_journal.markFinished(contactId)) {
        qCWarning(lcContactJournal) << "could not mark" << contactId << "finished:" << m_journal.lastError();
    }
}

bool JournalContactJournal::isFinished(const QString &contactId) const {
    return m_journal.isFinished(contactId);
}

QList<ContactEvent> JournalContactJournal::unfinishedEvents() const {
    QList<ContactEvent> events;
    const QList<UnfinishedContact> contacts = m_journal.unfinishedContacts();
    for (const UnfinishedContact &contact : contacts) {
        events.append(contact.events);
    }
    return events;
}

std::optional<ContactHistory> JournalContactJournal::history(const QString &contactId) const {
    if (!m_journal.contact(contactId)) {
        return std::nullopt;
    }
    ContactHistory history;
    history.finished = m_journal.isFinished(contactId);
    for (const EventRecord &record : m_journal.events(contactId)) {
        if (const ContactEventParse parsed = parseContactEvent(record.json); parsed.event) {
            history.events.append(*parsed.event);
        }
    }
    for (const OutcomeRecord &record : m_journal.outcomes(contactId)) {
        CallOutcome o;
        o.contactId = record.contactId;
        o.outcome = outcomeFromName(record.outcome).value_or(Outcome::Nothing);
        o.userId = record.userId;
        o.userCreated = record.userCreated;
        o.ticketId = record.ticketId;
        o.ticketCreated = record.ticketCreated;
        o.reason = record.reason;
        o.notices = record.notices;
        history.outcomes.append(o);
    }
    return history;
}

} // namespace callbridge::journal
