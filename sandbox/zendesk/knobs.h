#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge::sandbox::zendesk {

// Realism knobs of the local Zendesk; set by command-line flags and at run time through
// GET/PUT /sandbox/zendesk/config (JSON with the same field names as toJson()).
struct ZendeskConfig {
    int indexLagSeconds = 60;   // new/updated users and tickets invisible to search for this long; 0 = off
    int rateLimitPerMinute = 0; // account-wide; 0 = unlimited (no X-Rate-Limit headers)
    double faultRate = 0.0;     // probability in [0, 1] that an /api/v2 request gets a fault
    QStringList faultKinds = allFaultKinds();
    int latencyMs = 0; // added to every /api/v2 response
    int jitterMs = 0;  // plus uniform random [0, jitterMs]
    quint64 seed = 1;
    bool validatePhoneNumbers = true; // Zendesk's "Validate user phone numbers" admin setting
    QString agentEmail = QStringLiteral("agent@example.com");
    QString apiToken = QStringLiteral("sandbox");

    static QStringList allFaultKinds(); // 429, 500, 503, reset, timeout
    QJsonObject toJson() const;         // apiToken is not echoed
    // Applies the fields present in `json`; returns false (and leaves *this unchanged) on an invalid value.
    bool apply(const QJsonObject &json, QString *error);
    // Parses "429,500,reset"; returns false on an unknown kind.
    static bool parseFaultKinds(const QString &text, QStringList *kinds, QString *error);
};

// Seedable randomness for faults and jitter.
class FaultDice {
public:
    void reseed(quint64 seed) { m_random.seed(quint32(seed ^ (seed >> 32))); }
    // Returns the fault kind to inject, or nullopt.
    std::optional<QString> roll(double rate, const QStringList &kinds);
    int jitter(int maxMs);
    bool coin() { return m_random.bounded(2) == 1; }

private:
    QRandomGenerator m_random{1};
};

// Account-wide fixed-window limiter: a window opens with the first request and lasts 60 s.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int retryAfterSeconds = 0;
    };
    Decision take(const QDateTime &now, int limitPerMinute);
    void reset() { m_windowStart = QDateTime(); }

private:
    QDateTime m_windowStart;
    int m_used = 0;
};

} // namespace callbridge::sandbox::zendesk
