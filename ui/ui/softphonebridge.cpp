#include "softphonebridge.h"

#include "logtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace callbridge::ui {

namespace {

Q_LOGGING_CATEGORY(lcBridge, "callbridge.ui.bridge")
Q_LOGGING_CATEGORY(lcPage, "callbridge.softphone.page")

constexpr int kMaxStateChars = 256;

QString contactEventErrorCodeName(ContactEventError::Code code) {
    switch (code) {
    case ContactEventError::Code::NotJson:
        return QStringLiteral("not JSON");
    case ContactEventError::Code::NotAnObject:
        return QStringLiteral("not an object");
    case ContactEventError::Code::UnknownEvent:
        return QStringLiteral("unknown event");
    case ContactEventError::Code::MissingField:
        return QStringLiteral("missing field");
    case ContactEventError::Code::WrongType:
        return QStringLiteral("wrong type");
    case ContactEventError::Code::TooLarge:
        return QStringLiteral("too large");
    case ContactEventError::Code::TooManyAttributes:
        return QStringLiteral("too many attributes");
    case ContactEventError::Code::BadValue:
        return QStringLiteral("bad value");
    }
    return QStringLiteral("invalid");
}

} // namespace

SoftphoneBridge::SoftphoneBridge(EventSink sink, QObject *parent)
    : SoftphoneBridge(std::move(sink), RateLimiter::Now(), parent) {}

SoftphoneBridge::SoftphoneBridge(EventSink sink, RateLimiter::Now now, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
    , m_now(RateLimiter::orMonotonic(std::move(now)))
    , m_overall(kMaxCallsPerWindow, kRateWindowMs, m_now)
    , m_rejectionReports(1, kRateWindowMs, m_now) {}

bool SoftphoneBridge::admit(const QString &what) {
    if (m_gate && !m_gate()) {
        ++m_dropped;
        if (!m_gateReported) {
            m_gateReported = true;
            qCWarning(lcBridge).noquote() << what
                                          << "refused: the softphone page's main frame is not the host "
                                             "document (refusing every call until it is again)";
        }
        return false;
    }
    m_gateReported = false;
    return drop(m_overall.take(),
                QStringLiteral("more than %1 calls in %2 s from the softphone page")
                    .arg(kMaxCallsPerWindow)
                    .arg(kRateWindowMs / 1000),
                m_overall.droppedInFlood());
}

bool SoftphoneBridge::admitContactEvent(const QString &contactId, bool destroyed) {
    auto limiter = m_perContact.value(contactId);
    if (!limiter) {
        if (m_perContact.size() >= kMaxTrackedContacts)
            m_perContact.erase(m_perContact.begin()); // bounded: an old contact's count starts afresh
        limiter = std::make_shared<RateLimiter>(kMaxContactEventsPerWindow, kRateWindowMs, m_now);
        m_perContact.insert(contactId, limiter);
    }
    const bool admitted = drop(limiter->take(),
                               QStringLiteral("more than %1 events in %2 s for one contact")
                                   .arg(kMaxContactEventsPerWindow)
                                   .arg(kRateWindowMs / 1000),
                               limiter->droppedInFlood());
    if (admitted && destroyed)
        m_perContact.remove(contactId);
    return admitted;
}

// True when the call may go on; a flood is logged when it starts and when it is over.
bool SoftphoneBridge::drop(RateLimiter::Verdict verdict, const QString &flood, int dropped) {
    switch (verdict) {
    case RateLimiter::Verdict::Allowed:
        return true;
    case RateLimiter::Verdict::Recovered:
        qCWarning(lcBridge).noquote()
            << "softphone page flood over:" << dropped << "call(s) dropped (" << flood << ")";
        return true;
    case RateLimiter::Verdict::Flooding:
        qCWarning(lcBridge).noquote() << "softphone page flood:" << flood << "; dropping until it calms down";
        Q_EMIT m_events.eventRejected(QStringLiteral("softphone page flood: ") + flood);
        break;
    case RateLimiter::Verdict::Refused:
        break;
    }
    ++m_dropped;
    return false;
}

void SoftphoneBridge::dial(const QString &e164) {
    static const QRegularExpression kE164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!kE164.match(e164).hasMatch()) {
        qCWarning(lcBridge) << "dial refused: not an E.164 number";
        return;
    }
    if (m_gate && !m_gate()) {
        qCWarning(lcBridge) << "dial refused: the softphone page's main frame is not the host document";
        return;
    }
    Q_EMIT dialRequested(e164);
}

