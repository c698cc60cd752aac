#include "softphonescripts.h"

#include <QFile>
#include <QJsonDocument>

namespace callbridge::ui {

namespace {

const QString kWebChannelJs = QStringLiteral(":/qtwebchannel/qwebchannel.js");
const QString kBridgeJs = QStringLiteral(":/softphone/bridge.js");
const QString kStreamsJs = QStringLiteral(":/softphone/connect-streams-min.js");
const QString kHostJs = QStringLiteral(":/softphone/host.js");
const QString kHostHtml = QStringLiteral(":/softphone/host.html");

QWebEngineScript makeScript(const QString &name, const QString &source,
                            QWebEngineScript::ScriptWorldId world) {
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(source);
    script.setWorldId(world);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setRunsOnSubFrames(false);
    return script;
}

} // namespace

std::optional<QString> readResourceText(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

std::optional<QWebEngineScript> isolatedWorldScript(const QString &name, const QString &source) {
    const std::optional<QString> channel = readResourceText(kWebChannelJs);
    if (!channel)
        return std::nullopt;
    return makeScript(name, *channel + QStringLiteral("\n;\n") + source, QWebEngineScript::ApplicationWorld);
}

QString hostPageHtml() {
    return readResourceText(kHostHtml).value_or(QString());
}

SoftphoneScripts softphoneScripts(const QJsonObject &hostPageConfig) {
    SoftphoneScripts result;
    const std::optional<QString> bridge = readResourceText(kBridgeJs);
    const std::optional<QString> streams = readResourceText(kStreamsJs);
    const std::optional<QString> host = readResourceText(kHostJs);
    const std::optional<QWebEngineScript> isolated =
        bridge ? isolatedWorldScript(QStringLiteral("callbridge-bridge"), *bridge) : std::nullopt;
    if (!isolated || !streams || !host) {
        result.error = QStringLiteral("the softphone resources are incomplete (%1): rebuild after `npm ci`")
                           .arg(!isolated  ? kBridgeJs + QStringLiteral(" or ") + kWebChannelJs
                                : !streams ? kStreamsJs
                                           : kHostJs);
        return result;
    }
    // JSON is valid JavaScript, so the configuration cannot break out of the assignment.
    const QString config =
        QStringLiteral("window.callbridgeConfig = Object.freeze(%1);")
            .arg(QString::fromUtf8(QJsonDocument(hostPageConfig).toJson(QJsonDocument::Compact)));
    // The order of resources/softphone/README.md ("Loading the page").
    result.scripts << makeScript(QStringLiteral("callbridge-config"), config, QWebEngineScript::MainWorld)
                   << makeScript(QStringLiteral("connect-streams"), *streams, QWebEngineScript::MainWorld)
                   << makeScript(QStringLiteral("callbridge-host"), *host, QWebEngineScript::MainWorld)
                   << *isolated;
    return result;
}

} // namespace callbridge::ui
