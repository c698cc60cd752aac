#include "popuppolicy.h"

namespace callbridge::ui {

PopupPolicy::PopupPolicy(NavigationPolicy navigation, int maxPopups)
    : m_navigation(std::move(navigation))
    , m_maxPopups(maxPopups) {}

PopupVerdict PopupPolicy::decide(const QUrl &url, bool userInitiated, int openPopups) const {
    if (m_navigation.isAllowedWebUrl(url)) {
        if (openPopups >= m_maxPopups)
            return {PopupDecision::Refuse, QStringLiteral("already %1 popups open").arg(openPopups)};
        return {PopupDecision::OpenPopup, {}};
    }
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!web)
        return {PopupDecision::Refuse, QStringLiteral("not an http(s) page")};
    if (Origin::fromUrl(url) == m_navigation.hostOrigin())
        return {PopupDecision::Refuse, QStringLiteral("the host origin is never loaded from the network")};
    if (!userInitiated)
        return {PopupDecision::Refuse,
                QStringLiteral("a page outside the allow-list, not opened by the user")};
    return {PopupDecision::OpenExternally, {}};
}

} // namespace callbridge::ui
