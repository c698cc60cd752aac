#include "softphoneprofile.h"

#include "secrets/privatefiles.h"

#include <QDebug>
#include <QStandardPaths>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace callbridge::ui {

QString defaultSoftphoneStoragePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/softphone");
}

QWebEngineProfile *createSoftphoneProfile(const QString &storagePath, QObject *parent) {
    if (storagePath.isEmpty()) {
        auto *profile = new QWebEngineProfile(parent); // off the record
        applySoftphoneSettings(profile->settings());
        return profile;
    }
    // Cookies and local storage of the agent's Connect session: the desktop user's only (0700, also when the
    // directory already exists).
    QString problem;
    if (!makePrivateDirectory(storagePath, &problem))
        qWarning().noquote() << "softphone profile:" << problem;
    auto *profile = new QWebEngineProfile(QStringLiteral("softphone"), parent);
    profile->setPersistentStoragePath(storagePath);
    profile->setCachePath(storagePath + QStringLiteral("/cache"));
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    applySoftphoneSettings(profile->settings());
    return profile;
}

void applySoftphoneSettings(QWebEngineSettings *settings) {
    using S = QWebEngineSettings;
    settings->setAttribute(S::JavascriptEnabled, true);
    settings->setAttribute(S::JavascriptCanOpenWindows, true); // Streams' login popup; see createWindow
    settings->setAttribute(S::JavascriptCanAccessClipboard, false);
    settings->setAttribute(S::JavascriptCanPaste, false);
    settings->setAttribute(S::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(S::LocalStorageEnabled, true); // Streams keeps its state there
    settings->setAttribute(S::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(S::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(S::AllowRunningInsecureContent, false);
    settings->setAttribute(S::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(S::PluginsEnabled, false);
    settings->setAttribute(S::PdfViewerEnabled, false);
    settings->setAttribute(S::FullScreenSupportEnabled, false);
    settings->setAttribute(S::ScreenCaptureEnabled, false);
    settings->setAttribute(S::NavigateOnDropEnabled, false);
    settings->setAttribute(S::HyperlinkAuditingEnabled, false);
    settings->setAttribute(S::PlaybackRequiresUserGesture, false); // the ringtone must play unattended
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

} // namespace callbridge::ui
