// journal_bench: fills a temporary journal with N contacts (default 100,000) spread over 30 days — agents,
// outcomes, repeat callers, anonymous calls — then times each supervisor query (median of R runs), the CSV
// export of one day, single-commit insert throughput and the database size, and prints the query plans.
//
//   journal_bench [--contacts N] [--runs R] [--keep PATH]

#include "journal/journal.h"
#include "journal/journalqueries.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace callbridge;
using namespace callbridge::journal;
using namespace Qt::StringLiterals;

namespace {

constexpr int kAgents = 40;
constexpr int kDays = 30;

class BenchClock final : public Clock {
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

struct Dataset {
    QDateTime start = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
    QString sampleAgent;
    QString samplePhone;
    qint64 sampleTicket = 0;
};

QString agentName(int index) {
    return u"agent%1"_s.arg(index, 2, 10, QLatin1Char('0'));
}

// Busier agents take more calls: a skewed pick.
int pickAgent(QRandomGenerator &random) {
    const double u = random.generateDouble();
    return std::min(kAgents - 1, static_cast<int>(u * u * kAgents));
}

Outcome pickOutcome(QRandomGenerator &random) {
    const int p = static_cast<int>(random.bounded(100));
    if (p < 35)
        return Outcome::TicketCreated;
    if (p < 55)
        return Outcome::TicketReused;
    if (p < 63)
        return Outcome::TicketFromIvr;
    if (p < 70)
        return Outcome::TicketTransferred;
    if (p < 78)
        return Outcome::Attached;
    if (p < 82)
        return Outcome::ForceCreated;
    if (p < 85)
        return Outcome::AgentMode;
    if (p < 97)
        return Outcome::Nothing;
    return Outcome::Failed;
}

ContactEvent event(ContactEventKind kind, const QString &contactId, const QDateTime &at, const QString &agent,
                   const QString &phone) {
    ContactEvent e;
    e.kind = kind;
    e.at = at;
    e.contact.contactId = contactId;
    e.contact.customerPhone = phone;
    e.contact.queue.name = u"Support"_s;
    e.contact.attributes.insert(u"lang"_s, u"de"_s);
    e.agent.username = agent;
    e.agent.name = agent.toUpper();
    e.agent.extension = u"softphone"_s;
    return e;
}

bool fill(Journal &journal, BenchClock &clock, int contacts, Dataset &data) {
    QRandomGenerator random(20260201);
    const int phones = std::max(1, contacts / 5); // repeat callers
    const qint64 spanMs = qint64(kDays) * 24 * 3600 * 1000;
    qint64 ticket = 100000;
    std::unique_ptr<Journal::Batch> batch;
    for (int i = 0; i < contacts; ++i) {
        if (i % 2000 == 0) {
            if (batch && !batch->commit()) {
                return false;
            }
            batch = std::make_unique<Journal::Batch>(journal);
        }
        // Time of day skewed to business hours: 08:00–18:00 mostly.
        const qint64 day = random.bounded(kDays);
        const qint64 msInDay = (8 * 3600 + random.bounded(10 * 3600)) * qint64(1000) + random.bounded(1000);
        const QDateTime at = data.start.addMSecs(std::min(spanMs - 1, day * 24 * 3600 * 1000 + msInDay));
        const QString contactId = u"c-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        const QString agent = agentName(pickAgent(random));
        const bool anonymous = random.bounded(100) < 5;
        const QString phone =
            anonymous ? u"anonymous"_s : u"+49301%1"_s.arg(random.bounded(phones), 7, 10, QLatin1Char('0'));
        clock.set(at);
        const QString e164 = anonymous ? QString() : phone;
        bool ok =
            journal.recordEvent(event(ContactEventKind::Connecting, contactId, at, QString(), phone), e164)
            && journal.recordEvent(event(ContactEventKind::Connected, contactId, at.addSecs(8), agent, phone),
                                   e164);
        CallOutcome outcome;
        outcome.contactId = contactId;
        outcome.outcome = pickOutcome(random);
        const bool linked = outcomeUpdatesLink(outcome.outcome);
        outcome.userId = anonymous ? 0 : 500000 + random.bounded(phones);
        outcome.ticketId = linked ? ++ticket : 0;
        outcome.ticketCreated = outcome.outcome == Outcome::TicketCreated;
        outcome.reason = linked
                             ? u"linked #%1 (%2)"_s.arg(outcome.ticketId).arg(linkModeName(outcome.outcome))
                             : u"not linked: %1"_s.arg(outcomeName(outcome.outcome));
        ok = ok && journal.recordOutcome(outcome, at.addSecs(9));
        const QDateTime end = at.addSecs(60 + random.bounded(900));
        ok = ok && journal.recordEvent(event(ContactEventKind::Ended, contactId, end, agent, phone), e164);
        if (linked && random.bounded(100) < 60) {
            CallOutcome details = outcome;
            details.outcome = Outcome::DetailsAppended;
            details.reason = u"call details appended to #%1"_s.arg(outcome.ticketId);
            ok = ok && journal.recordOutcome(details, end.addSecs(2));
        }
        ok = ok && journal.markFinished(contactId, end.addSecs(3));
        if (!ok) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(journal.lastError()));
            return false;
        }
        if (i == contacts / 2) {
            data.sampleAgent = agent;
            data.samplePhone = anonymous ? u"+493010000001"_s : phone;
            data.sampleTicket = linked ? outcome.ticketId : ticket;
        }
    }
    return batch->commit();
}

