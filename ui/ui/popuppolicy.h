#pragma once

#include "navigationpolicy.h"

#include <QString>
#include <QUrl>

namespace callbridge::ui {

enum class PopupDecision {
    OpenPopup,      // a popup window of the softphone (the Connect login, SSO)
    OpenExternally, // the system browser (still subject to the opener's checks and rate limit)
    Refuse,
};

struct PopupVerdict {
    PopupDecision decision = PopupDecision::Refuse;
    QString reason; // why it was refused, for the log
};

// What happens to a window.open / target=_blank request, decided from the requested URL and whether the user
// started it (QWebEngineNewWindowRequest::isUserInitiated):
// - an allowed page (CCP, identity provider) opens as a popup, at most `maxPopups` at a time (Streams opens
// its
//   login popup from a timer, so no gesture is needed);
// - another http(s) page goes to the system browser, on a user gesture only;
// - anything else (no URL, other schemes, the host origin, a script's request for a foreign page) is refused.
class PopupPolicy {
public:
    static constexpr int kMaxPopups = 2;

    PopupPolicy() = default;
    explicit PopupPolicy(NavigationPolicy navigation, int maxPopups = kMaxPopups);

    PopupVerdict decide(const QUrl &url, bool userInitiated, int openPopups) const;

private:
    NavigationPolicy m_navigation;
    int m_maxPopups = kMaxPopups;
};

} // namespace callbridge::ui
