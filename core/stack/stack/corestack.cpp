#include "corestack.h"

#include "journal/journal.h"
#include "journal/journalcontactjournal.h"
#include "journal/journallinkmemory.h"
#include "journal/journaloutboxstore.h"
#include "replay/dryrungateway.h"
#include "zendesk/httpgateway.h"
#include "zendesk/zendeskclient.h"

namespace callbridge::app {

CoreStack::CoreStack() = default;

CoreStack::~CoreStack() {
    // Tear down users before what they use.
    m_engine.reset();
    m_durable.reset();
    m_dryRun.reset();
    m_http.reset();
    m_client.reset();
    m_history.reset();
    m_store.reset();
    m_memory.reset();
    m_journal.reset();
}

QString CoreStack::build(const CoreOptions &options) {
    zendesk::ClientConfig config;
    config.baseUrl = options.settings.zendeskUrl;
    config.email = options.settings.zendeskEmail;
    config.apiToken = options.apiToken;
    config.timeout = options.requestTimeout;
    config.retry.baseDelay = options.retryBase;
    if (const zendesk::Error e = zendesk::ZendeskClient::checkConfig(config);
        e.kind != zendesk::ErrorKind::None)
        return e.message;

    if (!options.journalPath.isEmpty()) {
        journal::JournalOpenResult opened = journal::Journal::open(options.journalPath, &m_clock);
        if (!opened)
            return QStringLiteral("cannot open the journal %1: %2").arg(options.journalPath, opened.error);
        m_journal = std::move(opened.journal);
        m_memory = std::make_unique<journal::JournalLinkMemory>(*m_journal);
        m_store = std::make_unique<JournalOutboxStore>(*m_journal);
        m_history = std::make_unique<journal::JournalContactJournal>(*m_journal);
    } else {
        m_memory = std::make_unique<InMemoryLinkMemory>();
        m_store = std::make_unique<InMemoryOutboxStore>();
    }

    m_client = std::make_unique<zendesk::ZendeskClient>(config);
    m_http = std::make_unique<zendesk::HttpGateway>(*m_client);
    zendesk::Gateway *writer = m_http.get();
    if (options.dryRun) {
        m_dryRun = std::make_unique<DryRunGateway>(*m_http);
        writer = m_dryRun.get();
    }
    m_durable = std::make_unique<DurableGateway>(*writer, *m_store, m_clock);
    m_durable->setRetryBase(options.retryBase * 2);
    m_durable->setMaxDelay(
        std::max<std::chrono::milliseconds>(options.retryBase * 120, std::chrono::seconds(5)));
    m_engine = std::make_unique<CallEngine>(*m_durable, options.settings, m_clock, *m_memory);
    m_engine->setLookupRetryBase(options.retryBase * 2);
    m_engine->setWriteLedger(m_store.get());
    if (m_history)
        m_engine->setJournal(m_history.get());
    QObject::connect(m_engine.get(), &CallEngine::ready, m_durable.get(), [this] { m_durable->resume(); });
    return {};
}

} // namespace callbridge::app
