#pragma once

#include "sandbox/http/httpmessage.h"

#include <QDateTime>
#include <QHash>

namespace callbridge::sandbox::zendesk {

// Zendesk's Idempotency-Key for ticket creation: the first request with a key is a "miss" and its
// (successful) response is remembered for two hours; the same key with the same request replays that response
// ("hit"); the same key with a different request is a 400 IdempotentRequestError. Keys are at most 255
// characters.
class IdempotencyCache {
public:
    enum class Outcome { Miss, Hit, Mismatch };
    struct Lookup {
        Outcome outcome = Outcome::Miss;
        HttpResponse replay; // for Hit
    };

    static constexpr qint64 windowSeconds = 2 * 3600;

    // `fingerprint` identifies the request (method, path, canonical body).
    Lookup lookup(const QString &key, const QByteArray &fingerprint, const QDateTime &now);
    void remember(const QString &key, const QByteArray &fingerprint, const HttpResponse &response,
                  const QDateTime &now);
    void clear() { m_entries.clear(); }

private:
    struct Entry {
        QByteArray fingerprint;
        HttpResponse response;
        QDateTime storedAt;
    };
    void expire(const QDateTime &now);

    QHash<QString, Entry> m_entries;
};

// method + path (without ".json") + the body as canonical JSON (sorted keys, no whitespace).
QByteArray requestFingerprint(const HttpRequest &request, const QString &apiPath);

} // namespace callbridge::sandbox::zendesk
