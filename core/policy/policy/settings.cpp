#include "settings.h"

#include "callpolicy.h"
#include "teamurl.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <functional>
#include <vector>

namespace callbridge {

namespace {

bool isLoopbackHost(const QString &host) {
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
           || host == QLatin1String("::1");
}

// https only; plain http is allowed for loopback hosts (the sandbox's fake servers).
std::optional<QUrl> parseServiceUrl(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    const bool https = url.scheme() == QLatin1String("https");
    const bool localHttp = url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || !(https || localHttp)) {
        return std::nullopt;
    }
    return url;
}

std::optional<QString> parseOrigin(const QString &text) {
    const auto url = parseServiceUrl(text);
    const bool bare = url && (url->path().isEmpty() || url->path() == QLatin1String("/")) && !url->hasQuery()
                      && !url->hasFragment();
    if (!bare) {
        return std::nullopt;
    }
    return url->toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

std::optional<QString> matching(const QString &text, const QRegularExpression &pattern) {
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text;
}

// One setting: where it lives, what it must look like, and where it goes.
struct SettingRule {
    QString key; // "section/name"
    QString expectation;
    std::function<bool(const QString &value, Settings *settings)> apply; // false = bad value
};

template <typename T, typename Parse>
std::function<bool(const QString &, Settings *)> into(T Settings::*field, Parse parse) {
    return [field, parse](const QString &value, Settings *settings) {
        const auto parsed = parse(value);
        if (parsed) {
            settings->*field = *parsed;
        }
        return parsed.has_value();
    };
}

std::optional<QString> parseE164(const QString &text) {
    static const QRegularExpression punctuation(QStringLiteral("[\\s.()\\-]"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return matching(QString(text).remove(punctuation), e164);
}

std::optional<QString> parseRegionCode(const QString &text) {
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    return matching(text.toUpper(), alpha2);
}

std::optional<QString> parseAwsRegion(const QString &text) {
    static const QRegularExpression region(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]$"));
    return matching(text, region);
}

std::optional<QString> parseTimeZone(const QString &text) {
    if (!QTimeZone(text.toUtf8()).isValid()) {
        return std::nullopt;
    }
    return text;
}

std::optional<QString> parseAttributeName(const QString &text) {
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.\\-]{1,128}$"));
    if (isSecretAttributeName(text)) {
        return std::nullopt;
    }
    return matching(text, name);
}

std::optional<NoteAttributeRule> parseNoteAttributes(const QString &text) {
    bool ok = false;
    NoteAttributeRule rule = parseNoteAttributeRule(text, &ok);
    return ok ? std::optional<NoteAttributeRule>(rule) : std::nullopt;
}

std::optional<QString> parseEmail(const QString &text) {
    static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
    return matching(text, email);
}

// Identity-provider hosts the softphone's login may navigate to: DNS names, comma separated.
std::optional<QStringList> parseHostList(const QString &text) {
    static const QRegularExpression hostName(QStringLiteral(
        "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"));
    QStringList hosts;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString host = part.trimmed().toLower();
        if (!hostName.match(host).hasMatch())
            return std::nullopt;
        hosts << host;
    }
    return hosts.isEmpty() ? std::nullopt : std::optional<QStringList>(hosts);
}

std::optional<int> parseDays(const QString &text) {
    const auto days = parseNonNegativeInteger(text);
    if (!days || *days > 3650) {
        return std::nullopt;
    }
    return static_cast<int>(*days);
}

std::optional<int> parseMinutes(const QString &text) {
    const auto minutes = parseNonNegativeInteger(text);
    if (!minutes || *minutes > kMaxRecentTicketMinutes) {
        return std::nullopt;
    }
    return static_cast<int>(*minutes);
}

std::optional<QString> parseTeamDatabase(const QString &text) {
    const TeamUrlParse parsed = parseTeamDatabaseUrl(text);
    return parsed.url ? std::optional<QString>(parsed.url->display()) : std::nullopt;
}

const QString kBooleanExpectation = QStringLiteral("expected true or false");
const QString kUrlExpectation = QStringLiteral("expected an https URL");

const std::vector<SettingRule> &settingRules() {
    static const std::vector<SettingRule> rules = {
        {QStringLiteral("connect/instance_url"), kUrlExpectation,
         into(&Settings::connectInstanceUrl, parseServiceUrl)},
        {QStringLiteral("connect/sso_url"), kUrlExpectation, into(&Settings::ssoSignInUrl, parseServiceUrl)},
        {QStringLiteral("connect/region"), QStringLiteral("expected an AWS region such as us-east-1"),
         into(&Settings::region, parseAwsRegion)},
        {QStringLiteral("connect/entry_point_number"),
         QStringLiteral("expected an E.164 number such as +18005550100"),
         into(&Settings::defaultEntryPointNumber, parseE164)},
        {QStringLiteral("connect/time_zone"),
         QStringLiteral("expected an IANA time zone such as Australia/Sydney"),
         into(&Settings::timeZone, parseTimeZone)},
        {QStringLiteral("phone/default_region"),
         QStringLiteral("expected a two-letter country code such as GB"),
         into(&Settings::defaultRegion, parseRegionCode)},
        {QStringLiteral("policy/ticket_attribute"),
         QStringLiteral("expected an attribute name of letters, digits, _ . - (not a credential name)"),
         into(&Settings::ticketAttributeName, parseAttributeName)},
        {QStringLiteral("policy/ticket_assignment"), QStringLiteral("expected auto or agent"),
         into(&Settings::ticketAssignment, parseTicketAssignment)},
        {QStringLiteral("policy/create_ticket_after_minutes"),
         QStringLiteral("expected a whole number of minutes (0 to %1)").arg(kMaxRecentTicketMinutes),
         into(&Settings::createTicketAfterMinutes, parseMinutes)},
        {QStringLiteral("policy/correction_minutes"),
         QStringLiteral("expected a whole number of minutes (0 to %1)").arg(kMaxRecentTicketMinutes),
         into(&Settings::correctionMinutes, parseMinutes)},
        {QStringLiteral("policy/force_ticket_creation"), kBooleanExpectation,
         into(&Settings::forceTicketCreation, parseBoolean)},
        {QStringLiteral("policy/pop_incoming"), kBooleanExpectation,
         into(&Settings::popIncoming, parseBoolean)},
        {QStringLiteral("policy/voice_comment"), kBooleanExpectation,
         into(&Settings::voiceComment, parseBoolean)},
        {QStringLiteral("policy/download_recording"), kBooleanExpectation,
         into(&Settings::downloadRecording, parseBoolean)},
        {QStringLiteral("policy/all_outbound"), kBooleanExpectation,
         into(&Settings::allOutbound, parseBoolean)},
        {QStringLiteral("policy/remember_caller_number"), kBooleanExpectation,
         into(&Settings::rememberCallerNumber, parseBoolean)},
        {QStringLiteral("zendesk/talk_partner_edition"), kBooleanExpectation,
         into(&Settings::talkPartnerEdition, parseBoolean)},
        {QStringLiteral("softphone/medialess"), kBooleanExpectation,
         into(&Settings::medialess, parseBoolean)},
        {QStringLiteral("policy/note_attributes"),
         QStringLiteral("expected all, none, or attribute names separated by commas"),
         into(&Settings::noteAttributes, parseNoteAttributes)},
        {QStringLiteral("zendesk/url"), kUrlExpectation, into(&Settings::zendeskUrl, parseServiceUrl)},
        {QStringLiteral("zendesk/email"), QStringLiteral("expected an email address"),
         into(&Settings::zendeskEmail, parseEmail)},
        {QStringLiteral("journal/keep_days"),
         QStringLiteral("expected a number of days (0 = keep everything)"),
         into(&Settings::journalKeepDays, parseDays)},
        {QStringLiteral("zendesk/screen_pop"), kBooleanExpectation, into(&Settings::screenPop, parseBoolean)},
        {QStringLiteral("softphone/identity_provider_hosts"),
         QStringLiteral("expected host names separated by commas, e.g. login.microsoftonline.com"),
         into(&Settings::identityProviderHosts, parseHostList)},
        {QStringLiteral("team/database"),
         QStringLiteral(
             "expected postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], without a password (the password "
             "belongs in the keychain)"),
         into(&Settings::teamDatabase, parseTeamDatabase)},
        {QStringLiteral("softphone/host_origin"),
         QStringLiteral("expected an https origin such as https://callbridge.example.com"),
         into(&Settings::hostOrigin, parseOrigin)},
    };
    return rules;
}

// QSettings splits unquoted commas into a list; a setting is one string, so join it back.
QString settingText(const QVariant &value) {
    const bool isList = value.typeId() == QMetaType::QStringList;
    return (isList ? value.toStringList().join(QLatin1Char(',')) : value.toString()).trimmed();
}

QString displayKey(const QString &key) {
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? key : QStringLiteral("[%1] %2").arg(key.left(slash), key.mid(slash + 1));
}

// A value that looks like a token or card number is never quoted back (it may be a misplaced secret).
QString quotedUnlessSecret(const QString &text) {
    return looksLikeSecret(text)
               ? QStringLiteral("<hidden: it looks like a secret, which belongs in the system "
                                "keychain>")
               : quoteValueForNotice(text);
}

} // namespace

SettingsLoad loadSettings(const QString &iniPath) {
    SettingsLoad result;
    if (!QFileInfo::exists(iniPath)) {
        result.notices.append(QStringLiteral("Settings file %1 not found; using defaults").arg(iniPath));
        return result;
    }
    const QSettings ini(iniPath, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        result.notices.append(
            QStringLiteral("Settings file %1 could not be read; using defaults").arg(iniPath));
        return result;
    }

    QStringList known;
    for (const SettingRule &rule : settingRules()) {
        known.append(rule.key);
        const QString text = settingText(ini.value(rule.key));
        if (text.isEmpty()) {
            continue; // absent or blank: the default stays
        }
        if (!rule.apply(text, &result.settings)) {
            // A connection URL may carry a password by mistake: never quote it back.
            const bool mayHoldSecret = rule.key == QLatin1String("team/database");
            result.notices.append(
                mayHoldSecret
                    ? QStringLiteral("Ignored setting %1: %2").arg(displayKey(rule.key), rule.expectation)
                    : QStringLiteral("Ignored setting %1=%2: %3")
                          .arg(displayKey(rule.key), quotedUnlessSecret(text), rule.expectation));
        }
    }
    // Unknown keys are reported by name only: a misplaced secret must not be echoed.
    const QStringList keys = ini.allKeys();
    for (const QString &key : keys) {
        if (known.contains(key)) {
            continue;
        }
        const QString why = isSecretAttributeName(key.mid(key.indexOf(u'/') + 1))
                                ? QStringLiteral("secrets belong in the system keychain, not in this file")
                                : QStringLiteral("unknown setting");
        result.notices.append(QStringLiteral("Ignored setting %1: %2").arg(displayKey(key), why));
    }
    return result;
}

QString defaultSettingsPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/callbridge.ini");
}

} // namespace callbridge
