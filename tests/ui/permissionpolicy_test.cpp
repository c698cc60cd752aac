#include "ui/permissionpolicy.h"

#include <gtest/gtest.h>

using namespace callbridge::ui;

namespace {

PermissionPolicy policy() {
    return PermissionPolicy({Origin::fromString(QStringLiteral("https://acme.my.connect.aws")),
                             Origin::fromString(QStringLiteral("http://127.0.0.1:8811"))});
}

} // namespace

TEST(PermissionPolicy, MicrophoneOnlyForTheCcpAndHostOrigins) {
    const PermissionPolicy p = policy();
    // Qt reports the requesting frame's origin, usually with a trailing slash
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("https://acme.my.connect.aws/")), PermissionKind::Microphone),
              PermissionDecision::Grant);
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("http://127.0.0.1:8811/")), PermissionKind::Microphone),
              PermissionDecision::Grant);
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("https://evil.example/")), PermissionKind::Microphone),
              PermissionDecision::Deny);
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("http://acme.my.connect.aws/")), PermissionKind::Microphone),
              PermissionDecision::Deny);
    EXPECT_EQ(p.decide(QUrl(QStringLiteral("http://127.0.0.1:8812/")), PermissionKind::Microphone),
              PermissionDecision::Deny);
    EXPECT_EQ(p.decide(QUrl(), PermissionKind::Microphone), PermissionDecision::Deny);
}

TEST(PermissionPolicy, EverythingElseIsDeniedEvenForTheCcp) {
    const PermissionPolicy p = policy();
    const QUrl ccp(QStringLiteral("https://acme.my.connect.aws/"));
    for (PermissionKind kind :
         {PermissionKind::Camera, PermissionKind::CameraAndMicrophone, PermissionKind::ScreenCapture,
          PermissionKind::Geolocation, PermissionKind::Notifications, PermissionKind::Clipboard,
          PermissionKind::PointerLock, PermissionKind::Other}) {
        EXPECT_EQ(p.decide(ccp, kind), PermissionDecision::Deny) << permissionKindName(kind).toStdString();
    }
}
