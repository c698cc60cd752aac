#include "navigationpolicy.h"

namespace callbridge::ui {

NavigationPolicy::NavigationPolicy(Origin hostOrigin, Origin ccpOrigin, QStringList identityProviderHosts)
    : m_hostOrigin(std::move(hostOrigin))
    , m_ccpOrigin(std::move(ccpOrigin)) {
    for (const QString &host : std::as_const(identityProviderHosts)) {
        const QString h = host.trimmed().toLower();
        if (!h.isEmpty() && !m_identityProviderHosts.contains(h))
            m_identityProviderHosts << h;
    }
}

bool NavigationPolicy::isAllowedWebUrl(const QUrl &url) const {
    const Origin origin = Origin::fromUrl(url);
    if (!origin.isValid())
        return false;
    if (origin == m_ccpOrigin) // also when it is the host origin: the sandbox serves both
        return true;
    if (origin == m_hostOrigin) // a network page there would be same-origin with the host document
        return false;
    return origin.scheme() == QLatin1String("https") && m_identityProviderHosts.contains(origin.host());
}

NavigationDecision NavigationPolicy::decide(const QUrl &url, NavigationKind kind,
                                            NavigationFrame frame) const {
    const QString scheme = url.scheme().toLower();
    if (frame == NavigationFrame::HostMainFrame) {
        // Pinned to the host document (setHtml's data: URL, loaded or reloaded by the app): nothing else ever
        // replaces the document that has the bridge.
        const bool hostDocument = scheme == QLatin1String("data")
                                  && (kind == NavigationKind::Programmatic || kind == NavigationKind::Reload);
        return hostDocument ? NavigationDecision::Allow : NavigationDecision::Block;
    }
    if (scheme == QLatin1String("data"))
        return NavigationDecision::Block;
    if (scheme == QLatin1String("about")) {
        const QString what = url.path();
        const bool emptyFrame = what == QLatin1String("blank") || what == QLatin1String("srcdoc");
        return frame != NavigationFrame::PopupMainFrame && emptyFrame ? NavigationDecision::Allow
                                                                      : NavigationDecision::Block;
    }
    return isAllowedWebUrl(url) ? NavigationDecision::Allow : NavigationDecision::Block;
}

} // namespace callbridge::ui
