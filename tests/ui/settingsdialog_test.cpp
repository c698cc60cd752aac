// The settings dialog: every setting round-trips through Save and the loader, a bad value is refused with
// core's words, and the secrets reach the keychain only.
#include "policy/settings.h"
#include "policy/settingspecs.h"
#include "secrets/apitoken.h"
#include "secrets/inmemorysecretstore.h"
#include "settingsamples.h"
#include "ui/secretfield.h"
#include "ui/settingfield.h"
#include "ui/settingsdialog.h"
#include "webenginetestsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

// Every log line while the test runs, to prove a secret never reaches one.
QStringList &capturedLog() {
    static QStringList lines;
    return lines;
}

void capture(QtMsgType, const QMessageLogContext &, const QString &message) {
    capturedLog() << message;
}

class SettingsDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        capturedLog().clear();
        previous = qInstallMessageHandler(capture);
    }
    void TearDown() override { qInstallMessageHandler(previous); }

    std::unique_ptr<SettingsDialog> open() {
        auto dialog = std::make_unique<SettingsDialog>(ini, system, keychain);
        waitUntil([&] { return !dialog->apiToken()->storedState().contains(q("Looking")); }, 5000);
        return dialog;
    }
    QByteArray fileBytes() const {
        QFile file(ini);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    bool saveAndWait(SettingsDialog &dialog) {
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.save();
        return saved.count() > 0 || saved.wait(5000);
    }

    QTemporaryDir dir;
    QString ini = dir.filePath(q("user/callbridge.ini"));
    QString system = dir.filePath(q("system.ini"));
    InMemorySecretStore keychain;
    QtMessageHandler previous = nullptr;
};

} // namespace

TEST_F(SettingsDialogTest, EverySettingHasAFieldWithItsExplanationAndAnAccessibleName) {
    auto dialog = open();
    for (const SettingSpec &spec : settingSpecs()) {
        SettingField *field = dialog->field(spec.key());
        ASSERT_NE(field, nullptr) << spec.key().toStdString();
        EXPECT_FALSE(field->editor()->accessibleName().isEmpty()) << spec.key().toStdString();
        EXPECT_TRUE(SettingField::hasTitle(spec)) << "no title for " << spec.key().toStdString();
        EXPECT_EQ(field->editor()->accessibleName(), field->title());
        EXPECT_EQ(field->editor()->accessibleDescription(), QString::fromUtf8(spec.explanation));
        EXPECT_TRUE(field->editor()->focusPolicy() & Qt::TabFocus) << spec.key().toStdString();
    }
    EXPECT_EQ(SettingsDialog::pageTitle(q("team")), q("Team database"));
    EXPECT_EQ(SettingsDialog::pageTitle(q("ui")), q("Interface"));
}

TEST_F(SettingsDialogTest, EveryFieldRoundTripsThroughSaveAndTheLoader) {
    const QHash<QString, QString> samples = callbridge::test::nonDefaultSettingTexts();
    {
        auto dialog = open();
        for (const SettingSpec &spec : settingSpecs()) {
            ASSERT_TRUE(samples.contains(spec.key())) << spec.key().toStdString();
            dialog->field(spec.key())->setText(samples.value(spec.key()));
            EXPECT_TRUE(dialog->field(spec.key())->isAcceptable()) << spec.key().toStdString();
        }
        ASSERT_TRUE(saveAndWait(*dialog)) << dialog->message().toStdString();
    }
    EXPECT_EQ(readSettingTexts(ini), samples);
    const SettingsLoad loaded = loadSettings(ini);
    EXPECT_TRUE(loaded.notices.isEmpty()) << loaded.notices.join(u'\n').toStdString();
    EXPECT_EQ(loaded.settings.ticketAssignment, TicketAssignment::Agent);
    EXPECT_TRUE(loaded.settings.medialess);
    EXPECT_FALSE(loaded.settings.closeToTray);
    // A dialog opened on the saved file shows every value again.
    auto again = open();
    for (const SettingSpec &spec : settingSpecs())
        EXPECT_EQ(again->field(spec.key())->text(), samples.value(spec.key())) << spec.key().toStdString();
}

