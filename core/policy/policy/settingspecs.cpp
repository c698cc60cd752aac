#include "settingspecs.h"

#include "callpolicy.h"
#include "redaction.h"
#include "settings.h"
#include "teamurl.h"
#include "wording/notewording.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <optional>

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

std::optional<QString> parseNoteLanguage(const QString &text) {
    const QString code = text.trimmed();
    return NoteWording::languages().contains(code) ? std::optional<QString>(code) : std::nullopt;
}

std::optional<QString> parseTeamDatabase(const QString &text) {
    const TeamUrlParse parsed = parseTeamDatabaseUrl(text);
    return parsed.url ? std::optional<QString>(parsed.url->display()) : std::nullopt;
}

const Phrase kBooleanExpectation = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected true or false"));
const Phrase kUrlExpectation = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected an https URL"));

SettingSpec text(const char *group, const char *name, const char *defaultText, const char *explanation,
                 Phrase expectation, std::function<bool(const QString &, Settings *)> apply) {
    SettingSpec spec;
    spec.group = QLatin1String(group);
    spec.name = QLatin1String(name);
    spec.defaultText = QLatin1String(defaultText);
    spec.explanation = explanation;
    spec.expectation = std::move(expectation);
    spec.apply = std::move(apply);
    return spec;
}

SettingSpec boolean(const char *group, const char *name, bool defaultValue, const char *explanation,
                    bool Settings::*field) {
    SettingSpec spec = text(group, name, defaultValue ? "true" : "false", explanation, kBooleanExpectation,
                            into(field, parseBoolean));
    spec.type = SettingType::Boolean;
    return spec;
}

SettingSpec choice(SettingSpec spec, QStringList choices) {
    spec.type = SettingType::Choice;
    spec.choices = std::move(choices);
    return spec;
}

SettingSpec secretBearing(SettingSpec spec) {
    spec.mayHoldSecret = true;
    return spec;
}