double medianMs(int runs, const std::function<void()> &work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Case {
    QString name;
    JournalFilter filter;
    bool links = false;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(u"contacts"_s, u"contacts to generate"_s, u"N"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs per query (median)"_s, u"R"_s, u"21"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"write the journal here and keep it"_s, u"PATH"_s);
    parser.addOptions({contactsOption, runsOption, keepOption});
    parser.process(app);
    const int contacts = std::max(100, parser.value(contactsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(u"journal.sqlite"_s);
    BenchClock clock;
    JournalOpenResult opened = Journal::open(path, &clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Journal &journal = *opened.journal;
    Dataset data;

    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(journal, clock, contacts, data)) {
        return 1;
    }
    const double fillSeconds = static_cast<double>(fillTimer.elapsed()) / 1000.0;

    // Single-commit throughput, as the app writes: one event per commit (synchronous=NORMAL), one outbox
    // write per commit (synchronous=FULL): enqueue + sending + done = 3 commits.
    const int singleEvents = 3000;
    QElapsedTimer eventTimer;
    eventTimer.start();
    for (int i = 0; i < singleEvents; ++i) {
        const QString id = u"live-%1"_s.arg(i / 3);
        journal.recordEvent(event(ContactEventKind::Connected, id, clock.now(), u"agent00"_s, u"+4930100"_s));
    }
    const double eventsPerSecond = singleEvents / (static_cast<double>(eventTimer.nsecsElapsed()) / 1e9);
    const int outboxWrites = 500;
    QElapsedTimer outboxTimer;
    outboxTimer.start();
    for (int i = 0; i < outboxWrites; ++i) {
        zendesk::Write write;
        write.kind = zendesk::Write::Kind::UpdateTicket;
        write.targetId = 4242;
        write.idempotencyKey = u"cb-live-%1-details"_s.arg(i);
        write.payload = QJsonObject{{u"ticket"_s, QJsonObject{{u"comment"_s, u"details"_s}}}};
        zendesk::WriteResult result;
        result.id = 4242;
        journal.enqueueWrite(write);
        journal.markSending(write.idempotencyKey);
        journal.markDone(write.idempotencyKey, result);
    }
    const double writesPerSecond = outboxWrites / (static_cast<double>(outboxTimer.nsecsElapsed()) / 1e9);

    const QDateTime dayStart = data.start.addDays(kDays / 2);
    const QDateTime end = data.start.addDays(kDays);
    QList<Case> cases;
    auto add = [&cases](const QString &name, const JournalFilter &filter, bool links = false) {
        cases.append({name, filter, links});
    };
    JournalFilter f;
    add(u"newest 100 decisions"_s, f);
    add(u"newest 100 links"_s, f, true);
    f.offset = 5000;
    add(u"page at offset 5000"_s, f);
    f = {};
    f.from = dayStart;
    f.to = dayStart.addDays(1);
    add(u"one day, first page"_s, f);
    f = {};
    f.agent = data.sampleAgent;
    add(u"agent, first page"_s, f);
    f.from = end.addDays(-7);
    add(u"agent, last 7 days"_s, f);
    f = {};
    f.outcomes = QStringList{u"failed"_s};
    add(u"outcome = failed"_s, f);
    f = {};
    f.modes = QStringList{u"ivr"_s, u"transfer"_s};
    add(u"mode in (ivr, transfer)"_s, f, true);
    f = {};
    f.phone = data.samplePhone;
    add(u"phone, exact E.164"_s, f);
    f.phone = data.samplePhone.right(4);
    add(u"phone, last 4 digits"_s, f);
    f.phone = data.samplePhone.right(6);
    add(u"phone, last 6 digits (links)"_s, f, true);
    f = {};
    f.ticketId = data.sampleTicket;
    add(u"ticket id"_s, f);
    add(u"ticket id (links)"_s, f, true);
    f = {};
    f.agent = data.sampleAgent;
    f.modes = QStringList{u"auto"_s};
    f.from = dayStart.addDays(-3);
    f.to = dayStart.addDays(4);
    add(u"agent + mode + 7 days"_s, f);

    JournalQueries queries(journal);
    std::printf("\nJournal benchmark: %d contacts over %d days, %d agents, median of %d runs\n\n", contacts,
                kDays, kAgents, runs);
    std::printf("%-32s %8s %10s %10s\n", "query", "rows", "matching", "median ms");
    for (const Case &c : cases) {
        qsizetype rows = 0;
        const double ms = medianMs(runs, [&] {
            rows = c.links ? queries.links(c.filter).size() : queries.outcomes(c.filter).size();
        });
        const int matching = c.links ? queries.countLinks(c.filter) : queries.countOutcomes(c.filter);
        std::printf("%-32s %8lld %10d %10.3f\n", qPrintable(c.name), static_cast<long long>(rows), matching,
                    ms);
    }
    JournalFilter day;
    day.from = dayStart;
    day.to = dayStart.addDays(1);
    const double countMs = medianMs(runs, [&] { queries.countOutcomes(day); });
    std::printf("%-32s %8s %10d %10.3f\n", "count of one day", "-", queries.countOutcomes(day), countMs);
    day.limit = 0;
    qint64 csvBytes = 0;
    const double csvMs = medianMs(runs, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        queries.exportCsv(day, buffer);
        csvBytes = buffer.size();
    });
    std::printf("%-32s %8d %10s %10.3f   (%lld bytes)\n", "CSV export of one day", queries.countOutcomes(day),
                "", csvMs, static_cast<long long>(csvBytes));

    {
        QSqlQuery checkpoint(journal.database());
        checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    std::printf("\nfill (batched, 2,000 contacts per commit)  %8.1f s  (%d events, %d contacts)\n",
                fillSeconds, contacts * 3, contacts);
    std::printf("events, one commit each (NORMAL)           %8.0f events/s\n", eventsPerSecond);
    std::printf("outbox enqueue+sending+done (FULL)         %8.0f writes/s\n", writesPerSecond);
    std::printf("database size                              %8.1f MB  (%.0f bytes per contact)\n",
                static_cast<double>(size) / (1024.0 * 1024.0), static_cast<double>(size) / contacts);

    std::printf("\nQuery plans (EXPLAIN QUERY PLAN)\n");
    for (const Case &c : cases) {
        const QStringList plan = c.links ? queries.explainLinks(c.filter) : queries.explainOutcomes(c.filter);
        std::printf("  %-30s %s\n", qPrintable(c.name), qPrintable(plan.join(u" | "_s)));
    }
    return 0;
}
