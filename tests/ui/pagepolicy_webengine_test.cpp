// The page policies in a real Qt WebEngine page (offscreen): navigation allow-list, popups, permissions.
#include "ui/popupwindow.h"
#include "ui/softphonebridge.h"
#include "ui/softphonepage.h"
#include "ui/softphoneprofile.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"

#include <QSignalSpy>
#include <QWebEngineProfile>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

const QString kHtml = QStringLiteral("<!DOCTYPE html><html><body><p>host</p></body></html>");

SoftphoneConfig fixtureConfig() {
    SoftphoneConfig config;
    config.hostUrl = QUrl(QStringLiteral("https://host.example/agent/"));
    config.ccpUrl = QUrl(QStringLiteral("https://ccp.example/ccp-v2/"));
    return config;
}

class PagePolicyInPage : public ::testing::Test {
protected:
    void SetUp() override {
        view = std::make_unique<SoftphoneView>(fixtureConfig(), &bridge, recordingOpener(&opened));
        QSignalSpy loaded(view.get(), &SoftphoneView::loadFinished);
        view->loadHostDocument(kHtml, {});
        ASSERT_TRUE(waitUntil([&] { return !loaded.isEmpty(); }));
        ASSERT_TRUE(loaded.first().first().toBool());
    }
    void TearDown() override { view.reset(); }

    QString pageUrl() const { return view->page()->url().toString(); }

    QList<QUrl> opened;
    SoftphoneBridge bridge{[](const ContactEvent &) {
    }};
    std::unique_ptr<SoftphoneView> view;
};

} // namespace

TEST_F(PagePolicyInPage, SubframeOutsideTheAllowListIsBlocked) {
    QSignalSpy blocked(view->page(), &SoftphonePage::navigationBlocked);
    evaluate(view->page(), QStringLiteral("var f = document.createElement('iframe');"
                                          "f.src = 'https://tracker.example.invalid/frame';"
                                          "document.body.appendChild(f); true"));
    ASSERT_TRUE(waitUntil([&] { return !blocked.isEmpty(); }));
    EXPECT_EQ(blocked.first().at(0).toUrl(), QUrl(QStringLiteral("https://tracker.example.invalid/frame")));
    EXPECT_FALSE(blocked.first().at(1).toBool()); // a subframe
    EXPECT_TRUE(opened.isEmpty());                // subframes never open anything outside
}

TEST_F(PagePolicyInPage, MainFrameStaysOnTheHostDocument) {
    QSignalSpy blocked(view->page(), &SoftphonePage::navigationBlocked);
    const QString before = pageUrl();
    evaluate(view->page(), QStringLiteral("location.href = 'https://elsewhere.example.invalid/phish'; true"));
    // Either blocked, or (as a followed link) handed to the system browser: never shown in the softphone.
    ASSERT_TRUE(waitUntil([&] { return !blocked.isEmpty() || !opened.isEmpty(); }));
    EXPECT_EQ(pageUrl(), before);
    EXPECT_EQ(evaluate(view->page(), QStringLiteral("location.origin")).toString(),
              QStringLiteral("https://host.example"));
}

// A script (no user gesture) cannot send the agent's desktop to another site.
TEST_F(PagePolicyInPage, ScriptPopupToAnotherSiteIsRefusedWithoutAGesture) {
    QSignalSpy refused(view->page(), &SoftphonePage::popupRefused);
    evaluate(view->page(), QStringLiteral("window.open('https://www.example.org/help'); true"));
    ASSERT_TRUE(waitUntil([&] { return !refused.isEmpty(); }));
    EXPECT_EQ(refused.first().at(0).toUrl(), QUrl(QStringLiteral("https://www.example.org/help")));
    EXPECT_TRUE(opened.isEmpty());
    EXPECT_TRUE(view->popups().isEmpty());
}

