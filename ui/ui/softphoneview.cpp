#include "softphoneview.h"

#include "popupwindow.h"
#include "softphonebridge.h"
#include "softphonepage.h"
#include "softphoneprofile.h"
#include "softphonescripts.h"

#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

namespace callbridge::ui {

SoftphoneView::SoftphoneView(SoftphoneConfig config, SoftphoneBridge *bridge, QWidget *parent)
    : SoftphoneView(std::move(config), bridge, ExternalOpener(), parent) {}

SoftphoneView::SoftphoneView(SoftphoneConfig config, SoftphoneBridge *bridge, ExternalOpener opener,
                             QWidget *parent)
    : QWidget(parent)
    , m_config(std::move(config)) {
    m_profile = createSoftphoneProfile(m_config.storagePath, this);
    PagePolicies policies{m_config.navigationPolicy(), m_config.permissionPolicy(), std::move(opener),
                          PopupPolicy(m_config.navigationPolicy()), [this] {
                              return int(popups().size());
                          }};
    m_page = new SoftphonePage(m_profile, std::move(policies), SoftphonePage::Role::Host, this);
    m_channel = new QWebChannel(this);
    if (bridge) {
        m_channel->registerObject(QStringLiteral("bridge"), bridge);
        // Whatever script calls it: the bridge answers only while the main frame shows our host document.
        bridge->setDocumentGate(
            [page = QPointer<SoftphonePage>(m_page)] { return page && page->isOnHostDocument(); });
    }
    // The page's own scripts live in the main world and never see qt.webChannelTransport.
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);

    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(320, 460); // the CCP's smallest designed size

    connect(m_page, &QWebEnginePage::loadFinished, this, &SoftphoneView::loadFinished);
    connect(m_page, &SoftphonePage::popupCreated, this, &SoftphoneView::showPopup);
}

SoftphoneView::~SoftphoneView() {
    // Pages before the profile: popups first, then the view's page.
    for (const QPointer<PopupWindow> &popup : std::as_const(m_popups))
        delete popup.data();
    delete m_view;
    delete m_page;
    delete m_profile;
}

bool SoftphoneView::load(QString *error) {
    QString problem;
    if (!m_config.isValid(&problem)) {
        if (error)
            *error = problem;
        return false;
    }
    const SoftphoneScripts scripts = softphoneScripts(m_config.hostPageConfig());
    const QString html = hostPageHtml();
    if (!scripts.error.isEmpty() || html.isEmpty()) {
        if (error)
            *error = scripts.error.isEmpty() ? QStringLiteral("the softphone host page is missing")
                                             : scripts.error;
        return false;
    }
    loadHostDocument(html, scripts.scripts);
    return true;
}

void SoftphoneView::loadHostDocument(const QString &html, const QList<QWebEngineScript> &scripts) {
    QWebEngineScriptCollection &collection = m_page->scripts();
    collection.clear();
    for (const QWebEngineScript &script : scripts)
        collection.insert(script);
    m_page->loadHostDocument(html, m_config.hostUrl);
}

QList<PopupWindow *> SoftphoneView::popups() const {
    QList<PopupWindow *> open;
    for (const QPointer<PopupWindow> &popup : m_popups) {
        if (popup)
            open << popup.data();
    }
    return open;
}

void SoftphoneView::showPopup(SoftphonePage *popup) {
    m_popups.removeAll(nullptr);
    auto *window = new PopupWindow(popup, this);
    m_popups << window;
    // A popup of a popup (an SSO step) gets its own window as well.
    connect(popup, &SoftphonePage::popupCreated, this, &SoftphoneView::showPopup);
    // Shown once it has loaded an allowed page: a link that only goes to the system browser never flashes a
    // window. One that never gets there (a redirect elsewhere, a page that does not load) is closed.
    const NavigationPolicy policy = m_config.navigationPolicy();
    connect(popup, &QWebEnginePage::loadFinished, window, [window, popup, policy](bool ok) {
        if (ok && !window->isVisible() && policy.isAllowedWebUrl(popup->url()))
            window->show();
    });
    QTimer::singleShot(m_config.popupLoadTimeoutMs, window, [window] {
        if (!window->isVisible())
            window->close();
    });
    Q_EMIT popupOpened(window);
}

} // namespace callbridge::ui
