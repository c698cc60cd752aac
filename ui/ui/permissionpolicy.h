#pragma once

#include "origin.h"

#include <QList>
#include <QUrl>

namespace callbridge::ui {

// What a page asks for, independent of the Qt version's permission API.
enum class PermissionKind {
    Microphone,
    Camera,
    CameraAndMicrophone,
    ScreenCapture,
    Geolocation,
    Notifications,
    Clipboard,
    PointerLock,
    Other
};

enum class PermissionDecision { Grant, Deny };

// The softphone needs exactly one permission: the microphone, for the CCP (whose frame asks for it) and the
// host page. Everything else, and the microphone for any other origin, is denied. No prompts, nothing
// remembered.
class PermissionPolicy {
public:
    PermissionPolicy() = default;
    explicit PermissionPolicy(QList<Origin> microphoneOrigins);

    PermissionDecision decide(const QUrl &securityOrigin, PermissionKind kind) const;

private:
    QList<Origin> m_microphoneOrigins;
};

QString permissionKindName(PermissionKind kind);

} // namespace callbridge::ui
