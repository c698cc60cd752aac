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
    if (origin == m_hostOrigin || origin == m_ccpOrigin)
        return true;
    return origin.scheme() == QLatin1String("https") && m_identityProviderHosts.contains(origin.host());
}

NavigationDecision NavigationPolicy::decide(const QUrl &url, NavigationKind kind,
                                            NavigationFrame frame) const {
    const bool mainFrame =
        frame == NavigationFrame::HostMainFrame || frame == NavigationFrame::PopupMainFrame;
    const QString scheme = url.scheme().toLower();

    if (scheme == QLatin1String("data")) {
        const bool hostDocument = frame == NavigationFrame::HostMainFrame
                                  && (kind == NavigationKind::Programmatic || kind == NavigationKind::Reload);
        return hostDocument ? NavigationDecision::Allow : NavigationDecision::Block;
    }
    if (scheme == QLatin1String("about")) {
        const QString what = url.path();
        const bool emptyFrame = what == QLatin1String("blank") || what == QLatin1String("srcdoc");
        return !mainFrame && emptyFrame ? NavigationDecision::Allow : NavigationDecision::Block;
    }
    if (isAllowedWebUrl(url))
        return NavigationDecision::Allow;

    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (web && frame == NavigationFrame::PopupMainFrame)
        return NavigationDecision::OpenExternally;
    if (web && frame == NavigationFrame::HostMainFrame && kind == NavigationKind::LinkClicked)
        return NavigationDecision::OpenExternally;
    return NavigationDecision::Block;
}

} // namespace callbridge::ui
