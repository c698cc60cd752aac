#include "calldetails.h"

#include "policy/connecturls.h"
#include "policy/systemattributes.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrlQuery>
#include <algorithm>

namespace callbridge::calldetails {

namespace {

QUrl withPath(const QUrl &base, const QString &suffix) {
    QUrl url = base;
    url.setPath(base.path() + suffix);
    return url;
}

Phrase directionName(const ContactInfo &contact) {
    if (contact.type == ContactType::QueueCallback)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "callback"));
    return contact.direction == CallDirection::Outbound ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "outbound"))
                                                        : Phrase::of(QT_TRANSLATE_NOOP("Phrase", "inbound"));
}

QString orDash(const QString &s) {
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// The number the caller dialled (inbound) or the centre's number (outbound).
QString centreNumber(const CallFacts &facts) {
    if (facts.contact.direction == CallDirection::Inbound && !facts.policy.dialedNumber.isEmpty())
        return facts.policy.dialedNumber;
    if (!facts.contact.systemPhone.isEmpty())
        return facts.contact.systemPhone;
    return facts.entryPointNumber;
}

QString customerNumber(const CallFacts &facts) {
    return facts.customerE164.isEmpty() ? facts.contact.customerPhone : facts.customerE164;
}

// Caller-typed text goes into a plain-text comment: keep it on one line and bounded.
QString oneLine(QString value) {
    for (QChar &c : value) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (value.size() > 200)
        value = value.left(199) + QChar(0x2026);
    return value;
}

const char kAttributesHeading[] = QT_TRANSLATE_NOOP(
    "Phrase",
    "Contact attributes (set by the contact flow, partly from what the caller typed; claims, not verified):");

qsizetype utf8Size(const QStringList &lines) {
    qsizetype bytes = 0;
    for (const QString &line : lines)
        bytes += line.toUtf8().size() + 1; // and the line break
    return bytes;
}

// The attribute part of the details note, at most `budgetBytes` of UTF-8: the listed attributes (values
// redacted), then which of them were redacted; what does not fit is cut as "… N more".
QStringList listAttributes(const QHash<QString, QString> &attributes, const NoteAttributeRule &rule,
                           qsizetype budgetBytes, const QString &heading, const NoteWording &wording) {
    QStringList redactedNames;
    const QHash<QString, QString> shown = redactAttributes(attributes, &redactedNames);
    QStringList names;
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (isAttributeShownInNotes(it.key(), rule))
            names << it.key();
    }
    if (names.isEmpty())
        return {};
    std::sort(names.begin(), names.end());
    redactedNames.erase(std::remove_if(redactedNames.begin(), redactedNames.end(),
                                       [&names](const QString &n) { return !names.contains(n); }),
                        redactedNames.end());
    QStringList footer;
    if (!redactedNames.isEmpty())
        footer << wording(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Redacted by Callbridge: %1"),
                                     {oneLine(redactedNames.join(QStringLiteral(", ")))}));
    QStringList lines{heading};
    constexpr int kCutLineBytes = 32; // "  … 100 more"
    qsizetype used = utf8Size(lines) + utf8Size(footer) + kCutLineBytes;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString line = QStringLiteral("  ") + oneLine(names.at(i)) + QStringLiteral(": ")
                             + oneLine(shown.value(names.at(i)));
        const qsizetype bytes = line.toUtf8().size() + 1;
        if (used + bytes > budgetBytes) {
            lines << wording(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "  … %1 more"), {names.size() - i}));
            break;
        }
        used += bytes;
        lines << line;
    }
    return lines + footer;
}

// One line of a note, in the notes' language.
QString say(const CallFacts &facts, const char *source, QList<Phrase> args = {}) {
    return facts.wording(Phrase::of(source, std::move(args)));
}

} // namespace

bool isAttributeShownInNotes(const QString &name, const NoteAttributeRule &rule) {
    return rule.shows(name) && !isLegacySystemAttributeName(name);
}

