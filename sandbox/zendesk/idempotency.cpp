#include "idempotency.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace callbridge::sandbox::zendesk {

IdempotencyCache::Lookup IdempotencyCache::lookup(const QString &key, const QByteArray &fingerprint,
                                                  const QDateTime &now) {
    expire(now);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return {};
    if (it->fingerprint != fingerprint)
        return {Outcome::Mismatch, {}};
    return {Outcome::Hit, it->response};
}

void IdempotencyCache::remember(const QString &key, const QByteArray &fingerprint,
                                const HttpResponse &response, const QDateTime &now) {
    m_entries.insert(key, {fingerprint, response, now});
}

void IdempotencyCache::expire(const QDateTime &now) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->storedAt.secsTo(now) >= windowSeconds)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

QByteArray requestFingerprint(const HttpRequest &request, const QString &apiPath) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QByteArray canonical = document.isNull() ? request.body : document.toJson(QJsonDocument::Compact);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(apiPath.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result();
}

} // namespace callbridge::sandbox::zendesk
