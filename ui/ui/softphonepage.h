#pragma once

#include "externalopener.h"
#include "navigationpolicy.h"
#include "permissionpolicy.h"
#include "popuppolicy.h"

#include <QWebEnginePage>
#include <QtGlobal>
#include <functional>

class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
class QWebEnginePermission;
#endif

namespace callbridge::ui {

struct PagePolicies {
    NavigationPolicy navigation;
    PermissionPolicy permissions;
    ExternalOpener opener;
    PopupPolicy popups;
    std::function<int()> openPopups; // how many popup windows are open now (all pages together)
};

// Qt glue for the softphone's policies; the decisions themselves are NavigationPolicy, PopupPolicy and
// PermissionPolicy.
// - navigation: the allow-list, in every frame; the host's main frame is pinned to the host document, which
//   only loadHostDocument() loads; nothing leaves for the system browser by navigation;
// - new windows: decided in newWindowRequested from the requested URL and the user gesture (createWindow
// never
//   opens anything): a popup page of the same profile and policies, the system browser, or nothing;
// - permissions: answered at once per PermissionPolicy (Qt 6.4 feature API; QWebEnginePermission from
//   Qt 6.8);
// - certificate errors: rejected, always;
// - file choosers: refused; console messages: logged escaped at debug level in callbridge.softphone.console,
//   which is off by default (QT_LOGGING_RULES="callbridge.softphone.console.debug=true" turns it on).
class SoftphonePage : public QWebEnginePage {
    Q_OBJECT
public:
    enum class Role { Host, Popup };

    SoftphonePage(QWebEngineProfile *profile, PagePolicies policies, Role role, QObject *parent = nullptr);

    Role role() const { return m_role; }

    // The host page's document: `html` under `baseUrl` (setHtml). The bridge works only while the main frame
    // shows it.
    void loadHostDocument(const QString &html, const QUrl &baseUrl);
    bool isOnHostDocument() const { return m_role == Role::Host && m_onHostDocument; }

Q_SIGNALS:
    void navigationBlocked(const QUrl &url, bool mainFrame);
    void openedExternally(const QUrl &url);
    void permissionAnswered(const QUrl &origin, callbridge::ui::PermissionKind kind,
                            callbridge::ui::PermissionDecision decision);
    void certificateRejected(const QUrl &url, const QString &description);
    void popupCreated(callbridge::ui::SoftphonePage *popup);
    void popupRefused(const QUrl &url, const QString &reason);
    void popupFinished(); // a popup that has nothing (more) to show: close its window

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    void onNewWindowRequested(QWebEngineNewWindowRequest &request);
    void onUrlChanged(const QUrl &url);
    void onCertificateError(const QWebEngineCertificateError &error);
    PermissionDecision answerPermission(const QUrl &origin, PermissionKind kind);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void onPermissionRequested(QWebEnginePermission permission);
#else
    void onFeaturePermissionRequested(const QUrl &origin, Feature feature);
#endif

    PagePolicies m_policies;
    Role m_role;
    bool m_onHostDocument = false;
};

} // namespace callbridge::ui
