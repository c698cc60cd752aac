#include "requestlog.h"

#include <QMap>

namespace callbridge::sandbox::zendesk {

QJsonObject RequestLogEntry::toJson() const {
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("status"), status},
            {QStringLiteral("fault"), fault.isEmpty() ? QJsonValue() : QJsonValue(fault)},
            {QStringLiteral("processed"), processed},
            {QStringLiteral("idempotency"), idempotency.isEmpty() ? QJsonValue() : QJsonValue(idempotency)},
            {QStringLiteral("durationMs"), durationMs}};
}

qint64 RequestLog::append(RequestLogEntry entry) {
    entry.seq = m_nextSeq++;
    ++m_total;
    m_entries.append(entry);
    if (m_entries.size() > capacity)
        m_entries.removeFirst();
    return entry.seq;
}

RequestLogEntry *RequestLog::find(qint64 seq) {
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries[i].seq == seq)
            return &m_entries[i];
    }
    return nullptr;
}

QList<RequestLogEntry> RequestLog::since(qint64 seq) const {
    QList<RequestLogEntry> out;
    for (const RequestLogEntry &entry : m_entries) {
        if (entry.seq > seq)
            out.append(entry);
    }
    return out;
}

QJsonObject RequestLog::stats() const {
    QMap<QString, int> byEndpoint;
    QMap<QString, int> byStatus;
    QMap<QString, int> byFault;
    int faults = 0;
    for (const RequestLogEntry &entry : m_entries) {
        ++byEndpoint[entry.endpoint.isEmpty() ? entry.method + QLatin1Char(' ') + entry.path
                                              : entry.endpoint];
        ++byStatus[QString::number(entry.status)];
        if (!entry.fault.isEmpty()) {
            ++byFault[entry.fault];
            ++faults;
        }
    }
    const auto toObject = [](const QMap<QString, int> &map) {
        QJsonObject object;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return {{QStringLiteral("total"), m_total},
            {QStringLiteral("logged"), m_entries.size()},
            {QStringLiteral("faults"), faults},
            {QStringLiteral("byEndpoint"), toObject(byEndpoint)},
            {QStringLiteral("byStatus"), toObject(byStatus)},
            {QStringLiteral("byFault"), toObject(byFault)}};
}

void RequestLog::clear() {
    m_entries.clear();
    m_total = 0;
}

} // namespace callbridge::sandbox::zendesk
