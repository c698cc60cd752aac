#include "origin.h"

namespace callbridge::ui {

Origin Origin::fromUrl(const QUrl &url) {
    Origin origin;
    if (!url.isValid())
        return origin;
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    if (defaultPort < 0 || url.host().isEmpty())
        return origin;
    origin.m_scheme = scheme;
    origin.m_host = url.host().toLower();
    origin.m_port = url.port(defaultPort);
    return origin;
}

Origin Origin::fromString(const QString &text) {
    return fromUrl(QUrl(text.trimmed(), QUrl::StrictMode));
}

QString Origin::toString() const {
    if (!isValid())
        return QStringLiteral("null");
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host);
    const bool defaultPort = (m_scheme == QLatin1String("https") && m_port == 443)
                             || (m_scheme == QLatin1String("http") && m_port == 80);
    if (!defaultPort)
        url.setPort(m_port);
    return url.toString();
}

} // namespace callbridge::ui
