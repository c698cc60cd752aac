#pragma once

#include "navigationpolicy.h"
#include "permissionpolicy.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace callbridge {
struct Settings;
}

namespace callbridge::ui {

// Everything the softphone view needs to know, from the settings or the sandbox.
struct SoftphoneConfig {
    QUrl hostUrl;   // the host document's URL (setHtml base URL); its origin is the one approved in Connect
    QUrl ccpUrl;    // https://<alias>.my.connect.aws/ccp-v2/ or <sandbox>/ccp-v2/
    QUrl loginUrl;  // SSO sign-in URL; empty = the CCP's own login
    QString region; // e.g. eu-central-1 (optional for voice)
    QStringList identityProviderHosts; // hosts the login popup may visit besides the CCP (https only)
    QString storagePath;               // persistent profile storage; empty = off the record (tests)
    // No call audio in this view (VDI: a CCP opened elsewhere carries it); contacts are still reported.
    bool medialess = false;
    int popupLoadTimeoutMs = 30'000; // a popup that has not loaded an allowed page by then is closed

    bool isValid(QString *problem) const;
    NavigationPolicy navigationPolicy() const;
    PermissionPolicy permissionPolicy() const;
    // window.callbridgeConfig for host.js (see resources/softphone/host.js readConfig()).
    QJsonObject hostPageConfig() const;
};

// From the installation settings: host origin = [softphone] host_origin, CCP = ccpUrl(instance_url), the
// SSO URL and its host as the identity provider, [softphone] medialess. storagePath is left empty (the caller
// decides).
SoftphoneConfig softphoneConfigFromSettings(const Settings &settings);

// A sandbox at `baseUrl` serves both: the host origin is the sandbox's own origin, the CCP is
// <baseUrl>/ccp-v2/.
SoftphoneConfig softphoneConfigForSandbox(const QUrl &baseUrl);

} // namespace callbridge::ui
