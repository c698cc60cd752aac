#pragma once

#include <QString>

class QObject;
class QWebEngineProfile;
class QWebEngineSettings;

namespace callbridge::ui {

// The softphone's own browser profile. With a storage path it is persistent (cookies — including session
// cookies — local storage and cache survive restarts, so the agent stays signed in to Connect); without one
// it is off the record (tests). Never the default profile, which other web views could share.
QWebEngineProfile *createSoftphoneProfile(const QString &storagePath, QObject *parent);

// Default storage: <AppDataLocation>/softphone.
QString defaultSoftphoneStoragePath();

// Locks down a page's settings: no insecure content, no local-file access, unknown URL schemes refused, no
// plugins, clipboard or fullscreen; window.open allowed (the Connect login popup; createWindow decides what
// opens); media may autoplay (the ringtone).
void applySoftphoneSettings(QWebEngineSettings *settings);

} // namespace callbridge::ui
