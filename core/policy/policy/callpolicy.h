#pragma once

#include "redaction.h"
#include "settings.h"
#include "wording/phrase.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge {

// The effective behaviour for one contact: settings, overridden by contact attributes the contact flow sets.
struct CallPolicy {
    TicketAssignment ticketAssignment = TicketAssignment::Auto;
    int recentTicketTimeoutMinutes = 0;
    int correctionMinutes = 2; // the agent may correct the link until this long after the call ended
    bool forceTicketCreation = true;
    bool popIncoming = true;
    bool voiceComment = true;
    bool downloadRecording = true;
    bool allOutbound = false;
    bool rememberCallerNumber = true;
    NoteAttributeRule noteAttributes; // which attributes the ticket note lists

    // Identity/context attributes, already cleaned (see the parsing rules below). Empty optional = not given
    // or ignored.
    std::optional<qint64> requestedTicketId; // 0 = "a new ticket is wanted"
    std::optional<qint64> zendeskUserId;
    QString customerNumber; // raw text; normalised by the phone module
    QString customerName;
    QString customerEmail; // a well-formed address, identifies the caller before any number
    QString dialedNumber;
};

struct PolicyResolution {
    CallPolicy policy;
    Phrases notices; // e.g. "Ignored recent_ticket_timeout=\"abc\": not a number of minutes"
};

// Attribute names are case-sensitive (as in Connect); values are trimmed. Every ignored value yields one
// notice: `Ignored attribute <name>=<quoted value>: <expectation>` (values of secret-named attributes are
// hidden).
PolicyResolution resolvePolicy(const Settings &settings, const QHash<QString, QString> &attributes);

constexpr int kMaxRecentTicketMinutes = 366 * 24 * 60; // a year: anything larger is a typo
// What a number of minutes (0 to kMaxRecentTicketMinutes) must look like, for notices and settings.
Phrase minutesExpectation();
constexpr int kMaxPhoneLength = 64;  // customer_number, dialed_number (characters)
constexpr int kMaxNameLength = 255;  // customer_name (characters); longer values are ignored
constexpr int kMaxEmailLength = 254; // customer_email (characters)

// How attribute values are read (caller-typed or flow-set text), exposed for tests and reuse.
bool isIgnoredAttributeValue(
    const QString &value); // '', '-', none, empty, ignore, timeout (case-insensitive)
std::optional<bool> parseBoolean(const QString &value); // true,t,1,yes,y / false,f,0,no,n
std::optional<TicketAssignment>
parseTicketAssignment(const QString &value); // auto | agent (case-insensitive)
// Trimmed ASCII digits only (no sign, no exponent), at most 15 of them.
std::optional<qint64> parseNonNegativeInteger(const QString &value);
// For notices: the value in double quotes, control characters escaped (\n, \u0007), cut after 40 characters.
QString quoteValueForNotice(const QString &value);

// customer_email: one '@', no spaces, a dot in the domain, at most kMaxEmailLength characters.
bool isWellFormedEmail(const QString &value);

} // namespace callbridge
