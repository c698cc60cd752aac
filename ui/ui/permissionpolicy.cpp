#include "permissionpolicy.h"

namespace callbridge::ui {

PermissionPolicy::PermissionPolicy(QList<Origin> microphoneOrigins) {
    for (const Origin &origin : std::as_const(microphoneOrigins)) {
        if (origin.isValid())
            m_microphoneOrigins << origin;
    }
}

PermissionDecision PermissionPolicy::decide(const QUrl &securityOrigin, PermissionKind kind) const {
    if (kind != PermissionKind::Microphone)
        return PermissionDecision::Deny;
    const Origin origin = Origin::fromUrl(securityOrigin);
    return origin.isValid() && m_microphoneOrigins.contains(origin) ? PermissionDecision::Grant
                                                                    : PermissionDecision::Deny;
}

QString permissionKindName(PermissionKind kind) {
    switch (kind) {
    case PermissionKind::Microphone:
        return QStringLiteral("microphone");
    case PermissionKind::Camera:
        return QStringLiteral("camera");
    case PermissionKind::CameraAndMicrophone:
        return QStringLiteral("camera and microphone");
    case PermissionKind::ScreenCapture:
        return QStringLiteral("screen capture");
    case PermissionKind::Geolocation:
        return QStringLiteral("geolocation");
    case PermissionKind::Notifications:
        return QStringLiteral("notifications");
    case PermissionKind::Clipboard:
        return QStringLiteral("clipboard");
    case PermissionKind::PointerLock:
        return QStringLiteral("pointer lock");
    case PermissionKind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace callbridge::ui
