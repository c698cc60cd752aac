#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWebEngineScript>
#include <optional>

namespace callbridge::ui {

// The scripts the host page runs, all from Qt resources (nothing is fetched from the network):
// - main world, in this order: window.callbridgeConfig, amazon-connect-streams, resources/softphone/host.js;
// - isolated world (QWebEngineScript::ApplicationWorld): Qt's qwebchannel.js + resources/softphone/bridge.js.
// None runs in subframes (the CCP iframe gets nothing of ours).
struct SoftphoneScripts {
    QList<QWebEngineScript> scripts;
    QString error; // a resource is missing (e.g. the build did not copy amazon-connect-streams)
};

SoftphoneScripts softphoneScripts(const QJsonObject &hostPageConfig);

// An isolated-world script that runs `source` after Qt's qwebchannel.js (the bridge, or a test's stand-in).
std::optional<QWebEngineScript> isolatedWorldScript(const QString &name, const QString &source);

// The host document (resources/softphone/host.html), empty when missing.
QString hostPageHtml();

// Reads a Qt resource as UTF-8 text; nullopt when missing.
std::optional<QString> readResourceText(const QString &path);

} // namespace callbridge::ui
