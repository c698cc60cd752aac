#include "callpolicy.h"

#include <QRegularExpression>
#include <algorithm>

namespace callbridge {

namespace {

const QString kTicketAssignment = QStringLiteral("ticket_assignment");
const QString kRecentTicketTimeout = QStringLiteral("recent_ticket_timeout");
const QString kCorrectionMinutes = QStringLiteral("correction_minutes");
const QString kForceTicketCreation = QStringLiteral("force_ticket_creation");
const QString kPopIncoming = QStringLiteral("pop_incoming");
const QString kVoiceComment = QStringLiteral("voice_comment");
const QString kDownloadRecording = QStringLiteral("download_recording");
const QString kAllOutbound = QStringLiteral("all_outbound");
const QString kZendeskUser = QStringLiteral("zendesk_user");
const QString kCustomerNumber = QStringLiteral("customer_number");
const QString kCustomerName = QStringLiteral("customer_name");
const QString kDialedNumber = QStringLiteral("dialed_number");
const QString kCustomerEmail = QStringLiteral("customer_email");
const QString kRememberCallerNumber = QStringLiteral("remember_caller_number");
const QString kDefaultTicketAttribute = QStringLiteral("zendesk_ticket");

// Reads the attributes that apply to one contact and collects a notice for every value it ignores.
class AttributeReader {
public:
    AttributeReader(const QHash<QString, QString> &attributes, Phrases *notices)
        : m_attributes(attributes)
        , m_notices(notices) {}

    // The trimmed value, or nothing when absent or a word that means "not given" ("-", none, empty, …).
    std::optional<QString> value(const QString &name) const {
        const auto it = m_attributes.constFind(name);
        if (it == m_attributes.constEnd() || isIgnoredAttributeValue(*it)) {
            return std::nullopt;
        }
        return it->trimmed();
    }

    void applyBoolean(const QString &name, bool *target) const {
        if (const auto text = value(name)) {
            if (const auto parsed = parseBoolean(*text)) {
                *target = *parsed;
            } else {
                reject(name, Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                                          "expected true/false, yes/no, y/n, t/f or 1/0")));
            }
        }
    }

    void applyAssignment(TicketAssignment *target) const {
        if (const auto text = value(kTicketAssignment)) {
            if (const auto parsed = parseTicketAssignment(*text)) {
                *target = *parsed;
            } else {
                reject(kTicketAssignment, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected auto or agent")));
            }
        }
    }

    void applyMinutes(const QString &name, int *target) const {
        if (const auto text = value(name)) {
            const auto minutes = parseNonNegativeInteger(*text);
            if (minutes && *minutes <= kMaxRecentTicketMinutes) {
                *target = static_cast<int>(*minutes);
            } else {
                reject(name, minutesExpectation());
            }
        }
    }

    void applyTicketId(const QString &name, std::optional<qint64> *target) const {
        if (const auto text = value(name)) {
            const QString digits = text->startsWith(u'#') ? text->mid(1).trimmed() : *text;
            if (const auto id = parseNonNegativeInteger(digits)) {
                *target = *id;
            } else {
                reject(name, Phrase::of(
                                 QT_TRANSLATE_NOOP("Phrase", "expected a ticket number (0 = a new ticket)")));
            }
        }
    }

    void applyUserId(const QString &name, std::optional<qint64> *target) const {
        if (const auto text = value(name)) {
            const auto id = parseNonNegativeInteger(*text);
            if (id && *id > 0) {
                *target = *id;
            } else {
                reject(name, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected a Zendesk user id")));
            }
        }
    }

    void applyPhoneNumber(const QString &name, QString *target) const {
        // Numeric after removing space . ( ) -, with an optional leading '+'.
        static const QRegularExpression punctuation(QStringLiteral("[\\s.()\\-]"));
        static const QRegularExpression numeric(QStringLiteral("^\\+?[0-9]+$"));
        if (const auto text = value(name)) {
            if (text->size() > kMaxPhoneLength) {
                reject(name, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "longer than %1 characters"),
                                        {kMaxPhoneLength}));
            } else if (!numeric.match(QString(*text).remove(punctuation)).hasMatch()) {
                reject(name, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected a phone number")));
            } else {
                *target = *text;
            }
        }
    }

    void applyName(const QString &name, QString *target) const {
        if (const auto text = value(name)) {
            if (text->size() > kMaxNameLength) {
                reject(name, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "longer than %1 characters"),
                                        {kMaxNameLength}));
            } else {
                *target = *text;
            }
        }
    }

    void applyEmail(const QString &name, QString *target) const {
        if (const auto text = value(name)) {
            if (isWellFormedEmail(*text)) {
                *target = *text;
            } else {
                reject(name, Phrase::of(QT_TRANSLATE_NOOP(
                                 "Phrase", "expected an email address such as jo@example.com")));
            }
        }
    }

private:
    void reject(const QString &name, const Phrase &expectation) const {
        const QString &value = m_attributes.value(name);
        const Phrase shown = isSecretAttributeName(name) || looksLikeSecret(value)
                                 ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "<hidden>"))
                                 : Phrase(quoteValueForNotice(value));
        m_notices->append(Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Ignored attribute %1=%2: %3"),
                                     {name, shown, expectation}));
    }

    const QHash<QString, QString> &m_attributes;
    Phrases *m_notices;
};

} // namespace

Phrase minutesExpectation() {
    return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected a whole number of minutes (0 to %1)"),
                      {kMaxRecentTicketMinutes});
}

