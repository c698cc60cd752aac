#include "softphonepage.h"

#include "logtext.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebEngineCertificateError>
#include <QWebEngineNewWindowRequest>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QWebEnginePermission>
#endif

namespace callbridge::ui {

namespace {

Q_LOGGING_CATEGORY(lcPolicy, "callbridge.ui.policy")
// Off by default: the page's console is third-party chatter that may carry caller data.
Q_LOGGING_CATEGORY(lcConsole, "callbridge.softphone.console", QtInfoMsg)

constexpr int kMaxConsoleChars = 2000;

NavigationKind navigationKind(QWebEnginePage::NavigationType type) {
    switch (type) {
    case QWebEnginePage::NavigationTypeTyped:
        return NavigationKind::Programmatic;
    case QWebEnginePage::NavigationTypeReload:
        return NavigationKind::Reload;
    case QWebEnginePage::NavigationTypeLinkClicked:
        return NavigationKind::LinkClicked;
    case QWebEnginePage::NavigationTypeFormSubmitted:
        return NavigationKind::FormSubmitted;
    case QWebEnginePage::NavigationTypeBackForward:
        return NavigationKind::BackForward;
    case QWebEnginePage::NavigationTypeRedirect:
        return NavigationKind::Redirect;
    default: // NavigationTypeOther and anything a later Qt adds
        break;
    }
    return NavigationKind::Other;
}

// Never log a whole URL: queries may carry SSO tokens.
QString safeUrl(const QUrl &url) {
    if (url.scheme() == QLatin1String("data"))
        return QStringLiteral("data:…");
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
PermissionKind permissionKind(QWebEnginePage::Feature feature) {
    switch (feature) {
    case QWebEnginePage::MediaAudioCapture:
        return PermissionKind::Microphone;
    case QWebEnginePage::MediaVideoCapture:
        return PermissionKind::Camera;
    case QWebEnginePage::MediaAudioVideoCapture:
        return PermissionKind::CameraAndMicrophone;
    case QWebEnginePage::DesktopVideoCapture:
    case QWebEnginePage::DesktopAudioVideoCapture:
        return PermissionKind::ScreenCapture;
    case QWebEnginePage::Geolocation:
        return PermissionKind::Geolocation;
    case QWebEnginePage::Notifications:
        return PermissionKind::Notifications;
    case QWebEnginePage::MouseLock:
        return PermissionKind::PointerLock;
    default:
        break;
    }
    return PermissionKind::Other;
}
#else
PermissionKind permissionKind(QWebEnginePermission::PermissionType type) {
    using T = QWebEnginePermission::PermissionType;
    switch (type) {
    case T::MediaAudioCapture:
        return PermissionKind::Microphone;
    case T::MediaVideoCapture:
        return PermissionKind::Camera;
    case T::MediaAudioVideoCapture:
        return PermissionKind::CameraAndMicrophone;
    case T::DesktopVideoCapture:
    case T::DesktopAudioVideoCapture:
        return PermissionKind::ScreenCapture;
    case T::Geolocation:
        return PermissionKind::Geolocation;
    case T::Notifications:
        return PermissionKind::Notifications;
    case T::ClipboardReadWrite:
        return PermissionKind::Clipboard;
    case T::MouseLock:
        return PermissionKind::PointerLock;
    default:
        break;
    }
    return PermissionKind::Other;
}
#endif

} // namespace

SoftphonePage::SoftphonePage(QWebEngineProfile *profile, PagePolicies policies, Role role, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policies(std::move(policies))
    , m_role(role) {
    connect(this, &QWebEnginePage::certificateError, this, &SoftphonePage::onCertificateError);
    connect(this, &QWebEnginePage::newWindowRequested, this, &SoftphonePage::onNewWindowRequested);
    connect(this, &QWebEnginePage::urlChanged, this, &SoftphonePage::onUrlChanged);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    connect(this, &QWebEnginePage::permissionRequested, this, &SoftphonePage::onPermissionRequested);
#else
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            &SoftphonePage::onFeaturePermissionRequested);
#endif
}

bool SoftphonePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    const NavigationFrame frame =
        m_role == Role::Host
            ? (isMainFrame ? NavigationFrame::HostMainFrame : NavigationFrame::HostSubframe)
            : (isMainFrame ? NavigationFrame::PopupMainFrame : NavigationFrame::PopupSubframe);
    const NavigationDecision decision = m_policies.navigation.decide(url, navigationKind(type), frame);
    if (decision == NavigationDecision::Allow) {
        if (frame == NavigationFrame::HostMainFrame)
            m_onHostDocument = true; // the policy lets only the host document into the host's main frame
        return true;
    }