QStringList attributeLines(const QHash<QString, QString> &attributes, const NoteAttributeRule &rule,
                           const QString &heading, const NoteWording &wording) {
    return listAttributes(attributes, rule, kMaxCommentBytes, heading, wording);
}

QUrl contactDetailsUrl(const QUrl &instanceUrl, const QString &contactId, const QString &timeZone) {
    if (!instanceUrl.isValid() || instanceUrl.isEmpty())
        return {};
    QUrl url =
        withPath(connectBaseUrl(instanceUrl), QStringLiteral("/contact-trace-records/details/") + contactId);
    if (!timeZone.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("tz"), timeZone);
        url.setQuery(q);
    }
    return url;
}

QUrl recordingUrl(const QUrl &instanceUrl, const QString &contactId) {
    if (!instanceUrl.isValid() || instanceUrl.isEmpty())
        return {};
    QUrl url = withPath(connectBaseUrl(instanceUrl), QStringLiteral("/get-recording"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("wav"));
    q.addQueryItem(QStringLiteral("callLegId"), contactId);
    q.addQueryItem(QStringLiteral("zendesk_format"),
                   QStringLiteral(".wav")); // lets Zendesk's player accept it
    url.setQuery(q);
    return url;
}

QString marker(const QString &idempotencyKey) {
    return QStringLiteral("[callbridge:") + idempotencyKey + u']';
}

QString detailsNote(const CallFacts &facts, const QString &marker) {
    const ContactInfo &c = facts.contact;
    QStringList lines;
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Amazon Connect call (%1)"), {directionName(c)});
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Contact ID: %1"), {c.contactId});
    if (c.callId() != c.contactId)
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Initial contact ID: %1"), {c.callId()});
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Queue: %1"), {orDash(c.queue.name)});
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Agent: %1 (%2), routing profile %3, extension %4"),
                 {orDash(facts.agent.name), orDash(facts.agent.username), orDash(facts.agent.routingProfile),
                  orDash(facts.agent.extension)});
    // The number the network presents for an inbound caller can be spoofed: it is a claim, not an identity.
    if (c.direction == CallDirection::Inbound)
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Caller ID (unverified): %1"),
                     {orDash(customerNumber(facts))});
    else
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Customer number: %1"),
                     {orDash(customerNumber(facts))});
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "System number: %1"), {orDash(centreNumber(facts))});
    const QUrl details = contactDetailsUrl(facts.connectInstanceUrl, c.contactId, facts.timeZone);
    if (!details.isEmpty())
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Contact details: %1"),
                     {details.toString(QUrl::FullyEncoded)});
    const QUrl recording = recordingUrl(facts.connectInstanceUrl, c.contactId);
    if (facts.policy.downloadRecording && !recording.isEmpty())
        lines << say(facts,
                     QT_TRANSLATE_NOOP("Phrase", "Recording: %1 (available a few minutes after the call)"),
                     {recording.toString(QUrl::FullyEncoded)});
    if (!facts.decisionReason.isEmpty())
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Linked by Callbridge: %1"), {facts.decisionReason});

    const QStringList attributes =
        listAttributes(c.attributes, facts.policy.noteAttributes,
                       kMaxCommentBytes - utf8Size(lines) - utf8Size({marker}) - 2,
                       facts.wording(Phrase::of(kAttributesHeading)), facts.wording);
    if (!attributes.isEmpty())
        lines << QString() << attributes;
    lines << QString() << marker;
    return lines.join(u'\n');
}

int callDurationSeconds(const CallFacts &facts) {
    if (!facts.connectedAt.isValid() || !facts.endedAt.isValid())
        return 0;
    return int(std::max<qint64>(0, facts.connectedAt.secsTo(facts.endedAt)));
}