bool isIgnoredAttributeValue(const QString &value) {
    static const QLatin1String ignored[] = {QLatin1String("-"), QLatin1String("none"), QLatin1String("empty"),
                                            QLatin1String("ignore"), QLatin1String("timeout")};
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return true;
    }
    return std::any_of(std::begin(ignored), std::end(ignored), [&trimmed](QLatin1String word) {
        return trimmed.compare(word, Qt::CaseInsensitive) == 0;
    });
}

std::optional<bool> parseBoolean(const QString &value) {
    static const QLatin1String truthy[] = {QLatin1String("true"), QLatin1String("t"), QLatin1String("1"),
                                           QLatin1String("yes"), QLatin1String("y")};
    static const QLatin1String falsy[] = {QLatin1String("false"), QLatin1String("f"), QLatin1String("0"),
                                          QLatin1String("no"), QLatin1String("n")};
    const QString trimmed = value.trimmed();
    const auto matches = [&trimmed](QLatin1String word) {
        return trimmed.compare(word, Qt::CaseInsensitive) == 0;
    };
    if (std::any_of(std::begin(truthy), std::end(truthy), matches)) {
        return true;
    }
    if (std::any_of(std::begin(falsy), std::end(falsy), matches)) {
        return false;
    }
    return std::nullopt;
}

std::optional<TicketAssignment> parseTicketAssignment(const QString &value) {
    const QString trimmed = value.trimmed();
    if (trimmed.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        return TicketAssignment::Auto;
    }
    if (trimmed.compare(QLatin1String("agent"), Qt::CaseInsensitive) == 0) {
        return TicketAssignment::Agent;
    }
    return std::nullopt;
}

std::optional<qint64> parseNonNegativeInteger(const QString &value) {
    // ASCII digits only: no sign, no spaces inside, no exponent, at most 15 digits (fits a JS number
    // exactly).
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 15) {
        return std::nullopt;
    }
    qint64 result = 0;
    for (const QChar c : trimmed) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        result = result * 10 + (c.unicode() - u'0');
    }
    return result;
}

QString quoteValueForNotice(const QString &value) {
    constexpr int kMaxShown = 40;
    QString quoted = QStringLiteral("\"");
    const QString shown = value.left(kMaxShown);
    for (const QChar c : shown) {
        if (c == u'"' || c == u'\\') {
            quoted += u'\\' + QString(c);
        } else if (c == u'\n') {
            quoted += QLatin1String("\\n");
        } else if (c == u'\r') {
            quoted += QLatin1String("\\r");
        } else if (c == u'\t') {
            quoted += QLatin1String("\\t");
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                   || c.category() == QChar::Other_Surrogate || c.category() == QChar::Separator_Line
                   || c.category() == QChar::Separator_Paragraph) {
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            quoted += c;
        }
    }
    quoted += u'"';
    if (value.size() > kMaxShown) {
        quoted += QStringLiteral("… (%1 characters)").arg(value.size());
    }
    return quoted;
}

bool isWellFormedEmail(const QString &value) {
    static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@.][^\\s@]*$"));
    return value.size() <= kMaxEmailLength && email.match(value).hasMatch();
}

PolicyResolution resolvePolicy(const Settings &settings, const QHash<QString, QString> &attributes) {
    PolicyResolution result;
    CallPolicy &policy = result.policy;
    policy.ticketAssignment = settings.ticketAssignment;
    policy.recentTicketTimeoutMinutes = settings.createTicketAfterMinutes;
    policy.correctionMinutes = settings.correctionMinutes;
    policy.forceTicketCreation = settings.forceTicketCreation;
    policy.popIncoming = settings.popIncoming;
    policy.voiceComment = settings.voiceComment;
    policy.downloadRecording = settings.downloadRecording;
    policy.allOutbound = settings.allOutbound;
    policy.rememberCallerNumber = settings.rememberCallerNumber;
    policy.noteAttributes = settings.noteAttributes;

    const AttributeReader reader(attributes, &result.notices);
    reader.applyAssignment(&policy.ticketAssignment);
    reader.applyMinutes(kRecentTicketTimeout, &policy.recentTicketTimeoutMinutes);
    reader.applyMinutes(kCorrectionMinutes, &policy.correctionMinutes);
    reader.applyBoolean(kForceTicketCreation, &policy.forceTicketCreation);
    reader.applyBoolean(kPopIncoming, &policy.popIncoming);
    reader.applyBoolean(kVoiceComment, &policy.voiceComment);
    reader.applyBoolean(kDownloadRecording, &policy.downloadRecording);
    reader.applyBoolean(kAllOutbound, &policy.allOutbound);
    reader.applyBoolean(kRememberCallerNumber, &policy.rememberCallerNumber);
    const QString ticketAttribute = settings.ticketAttributeName.trimmed().isEmpty()
                                        ? kDefaultTicketAttribute
                                        : settings.ticketAttributeName.trimmed();
    reader.applyTicketId(ticketAttribute, &policy.requestedTicketId);
    reader.applyUserId(kZendeskUser, &policy.zendeskUserId);
    reader.applyPhoneNumber(kCustomerNumber, &policy.customerNumber);
    reader.applyName(kCustomerName, &policy.customerName);
    reader.applyEmail(kCustomerEmail, &policy.customerEmail);
    reader.applyPhoneNumber(kDialedNumber, &policy.dialedNumber);
    return result;
}

} // namespace callbridge
