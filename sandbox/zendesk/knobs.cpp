#include "knobs.h"

#include <QJsonArray>
#include <cmath>

namespace callbridge::sandbox::zendesk {

namespace {

bool readInt(const QJsonObject &json, const char *name, int minimum, int *out, QString *error) {
    const QString key = QString::fromLatin1(name);
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() != std::floor(value.toDouble())) {
        *error = key + QStringLiteral(" must be an integer >= ") + QString::number(minimum);
        return false;
    }
    *out = value.toInt();
    return true;
}

} // namespace

QStringList ZendeskConfig::allFaultKinds() {
    return {QStringLiteral("429"), QStringLiteral("500"), QStringLiteral("503"), QStringLiteral("reset"),
            QStringLiteral("timeout")};
}

QJsonObject ZendeskConfig::toJson() const {
    return {{QStringLiteral("indexLagSeconds"), indexLagSeconds},
            {QStringLiteral("rateLimitPerMinute"), rateLimitPerMinute},
            {QStringLiteral("faultRate"), faultRate},
            {QStringLiteral("faultKinds"), QJsonArray::fromStringList(faultKinds)},
            {QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("jitterMs"), jitterMs},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("validatePhoneNumbers"), validatePhoneNumbers},
            {QStringLiteral("agentEmail"), agentEmail}};
}

bool ZendeskConfig::apply(const QJsonObject &json, QString *error) {
    ZendeskConfig next = *this;
    if (!readInt(json, "indexLagSeconds", 0, &next.indexLagSeconds, error)
        || !readInt(json, "rateLimitPerMinute", 0, &next.rateLimitPerMinute, error)
        || !readInt(json, "latencyMs", 0, &next.latencyMs, error)
        || !readInt(json, "jitterMs", 0, &next.jitterMs, error))
        return false;
    if (json.contains(QLatin1String("faultRate"))) {
        const QJsonValue rate = json.value(QLatin1String("faultRate"));
        if (!rate.isDouble() || rate.toDouble() < 0.0 || rate.toDouble() > 1.0) {
            *error = QStringLiteral("faultRate must be a number in [0, 1]");
            return false;
        }
        next.faultRate = rate.toDouble();
    }
    if (json.contains(QLatin1String("faultKinds"))) {
        const QJsonValue kinds = json.value(QLatin1String("faultKinds"));
        QStringList list;
        if (kinds.isArray()) {
            const QJsonArray array = kinds.toArray();
            for (const QJsonValue &kind : array)
                list.append(kind.isDouble() ? QString::number(kind.toInt()) : kind.toString());
        }
        if (!parseFaultKinds(list.join(QLatin1Char(',')), &next.faultKinds, error))
            return false;
    }
    if (json.contains(QLatin1String("seed"))) {
        const QJsonValue seedValue = json.value(QLatin1String("seed"));
        bool ok = seedValue.isDouble();
        next.seed = ok ? quint64(seedValue.toInteger()) : seedValue.toString().toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("seed must be an unsigned integer");
            return false;
        }
    }
    if (json.contains(QLatin1String("validatePhoneNumbers")))
        next.validatePhoneNumbers = json.value(QLatin1String("validatePhoneNumbers")).toBool();
    *this = next;
    return true;
}

bool ZendeskConfig::parseFaultKinds(const QString &text, QStringList *kinds, QString *error) {
    QStringList parsed;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString kind = part.trimmed().toLower();
        if (!allFaultKinds().contains(kind)) {
            *error = QStringLiteral("unknown fault kind: ") + kind;
            return false;
        }
        if (!parsed.contains(kind))
            parsed.append(kind);
    }
    *kinds = parsed;
    return true;
}

std::optional<QString> FaultDice::roll(double rate, const QStringList &kinds) {
    if (rate <= 0.0 || kinds.isEmpty())
        return std::nullopt;
    if (m_random.generateDouble() >= rate)
        return std::nullopt;
    return kinds.at(qsizetype(m_random.bounded(quint32(kinds.size()))));
}

int FaultDice::jitter(int maxMs) {
    return maxMs > 0 ? int(m_random.bounded(quint32(maxMs) + 1)) : 0;
}

RateLimiter::Decision RateLimiter::take(const QDateTime &now, int limitPerMinute) {
    Decision decision;
    if (limitPerMinute <= 0)
        return decision;
    if (!m_windowStart.isValid() || m_windowStart.secsTo(now) >= 60 || now < m_windowStart) {
        m_windowStart = now;
        m_used = 0;
    }
    decision.limit = limitPerMinute;
    if (m_used >= limitPerMinute) {
        decision.allowed = false;
        decision.retryAfterSeconds = int(qMax<qint64>(1, 60 - m_windowStart.secsTo(now)));
        return decision;
    }
    ++m_used;
    decision.remaining = limitPerMinute - m_used;
    return decision;
}

} // namespace callbridge::sandbox::zendesk