QString endOfCallNote(const CallFacts &facts, const QString &marker) {
    QStringList lines;
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Call ended (contact %1)"), {facts.contact.contactId});
    if (facts.contact.direction == CallDirection::Outbound)
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Call from %1 to %2"),
                     {orDash(centreNumber(facts)), orDash(customerNumber(facts))});
    else
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Call from %1 (caller ID, unverified) to %2"),
                     {orDash(customerNumber(facts)), orDash(centreNumber(facts))});
    if (facts.connectedAt.isValid())
        lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Started: %1"),
                     {facts.connectedAt.toUTC().toString(Qt::ISODate)});
    lines << say(facts, QT_TRANSLATE_NOOP("Phrase", "Duration: %1 s"), {callDurationSeconds(facts)});
    lines << QString() << marker;
    return lines.join(u'\n');
}

QJsonObject voiceComment(const CallFacts &facts) {
    const bool outbound = facts.contact.direction == CallDirection::Outbound;
    QJsonObject vc{{QStringLiteral("from"), outbound ? centreNumber(facts) : customerNumber(facts)},
                   {QStringLiteral("to"), outbound ? customerNumber(facts) : centreNumber(facts)},
                   {QStringLiteral("started_at"), facts.connectedAt.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("call_duration"), callDurationSeconds(facts)}};
    if (facts.agentUserId > 0)
        vc.insert(QStringLiteral("answered_by_id"), facts.agentUserId);
    const QUrl recording = recordingUrl(facts.connectInstanceUrl, facts.contact.contactId);
    if (!recording.isEmpty())
        vc.insert(QStringLiteral("recording_url"), recording.toString(QUrl::FullyEncoded));
    return vc;
}

QString ticketSubject(const CallFacts &facts, const Phrase &callerName) {
    if (!facts.ticketSubject.trimmed().isEmpty())
        return facts.ticketSubject.trimmed().left(kMaxSubjectChars);
    if (facts.contact.direction == CallDirection::Outbound)
        return facts.wording(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Outgoing call to %1"), {callerName}));
    return facts.wording(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Incoming call from %1"), {callerName}));
}

QJsonObject internalComment(const QString &body) {
    return QJsonObject{{QStringLiteral("body"), body}, {QStringLiteral("public"), false}};
}

QJsonObject newTicket(const CallFacts &facts, const Phrase &callerName, qint64 requesterId,
                      const QString &note) {
    const bool outbound = facts.contact.direction == CallDirection::Outbound;
    QJsonObject ticket{{QStringLiteral("subject"), ticketSubject(facts, callerName)},
                       {QStringLiteral("requester_id"), requesterId},
                       {QStringLiteral("external_id"), facts.contact.callId()},
                       {QStringLiteral("tags"), QJsonArray{QStringLiteral("callbridge"),
                                                           outbound ? QStringLiteral("callbridge_outbound")
                                                                    : QStringLiteral("callbridge_inbound")}},
                       {QStringLiteral("comment"), internalComment(note)}};
    if (facts.agentUserId > 0)
        ticket.insert(QStringLiteral("assignee_id"), facts.agentUserId);
    return QJsonObject{{QStringLiteral("ticket"), ticket}};
}

QJsonObject followUpTicket(const CallFacts &facts, qint64 closedTicketId, const Phrase &callerName,
                           qint64 requesterId, const QString &note) {
    QJsonObject payload = newTicket(facts, callerName, requesterId, note);
    QJsonObject ticket = payload.value(QStringLiteral("ticket")).toObject();
    ticket.insert(QStringLiteral("via_followup_source_id"), closedTicketId);
    payload.insert(QStringLiteral("ticket"), ticket);
    return payload;
}

QString userExternalId(const QString &e164) {
    return QStringLiteral("callbridge:") + e164;
}

QJsonObject newUser(const QString &name, const QString &e164) {
    return QJsonObject{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("phone"), e164},
                                             {QStringLiteral("role"), QStringLiteral("end-user")},
                                             {QStringLiteral("external_id"), userExternalId(e164)}}}};
}

} // namespace callbridge::calldetails
