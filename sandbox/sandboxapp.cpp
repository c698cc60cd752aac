#include "sandbox/sandboxapp.h"

#include "sandbox/zendesk/zendeskservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace callbridge::sandbox {

namespace {

bool readNumber(const QCommandLineParser &parser, const QString &name, int *out, QString *error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        *error = QStringLiteral("--%1 needs a non-negative integer").arg(name);
        return false;
    }
    *out = value;
    return true;
}

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName) {
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(valueName));
}

} // namespace

bool parseSandboxArguments(const QStringList &arguments, SandboxOptions *options, QString *error,
                           QString *helpText) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Callbridge sandbox: a local Zendesk API (and simulated Amazon Connect CCP) on loopback."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOption(
        valueOption("listen", "Loopback address to listen on (port 0 = any free port).", "127.0.0.1:PORT"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("ephemeral"), QStringLiteral("Keep state in memory only.")));
    parser.addOption(valueOption("data-dir", "Directory for zendesk.sqlite.", "DIR"));
    parser.addOption(
        valueOption("index-lag", "Search index lag in seconds (default 60, 0 = off).", "SECONDS"));
    parser.addOption(
        valueOption("rate-limit", "Account rate limit per minute (default 0 = off).", "PER_MINUTE"));
    parser.addOption(valueOption("fault-rate", "Probability in [0,1] of an injected fault.", "R"));
    parser.addOption(valueOption("fault-kinds", "Fault kinds (default all).", "429,500,503,reset,timeout"));
    parser.addOption(valueOption("latency-ms", "Fixed latency added to each API response.", "MS"));
    parser.addOption(valueOption("jitter-ms", "Random extra latency, uniform in [0, MS].", "MS"));
    parser.addOption(valueOption("seed", "Seed for faults and jitter (default random).", "N"));
    parser.addOption(valueOption("email", "Demo agent's email (default agent@example.com).", "EMAIL"));
    parser.addOption(valueOption("token", "API token (default sandbox).", "TOKEN"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        if (helpText)
            *helpText = parser.helpText();
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: ") + parser.positionalArguments().constFirst();
        return false;
    }
    SandboxOptions parsed = *options;
    if (parser.isSet(QStringLiteral("listen"))
        && !parseListenAddress(parser.value(QStringLiteral("listen")), &parsed.address, &parsed.port)) {
        *error = QStringLiteral("--listen needs HOST:PORT, e.g. 127.0.0.1:0");
        return false;
    }
    if (!parsed.address.isLoopback()) {
        *error = QStringLiteral("refusing to listen on non-loopback address ") + parsed.address.toString();
        return false;
    }
    parsed.ephemeral = parser.isSet(QStringLiteral("ephemeral"));
    if (parser.isSet(QStringLiteral("data-dir")))
        parsed.dataDir = parser.value(QStringLiteral("data-dir"));
    zendesk::ZendeskConfig &config = parsed.zendesk;
    if (!readNumber(parser, QStringLiteral("index-lag"), &config.indexLagSeconds, error)
        || !readNumber(parser, QStringLiteral("rate-limit"), &config.rateLimitPerMinute, error)
        || !readNumber(parser, QStringLiteral("latency-ms"), &config.latencyMs, error)
        || !readNumber(parser, QStringLiteral("jitter-ms"), &config.jitterMs, error))
        return false;
    if (parser.isSet(QStringLiteral("fault-rate"))) {
        bool ok = false;
        config.faultRate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok);
        if (!ok || config.faultRate < 0.0 || config.faultRate > 1.0) {
            *error = QStringLiteral("--fault-rate needs a number in [0, 1]");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("fault-kinds"))
        && !zendesk::ZendeskConfig::parseFaultKinds(parser.value(QStringLiteral("fault-kinds")),
                                                    &config.faultKinds, error))
        return false;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        config.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed needs an unsigned integer");
            return false;
        }
    } else {
        config.seed = QRandomGenerator::system()->generate64();
    }
    if (parser.isSet(QStringLiteral("email")))
        config.agentEmail = parser.value(QStringLiteral("email"));
    if (parser.isSet(QStringLiteral("token")))
        config.apiToken = parser.value(QStringLiteral("token"));
    *options = parsed;
    return true;
}

Sandbox::Sandbox(QObject *parent)
    : QObject(parent) {}

Sandbox::~Sandbox() = default;

bool Sandbox::start(const SandboxOptions &options, QString *error) {
    m_zendesk = std::make_unique<zendesk::ZendeskService>(options.zendesk);
    QString databasePath = QStringLiteral(":memory:");
    if (!options.ephemeral) {
        const QString dir = options.dataDir.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                      + QStringLiteral("/callbridge-sandbox")
                                : options.dataDir;
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create data directory ") + dir;
            return false;
        }
        databasePath = dir + QStringLiteral("/zendesk.sqlite");
    }
    if (!m_zendesk->open(databasePath)) {
        *error = QStringLiteral("cannot open %1: %2").arg(databasePath, m_zendesk->errorString());
        return false;
    }
    m_zendesk->registerRoutes(m_server);
    if (!m_server.listen(options.address, options.port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

} // namespace callbridge::sandbox
