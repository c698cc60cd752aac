#pragma once

#include "origin.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace callbridge::ui {

// How a navigation was started, as far as the policy cares (mapped from QWebEnginePage::NavigationType).
enum class NavigationKind { Programmatic, Reload, LinkClicked, FormSubmitted, BackForward, Redirect, Other };

// Where the navigation happens: the host page (our document with the bridge), or a popup window the page
// opened (the Connect login or an SSO page); in its top-level document or in a subframe.
enum class NavigationFrame { HostMainFrame, HostSubframe, PopupMainFrame, PopupSubframe };

enum class NavigationDecision {
    Allow,
    Block,
    OpenExternally, // not ours to show: hand it to the system browser (http/https only, see ExternalOpener)
};

// The softphone's navigation allow-list, as a pure function of the request:
// - the host document itself: a data: URL (setHtml) in the host's main frame, started by the app or a reload;
// - http(s) to the host origin, the CCP instance origin or an identity provider host (https only);
// - about:blank / about:srcdoc in subframes (empty frames inherit their parent's origin);
// - a link the user follows out of the host page, or any page a popup tries to show that is not allowed,
// opens
//   in the system browser; everything else is blocked (subframes never open anything externally).
class NavigationPolicy {
public:
    NavigationPolicy() = default;
    NavigationPolicy(Origin hostOrigin, Origin ccpOrigin, QStringList identityProviderHosts);

    NavigationDecision decide(const QUrl &url, NavigationKind kind, NavigationFrame frame) const;
    bool isAllowedWebUrl(const QUrl &url) const; // http(s) URL on the allow-list

    const Origin &hostOrigin() const { return m_hostOrigin; }
    const Origin &ccpOrigin() const { return m_ccpOrigin; }

private:
    Origin m_hostOrigin;
    Origin m_ccpOrigin;
    QStringList m_identityProviderHosts; // lower case host names, https only
};

} // namespace callbridge::ui
