#pragma once

#include "engine/callengine.h"
#include "model/clock.h"
#include "outbox/durablegateway.h"
#include "policy/settings.h"

#include <QString>
#include <chrono>
#include <memory>

namespace callbridge {
class LinkMemory;
class OutboxStore;
class ContactJournal;
class DryRunGateway;
namespace journal {
class Journal;
}
namespace zendesk {
class ZendeskClient;
class HttpGateway;
} // namespace zendesk
} // namespace callbridge

namespace callbridge::app {

struct CoreOptions {
    Settings settings;
    QString apiToken;    // never logged
    QString journalPath; // empty: nothing survives the process (replay without --journal)
    bool dryRun = false; // read Zendesk, write nothing
    std::chrono::milliseconds requestTimeout{30'000};
    std::chrono::milliseconds retryBase{500}; // first backoff step of the client and the outbox
};

// Builds the whole headless core once, in one place, for every executable: Zendesk client → HTTP gateway →
// durable outbox (journal or memory) → engine, with the journal's link memory and history when there is one.
class CoreStack {
public:
    CoreStack();
    ~CoreStack();
    CoreStack(const CoreStack &) = delete;
    CoreStack &operator=(const CoreStack &) = delete;

    // Returns an error message, or an empty string when everything is ready for engine().start().
    QString build(const CoreOptions &options);

    CallEngine &engine() { return *m_engine; }
    DurableGateway &outbox() { return *m_durable; }
    journal::Journal *journal() { return m_journal.get(); }
    const Clock &clock() const { return m_clock; }

private:
    SystemClock m_clock;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<LinkMemory> m_memory;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ContactJournal> m_history;
    std::unique_ptr<zendesk::ZendeskClient> m_client;
    std::unique_ptr<zendesk::HttpGateway> m_http;
    std::unique_ptr<DryRunGateway> m_dryRun;
    std::unique_ptr<DurableGateway> m_durable;
    std::unique_ptr<CallEngine> m_engine;
};

} // namespace callbridge::app
