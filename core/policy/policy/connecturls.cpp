#include "connecturls.h"

namespace callbridge {

QUrl connectBaseUrl(const QUrl &instanceUrl) {
    if (!instanceUrl.isValid() || instanceUrl.host().isEmpty())
        return {};
    QUrl base = instanceUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/ccp-v2")))
        path.chop(int(qstrlen("/ccp-v2")));
    if (base.host().endsWith(QLatin1String(".awsapps.com")) && !path.startsWith(QLatin1String("/connect")))
        path = QStringLiteral("/connect");
    base.setPath(path);
    return base;
}

QUrl ccpUrl(const QUrl &instanceUrl) {
    QUrl url = connectBaseUrl(instanceUrl);
    if (url.isEmpty())
        return {};
    url.setPath(url.path() + QStringLiteral("/ccp-v2/"));
    return url;
}

} // namespace callbridge
