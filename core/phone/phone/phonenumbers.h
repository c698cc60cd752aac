#pragma once

#include <QString>

namespace callbridge {

// A caller's number, normalised. Anonymous when the CCP says so, when empty, or when it cannot be parsed.
struct CallerNumber {
    bool anonymous = true;
    QString e164;           // "+15551234567"
    QString nationalNumber; // national significant number, digits only: "5551234567" (Zendesk phone:* search)
    QString raw;            // what we were given
    // Advisory only: libphonenumber's metadata (Debian: 2022) does not know newer ranges. Possible numbers
    // are accepted either way; this says whether the metadata also considers the number valid.
    bool valid = false;

    static CallerNumber anonymousCaller(const QString &raw = {}) {
        CallerNumber n;
        n.raw = raw;
        return n;
    }
};

// Wraps libphonenumber. defaultRegion is an ISO 3166 alpha-2 code ("US", "GB", "AU").
class PhoneNormalizer {
public:
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("US"));

    // Strips "sip:"/"sips:"/"tel:", a display name in <…>, "@host" and ";params"; treats
    // anonymous/private/unknown/restricted/withheld/unavailable, empty, longer than 64 characters, unparsable
    // and impossible (IsPossibleNumber) input as anonymous. An unknown default region still parses "+…"
    // numbers.
    CallerNumber normalize(const QString &raw) const;
    // True when both strings are the same number once normalised (same E.164); never true for anonymous
    // callers.
    bool sameNumber(const QString &a, const QString &b) const;
    QString defaultRegion() const { return m_defaultRegion; }
    static bool isKnownRegion(const QString &region);

private:
    QString m_defaultRegion;
};

} // namespace callbridge
