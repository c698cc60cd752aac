// The softphone's hardening in a real Qt WebEngine page (offscreen): the main frame stays on the host
// document, the bridge answers only there, popups are capped and need a gesture to leave, console lines are
// escaped.
#include "ui/popupwindow.h"
#include "ui/softphonebridge.h"
#include "ui/softphonepage.h"
#include "ui/softphoneprofile.h"
#include "ui/softphonescripts.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

const QString kHtml = QStringLiteral("<!DOCTYPE html><html><body><p>host</p></body></html>");
constexpr int kPopupTimeoutMs = 1500;

// Popups to ccp.example never load (the name does not resolve): long enough a timeout by default that none
// goes away while a test counts them.
SoftphoneConfig fixtureConfig(int popupTimeoutMs = 120'000) {
    SoftphoneConfig config;
    config.hostUrl = QUrl(QStringLiteral("https://host.example/agent/"));
    config.ccpUrl = QUrl(QStringLiteral("https://ccp.example/ccp-v2/"));
    config.popupLoadTimeoutMs = popupTimeoutMs;
    return config;
}

class HardenedPage : public ::testing::Test {
protected:
    void SetUp() override {
        view = std::make_unique<SoftphoneView>(fixtureConfig(), &bridge, recordingOpener(&opened));
    }
    void TearDown() override { view.reset(); }

    bool load(const QString &html, const QList<QWebEngineScript> &scripts = {}) {
        QSignalSpy loaded(view.get(), &SoftphoneView::loadFinished);
        view->loadHostDocument(html, scripts);
        return waitUntil([&] { return !loaded.isEmpty(); }) && loaded.first().first().toBool();
    }

    // A real click (a user gesture) in the middle of the page, once the page has its size.
    bool clickPage() {
        view->resize(400, 400);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return false;
        auto *webView = view->findChild<QWebEngineView *>();
        if (!webView || !waitUntil([&] {
                return webView->focusProxy() != nullptr
                       && evaluate(view->page(), QStringLiteral("window.innerWidth")).toInt() > 300;
            }))
            return false;
        // A busy machine's renderer may drop a click that arrives before it can hit-test the page: the page
        // counts the clicks it sees, and the click is sent again until one arrived.
        evaluate(view->page(), QStringLiteral("window.__clicks = 0; document.addEventListener('click', "
                                              "function () { window.__clicks++; }, true); true"));
        QWidget *target = webView->focusProxy();
        const QPoint middle = target->rect().center();
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTest::mouseMove(target, middle);
            QTest::mousePress(target, Qt::LeftButton, {}, middle);
            QTest::mouseRelease(target, Qt::LeftButton, {}, middle);
            if (waitUntil(
                    [&] { return evaluate(view->page(), QStringLiteral("window.__clicks")).toInt() > 0; },
                    3000))
                return true;
        }
        return false;
    }

    QList<QUrl> opened;
    QList<ContactEvent> received;
    SoftphoneBridge bridge{[this](const ContactEvent &event) {
        received << event;
    }};
    std::unique_ptr<SoftphoneView> view;
};

} // namespace

// A CCP frame's `top.location = …` or an IdP popup's `opener.location = …` is a main-frame navigation to an
// allowed origin: it must not replace the host document (and so get the bridge).
TEST_F(HardenedPage, AnAllowedOriginCannotReplaceTheHostDocument) {
    ASSERT_TRUE(load(kHtml));
    QSignalSpy blocked(view->page(), &SoftphonePage::navigationBlocked);
    evaluate(view->page(), QStringLiteral("location.href = 'https://ccp.example/ccp-v2/'; true"));
    ASSERT_TRUE(waitUntil([&] { return !blocked.isEmpty(); }));
    EXPECT_TRUE(blocked.first().at(1).toBool()); // the main frame
    EXPECT_TRUE(opened.isEmpty());
    EXPECT_TRUE(view->page()->isOnHostDocument());
    EXPECT_EQ(evaluate(view->page(), QStringLiteral("document.body.textContent")).toString(),
              QStringLiteral("host"));
}

