#include "ui/popuppolicy.h"

#include <gtest/gtest.h>

using namespace callbridge::ui;

namespace {

PopupPolicy policy() {
    return PopupPolicy(NavigationPolicy(Origin::fromString(QStringLiteral("https://agents.example.com")),
                                        Origin::fromString(QStringLiteral("https://acme.my.connect.aws")),
                                        {QStringLiteral("idp.example.com")}));
}

struct Case {
    const char *url;
    bool userInitiated;
    int openPopups;
    PopupDecision expected;
};

} // namespace

TEST(PopupPolicy, Table) {
    using D = PopupDecision;
    const Case cases[] = {
        // the Connect login and SSO: popups, with or without a gesture, at most two at a time
        {"https://acme.my.connect.aws/ccp-v2/", false, 0, D::OpenPopup},
        {"https://acme.my.connect.aws/ccp-v2/", true, 1, D::OpenPopup},
        {"https://idp.example.com/saml", false, 1, D::OpenPopup},
        {"https://acme.my.connect.aws/ccp-v2/", true, 2, D::Refuse},
        {"https://idp.example.com/saml", false, 5, D::Refuse},
        // another site: the system browser, on a user gesture only
        {"https://www.example.org/help", true, 0, D::OpenExternally},
        {"https://www.example.org/help", true, 2, D::OpenExternally},
        {"https://www.example.org/help", false, 0, D::Refuse},
        {"http://idp.example.com/saml", false, 0, D::Refuse}, // not https: not the identity provider
        // never
        {"https://agents.example.com/", true, 0, D::Refuse}, // the host origin
        {"", true, 0, D::Refuse},
        {"about:blank", true, 0, D::Refuse},
        {"file:///etc/passwd", true, 0, D::Refuse},
        {"javascript:alert(1)", true, 0, D::Refuse},
    };
    const PopupPolicy p = policy();
    for (const Case &c : cases) {
        const PopupVerdict verdict =
            p.decide(QUrl(QString::fromLatin1(c.url)), c.userInitiated, c.openPopups);
        EXPECT_EQ(verdict.decision, c.expected)
            << c.url << " gesture " << c.userInitiated << " open " << c.openPopups;
        EXPECT_EQ(verdict.reason.isEmpty(), c.expected != D::Refuse) << c.url;
    }
}