void SoftphoneBridge::contactEvent(const QString &json) {
    if (!admit(QStringLiteral("contact event")))
        return;
    // Size first, before any conversion or parsing: UTF-8 never has fewer bytes than UTF-16 code units.
    if (json.size() > kMaxMessageBytes) {
        reject(QStringLiteral("contact event"), QStringLiteral("too large (%1 characters, at most %2 bytes)")
                                                    .arg(json.size())
                                                    .arg(kMaxMessageBytes));
        return;
    }
    const QByteArray utf8 = json.toUtf8();
    if (utf8.size() > kMaxMessageBytes) {
        reject(QStringLiteral("contact event"),
               QStringLiteral("too large (%1 bytes, at most %2)").arg(utf8.size()).arg(kMaxMessageBytes));
        return;
    }
    const ContactEventParse parsed = parseContactEvent(utf8);
    if (parsed.error) {
        const ContactEventError &e = *parsed.error;
        const QString where = e.field.isEmpty() ? QString() : QStringLiteral(" at %1").arg(e.field);
        reject(QStringLiteral("contact event"),
               QStringLiteral("%1%2: %3").arg(contactEventErrorCodeName(e.code), where, e.message));
        return;
    }
    if (!admitContactEvent(parsed.event->contact.contactId,
                           parsed.event->kind == ContactEventKind::Destroyed))
        return;
    if (parsed.event->kind == ContactEventKind::AgentAction) {
        reject(QStringLiteral("contact event"),
               QStringLiteral("agent actions come from the agent panel, never from the softphone page"));
        return;
    }
    ++m_accepted;
    if (m_sink)
        m_sink(*parsed.event);
    Q_EMIT m_events.contactEventAccepted(*parsed.event);
}

void SoftphoneBridge::agentState(const QString &json) {
    if (!admit(QStringLiteral("agent state")))
        return;
    if (json.size() > kMaxMessageBytes) {
        reject(QStringLiteral("agent state"), QStringLiteral("too large (%1 characters)").arg(json.size()));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    const QJsonObject object = doc.object();
    const QJsonValue state = object.value(QStringLiteral("state"));
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !state.isString()
        || state.toString().size() > kMaxStateChars) {
        reject(QStringLiteral("agent state"), QStringLiteral("expected {\"state\": string, \"agent\": {…}}"));
        return;
    }
    const QString agentName =
        object.value(QStringLiteral("agent")).toObject().value(QStringLiteral("name")).toString();
    Q_EMIT m_events.agentStateChanged(escapedForLog(state.toString(), kMaxStateChars),
                                      escapedForLog(agentName, kMaxStateChars));
}

void SoftphoneBridge::log(const QString &level, const QString &message) {
    if (!admit(QStringLiteral("log")))
        return;
    const QString text = escapedForLog(message, kMaxLogChars);
    if (level == QLatin1String("error"))
        qCWarning(lcPage).noquote() << "error:" << text;
    else if (level == QLatin1String("warning"))
        qCWarning(lcPage).noquote() << text;
    else if (level == QLatin1String("info"))
        qCInfo(lcPage).noquote() << text;
    else if (level == QLatin1String("debug"))
        qCDebug(lcPage).noquote() << text;
    else {
        reject(QStringLiteral("log"), QStringLiteral("unknown level"));
        return;
    }
    Q_EMIT m_events.pageLog(level, text);
}

// Every refusal is counted and kept as the last one; the log and eventRejected() hear of at most one per rate
// window, with the number left unreported since the previous report, so a page sending garbage cannot flood
// the log or the status line.
void SoftphoneBridge::reject(const QString &what, const QString &reason) {
    ++m_rejected;
    m_lastRejection = QStringLiteral("%1 refused: %2").arg(what, escapedForLog(reason, kMaxLogChars));
    QString report = m_lastRejection;
    switch (m_rejectionReports.take()) {
    case RateLimiter::Verdict::Flooding:
    case RateLimiter::Verdict::Refused:
        return; // counted: the next report says how many
    case RateLimiter::Verdict::Recovered:
        report += QStringLiteral(" (and %1 more refused since the last report)")
                      .arg(m_rejectionReports.droppedInFlood());
        break;
    case RateLimiter::Verdict::Allowed:
        break;
    }
    qCWarning(lcBridge).noquote() << report << "(refused so far:" << m_rejected << ")";
    Q_EMIT m_events.eventRejected(report);
}

} // namespace callbridge::ui
