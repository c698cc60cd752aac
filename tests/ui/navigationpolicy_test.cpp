#include "ui/navigationpolicy.h"

#include <gtest/gtest.h>

using namespace callbridge::ui;

namespace {

NavigationPolicy policy() {
    return NavigationPolicy(Origin::fromString(QStringLiteral("https://agents.example.com")),
                            Origin::fromString(QStringLiteral("https://acme.my.connect.aws")),
                            {QStringLiteral("IdP.Example.com")});
}

struct Case {
    const char *url;
    NavigationKind kind;
    NavigationFrame frame;
    NavigationDecision expected;
};

} // namespace

TEST(NavigationPolicy, AllowListTable) {
    using K = NavigationKind;
    using F = NavigationFrame;
    using D = NavigationDecision;
    const Case cases[] = {
        // the host document (setHtml) and its reload; never from a link, a subframe or a popup
        {"data:text/html;charset=UTF-8,%3Chtml%3E", K::Programmatic, F::HostMainFrame, D::Allow},
        {"data:text/html;charset=UTF-8,%3Chtml%3E", K::Reload, F::HostMainFrame, D::Allow},
        {"data:text/html,evil", K::LinkClicked, F::HostMainFrame, D::Block},
        {"data:text/html,evil", K::Programmatic, F::HostSubframe, D::Block},
        {"data:text/html,evil", K::Programmatic, F::PopupMainFrame, D::Block},
        // the host's main frame is pinned to the host document: no web page replaces it, not even an allowed
        // one
        {"https://agents.example.com/callbridge/", K::Reload, F::HostMainFrame, D::Block},
        {"https://agents.example.com/callbridge/", K::LinkClicked, F::HostMainFrame, D::Block},
        {"https://acme.my.connect.aws/ccp-v2/", K::Other, F::HostMainFrame, D::Block},
        {"https://acme.my.connect.aws/ccp-v2/", K::LinkClicked, F::HostMainFrame, D::Block},
        {"https://idp.example.com/saml", K::LinkClicked, F::HostMainFrame, D::Block},
        // the host origin is never loaded from the network, in any frame or popup
        {"https://agents.example.com/", K::Other, F::HostSubframe, D::Block},
        {"https://agents.example.com/", K::Other, F::PopupMainFrame, D::Block},
        {"https://agents.example.com/", K::LinkClicked, F::PopupMainFrame, D::Block},
        {"https://agents.example.com/", K::Other, F::PopupSubframe, D::Block},
        // allowed origins in subframes and popups
        {"https://acme.my.connect.aws/ccp-v2/", K::Other, F::HostSubframe, D::Allow},
        {"https://acme.my.connect.aws/ccp-v2/", K::LinkClicked, F::PopupMainFrame, D::Allow},
        {"https://idp.example.com/saml/login?x=1", K::Redirect, F::PopupMainFrame, D::Allow},
        {"https://idp.example.com/saml", K::Other, F::HostSubframe, D::Allow},
        // identity providers only over https; other ports and schemes of allowed hosts are other origins
        {"http://idp.example.com/saml", K::Redirect, F::PopupMainFrame, D::Block},
        {"http://idp.example.com/saml", K::LinkClicked, F::PopupMainFrame, D::Block},
        {"http://idp.example.com/saml", K::Other, F::HostSubframe, D::Block},
        {"https://acme.my.connect.aws:8443/", K::Other, F::HostSubframe, D::Block},
        {"http://agents.example.com/", K::Other, F::HostMainFrame, D::Block},
        // empty frames in subframes only
        {"about:blank", K::Other, F::HostSubframe, D::Allow},
        {"about:srcdoc", K::Other, F::PopupSubframe, D::Allow},
        {"about:blank", K::Other, F::HostMainFrame, D::Block},
        // leaving: never by navigation (a script's location change looks like a followed link); only a
        // new-window request with a user gesture reaches the system browser (PopupPolicy)
        {"https://www.example.org/help", K::LinkClicked, F::HostMainFrame, D::Block},
        {"https://www.example.org/help", K::Other, F::HostMainFrame, D::Block},
        {"https://www.example.org/help", K::Redirect, F::HostMainFrame, D::Block},
        {"https://www.example.org/help", K::FormSubmitted, F::HostMainFrame, D::Block},
        {"https://ads.example.net/", K::LinkClicked, F::HostSubframe, D::Block},
        {"https://www.example.org/", K::Other, F::PopupMainFrame, D::Block},
        {"https://www.example.org/", K::Redirect, F::PopupMainFrame, D::Block},
        {"https://www.example.org/", K::LinkClicked, F::PopupMainFrame, D::Block},
        {"https://ads.example.net/", K::Other, F::PopupSubframe, D::Block},
        // other schemes never
        {"file:///etc/passwd", K::LinkClicked, F::HostMainFrame, D::Block},
        {"javascript:alert(1)", K::LinkClicked, F::HostMainFrame, D::Block},
        {"ms-msdt:/id", K::LinkClicked, F::PopupMainFrame, D::Block},
        {"qrc:/softphone/host.html", K::Programmatic, F::HostMainFrame, D::Block},
        {"chrome://settings", K::Programmatic, F::HostMainFrame, D::Block},
    };
    const NavigationPolicy p = policy();
    for (const Case &c : cases) {
        EXPECT_EQ(p.decide(QUrl(QString::fromLatin1(c.url)), c.kind, c.frame), c.expected)
            << c.url << " kind " << static_cast<int>(c.kind) << " frame " << static_cast<int>(c.frame);
    }
}

TEST(NavigationPolicy, NothingIsAllowedWithoutOrigins) {
    const NavigationPolicy empty;
    EXPECT_EQ(empty.decide(QUrl(QStringLiteral("https://acme.my.connect.aws/ccp-v2/")), NavigationKind::Other,
                           NavigationFrame::HostSubframe),
              NavigationDecision::Block);
}

// The sandbox serves the host page's CCP from the host origin itself: there the CCP origin wins.
TEST(NavigationPolicy, TheCcpIsAllowedWhenItSharesTheHostOrigin) {
    const Origin sandbox = Origin::fromString(QStringLiteral("http://127.0.0.1:8080"));
    const NavigationPolicy p(sandbox, sandbox, {});
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("http://127.0.0.1:8080/ccp-v2/")), NavigationKind::Other,
                       NavigationFrame::HostSubframe),
              NavigationDecision::Allow);
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("http://127.0.0.1:8080/ccp-v2/")), NavigationKind::Other,
                       NavigationFrame::HostMainFrame),
              NavigationDecision::Block);
}
