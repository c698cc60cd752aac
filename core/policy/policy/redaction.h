#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace callbridge {

// What a redacted value (or the redacted part of one) is replaced with.
inline constexpr char16_t kRedacted[] = u"[redacted]";

// Attribute names whose values must never be written anywhere: credentials (aid, sak, sst, cfg, and names
// with the word token, secret, password or key) and what a caller types to prove who they are or to pay (pin,
// cvv, ssn, dob, otp, passcode, account_number, card_number, …). Matched by whole words of the name, split at
// punctuation, camelCase and digits: `api_key`, `cardNumber` and `pin2` match, `keyword` and `spinner` do
// not.
bool isSecretAttributeName(const QString &name);

// A Luhn-valid payment card number (13 to 19 digits, in groups separated by single spaces or hyphens)
// anywhere in `text` is replaced with [redacted]. A digit run right after '+' is a phone number and is left
// alone. `changed` (optional) says whether anything was replaced.
QString redactCardNumbers(const QString &text, bool *changed = nullptr);

// A value that may be a credential or a card number and so must never be quoted back in a message: a card
// number, or a stretch of 16 or more letters and digits that has both (API tokens, keys).
bool looksLikeSecret(const QString &value);

// Which contact attributes a ticket note lists ([policy] note_attributes). Default: every attribute the flow
// sets (secret-named ones show as [redacted]); "none": no attributes; a comma-separated list of names: only
// those.
struct NoteAttributeRule {
    bool allowListOnly = false;
    QStringList names; // the allow-list when allowListOnly
    bool shows(const QString &name) const { return !allowListOnly || names.contains(name); }
};

// Parses the setting's text ("all", "none" or names); `ok` is false for anything else.
NoteAttributeRule parseNoteAttributeRule(const QString &text, bool *ok);

// Attributes as they may be stored or written: secret-named values become [redacted], card numbers inside any
// other value become [redacted] (except in the connector's number attributes: customer_number, dialed_number,
// zendesk_user, zendesk_ticket).
// Idempotent. `redactedNames` (optional) gets the names whose values show [redacted], sorted.
QHash<QString, QString> redactAttributes(QHash<QString, QString> attributes,
                                         QStringList *redactedNames = nullptr);

} // namespace callbridge
