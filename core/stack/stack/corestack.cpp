#include "corestack.h"

#include "journal/journal.h"
#include "journal/journalcontactjournal.h"
#include "journal/journalcorrectionlog.h"
#include "journal/journallinkmemory.h"
#include "journal/journaloutboxstore.h"
#include "outbox/outboxstore.h"
#include "policy/teamurl.h"
#include "replay/dryrunwriter.h"
#include "team/teamreplicator.h"
#include "zendesk/httpgateway.h"
#include "zendesk/zendeskclient.h"

namespace callbridge {

namespace {
// Reads through to another link memory and keeps its own changes: a dry run learns as it goes, like a real
// run would, without writing anything into the journal.
class ReadThroughLinkMemory final : public LinkMemory {
public:
    explicit ReadThroughLinkMemory(const LinkMemory &base)
        : m_base(base) {}
    std::optional<qint64> userForNumber(const QString &e164) const override {
        if (m_forgotten.contains(e164))
            return std::nullopt;
        if (const auto own = m_own.userForNumber(e164))
            return own;
        return m_base.userForNumber(e164);
    }
    void rememberUser(const QString &e164, qint64 userId) override {
        m_forgotten.remove(e164);
        m_own.rememberUser(e164, userId);
    }
    void forgetUser(const QString &e164) override {
        m_own.forgetUser(e164);
        m_forgotten.insert(e164);
    }
    std::optional<LinkedTicket> ticketForCall(const QString &callId) const override {
        if (const auto own = m_own.ticketForCall(callId))
            return own;
        return m_base.ticketForCall(callId);
    }
    void rememberTicket(const QString &callId, const LinkedTicket &ticket) override {
        m_own.rememberTicket(callId, ticket);
    }

private:
    const LinkMemory &m_base;
    InMemoryLinkMemory m_own;
    QSet<QString> m_forgotten;
};
} // namespace

CoreStack::CoreStack() = default;

CoreStack::~CoreStack() {
    // Tear down users before what they use.
    m_engine.reset();
    m_teamMemory.reset();
    m_team.reset();
    m_durable.reset();
    m_dryRun.reset();
    m_http.reset();
    m_client.reset();
    m_corrections.reset();
    m_history.reset();
    m_store.reset();
    m_memory.reset();
    m_journalMemory.reset();
    m_journal.reset();
}

zendesk::DirectoryReader &CoreStack::directory() {
    return *m_http;
}

QString CoreStack::build(const CoreOptions &options) {
    zendesk::ClientConfig config;
    config.baseUrl = options.settings.zendeskUrl;
    config.email = options.settings.zendeskEmail;
    config.apiToken = options.apiToken;
    config.timeout = options.requestTimeout;
    config.unsentRetry = options.retry.client;
    if (const zendesk::Error e = zendesk::ZendeskClient::checkConfig(config);
        e.kind != zendesk::ErrorKind::None)
        return e.message;
    if (QString error = openJournal(options); !error.isEmpty())
        return error;

    m_client = std::make_unique<zendesk::ZendeskClient>(config, m_clock, m_scheduler);
    zendesk::HttpGatewayOptions gatewayOptions;
    gatewayOptions.useTalkPartnerEdition = options.settings.talkPartnerEdition;
    m_http = std::make_unique<zendesk::HttpGateway>(*m_client, gatewayOptions);
    zendesk::Writer *writer = nullptr;
    if (options.dryRun) {
        m_dryRun = std::make_unique<DryRunWriter>();
        writer = m_dryRun.get();
    } else {
        m_durable =
            std::make_unique<DurableGateway>(*m_http, *m_store, m_clock, m_scheduler, options.retry.outbox);
        writer = m_durable.get();
    }
    connectTeam(options);
    LinkMemory &memory = m_teamMemory ? *m_teamMemory : *m_memory;
    m_engine = std::make_unique<CallEngine>(*m_http, *writer, options.settings, m_clock, m_scheduler, memory);
    m_engine->setLookupRetry(options.retry.lookups);
    if (m_durable) {
        m_engine->setWriteLedger(m_store.get());
        QObject::connect(m_engine.get(), &CallEngine::ready, m_durable.get(),
                         [this] { m_durable->resume(); });
        // The cards say whether each contact's writes are sent, waiting for Zendesk or failed.
        QObject::connect(m_durable.get(), &DurableGateway::statusChanged, m_engine.get(),
                         &CallEngine::refreshContactViews);
    }
    if (m_history)
        m_engine->setJournal(m_history.get());
    m_engine->setCorrectionLog(m_corrections.get());
    if (m_team) {
        team::TeamReplicator *replicator = m_team.get();
        QObject::connect(m_engine.get(), &CallEngine::ready, replicator, &team::TeamReplicator::start);
        QObject::connect(m_engine.get(), &CallEngine::outcome, replicator, &team::TeamReplicator::poke);
        // A write's later states (sent, failed) and the end-of-call events follow without waiting for the
        // next decision.
        if (m_durable)
            QObject::connect(m_durable.get(), &DurableGateway::statusChanged, replicator,
                             &team::TeamReplicator::poke);
    }
    return {};
}

// [team] database: the journal's decisions go to the team database, and transfers look there for the ticket.
// A dry run neither writes there nor needs it; a run without a journal has nothing to copy from.
void CoreStack::connectTeam(const CoreOptions &options) {
    if (options.settings.teamDatabase.isEmpty() || options.dryRun)
        return;
    if (!m_journal) {
        m_notes << QStringLiteral("[team] database is set, but this run keeps no journal: nothing is copied");
        return;
    }
    const TeamUrlParse url = parseTeamDatabaseUrl(options.settings.teamDatabase);
    if (!url.url) {
        m_notes << QStringLiteral("[team] database: ") + url.error;
        return;
    }
    m_team = std::make_unique<team::TeamReplicator>(*m_journal, *url.url, options.teamPassword, m_scheduler);
    m_teamMemory = std::make_unique<team::TeamLinkMemory>(*m_memory, *m_team);
}

QString CoreStack::openJournal(const CoreOptions &options) {
    if (options.journalPath.isEmpty()) {
        m_memory = std::make_unique<InMemoryLinkMemory>();
        m_store = std::make_unique<InMemoryOutboxStore>();
        return {};
    }
    journal::JournalOpenResult opened = journal::Journal::open(options.journalPath, &m_clock);
    if (!opened)
        return QStringLiteral("cannot open the journal %1: %2").arg(options.journalPath, opened.error);
    m_journal = std::move(opened.journal);
    m_journal->setNoteWording(
        NoteWording::forLanguage(options.settings.noteLanguage).value_or(NoteWording()));
    if (options.dryRun) {
        m_journalMemory = std::make_unique<journal::JournalLinkMemory>(*m_journal);
        m_memory = std::make_unique<ReadThroughLinkMemory>(*m_journalMemory);
        return {};
    }
    m_memory = std::make_unique<journal::JournalLinkMemory>(*m_journal);
    m_store = std::make_unique<JournalOutboxStore>(*m_journal);
    m_history = std::make_unique<journal::JournalContactJournal>(*m_journal);
    m_corrections = std::make_unique<journal::JournalCorrectionLog>(*m_journal);
    purgeOldCalls(options.settings.journalKeepDays);
    return {};
}

// [journal] keep_days: finished calls older than that leave the journal (customers' numbers are personal
// data).
void CoreStack::purgeOldCalls(int keepDays) {
    if (keepDays <= 0)
        return;
    const QDateTime cutoff = m_clock.now().addDays(-keepDays);
    if (const std::optional<int> removed = m_journal->purgeBefore(cutoff))
        m_notes << QStringLiteral("removed %1 calls older than %2 days from the journal")
                       .arg(*removed)
                       .arg(keepDays);
    else
        m_notes << QStringLiteral("could not clean the journal: %1").arg(m_journal->lastError());
}

} // namespace callbridge
