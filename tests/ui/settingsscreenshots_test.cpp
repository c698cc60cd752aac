// Pictures of the first-run wizard, the settings dialog (light and dark palette), the tray menu and the About
// dialog, for a person to look at: CALLBRIDGE_SETTINGS_SCREENSHOTS=<folder> (scripts/screenshots-settings.sh
// runs it under Xvfb). Skipped otherwise.
#include "darkpalette.h"
#include "policy/settings.h"
#include "secrets/inmemorysecretstore.h"
#include "ui/aboutdialog.h"
#include "ui/connectiontest.h"
#include "ui/firstrunwizard.h"
#include "ui/secretfield.h"
#include "ui/settingfield.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"
#include "webenginetestsupport.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

class Screenshots : public ::testing::Test {
protected:
    void SetUp() override {
        folder = qEnvironmentVariable("CALLBRIDGE_SETTINGS_SCREENSHOTS");
        if (folder.isEmpty())
            GTEST_SKIP() << "set CALLBRIDGE_SETTINGS_SCREENSHOTS=<folder> to save screenshots";
        QDir().mkpath(folder);
        light = QApplication::palette();
    }
    void TearDown() override { QApplication::setPalette(light); }

    void save(QWidget &widget, const QString &name) {
        widget.show();
        QTest::qWait(200); // only for pictures: let the window system paint
        const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
        EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    }

    QString folder;
    QPalette light;
    QTemporaryDir dir;
    InMemorySecretStore keychain;
};

} // namespace

TEST_F(Screenshots, Wizard) {
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        FirstRunWizard wizard(dir.filePath(QStringLiteral("wizard.ini")), keychain);
        save(wizard, QStringLiteral("wizard-1-welcome") + suffix);
        wizard.next();
        wizard.field(QStringLiteral("connect/instance_url"))
            ->setText(QStringLiteral("https://acme.awsapps.com"));
        save(wizard, QStringLiteral("wizard-2-connect") + suffix);
        wizard.next();
        wizard.field(QStringLiteral("softphone/host_origin"))
            ->setText(QStringLiteral("https://callbridge.acme.example/x"));
        save(wizard, QStringLiteral("wizard-3-origin-invalid") + suffix);
        wizard.field(QStringLiteral("softphone/host_origin"))
            ->setText(QStringLiteral("https://callbridge.acme.example"));
        wizard.next();
        wizard.field(QStringLiteral("zendesk/url"))->setText(QStringLiteral("https://acme.zendesk.com"));
        wizard.field(QStringLiteral("zendesk/email"))->setText(QStringLiteral("ann@acme.example"));
        wizard.apiToken()->edit()->setText(QStringLiteral("secret-token"));
        waitUntil([&] { return !wizard.apiToken()->storedState().contains(QStringLiteral("Looking")); },
                  3000);
        save(wizard, QStringLiteral("wizard-4-zendesk") + suffix);
        wizard.next();
        save(wizard, QStringLiteral("wizard-5-done") + suffix);
    }
}

TEST_F(Screenshots, SettingsDialog) {
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    saveSettingTexts(
        ini, {{QStringLiteral("connect/instance_url"), QStringLiteral("https://acme.my.connect.aws")},
              {QStringLiteral("softphone/host_origin"), QStringLiteral("https://callbridge.acme.example")},
              {QStringLiteral("zendesk/url"), QStringLiteral("https://acme.zendesk.com")},
              {QStringLiteral("zendesk/email"), QStringLiteral("ann@acme.example")},
              {QStringLiteral("policy/ticket_assignment"), QStringLiteral("agent")}});
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        SettingsDialog dialog(ini, dir.filePath(QStringLiteral("system.ini")), keychain);
        dialog.field(QStringLiteral("connect/region"))->setText(QStringLiteral("US East"));
        waitUntil([&] { return !dialog.apiToken()->storedState().contains(QStringLiteral("Looking")); },
                  3000);
        for (const QString &group : {QStringLiteral("connect"), QStringLiteral("zendesk"),
                                     QStringLiteral("policy"), QStringLiteral("team")}) {
            dialog.showPage(group);
            save(dialog, QStringLiteral("settings-%1%2").arg(group, suffix));
        }
    }
}

// The Zendesk page in German, where the notes' language is chosen: explanations come from the catalogue.
TEST_F(Screenshots, SettingsDialogInGerman) {
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("callbridge_de"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    const QString ini = dir.filePath(QStringLiteral("settings-de.ini"));
    saveSettingTexts(ini, {{QStringLiteral("zendesk/url"), QStringLiteral("https://acme.zendesk.com")},
                           {QStringLiteral("zendesk/email"), QStringLiteral("ann@acme.example")},
                           {QStringLiteral("zendesk/note_language"), QStringLiteral("de")}});
    SettingsDialog dialog(ini, dir.filePath(QStringLiteral("system.ini")), keychain);
    waitUntil([&] { return !dialog.apiToken()->storedState().contains(QStringLiteral("Looking")); }, 3000);
    dialog.showPage(QStringLiteral("zendesk"));
    save(dialog, QStringLiteral("settings-zendesk-de-light"));
    QCoreApplication::removeTranslator(&german);
}

TEST_F(Screenshots, TrayMenuAndAbout) {
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        TrayIcon tray;
        tray.setAgentState(QStringLiteral("Ann Agent: Available"));
        tray.setWriteState(
            WriteState::Waiting,
            QStringLiteral("2 call updates waiting (oldest 1 min) — Zendesk is rate-limiting"));
        tray.menu()->adjustSize();
        save(*tray.menu(), QStringLiteral("tray-menu") + suffix);
        tray.menu()->hide();
        QWidget icons;
        icons.setWindowTitle(QStringLiteral("icons"));
        auto *row = new QHBoxLayout(&icons);
        for (const QString &path :
             {TrayIcon::iconPath(WriteState::Clear, true), TrayIcon::iconPath(WriteState::Clear, false),
              TrayIcon::iconPath(WriteState::Waiting, true), TrayIcon::iconPath(WriteState::Failing, true)}) {
            auto *label = new QLabel(&icons);
            label->setPixmap(QIcon(path).pixmap(64, 64));
            row->addWidget(label);
            auto *small = new QLabel(&icons);
            small->setPixmap(QIcon(path).pixmap(22, 22));
            row->addWidget(small);
        }
        save(icons, QStringLiteral("tray-icons") + suffix);
        AboutDialog about({QStringLiteral("/home/ann/.config/Callbridge/callbridge/callbridge.ini"),
                           QStringLiteral("/etc/xdg/Callbridge/callbridge.ini"),
                           QStringLiteral("/home/ann/.local/share/Callbridge/callbridge/journal.sqlite"),
                           QStringLiteral("/home/ann/.local/share/Callbridge/callbridge/softphone")});
        save(about, QStringLiteral("about") + suffix);
    }
}
