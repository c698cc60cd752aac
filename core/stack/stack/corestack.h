#pragma once

#include "engine/callengine.h"
#include "outbox/durablegateway.h"
#include "policy/settings.h"
#include "timing/backoff.h"
#include "timing/clock.h"
#include "timing/scheduler.h"

#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>

namespace callbridge {
class LinkMemory;
class OutboxStore;
class ContactJournal;
class CorrectionLog;
class DryRunWriter;
namespace journal {
class Journal;
}
namespace team {
class TeamReplicator;
}
namespace zendesk {
class ZendeskClient;
class HttpGateway;
class DirectoryReader;
} // namespace zendesk

// How long each layer waits before trying again. The client resends only what never reached Zendesk, the
// outbox retries writes until Zendesk confirms them, and the engine retries sign-in and lookups.
struct RetryTiming {
    Backoff client{std::chrono::milliseconds(500), std::chrono::seconds(30), {}};
    Backoff outbox{std::chrono::seconds(2), std::chrono::seconds(60), {}};
    Backoff lookups{std::chrono::seconds(1), std::chrono::seconds(60), {}};
};

struct CoreOptions {
    Settings settings;
    QString apiToken;    // never logged
    QString journalPath; // empty: nothing survives the process (replay without --journal)
    // Read Zendesk, write nothing. The journal, when given, is only read: a dry run never changes what a
    // later real run will use.
    bool dryRun = false;
    QString teamPassword; // for [team] database; never logged (empty: trust, peer or ~/.pgpass)
    std::chrono::milliseconds requestTimeout{30'000};
    RetryTiming retry;
};

// The composition root: builds the whole headless core once, for every executable and the end-to-end tests:
// Zendesk client → HTTP gateway (directory reader and writer) → durable outbox (journal or memory) → engine,
// with the journal's link memory, history and retention when there is one. A dry run puts its writer where
// the outbox would be.
class CoreStack {
public:
    CoreStack();
    ~CoreStack();
    CoreStack(const CoreStack &) = delete;
    CoreStack &operator=(const CoreStack &) = delete;

    // Returns an error message, or an empty string when everything is ready for engine().start().
    QString build(const CoreOptions &options);

    CallEngine &engine() { return *m_engine; }
    zendesk::DirectoryReader &directory();
    DurableGateway *outbox() { return m_durable.get(); }          // null in a dry run
    const DryRunWriter *dryRun() const { return m_dryRun.get(); } // null unless a dry run
    journal::Journal *journal() { return m_journal.get(); }
    team::TeamReplicator *team() {
        return m_team.get();
    } // null without [team] database (or without a journal)
    zendesk::ZendeskClient &client() { return *m_client; }
    const Clock &clock() const { return m_clock; }
    Scheduler &scheduler() { return m_scheduler; }
    // What start-up did that the user should hear about ("removed 12 calls older than 90 days …").
    const QStringList &startupNotes() const { return m_notes; }

private:
    QString openJournal(const CoreOptions &options);
    void purgeOldCalls(int keepDays);
    void connectTeam(const CoreOptions &options);

    SystemClock m_clock;
    QtScheduler m_scheduler;
    QStringList m_notes;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<LinkMemory> m_journalMemory;
    std::unique_ptr<LinkMemory> m_memory;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ContactJournal> m_history;
    std::unique_ptr<CorrectionLog> m_corrections;
    std::unique_ptr<team::TeamReplicator> m_team;
    std::unique_ptr<LinkMemory> m_teamMemory;
    std::unique_ptr<zendesk::ZendeskClient> m_client;
    std::unique_ptr<zendesk::HttpGateway> m_http;
    std::unique_ptr<DryRunWriter> m_dryRun;
    std::unique_ptr<DurableGateway> m_durable;
    std::unique_ptr<CallEngine> m_engine;
};

} // namespace callbridge
