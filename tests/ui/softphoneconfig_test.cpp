#include "policy/settings.h"
#include "ui/softphoneconfig.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;

TEST(SoftphoneConfig, FromSettings) {
    Settings settings;
    settings.hostOrigin = QStringLiteral("https://agents.example.com");
    settings.connectInstanceUrl = QUrl(QStringLiteral("https://acme.my.connect.aws"));
    settings.ssoSignInUrl = QUrl(QStringLiteral("https://idp.example.com/app/connect/sso"));
    settings.region = QStringLiteral("eu-central-1");
    const SoftphoneConfig config = softphoneConfigFromSettings(settings);
    EXPECT_EQ(config.hostUrl, QUrl(QStringLiteral("https://agents.example.com/")));
    EXPECT_EQ(config.ccpUrl, QUrl(QStringLiteral("https://acme.my.connect.aws/ccp-v2/")));
    EXPECT_EQ(config.identityProviderHosts, QStringList{QStringLiteral("idp.example.com")});
    QString problem;
    EXPECT_TRUE(config.isValid(&problem)) << problem.toStdString();
    const QJsonObject page = config.hostPageConfig();
    EXPECT_EQ(page.value(QStringLiteral("ccpUrl")).toString(),
              QStringLiteral("https://acme.my.connect.aws/ccp-v2/"));
    EXPECT_EQ(page.value(QStringLiteral("loginUrl")).toString(),
              QStringLiteral("https://idp.example.com/app/connect/sso"));
    EXPECT_EQ(page.value(QStringLiteral("region")).toString(), QStringLiteral("eu-central-1"));
}

TEST(SoftphoneConfig, LegacyInstanceUrl) {
    Settings settings;
    settings.hostOrigin = QStringLiteral("https://agents.example.com");
    settings.connectInstanceUrl = QUrl(QStringLiteral("https://acme.awsapps.com/connect/"));
    EXPECT_EQ(softphoneConfigFromSettings(settings).ccpUrl,
              QUrl(QStringLiteral("https://acme.awsapps.com/connect/ccp-v2/")));
}

// The same rule as the links in the notes: an awsapps.com instance lives below /connect.
TEST(SoftphoneConfig, AwsappsInstanceWithoutConnectPathGetsIt) {
    for (const char *given : {"https://acme.awsapps.com", "https://acme.awsapps.com/"}) {
        Settings settings;
        settings.connectInstanceUrl = QUrl(QString::fromLatin1(given));
        EXPECT_EQ(softphoneConfigFromSettings(settings).ccpUrl,
                  QUrl(QStringLiteral("https://acme.awsapps.com/connect/ccp-v2/")))
            << given;
    }
}

TEST(SoftphoneConfig, MedialessModeReachesTheHostPage) {
    Settings settings;
    settings.hostOrigin = QStringLiteral("https://agents.example.com");
    settings.connectInstanceUrl = QUrl(QStringLiteral("https://acme.my.connect.aws"));
    EXPECT_FALSE(
        softphoneConfigFromSettings(settings).hostPageConfig().contains(QStringLiteral("medialess")));
    settings.medialess = true;
    const SoftphoneConfig config = softphoneConfigFromSettings(settings);
    EXPECT_TRUE(config.medialess);
    EXPECT_TRUE(config.hostPageConfig().value(QStringLiteral("medialess")).toBool());
}

TEST(SoftphoneConfig, MissingOriginsAreReported) {
    QString problem;
    EXPECT_FALSE(softphoneConfigFromSettings(Settings{}).isValid(&problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("host_origin"))) << problem.toStdString();
}

TEST(SoftphoneConfig, SandboxServesBoth) {
    const SoftphoneConfig config = softphoneConfigForSandbox(QUrl(QStringLiteral("http://127.0.0.1:43123")));
    EXPECT_EQ(config.hostUrl, QUrl(QStringLiteral("http://127.0.0.1:43123/")));
    EXPECT_EQ(config.ccpUrl, QUrl(QStringLiteral("http://127.0.0.1:43123/ccp-v2/")));
    EXPECT_TRUE(config.storagePath.isEmpty()); // off the record
    EXPECT_EQ(config.permissionPolicy().decide(QUrl(QStringLiteral("http://127.0.0.1:43123/")),
                                               PermissionKind::Microphone),
              PermissionDecision::Grant);
}

// The framed softphone captures audio in the CCP's frame: only the CCP origin gets the microphone.
TEST(SoftphoneConfig, MicrophoneForTheCcpOriginOnly) {
    SoftphoneConfig config;
    config.hostUrl = QUrl(QStringLiteral("https://agents.example.com/"));
    config.ccpUrl = QUrl(QStringLiteral("https://acme.my.connect.aws/ccp-v2/"));
    const PermissionPolicy policy = config.permissionPolicy();
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("https://acme.my.connect.aws/")), PermissionKind::Microphone),
              PermissionDecision::Grant);
    EXPECT_EQ(policy.decide(QUrl(QStringLiteral("https://agents.example.com/")), PermissionKind::Microphone),
              PermissionDecision::Deny);
}