// Core's rule, in the window's language: a German admin reads why in German, the key and value as written.
TEST_F(SettingsDialogTest, ABadValueIsExplainedInTheWindowsLanguage) {
    QTranslator german;
    ASSERT_TRUE(german.load(q("callbridge_de"), q(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    auto dialog = open();
    SettingField *url = dialog->field(q("connect/instance_url"));
    url->setText(q("http://acme.my.connect.aws"));
    const QString shown = url->problem();
    QCoreApplication::removeTranslator(&german);
    const Phrase core =
        settingProblemPhrase(*findSettingSpec(q("connect/instance_url")), q("http://acme.my.connect.aws"));
    ASSERT_FALSE(core.isEmpty());
    EXPECT_NE(shown, core.english());
    EXPECT_TRUE(shown.contains(q("[connect] instance_url"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(q("http://acme.my.connect.aws"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(q("expected"))) << shown.toStdString();
}

TEST_F(SettingsDialogTest, ABadValueIsRefusedWithCoresMessageAndNothingIsWritten) {
    saveSettingTexts(ini, {{q("zendesk/url"), q("https://acme.zendesk.com")}});
    const QByteArray before = fileBytes();
    auto dialog = open();
    SettingField *url = dialog->field(q("connect/instance_url"));
    url->setText(q("http://acme.my.connect.aws"));
    const QString core =
        settingProblem(*findSettingSpec(q("connect/instance_url")), q("http://acme.my.connect.aws"));
    ASSERT_FALSE(core.isEmpty());
    EXPECT_EQ(url->problem(), core);
    auto *label = dialog->findChild<QLabel *>(q("connect/instance_url#problem"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().endsWith(core)) << label->text().toStdString();
    // The loader says exactly the same about the same value.
    QSettings(dir.filePath(q("bad.ini")), QSettings::IniFormat)
        .setValue(q("connect/instance_url"), q("http://acme.my.connect.aws"));
    EXPECT_EQ(loadSettings(dir.filePath(q("bad.ini"))).notices, QStringList{q("Ignored setting ") + core});

    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    dialog->save();
    EXPECT_EQ(saved.count(), 0);
    EXPECT_EQ(dialog->message(), q("Not saved: ") + core);
    EXPECT_EQ(fileBytes(), before);
}

TEST_F(SettingsDialogTest, ChoicesShowTheDefaultAndReadAnySpelling) {
    QSettings(system, QSettings::IniFormat).setValue(q("policy/pop_incoming"), q("false"));
    QSettings(ini, QSettings::IniFormat).setValue(q("policy/voice_comment"), q("no"));
    auto dialog = open();
    auto *pop = qobject_cast<QComboBox *>(dialog->field(q("policy/pop_incoming"))->editor());
    ASSERT_NE(pop, nullptr);
    EXPECT_EQ(pop->itemText(0), q("Default (no)")); // the system-wide file's value
    EXPECT_EQ(dialog->field(q("policy/pop_incoming"))->text(), QString());
    EXPECT_EQ(dialog->field(q("policy/voice_comment"))->text(), q("false"));
    auto *region = qobject_cast<QLineEdit *>(dialog->field(q("phone/default_region"))->editor());
    EXPECT_EQ(region->placeholderText(), q("US"));
}

TEST_F(SettingsDialogTest, TheTokenGoesToTheKeychainUnderItsAccountAndNowhereElse) {
    const QString token = q("zK8vQ2mN4pR6sT1uW3xY5aB7cD9eF0gH");
    {
        auto dialog = open();
        dialog->field(q("zendesk/url"))->setText(q("https://acme.zendesk.com"));
        dialog->field(q("zendesk/email"))->setText(q("ann@acme.example"));
        dialog->field(q("team/database"))->setText(q("postgresql://ann@db.acme.example/callbridge"));
        ASSERT_TRUE(dialog->apiToken()->edit()->isEnabled());
        EXPECT_EQ(dialog->apiToken()->edit()->echoMode(), QLineEdit::Password);
        dialog->apiToken()->edit()->setText(token);
        dialog->teamPassword()->edit()->setText(q("hunter2-team"));
        ASSERT_TRUE(saveAndWait(*dialog)) << dialog->message().toStdString();
    }
    std::optional<SecretResult> stored;
    keychain.read(apiTokenKey(QUrl(q("https://acme.zendesk.com")), q("ann@acme.example")), nullptr,
                  [&stored](const SecretResult &r) { stored = r; });
    ASSERT_TRUE(waitUntil([&] { return stored.has_value(); }, 5000));
    EXPECT_EQ(stored->value, token);
    std::optional<SecretResult> password;
    keychain.read(teamPasswordKey(q("db.acme.example"), q("ann")), nullptr,
                  [&password](const SecretResult &r) { password = r; });
    ASSERT_TRUE(waitUntil([&] { return password.has_value(); }, 5000));
    EXPECT_EQ(password->value, q("hunter2-team"));
    EXPECT_EQ(keychain.size(), 2);

    EXPECT_FALSE(fileBytes().contains(token.toUtf8()));
    EXPECT_FALSE(fileBytes().contains("hunter2"));
    EXPECT_FALSE(capturedLog().join(u'\n').contains(token));
    // Opened again, the dialog says a token is stored without showing it.
    auto again = open();
    EXPECT_TRUE(again->apiToken()->edit()->text().isEmpty());
    EXPECT_TRUE(again->apiToken()->storedState().startsWith(q("Stored in the system keychain")))
        << again->apiToken()->storedState().toStdString();
}

TEST_F(SettingsDialogTest, WithoutAnAccountTheTokenFieldWaits) {
    auto dialog = open();
    EXPECT_FALSE(dialog->apiToken()->edit()->isEnabled());
    EXPECT_FALSE(dialog->teamPassword()->edit()->isEnabled()); // no [team] database
    dialog->field(q("zendesk/url"))->setText(q("https://acme.zendesk.com"));
    dialog->field(q("zendesk/email"))->setText(q("ann@acme.example"));
    EXPECT_TRUE(dialog->apiToken()->edit()->isEnabled());
}

TEST_F(SettingsDialogTest, UnknownKeysInTheFileSurviveASave) {
    QSettings(ini, QSettings::IniFormat).setValue(q("custom/site_note"), q("kept"));
    auto dialog = open();
    dialog->field(q("journal/keep_days"))->setText(q("30"));
    ASSERT_TRUE(saveAndWait(*dialog)) << dialog->message().toStdString();
    const QSettings saved(ini, QSettings::IniFormat);
    EXPECT_EQ(saved.value(q("custom/site_note")).toString(), q("kept"));
    EXPECT_EQ(saved.value(q("journal/keep_days")).toString(), q("30"));
}
