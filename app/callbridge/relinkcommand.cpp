#include "relinkcommand.h"

#include "policy/callpolicy.h"
#include "policy/settings.h"
#include "secrets/apitoken.h"
#include "secrets/qtkeychainsecretstore.h"
#include "stack/corestack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <memory>
#include <optional>

namespace callbridge::app {

namespace {

// The sandbox's fixed agent (sandbox/README.md).
const QString kSandboxEmail = QStringLiteral("agent@example.com");
const QString kSandboxToken = QStringLiteral("sandbox");

struct RelinkOptions {
    QString contactId;
    LinkCorrection correction;
    QString journalPath;
    bool sandbox = false;
    Settings settings;
};

std::optional<qint64> positiveId(const QString &text) {
    const std::optional<qint64> id = parseNonNegativeInteger(text.startsWith(u'#') ? text.mid(1) : text);
    return id && *id > 0 ? id : std::nullopt;
}

std::optional<RelinkOptions> parse(const QStringList &arguments, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Moves a journalled call to another ticket or caller, as a supervisor: the call's details go to the "
        "new target and the old ticket gets a note saying where the call went."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("new-ticket"), QStringLiteral("A new ticket for the same caller.")});
    parser.addOption(
        {QStringLiteral("ticket"), QStringLiteral("Attach the call to ticket N."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("user"), QStringLiteral("The caller was Zendesk user N."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why, for the notes and the journal."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("subject"), QStringLiteral("Subject of a new ticket."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("journal"), QStringLiteral("The journal (SQLite) that has the call."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("settings"), QStringLiteral("Settings INI file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sandbox"),
                      QStringLiteral("Use a running callbridge-sandbox as Zendesk."), QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("contact"), QStringLiteral("The call's contact id."));
    if (!parser.parse(arguments)) {
        err << "callbridge relink: " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        return std::nullopt;
    }
    RelinkOptions options;
    if (parser.positionalArguments().size() != 1) {
        err << "callbridge relink: give exactly one contact id\n";
        return std::nullopt;
    }
    options.contactId = parser.positionalArguments().constFirst();
    const int targets = int(parser.isSet(QStringLiteral("new-ticket")))
                        + int(parser.isSet(QStringLiteral("ticket")))
                        + int(parser.isSet(QStringLiteral("user")));
    if (targets != 1) {
        err << "callbridge relink: give one of --new-ticket, --ticket N or --user N\n";
        return std::nullopt;
    }
    LinkCorrection &c = options.correction;
    for (const auto &[name, kind] : {std::pair{QStringLiteral("ticket"), LinkCorrection::Kind::OtherTicket},
                                     std::pair{QStringLiteral("user"), LinkCorrection::Kind::OtherCaller}}) {
        if (!parser.isSet(name))
            continue;
        const std::optional<qint64> id = positiveId(parser.value(name));
        if (!id) {
            err << "callbridge relink: --" << name << " needs a positive number, got " << parser.value(name)
                << '\n';
            return std::nullopt;
        }
        c.kind = kind;
        (kind == LinkCorrection::Kind::OtherTicket ? c.ticketId : c.userId) = *id;
    }
    c.reason = parser.value(QStringLiteral("reason"));
    c.subject = parser.value(QStringLiteral("subject"));
    options.journalPath = parser.value(QStringLiteral("journal"));
    if (options.journalPath.isEmpty()) {
        err << "callbridge relink: --journal is needed: the call is looked up there\n";
        return std::nullopt;
    }
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (options.sandbox) {
        const QUrl url(parser.value(QStringLiteral("sandbox")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            err << "callbridge relink: --sandbox needs the sandbox's URL, e.g. http://127.0.0.1:8080\n";
            return std::nullopt;
        }
    }
    // A sandbox run reads settings only when asked to: the installed ones may point at a real Zendesk.
    if (parser.isSet(QStringLiteral("settings")) || !options.sandbox) {
        const SettingsLoad loaded =
            loadSettings(parser.isSet(QStringLiteral("settings")) ? parser.value(QStringLiteral("settings"))
                                                                  : defaultSettingsPath());
        for (const QString &notice : loaded.notices)
            err << "callbridge relink: settings: " << notice << '\n';
        options.settings = loaded.settings;
    }
    if (options.sandbox) {
        const QUrl url(parser.value(QStringLiteral("sandbox")));
        options.settings.zendeskUrl =
            url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        options.settings.zendeskEmail = kSandboxEmail;
    }
    if (!options.settings.zendeskUrl.isValid() || options.settings.zendeskEmail.isEmpty()) {
        err << "callbridge relink: no Zendesk URL and e-mail ([zendesk] url and email in the settings)\n";
        return std::nullopt;
    }
    return options;
}

// Signs in, asks the engine for the relink and waits for its outcome.
class Relink {
public:
    Relink(RelinkOptions options, QTextStream &out, QTextStream &err)
        : m_options(std::move(options))
        , m_out(out)
        , m_err(err) {}

    void start(const QString &token) {
        CoreOptions core;
        core.settings = m_options.settings;
        core.apiToken = token;
        core.journalPath = m_options.journalPath;
        if (const QString error = m_stack.build(core); !error.isEmpty())
            return exit(1, error);
        CallEngine &engine = m_stack.engine();
        QObject::connect(&engine, &CallEngine::fatalError, qApp,
                         [this](const QString &message) { exit(1, message); });
        QObject::connect(&engine, &CallEngine::outcome, qApp, [this](const CallOutcome &o) { onOutcome(o); });
        QObject::connect(&engine, &CallEngine::ready, qApp, [this] { relink(); });
        engine.start();
    }

private:
    void relink() {
        CallEngine &engine = m_stack.engine();
        m_options.correction.by = engine.agent().name.isEmpty() ? engine.agent().email : engine.agent().name;
        const CorrectionRefusal refusal = engine.relink(m_options.contactId, m_options.correction);
        if (refusal != CorrectionRefusal::None)
            exit(1, correctionRefusalText(refusal));
    }
    void onOutcome(const CallOutcome &o) {
        if (o.contactId != m_options.contactId
            || (o.outcome != Outcome::Corrected && o.outcome != Outcome::Failed))
            return;
        m_out << QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
        exit(o.outcome == Outcome::Corrected ? 0 : 1, {});
    }
    void exit(int code, const QString &message) {
        if (!message.isEmpty())
            m_err << "callbridge relink: " << message << '\n';
        m_err.flush();
        QCoreApplication::exit(code);
    }

    RelinkOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    CoreStack m_stack;
};

} // namespace

int runRelink(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::optional<RelinkOptions> options = parse(arguments, err);
    if (!options)
        return 2;
    const Settings settings = options->settings;
    const bool sandbox = options->sandbox;
    Relink relink(std::move(*options), out, err);
    QtKeychainSecretStore keychain;
    if (sandbox) {
        QTimer::singleShot(0, qApp, [&relink] { relink.start(kSandboxToken); });
    } else {
        lookUpApiToken(keychain, apiTokenKey(settings.zendeskUrl, settings.zendeskEmail), qApp,
                       [&](const ApiToken &token) {
                           if (!token.ok()) {
                               err << "callbridge relink: " << token.error << '\n';
                               err.flush();
                               QCoreApplication::exit(1);
                               return;
                           }
                           relink.start(token.value);
                       });
    }
    return QCoreApplication::exec();
}

} // namespace callbridge::app
