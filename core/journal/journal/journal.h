#pragma once

#include "contact/contactevent.h"
#include "journaltypes.h"
#include "model/calloutcome.h"
#include "model/correctionlog.h"
#include "model/linkmemory.h"
#include "timing/clock.h"
#include "wording/notewording.h"
#include "zendesk/zendeskgateway.h"
#include "zendesk/zendeskwrite.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace callbridge::journal {

namespace detail {
class StatementCache;
}

class Journal;

struct JournalOpenResult {
    std::unique_ptr<Journal> journal; // null on failure
    QString error;                    // why, in plain words
    explicit operator bool() const { return journal != nullptr; }
};

// The durable record of everything Callbridge saw and did: contacts and their events, every decision with its
// reason, the current link of each contact, what core created or found in Zendesk (link memory), and every
// Zendesk write from before it is sent until Zendesk confirmed it (the outbox).
//
// SQLite through Qt Sql: WAL, foreign keys, busy_timeout 5 s. The connection runs synchronous=NORMAL (an app
// crash loses nothing; only a power cut can roll back the last few commits of contacts, events and outcomes)
// and switches to synchronous=FULL for every commit that touches the outbox or the link memory, so a write
// stored before sending, a confirmed write, and a created user survive a power cut too.
//
// Not thread-safe: use a Journal from the thread that opened it. Each instance has its own connection, so
// several journals (files or :memory:) can live in one process. Methods that write return false (or nullopt)
// on a database error and lastError() says why.
class Journal {
public:
    // Opens (creating if needed) the journal at `path` and migrates it to this build's schema version.
    // Refuses a journal written by a newer build. ":memory:" gives a private in-memory journal. `clock`
    // (optional, must outlive the journal) stamps first-seen, enqueue and update times.
    static JournalOpenResult open(const QString &path, const Clock *clock = nullptr);
    static JournalOpenResult openDefault(const Clock *clock = nullptr);
    static QString defaultPath(); // AppDataLocation/journal.sqlite

    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }

    // --- contacts and events -----------------------------------------------------------------------------
    // Appends the event (as toJson text) and creates or updates its contact. `customerE164` is stored as the
    // contact's number when given, else the raw number from the event.
    bool recordEvent(const ContactEvent &event, const QString &customerE164 = {});
    std::optional<ContactRecord> contact(const QString &contactId) const;
    QList<EventRecord> events(const QString &contactId) const; // arrival order
    // Contacts not yet marked finished, oldest first, each with its events parsed back, in arrival order.
    QList<UnfinishedContact> unfinishedContacts() const;
    bool markFinished(const QString &contactId, const QDateTime &at = {});
    bool isFinished(const QString &contactId) const;

    // --- decisions and links -----------------------------------------------------------------------------
    // Stores the decision with the contact's agent and number; outcomes that link (see outcomeUpdatesLink)
    // and carry a user or ticket also replace the contact's current link.
    // The reason and notices are kept as phrases and as text in the wording's language.
    bool recordOutcome(const CallOutcome &outcome, const QDateTime &at = {});
    void setNoteWording(NoteWording wording) { m_wording = std::move(wording); }
    const NoteWording &noteWording() const { return m_wording; }
    QList<OutcomeRecord> outcomes(const QString &contactId) const; // oldest first
    std::optional<LinkRecord> link(const QString &contactId) const;

    // --- corrections of links (see JournalCorrectionLog) -------------------------------------------------
    // Stores a correction as asked for; a (contact, sequence) already stored is kept unchanged.
    bool recordCorrection(const CorrectionRecord &record);
    // Marks it done with the link it moved from and the ticket it moved to (0: not made).
    bool markCorrectionDone(const CorrectionRecord &record, qint64 toTicketId, const QDateTime &at = {});
    QList<CorrectionRecord> corrections(const QString &contactId) const; // by sequence
    QList<CorrectionRecord> unfinishedCorrections() const;               // oldest first

    // --- outbox --------------------------------------------------------------------------------------------
    // Stores the write as pending. Idempotent: a key already stored returns the stored row unchanged.
    std::optional<WriteRecord> enqueueWrite(const zendesk::Write &write, const QDateTime &at = {});
    // pending → sending; counts an attempt; stamps firstAttemptAt on the first attempt. After a crash a row
    // still 'sending' means "outcome unknown". False if the key is unknown or already done/failed.
    bool markSending(const QString &key);
    // → done with the result; any state but done (a write refused for good may still be found applied).
    // Confirming a done write again is a no-op that returns true and keeps the first result.
    bool markDone(const QString &key, const zendesk::WriteResult &result);
    // From pending/sending: permanent → failed (kept, never retried); else → pending again, due at
    // `nextAttempt` (invalid = now). False for unknown, done or failed writes.
    bool markFailed(const QString &key, const QString &error, bool permanent, const QDateTime &nextAttempt);
    // failed → pending, due now: a person asked for the write to be tried again. False unless it was failed.
    bool requeueFailed(const QString &key);
    std::optional<WriteRecord> write(const QString &key) const;
    QList<WriteRecord> pendingWrites() const; // pending and sending, in enqueue order
    // Every state the contact's writes went through, in order (write_log).
    QList<WriteTransition> writeHistory(const QString &contactId) const;

    // --- review marks ------------------------------------------------------------------------------------
    bool recordReview(const ReviewMark &mark);
    QList<ReviewMark> reviews(const QString &contactId) const; // oldest first
    int pendingCount() const;
    std::optional<QDateTime> oldestPendingAt() const; // enqueue time of the oldest pending or sending write

    // --- retention
    // --------------------------------------------------------------------------------------------- Deletes
    // what is older than `cutoff`: finished contacts with their events, decisions and links; writes Zendesk
    // confirmed or refused; remembered users and call tickets not used since. Unfinished contacts and pending
    // writes are always kept. Returns how many contacts were removed, or nullopt on a database error.
    std::optional<int> purgeBefore(const QDateTime &cutoff);

    // --- link memory storage (see JournalLinkMemory) -------------------------------------------------------
    std::optional<qint64> knownUser(const QString &e164) const;
    bool rememberUser(const QString &e164, qint64 userId);
    bool forgetUser(const QString &e164);
    std::optional<LinkedTicket> callTicket(const QString &callId) const;
    bool rememberCallTicket(const QString &callId, const LinkedTicket &ticket);