TEST_F(PagePolicyInPage, LoginPopupUsesTheSameProfileAndClosesWhenThePageClosesIt) {
    QSignalSpy popups(view.get(), &SoftphoneView::popupOpened);
    evaluate(view->page(),
             QStringLiteral(
                 "window.login = window.open('https://ccp.example/ccp-v2/login', 'connect::loginPopup');"
                 "true"));
    ASSERT_TRUE(waitUntil([&] { return !popups.isEmpty(); }));
    auto *window = popups.first().first().value<PopupWindow *>();
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window->page(), nullptr);
    EXPECT_EQ(window->page()->profile(), view->profile());
    EXPECT_EQ(window->page()->role(), SoftphonePage::Role::Popup);
    EXPECT_TRUE(opened.isEmpty());

    evaluate(view->page(), QStringLiteral("window.login.close(); true"));
    EXPECT_TRUE(waitUntil([&] { return view->popups().isEmpty(); }));
}

TEST_F(PagePolicyInPage, HostDocumentGetsNoPermissionNotEvenTheMicrophone) {
    QSignalSpy answered(view->page(), &SoftphonePage::permissionAnswered);
    evaluate(view->page(),
             QStringLiteral(
                 "window.results = {};"
                 "navigator.mediaDevices.getUserMedia({audio: true})"
                 "  .then(function () { results.mic = 'granted'; }, function (e) { results.mic = e.name; });"
                 "navigator.mediaDevices.getUserMedia({video: true})"
                 "  .then(function () { results.camera = 'granted'; },"
                 "        function (e) { results.camera = e.name; });"
                 "Notification.requestPermission().then(function (p) { results.notify = p; });"
                 "true"));
    const auto result = [this](const char *key) {
        return evaluate(view->page(), QStringLiteral("window.results.%1 || ''").arg(QLatin1String(key)))
            .toString();
    };
    ASSERT_TRUE(waitUntil([&] {
        return !result("mic").isEmpty() && !result("camera").isEmpty() && !result("notify").isEmpty();
    })) << "mic="
        << result("mic").toStdString() << " camera=" << result("camera").toStdString();
    // The framed softphone captures audio in the CCP's frame; the host document never needs the microphone.
    EXPECT_EQ(result("mic"), QStringLiteral("NotAllowedError"));
    EXPECT_EQ(result("camera"), QStringLiteral("NotAllowedError"));
    EXPECT_EQ(result("notify"), QStringLiteral("denied"));
    EXPECT_GE(answered.size(), 3);
}

// The same request from an origin the policy does not list is denied.
TEST(PagePolicyPermissions, MicrophoneDeniedToAnUnlistedOrigin) {
    std::unique_ptr<QWebEngineProfile> profile(createSoftphoneProfile(QString(), nullptr));
    PagePolicies policies{fixtureConfig().navigationPolicy(),
                          PermissionPolicy({Origin::fromString(QStringLiteral("https://ccp.example"))}),
                          ExternalOpener([](const QUrl &) { return true; }),
                          {},
                          {}};
    auto page = std::make_unique<SoftphonePage>(profile.get(), policies, SoftphonePage::Role::Host);
    QSignalSpy loaded(page.get(), &QWebEnginePage::loadFinished);
    page->setHtml(kHtml, QUrl(QStringLiteral("https://host.example/agent/")));
    ASSERT_TRUE(waitUntil([&] { return !loaded.isEmpty(); }));
    evaluate(page.get(), QStringLiteral("navigator.mediaDevices.getUserMedia({audio: true})"
                                        "  .then(function () { window.mic = 'granted'; },"
                                        "        function (e) { window.mic = e.name; }); true"));
    ASSERT_TRUE(waitUntil(
        [&] { return !evaluate(page.get(), QStringLiteral("window.mic || ''")).toString().isEmpty(); }));
    EXPECT_EQ(evaluate(page.get(), QStringLiteral("window.mic")).toString(),
              QStringLiteral("NotAllowedError"));
    page.reset(); // the page before its profile
}
