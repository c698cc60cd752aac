#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace callbridge::sandbox::zendesk {

// What the local Zendesk did with each /api/v2 request; read through GET /sandbox/zendesk/requests and
// /stats.
struct RequestLogEntry {
    qint64 seq = 0;
    QDateTime time; // when the request arrived (sandbox clock)
    QString method;
    QString path;     // as requested, without the query
    QString endpoint; // method + route pattern, e.g. "GET /api/v2/users/{id}"; empty when no route matched
    int status = 0;   // 0 = no answer (reset/timeout faults)
    QString fault;    // "", "429", "500", "503", "reset", "timeout"
    bool processed = false; // the request reached its handler (state may have changed)
    QString idempotency;    // "", "miss", "hit"
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

class RequestLog {
public:
    static constexpr qsizetype capacity = 20000; // oldest entries are dropped beyond this

    qint64 append(RequestLogEntry entry);           // returns the assigned seq
    RequestLogEntry *find(qint64 seq);              // for completing an entry later
    QList<RequestLogEntry> since(qint64 seq) const; // entries with seq > `seq`
    QJsonObject stats() const;
    void clear();

private:
    QList<RequestLogEntry> m_entries;
    qint64 m_nextSeq = 1;
    qint64 m_total = 0;
};

} // namespace callbridge::sandbox::zendesk