private:
    class Transaction;
    enum class Durability { Normal, Full };

public:
    // Groups many writes in one transaction (bulk import, replay catch-up), committed with synchronous=FULL.
    // Nestable; commits when the outermost batch is committed, rolls back when destroyed uncommitted.
    // While one exists, the events and decisions recorded are marked imported: copied from another journal
    // (a supervisor's relink of a team member's call). They serve this journal like its own, but are never
    // replicated to the team database, where the journal they came from has them already.
    class Import {
    public:
        explicit Import(Journal &journal)
            : m_journal(journal) {
            m_journal.m_importing = true;
        }
        ~Import() { m_journal.m_importing = false; }
        Import(const Import &) = delete;
        Import &operator=(const Import &) = delete;

    private:
        Journal &m_journal;
    };

    class Batch {
    public:
        explicit Batch(Journal &journal);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        bool commit();

    private:
        std::unique_ptr<Transaction> m_transaction;
    };

    // For JournalQueries and diagnostics: the connection (same thread only) and its statement cache.
    QSqlDatabase database() const;
    detail::StatementCache &statements() const { return *m_statements; }
    QDateTime now() const { return m_clock->now(); }

private:
    Journal(QString connectionName, QString path, const Clock *clock);
    QString initialise();
    bool fail(const QString &error) const;
    bool exec(const QString &sql, std::initializer_list<QVariant> values) const;
    int execChanges(const QString &sql, std::initializer_list<QVariant> values); // rows changed, -1 on error
    bool ensureContact(const QString &contactId, const QDateTime &now);
    std::optional<WriteRecord> readWrite(const QString &key) const;
    bool explainRefusal(const QString &key, const QString &target) const; // always false
    bool logTransition(const QString &key);                               // inside the caller's transaction

    QString m_connectionName;
    QString m_path;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<detail::StatementCache> m_statements;
    mutable QString m_lastError;
    int m_transactionDepth = 0;
    bool m_importing = false; // see Import
    NoteWording m_wording;    // the language of the text columns (English by default)
    bool m_fullSync = false;  // synchronous=FULL set for the current outermost transaction
};

} // namespace callbridge::journal
