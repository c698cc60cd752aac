#pragma once

#include "externalopener.h"
#include "navigationpolicy.h"
#include "permissionpolicy.h"

#include <QWebEnginePage>
#include <QtGlobal>

class QWebEngineCertificateError;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
class QWebEnginePermission;
#endif

namespace callbridge::ui {

struct PagePolicies {
    NavigationPolicy navigation;
    PermissionPolicy permissions;
    ExternalOpener opener;
};

// Qt glue for the softphone's policies; the decisions themselves are NavigationPolicy and PermissionPolicy.
// - navigation: the allow-list, in every frame; links that leave go to the system browser through the one
// opener;
// - popups (window.open: the Connect login, SSO): a page of the same profile with the same policies; the view
//   shows it in a window that closes when the page asks (windowCloseRequested) or the popup leaves the
//   allow-list;
// - permissions: answered at once per PermissionPolicy (Qt 6.4 feature API; QWebEnginePermission from
// Qt 6.8);
// - certificate errors: rejected, always;
// - file choosers: refused; console messages: logged (category callbridge.softphone.console).
class SoftphonePage : public QWebEnginePage {
    Q_OBJECT
public:
    enum class Role { Host, Popup };

    SoftphonePage(QWebEngineProfile *profile, PagePolicies policies, Role role, QObject *parent = nullptr);

    Role role() const { return m_role; }

Q_SIGNALS:
    void navigationBlocked(const QUrl &url, bool mainFrame);
    void openedExternally(const QUrl &url);
    void permissionAnswered(const QUrl &origin, callbridge::ui::PermissionKind kind,
                            callbridge::ui::PermissionDecision decision);
    void certificateRejected(const QUrl &url, const QString &description);
    void popupCreated(callbridge::ui::SoftphonePage *popup);
    void popupFinished(); // a popup that has nothing (more) to show: close its window

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    void onCertificateError(const QWebEngineCertificateError &error);
    PermissionDecision answerPermission(const QUrl &origin, PermissionKind kind);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void onPermissionRequested(QWebEnginePermission permission);
#else
    void onFeaturePermissionRequested(const QUrl &origin, Feature feature);
#endif

    PagePolicies m_policies;
    Role m_role;
};

} // namespace callbridge::ui