std::vector<SettingSpec> buildSpecs() {
    return {
        text("connect", "instance_url", "",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "Your Amazon Connect instance: https://ALIAS.my.connect.aws or https://ALIAS.awsapps.com."),
             kUrlExpectation, into(&Settings::connectInstanceUrl, parseServiceUrl)),
        text("connect", "sso_url", "",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "Your identity provider's sign-in URL when agents sign in with SSO; empty: Connect's own "
                 "login."),
             kUrlExpectation, into(&Settings::ssoSignInUrl, parseServiceUrl)),
        text("connect", "region", "",
             QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                               "The instance's AWS region, e.g. eu-west-2 (optional for voice)."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected an AWS region such as us-east-1")),
             into(&Settings::region, parseAwsRegion)),
        text("connect", "entry_point_number", "",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "The contact centre's number: the \"to\" of inbound and the \"from\" of outbound calls."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected an E.164 number such as +18005550100")),
             into(&Settings::defaultEntryPointNumber, parseE164)),
        text("connect", "time_zone", "",
             QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                               "The time zone of the contact-details links; empty: UTC."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected an IANA time zone such as Australia/Sydney")),
             into(&Settings::timeZone, parseTimeZone)),
        text("softphone", "host_origin", "",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "The origin added to the instance's Approved origins; the softphone page is loaded as it."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                          "expected an https origin such as https://callbridge.example.com")),
             into(&Settings::hostOrigin, parseOrigin)),
        text("softphone", "identity_provider_hosts", "",
             QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                               "Hosts an SSO login may pass through, separated by commas."),
             Phrase::of(QT_TRANSLATE_NOOP(
                 "Phrase", "expected host names separated by commas, e.g. login.microsoftonline.com")),
             into(&Settings::identityProviderHosts, parseHostList)),
        boolean("softphone", "medialess", false,
                QT_TRANSLATE_NOOP(
                    "callbridge::SettingSpec",
                    "No call audio here: a softphone opened elsewhere (VDI) carries it; calls are still "
                    "linked."),
                &Settings::medialess),
        text("zendesk", "url", "",
             QT_TRANSLATE_NOOP("callbridge::SettingSpec", "Your Zendesk, e.g. https://acme.zendesk.com."),
             kUrlExpectation, into(&Settings::zendeskUrl, parseServiceUrl)),
        text("zendesk", "email", "",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "The agent's Zendesk sign-in; the API token is kept in the system keychain for it."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected an email address")),
             into(&Settings::zendeskEmail, parseEmail)),
        boolean("zendesk", "screen_pop", false,
                QT_TRANSLATE_NOOP(
                    "callbridge::SettingSpec",
                    "Open the caller or ticket in the agent's Zendesk tab (Talk Partner Edition; one more "
                    "request per call)."),
                &Settings::screenPop),
        boolean(
            "zendesk", "talk_partner_edition", false,
            QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                              "Create voice tickets on the Talk Partner Edition endpoint (via 45 inbound, 46 "
                              "outbound)."),
            &Settings::talkPartnerEdition),
        choice(text("zendesk", "note_language", "en",
                    QT_TRANSLATE_NOOP(
                        "callbridge::SettingSpec",
                        "The language of ticket notes and of the journal's reasons, the same for every "
                        "agent whatever their window's language."),
                    Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected one of %1"),
                               {NoteWording::languages().join(QStringLiteral(", "))}),
                    into(&Settings::noteLanguage, parseNoteLanguage)),
               NoteWording::languages()),
        choice(text("policy", "ticket_assignment", "auto",
                    QT_TRANSLATE_NOOP(
                        "callbridge::SettingSpec",
                        "auto: Callbridge links every call; agent: the agent chooses the user and ticket."),
                    Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected auto or agent")),
                    into(&Settings::ticketAssignment, parseTicketAssignment)),
               {QStringLiteral("auto"), QStringLiteral("agent")}),
        text("policy", "create_ticket_after_minutes", "0",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "Reuse the caller's ticket updated within this many minutes; 0: always a new ticket."),
             minutesExpectation(), into(&Settings::createTicketAfterMinutes, parseMinutes)),
        text("policy", "correction_minutes", "2",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "How long after a call ends its agent may still correct the link (a supervisor can "
                 "always relink)."),
             minutesExpectation(), into(&Settings::correctionMinutes, parseMinutes)),
        boolean("policy", "force_ticket_creation", true,
                QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                                  "In agent mode, a call that ends with nothing linked still gets a ticket."),
                &Settings::forceTicketCreation),
        boolean(
            "policy", "pop_incoming", true,
            QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                              "Look the caller up while the call rings (writes still wait for the answer)."),
            &Settings::popIncoming),
        boolean("policy", "voice_comment", true,
                QT_TRANSLATE_NOOP(
                    "callbridge::SettingSpec",
                    "End the call with a voice comment (number, duration, recording); otherwise a note."),
                &Settings::voiceComment),
        boolean("policy", "download_recording", true,
                QT_TRANSLATE_NOOP("callbridge::SettingSpec", "Link the call recording in the voice comment."),
                &Settings::downloadRecording),
        boolean("policy", "all_outbound", false,
                QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                                  "Outbound calls to numbers no user has get a new user and ticket too."),
                &Settings::allOutbound),
        boolean("policy", "remember_caller_number", true,
                QT_TRANSLATE_NOOP(
                    "callbridge::SettingSpec",
                    "A caller identified otherwise gets the number they called from as a phone identity."),
                &Settings::rememberCallerNumber),
        text("policy", "ticket_attribute", "zendesk_ticket",
             QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                               "The contact attribute in which a flow names the caller's ticket."),
             Phrase::of(QT_TRANSLATE_NOOP(
                 "Phrase", "expected an attribute name of letters, digits, _ . - (not a credential name)")),
             into(&Settings::ticketAttributeName, parseAttributeName)),
        text("policy", "note_attributes", "all",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "Which contact attributes the ticket note lists: all, none, or names separated by commas."),
             Phrase::of(
                 QT_TRANSLATE_NOOP("Phrase", "expected all, none, or attribute names separated by commas")),
             into(&Settings::noteAttributes, parseNoteAttributes)),
        text("phone", "default_region", "US",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "The country of numbers written without a country code (two letters, e.g. GB)."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected a two-letter country code such as GB")),
             into(&Settings::defaultRegion, parseRegionCode)),
        text("journal", "keep_days", "0",
             QT_TRANSLATE_NOOP(
                 "callbridge::SettingSpec",
                 "Finished calls older than this many days leave the journal; 0: keep everything."),
             Phrase::of(QT_TRANSLATE_NOOP("Phrase", "expected a number of days (0 = keep everything)")),
             into(&Settings::journalKeepDays, parseDays)),
        secretBearing(text(
            "team", "database", "",
            QT_TRANSLATE_NOOP(
                "callbridge::SettingSpec",
                "The team's PostgreSQL, postgresql://USER@HOST:PORT/DBNAME; empty: this computer's journal "
                "only."),
            Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                         "expected postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], "
                                         "without a password (the password belongs in the keychain)")),
            into(&Settings::teamDatabase, parseTeamDatabase))),
        boolean("ui", "close_to_tray", true,
                QT_TRANSLATE_NOOP(
                    "callbridge::SettingSpec",
                    "Closing the window keeps Callbridge running in the system tray (where there is one)."),
                &Settings::closeToTray),
        boolean("ui", "raise_on_ring", false,
                QT_TRANSLATE_NOOP("callbridge::SettingSpec",
                                  "A ringing call brings the Callbridge window to the front."),
                &Settings::raiseOnRing),
    };
}

// A value that looks like a token or card number is never quoted back (it may be a misplaced secret).
Phrase quotedUnlessSecret(const QString &text) {
    return looksLikeSecret(text) ? Phrase::of(QT_TRANSLATE_NOOP(
               "Phrase", "<hidden: it looks like a secret, which belongs in the system keychain>"))
                                 : Phrase(quoteValueForNotice(text));
}

} // namespace

QString SettingSpec::displayKey() const {
    return QStringLiteral("[%1] %2").arg(group, name);
}

const std::vector<SettingSpec> &settingSpecs() {
    static const std::vector<SettingSpec> specs = buildSpecs();
    return specs;
}

const SettingSpec *findSettingSpec(const QString &key) {
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.key() == key)
            return &spec;
    }
    return nullptr;
}

QStringList settingGroups() {
    QStringList groups;
    for (const SettingSpec &spec : settingSpecs()) {
        if (!groups.contains(spec.group))
            groups << spec.group;
    }
    return groups;
}

Phrase settingProblemPhrase(const SettingSpec &spec, const QString &text) {
    const QString value = text.trimmed();
    Settings scratch;
    if (value.isEmpty() || spec.apply(value, &scratch))
        return {};
    if (spec.mayHoldSecret)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1: %2"), {spec.displayKey(), spec.expectation});
    return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1=%2: %3"),
                      {spec.displayKey(), quotedUnlessSecret(value), spec.expectation});
}

QString settingProblem(const SettingSpec &spec, const QString &text) {
    return settingProblemPhrase(spec, text).english();
}

} // namespace callbridge
