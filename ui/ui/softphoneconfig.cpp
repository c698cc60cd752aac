#include "softphoneconfig.h"

#include "policy/connecturls.h"
#include "policy/settings.h"

namespace callbridge::ui {

namespace {

QUrl originRoot(const Origin &origin) {
    return origin.isValid() ? QUrl(origin.toString() + QLatin1Char('/')) : QUrl();
}

} // namespace

bool SoftphoneConfig::isValid(QString *problem) const {
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!Origin::fromUrl(hostUrl).isValid())
        return fail(QStringLiteral("no host origin (the origin approved in Amazon Connect; [softphone] "
                                   "host_origin)"));
    if (!Origin::fromUrl(ccpUrl).isValid())
        return fail(QStringLiteral("no CCP URL (the Amazon Connect instance URL; [connect] instance_url)"));
    return true;
}

NavigationPolicy SoftphoneConfig::navigationPolicy() const {
    return NavigationPolicy(Origin::fromUrl(hostUrl), Origin::fromUrl(ccpUrl), identityProviderHosts);
}

PermissionPolicy SoftphoneConfig::permissionPolicy() const {
    // The framed softphone (allowFramedSoftphone) captures audio in the CCP's frame: the host document never
    // needs the microphone.
    return PermissionPolicy({Origin::fromUrl(ccpUrl)});
}

QJsonObject SoftphoneConfig::hostPageConfig() const {
    QJsonObject config{{QStringLiteral("ccpUrl"), ccpUrl.toString()},
                       {QStringLiteral("loginPopup"), true},
                       {QStringLiteral("loginPopupAutoClose"), true}};
    if (!loginUrl.isEmpty())
        config.insert(QStringLiteral("loginUrl"), loginUrl.toString());
    if (!region.isEmpty())
        config.insert(QStringLiteral("region"), region);
    if (medialess)
        config.insert(QStringLiteral("medialess"), true);
    return config;
}

SoftphoneConfig softphoneConfigFromSettings(const Settings &settings) {
    SoftphoneConfig config;
    config.hostUrl = originRoot(Origin::fromString(settings.hostOrigin));
    config.ccpUrl =
        Origin::fromUrl(settings.connectInstanceUrl).isValid() ? ccpUrl(settings.connectInstanceUrl) : QUrl();
    config.medialess = settings.medialess;
    config.loginUrl = settings.ssoSignInUrl;
    config.region = settings.region;
    if (!settings.ssoSignInUrl.host().isEmpty())
        config.identityProviderHosts << settings.ssoSignInUrl.host();
    config.identityProviderHosts << settings.identityProviderHosts;
    return config;
}

SoftphoneConfig softphoneConfigForSandbox(const QUrl &baseUrl) {
    SoftphoneConfig config;
    const Origin origin = Origin::fromUrl(baseUrl);
    config.hostUrl = originRoot(origin);
    if (origin.isValid())
        config.ccpUrl = QUrl(origin.toString() + QStringLiteral("/ccp-v2/"));
    return config;
}

} // namespace callbridge::ui