// The host origin is synthetic: a network page there would be same-origin with the host document.
TEST_F(HardenedPage, TheHostOriginIsNeverLoadedFromTheNetwork) {
    ASSERT_TRUE(load(kHtml));
    QSignalSpy blocked(view->page(), &SoftphonePage::navigationBlocked);
    QSignalSpy refused(view->page(), &SoftphonePage::popupRefused);
    evaluate(view->page(), QStringLiteral("var f = document.createElement('iframe');"
                                          "f.src = 'https://host.example/agent/evil';"
                                          "document.body.appendChild(f);"
                                          "window.open('https://host.example/popup'); true"));
    ASSERT_TRUE(waitUntil([&] { return !blocked.isEmpty() && !refused.isEmpty(); }));
    EXPECT_EQ(blocked.first().at(0).toUrl(), QUrl(QStringLiteral("https://host.example/agent/evil")));
    EXPECT_EQ(refused.first().at(0).toUrl(), QUrl(QStringLiteral("https://host.example/popup")));
    EXPECT_TRUE(view->popups().isEmpty());
}

// Whatever document a script runs in, the C++ side answers only while the main frame shows the host document.
TEST_F(HardenedPage, TheBridgeRefusesCallsOnceTheMainFrameLeftTheHostDocument) {
    const std::optional<QWebEngineScript> caller =
        isolatedWorldScript(QStringLiteral("caller"),
                            QStringLiteral("new QWebChannel(qt.webChannelTransport, function (channel) {"
                                           "  channel.objects.bridge.contactEvent(%1);"
                                           "});")
                                .arg(jsString(validContactEventJson(QStringLiteral("c-host")))));
    ASSERT_TRUE(caller.has_value());
    ASSERT_TRUE(load(kHtml, {*caller}));
    ASSERT_TRUE(waitUntil([&] { return received.size() == 1; }));

    // Another document in the main frame (the scripts are injected there as well).
    QSignalSpy loaded(view->page(), &QWebEnginePage::loadFinished);
    view->page()->setHtml(kHtml, QUrl(QStringLiteral("https://elsewhere.example/")));
    ASSERT_TRUE(waitUntil([&] { return !loaded.isEmpty(); }));
    EXPECT_FALSE(view->page()->isOnHostDocument());
    ASSERT_TRUE(waitUntil([&] { return bridge.droppedCount() >= 1; }));
    EXPECT_EQ(received.size(), 1);
    bridge.contactEvent(validContactEventJson(QStringLiteral("c-direct")));
    EXPECT_EQ(received.size(), 1);
    QSignalSpy dials(&bridge, &SoftphoneBridge::dialRequested);
    bridge.dial(QStringLiteral("+15550100002")); // nor does a dial request reach that document
    EXPECT_TRUE(dials.isEmpty());

    // The app loads the host document again: the bridge works again.
    ASSERT_TRUE(load(kHtml, {*caller}));
    ASSERT_TRUE(waitUntil([&] { return received.size() == 2; }));
}

TEST_F(HardenedPage, AUserClickOnAForeignLinkOpensItInTheSystemBrowser) {
    ASSERT_TRUE(load(QStringLiteral("<!DOCTYPE html><html><body style='margin:0'>"
                                    "<button style='width:100vw;height:100vh'"
                                    " onclick=\"window.open('https://www.example.org/help')\">help</button>"
                                    "</body></html>")));
    ASSERT_TRUE(clickPage());
    ASSERT_TRUE(waitUntil([&] { return !opened.isEmpty(); }));
    EXPECT_EQ(opened.first(), QUrl(QStringLiteral("https://www.example.org/help")));
    EXPECT_TRUE(view->popups().isEmpty());
}

TEST_F(HardenedPage, AtMostTwoPopupsAtATime) {
    ASSERT_TRUE(load(kHtml));
    QSignalSpy refused(view->page(), &SoftphonePage::popupRefused);
    evaluate(view->page(),
             QStringLiteral(
                 "for (var i = 0; i < 5; i++) window.open('https://ccp.example/ccp-v2/?n=' + i, 'p' + i);"
                 "true"));
    ASSERT_TRUE(waitUntil([&] { return refused.size() == 3; })) << refused.size();
    EXPECT_EQ(view->popups().size(), 2);
    EXPECT_TRUE(refused.first().at(1).toString().contains(QStringLiteral("popups open")));
}