    const bool emptyPopup = m_role == Role::Popup && isMainFrame && !url.isEmpty() && this->url().isEmpty();
    qCWarning(lcPolicy).noquote() << "navigation blocked:" << safeUrl(url)
                                  << (isMainFrame ? "(main frame)" : "(subframe)");
    Q_EMIT navigationBlocked(url, isMainFrame);
    // A popup whose first page is not ours to show has nothing to show at all.
    if (emptyPopup)
        QTimer::singleShot(0, this, [this] { Q_EMIT popupFinished(); });
    return false;
}

void SoftphonePage::loadHostDocument(const QString &html, const QUrl &baseUrl) {
    m_onHostDocument = false; // until the navigation policy has let it in
    setHtml(html, baseUrl);
}

// The virtual URL of the host document is the base URL's origin; anything else means it was replaced.
void SoftphonePage::onUrlChanged(const QUrl &url) {
    if (m_onHostDocument && Origin::fromUrl(url) != m_policies.navigation.hostOrigin()) {
        m_onHostDocument = false;
        qCWarning(lcPolicy).noquote()
            << "the main frame left the host document for" << safeUrl(url) << "; the bridge refuses calls";
    }
}

// Never opens a window itself: every new window is decided in onNewWindowRequested, which knows the URL and
// whether the user asked for it.
QWebEnginePage *SoftphonePage::createWindow(WebWindowType) {
    return nullptr;
}

void SoftphonePage::onNewWindowRequested(QWebEngineNewWindowRequest &request) {
    const QUrl url = request.requestedUrl();
    const int open = m_policies.openPopups ? m_policies.openPopups() : 0;
    const PopupVerdict verdict = m_policies.popups.decide(url, request.isUserInitiated(), open);
    switch (verdict.decision) {
    case PopupDecision::OpenPopup: {
        // Same profile (the login's cookies are the CCP's), same policies, no bridge and no scripts of ours.
        auto *popup = new SoftphonePage(profile(), m_policies, Role::Popup, this);
        connect(popup, &QWebEnginePage::windowCloseRequested, popup, &SoftphonePage::popupFinished);
        request.openIn(popup);
        Q_EMIT popupCreated(popup);
        return;
    }
    case PopupDecision::OpenExternally:
        if (m_policies.opener.open(url)) {
            Q_EMIT openedExternally(url);
            return;
        }
        Q_EMIT popupRefused(url, QStringLiteral("the system browser refused it or too many were opened"));
        return;
    case PopupDecision::Refuse:
        qCWarning(lcPolicy).noquote() << "new window refused:" << safeUrl(url) << "-" << verdict.reason;
        Q_EMIT popupRefused(url, verdict.reason);
        return;
    }
}

QStringList SoftphonePage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &) {
    qCWarning(lcPolicy) << "file chooser refused";
    return {};
}

void SoftphonePage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                             int lineNumber, const QString &sourceID) {
    if (!lcConsole().isDebugEnabled())
        return;
    const char *levelName = level == ErrorMessageLevel     ? "error"
                            : level == WarningMessageLevel ? "warning"
                                                           : "info";
    qCDebug(lcConsole).noquote() << levelName
                                 << escapedForLog(
                                        QStringLiteral("%1:%2").arg(safeUrl(QUrl(sourceID))).arg(lineNumber),
                                        kMaxConsoleChars)
                                 << escapedForLog(message, kMaxConsoleChars);
}

void SoftphonePage::onCertificateError(const QWebEngineCertificateError &error) {
    QWebEngineCertificateError copy = error; // fail closed: never accepted, never deferred to a prompt
    copy.rejectCertificate();
    qCWarning(lcPolicy).noquote() << "certificate error, refused:" << safeUrl(error.url())
                                  << error.description();
    Q_EMIT certificateRejected(error.url(), error.description());
}

PermissionDecision SoftphonePage::answerPermission(const QUrl &origin, PermissionKind kind) {
    const PermissionDecision decision = m_policies.permissions.decide(origin, kind);
    qCInfo(lcPolicy).noquote() << "permission" << permissionKindName(kind) << "for"
                               << Origin::fromUrl(origin).toString()
                               << (decision == PermissionDecision::Grant ? "granted" : "denied");
    Q_EMIT permissionAnswered(origin, kind, decision);
    return decision;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void SoftphonePage::onPermissionRequested(QWebEnginePermission permission) {
    if (answerPermission(permission.origin(), permissionKind(permission.permissionType()))
        == PermissionDecision::Grant) {
        permission.grant();
    } else {
        permission.deny();
    }
}
#else
void SoftphonePage::onFeaturePermissionRequested(const QUrl &origin, Feature feature) {
    const PermissionDecision decision = answerPermission(origin, permissionKind(feature));
    setFeaturePermission(origin, feature,
                         decision == PermissionDecision::Grant ? PermissionGrantedByUser
                                                               : PermissionDeniedByUser);
}
#endif

} // namespace callbridge::ui
