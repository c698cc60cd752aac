// The first-run wizard end to end against the sandbox's Zendesk (in this process), and "Test connection"'s
// answers for bad credentials, an end user and nobody listening.
#include "policy/settings.h"
#include "sandbox/sandboxapp.h"
#include "secrets/apitoken.h"
#include "secrets/inmemorysecretstore.h"
#include "ui/connectiontest.h"
#include "ui/firstrunwizard.h"
#include "ui/secretfield.h"
#include "ui/settingfield.h"
#include "webenginetestsupport.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

class FirstRunWizardTest : public ::testing::Test {
protected:
    void SetUp() override {
        sandbox::SandboxOptions options;
        options.ephemeral = true;
        QString error;
        ASSERT_TRUE(sandbox.start(options, &error)) << error.toStdString();
    }

    void fillZendesk(FirstRunWizard &wizard, const QString &url, const QString &email, const QString &token) {
        wizard.field(q("zendesk/url"))->setText(url);
        wizard.field(q("zendesk/email"))->setText(email);
        wizard.apiToken()->edit()->setText(token);
    }
    QString testConnection(ConnectionTest &test) {
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.button()->click();
        EXPECT_TRUE(finished.count() > 0 || finished.wait(20'000));
        return test.result();
    }

    sandbox::Sandbox sandbox;
    QTemporaryDir dir;
    QString ini = dir.filePath(q("callbridge.ini"));
    InMemorySecretStore keychain;
};

} // namespace

TEST_F(FirstRunWizardTest, FromNothingToSavedSettingsAndAStoredToken) {
    FirstRunWizard wizard(ini, keychain);
    wizard.show();
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isVisible());
    wizard.next();
    // Connect: either instance URL form, with the softphone's address shown.
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    wizard.field(q("connect/instance_url"))->setText(q("https://acme.awsapps.com"));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    auto *preview = wizard.findChild<QLabel *>(q("ccpPreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->text(), q("The softphone will load https://acme.awsapps.com/connect/ccp-v2/"));
    wizard.field(q("connect/instance_url"))->setText(q("https://acme.my.connect.aws"));
    EXPECT_EQ(preview->text(), q("The softphone will load https://acme.my.connect.aws/ccp-v2/"));
    wizard.next();
    // Host origin: a path is refused with core's words.
    wizard.field(q("softphone/host_origin"))->setText(q("https://callbridge.acme.example/ccp"));
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    EXPECT_TRUE(wizard.field(q("softphone/host_origin"))->problem().contains(q("expected an https origin")));
    wizard.field(q("softphone/host_origin"))->setText(q("https://callbridge.acme.example"));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    wizard.next();
    // Zendesk: the sandbox, its agent and token; the test signs in.
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    fillZendesk(wizard, sandbox.baseUrl().toString(), q("agent@example.com"), q("sandbox"));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    const QString result = testConnection(*wizard.connectionTest());
    EXPECT_TRUE(wizard.connectionTest()->lastSucceeded()) << result.toStdString();
    EXPECT_TRUE(result.contains(q("Alex Agent, agent, 127.0.0.1"))) << result.toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 4);
    QSignalSpy finished(&wizard, &QWizard::finished);
    wizard.button(QWizard::FinishButton)->click();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(5000)) << wizard.message().toStdString();
    EXPECT_EQ(finished.first().first().toInt(), int(QDialog::Accepted));

    const SettingsLoad loaded = loadSettings(ini);
    EXPECT_TRUE(loaded.notices.isEmpty()) << loaded.notices.join(u'\n').toStdString();
    EXPECT_EQ(loaded.settings.connectInstanceUrl, QUrl(q("https://acme.my.connect.aws")));
    EXPECT_EQ(loaded.settings.hostOrigin, q("https://callbridge.acme.example"));
    EXPECT_EQ(loaded.settings.zendeskUrl, sandbox.baseUrl());
    EXPECT_EQ(loaded.settings.zendeskEmail, q("agent@example.com"));
    std::optional<SecretResult> stored;
    keychain.read(apiTokenKey(sandbox.baseUrl(), q("agent@example.com")), nullptr,
                  [&stored](const SecretResult &r) { stored = r; });
    ASSERT_TRUE(waitUntil([&] { return stored.has_value(); }, 5000));
    EXPECT_EQ(stored->value, q("sandbox"));
    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("sandbox\n")); // the token is not in the file
}

TEST_F(FirstRunWizardTest, TryTheDemoEndsTheWizardWithTheDemoChoiceAndSavesNothing) {
    FirstRunWizard wizard(ini, keychain);
    wizard.show();
    QAbstractButton *demo = wizard.button(QWizard::CustomButton1);
    ASSERT_NE(demo, nullptr);
    EXPECT_TRUE(demo->isVisible());
    EXPECT_EQ(demo->text(), q("Try the demo"));
    QSignalSpy finished(&wizard, &QWizard::finished);
    demo->click();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.first().first().toInt(), FirstRunWizard::kDemoRequested);
    EXPECT_FALSE(QFile::exists(ini));
    EXPECT_EQ(keychain.size(), 0);
}

TEST_F(FirstRunWizardTest, TestConnectionNamesBadCredentialsAnEndUserAndAnUnreachableZendesk) {
    FirstRunWizard wizard(ini, keychain);
    fillZendesk(wizard, sandbox.baseUrl().toString(), q("agent@example.com"), q("wrong-token"));
    QString result = testConnection(*wizard.connectionTest());
    EXPECT_FALSE(wizard.connectionTest()->lastSucceeded());
    EXPECT_TRUE(result.contains(q("refused the credentials (401)"))) << result.toStdString();
    EXPECT_FALSE(result.contains(q("wrong-token")));

    fillZendesk(wizard, sandbox.baseUrl().toString(), q("ada@example.com"), q("sandbox"));
    result = testConnection(*wizard.connectionTest());
    EXPECT_TRUE(result.contains(q("Ada Lovelace is an end user at 127.0.0.1"))) << result.toStdString();

    QTcpServer closed; // a port that was free a moment ago: nobody listens there
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    fillZendesk(wizard, QStringLiteral("http://127.0.0.1:%1").arg(port), q("agent@example.com"),
                q("sandbox"));
    result = testConnection(*wizard.connectionTest());
    EXPECT_TRUE(result.contains(q("127.0.0.1 is unreachable"))) << result.toStdString();
}

TEST_F(FirstRunWizardTest, TheWizardStartsFromWhatTheFileAlreadyHas) {
    saveSettingTexts(ini, {{q("zendesk/url"), q("https://acme.zendesk.com")}});
    FirstRunWizard wizard(ini, keychain);
    EXPECT_EQ(wizard.field(q("zendesk/url"))->text(), q("https://acme.zendesk.com"));
    EXPECT_EQ(wizard.field(q("zendesk/email"))->text(), QString());
}

// An admin setting Callbridge up in German gets German ticket notes unless they choose otherwise; in English
// the default (English) stays and nothing is written for it.
TEST_F(FirstRunWizardTest, TheNotesLanguageStartsAsTheLanguageOfTheSetUp) {
    const QLocale before;
    QLocale::setDefault(QLocale(q("de_DE")));
    {
        FirstRunWizard wizard(ini, keychain);
        EXPECT_EQ(wizard.field(q("zendesk/note_language"))->text(), q("de"));
    }
    QLocale::setDefault(QLocale(q("en_GB")));
    {
        FirstRunWizard wizard(ini, keychain);
        EXPECT_EQ(wizard.field(q("zendesk/note_language"))->text(), QString());
    }
    QLocale::setDefault(before);
}