TEST_F(HardenedPage, APopupThatNeverLoadsAnAllowedPageIsClosedAndItsTitleNamesItsOrigin) {
    view = std::make_unique<SoftphoneView>(fixtureConfig(kPopupTimeoutMs), &bridge, recordingOpener(&opened));
    ASSERT_TRUE(load(kHtml));
    QSignalSpy popups(view.get(), &SoftphoneView::popupOpened);
    evaluate(view->page(), QStringLiteral("window.open('https://ccp.example/ccp-v2/login', 'login'); true"));
    ASSERT_TRUE(waitUntil([&] { return !popups.isEmpty(); }));
    auto *window = popups.first().first().value<PopupWindow *>();
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(waitUntil([&] {
        return window->windowTitle().startsWith(QStringLiteral("https://ccp.example"));
    })) << window->windowTitle().toStdString();
    // ccp.example does not resolve: the page never loads, and the window goes away without being shown.
    EXPECT_TRUE(waitUntil([&] { return view->popups().isEmpty(); }, kPopupTimeoutMs * 10));
}

namespace {

// The protected console hook, called directly: what would be logged, if anything.
class ConsoleProbe : public SoftphonePage {
public:
    using SoftphonePage::javaScriptConsoleMessage;
    using SoftphonePage::SoftphonePage;
};

QStringList g_consoleLines;

void captureConsole(QtMsgType, const QMessageLogContext &context, const QString &message) {
    if (context.category && qstrcmp(context.category, "callbridge.softphone.console") == 0)
        g_consoleLines << message;
}

} // namespace

TEST(SoftphoneConsole, OffByDefaultAndEscapedWhenEnabled) {
    std::unique_ptr<QWebEngineProfile> profile(new QWebEngineProfile);
    auto page = std::make_unique<ConsoleProbe>(profile.get(), PagePolicies{}, SoftphonePage::Role::Host);
    g_consoleLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureConsole);
    const QString forged = QString::fromUtf16(u"card ok\ncallbridge.ui.bridge: all fine \u202Edeggol");
    page->javaScriptConsoleMessage(QWebEnginePage::ErrorMessageLevel, forged, 7,
                                   QStringLiteral("https://ccp.example/ccp-v2/?token=x"));
    EXPECT_TRUE(g_consoleLines.isEmpty()); // off by default, even for errors

    QLoggingCategory::setFilterRules(QStringLiteral("callbridge.softphone.console.debug=true"));
    page->javaScriptConsoleMessage(QWebEnginePage::ErrorMessageLevel, forged, 7,
                                   QStringLiteral("https://ccp.example/ccp-v2/?token=x"));
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    ASSERT_EQ(g_consoleLines.size(), 1);
    EXPECT_FALSE(g_consoleLines.first().contains(u'\n'));
    EXPECT_FALSE(g_consoleLines.first().contains(QChar(0x202E)));
    EXPECT_TRUE(g_consoleLines.first().contains(
        QStringLiteral("card ok\\ncallbridge.ui.bridge: all fine \\u202edeggol")))
        << g_consoleLines.first().toStdString();
    EXPECT_FALSE(g_consoleLines.first().contains(QStringLiteral("token=x")));
    page.reset();
}

// The Connect session's cookies are the desktop user's only, also in a directory an older version left open.
TEST(SoftphoneProfile, ItsDirectoryIsPrivateOnCreationAndWhenItExists) {
    QTemporaryDir tmp;
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    constexpr QFile::Permissions kOthers =
        QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    const QString fresh = tmp.filePath(QStringLiteral("new/softphone"));
    const QString existing = tmp.filePath(QStringLiteral("softphone"));
    ASSERT_TRUE(QDir().mkpath(existing));
    ASSERT_TRUE(QFile::setPermissions(existing, kOwnerOnly | kOthers));
    for (const QString &path : {fresh, existing}) {
        std::unique_ptr<QWebEngineProfile> profile(createSoftphoneProfile(path, nullptr));
        EXPECT_EQ(QFile::permissions(path) & (kOwnerOnly | kOthers), kOwnerOnly) << path.toStdString();
    }
}
