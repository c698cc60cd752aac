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

// Navigations never leave for the system browser: Chromium reports a script's `location = …` as a followed
// link, so only a new-window request, which says whether the user started it, may (see PopupPolicy).
enum class NavigationDecision { Allow, Block };

// The softphone's navigation allow-list, as a pure function of the request:
// - the host's main frame is pinned to the host document: a data: URL (setHtml), started by the app or a
// reload;
//   a followed link to another site opens in the system browser, everything else is blocked;
// - other frames and popups: http(s) to the CCP instance origin or an identity provider host (https only);
// the
//   host origin never (unless it is the CCP's own origin, as in the sandbox): the host document is the only
//   document of that origin;
// - about:blank / about:srcdoc in subframes (empty frames inherit their parent's origin);
// - everything else is blocked.
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
