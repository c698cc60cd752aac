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

QString directionName(const ContactInfo &contact) {
    if (contact.type == ContactType::QueueCallback)
        return QStringLiteral("callback");
    return contact.direction == CallDirection::Outbound ? QStringLiteral("outbound")
                                                        : QStringLiteral("inbound");
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

} // namespace

bool isAttributeLeftOutOfNotes(const QString &name) {
    return isSecretAttributeName(name) || isLegacySystemAttributeName(name);
}

QStringList attributeLines(const QHash<QString, QString> &attributes) {
    QStringList names = attributes.keys();
    names.erase(std::remove_if(names.begin(), names.end(), isAttributeLeftOutOfNotes), names.end());
    std::sort(names.begin(), names.end());
    QStringList lines;
    for (const QString &name : std::as_const(names))
        lines << QStringLiteral("  ") + oneLine(name) + QStringLiteral(": ")
                     + oneLine(attributes.value(name));
    return lines;
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
    lines << QStringLiteral("Amazon Connect call (%1)").arg(directionName(c));
    lines << QStringLiteral("Contact ID: ") + c.contactId;
    if (c.callId() != c.contactId)
        lines << QStringLiteral("Initial contact ID: ") + c.callId();
    lines << QStringLiteral("Queue: ") + orDash(c.queue.name);
    lines << QStringLiteral("Agent: %1 (%2), routing profile %3, extension %4")
                 .arg(orDash(facts.agent.name), orDash(facts.agent.username),
                      orDash(facts.agent.routingProfile), orDash(facts.agent.extension));
    lines << QStringLiteral("Customer number: ") + orDash(customerNumber(facts));
    lines << QStringLiteral("System number: ") + orDash(centreNumber(facts));
    const QUrl details = contactDetailsUrl(facts.connectInstanceUrl, c.contactId, facts.timeZone);
    if (!details.isEmpty())
        lines << QStringLiteral("Contact details: ") + details.toString(QUrl::FullyEncoded);
    const QUrl recording = recordingUrl(facts.connectInstanceUrl, c.contactId);
    if (facts.policy.downloadRecording && !recording.isEmpty())
        lines << QStringLiteral("Recording: %1 (available a few minutes after the call)")
                     .arg(recording.toString(QUrl::FullyEncoded));
    if (!facts.decisionReason.isEmpty())
        lines << QStringLiteral("Linked by Callbridge: ") + facts.decisionReason;

    const QStringList listed = attributeLines(c.attributes);
    if (!listed.isEmpty())
        lines << QString() << QStringLiteral("Contact attributes:") << listed;
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
    lines << QStringLiteral("Call ended (contact %1)").arg(facts.contact.contactId);
    if (facts.contact.direction == CallDirection::Outbound)
        lines << QStringLiteral("Call from %1 to %2")
                     .arg(orDash(centreNumber(facts)), orDash(customerNumber(facts)));
    else
        lines << QStringLiteral("Call from %1 to %2")
                     .arg(orDash(customerNumber(facts)), orDash(centreNumber(facts)));
    if (facts.connectedAt.isValid())
        lines << QStringLiteral("Started: ") + facts.connectedAt.toUTC().toString(Qt::ISODate);
    lines << QStringLiteral("Duration: %1 s").arg(callDurationSeconds(facts));
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

QString ticketSubject(const CallFacts &facts, const QString &callerName) {
    if (facts.contact.direction == CallDirection::Outbound)
        return QStringLiteral("Outgoing call to ") + callerName;
    return QStringLiteral("Incoming call from ") + callerName;
}

QJsonObject internalComment(const QString &body) {
    return QJsonObject{{QStringLiteral("body"), body}, {QStringLiteral("public"), false}};
}

QJsonObject newTicket(const CallFacts &facts, const QString &callerName, qint64 requesterId,
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

QJsonObject followUpTicket(const CallFacts &facts, qint64 closedTicketId, const QString &callerName,
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
