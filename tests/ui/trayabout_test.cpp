// The tray icon's states and menu, and the About dialog's versions and paths.
#include "ui/aboutdialog.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace callbridge::ui;

TEST(TrayIcon, TheMenuOffersShowStatusSettingsAndQuit) {
    TrayIcon tray;
    QStringList texts;
    for (QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    ASSERT_EQ(texts.size(), 4);
    EXPECT_EQ(texts[0], QStringLiteral("&Show Callbridge"));
    EXPECT_EQ(texts[1], QStringLiteral("Softphone not signed in"));
    EXPECT_EQ(texts[2], QStringLiteral("&Settings…"));
    EXPECT_EQ(texts[3], QStringLiteral("&Quit"));
    QSignalSpy settings(&tray, &TrayIcon::settingsRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    tray.menu()->actions()[3]->trigger();
    tray.menu()->actions().last()->trigger();
    EXPECT_EQ(settings.count(), 1);
    EXPECT_EQ(quit.count(), 1);
}

TEST(TrayIcon, TheIconAndStatusFollowTheAgentAndTheWrites) {
    TrayIcon tray;
    EXPECT_EQ(TrayIcon::iconPath(WriteState::Clear, false), QStringLiteral(":/icons/callbridge-offline.svg"));
    tray.setAgentState(QStringLiteral("Ann <b>Agent</b>: Available"));
    EXPECT_EQ(TrayIcon::iconPath(WriteState::Clear, true), QStringLiteral(":/icons/callbridge.svg"));
    tray.setWriteState(WriteState::Waiting, QStringLiteral("3 call updates waiting (oldest 4 min)"));
    EXPECT_EQ(tray.writeState(), WriteState::Waiting);
    EXPECT_TRUE(tray.toolTip().contains(QStringLiteral("3 call updates waiting")));
    EXPECT_FALSE(tray.toolTip().contains(u'<')); // the agent's name is the page's: never markup
    EXPECT_TRUE(tray.menu()->actions()[1]->text().contains(QStringLiteral("3 call updates waiting")));
    tray.setWriteState(WriteState::Failing, QStringLiteral("Zendesk unreachable"));
    EXPECT_EQ(TrayIcon::iconPath(tray.writeState(), true), QStringLiteral(":/icons/callbridge-failed.svg"));
    for (WriteState state : {WriteState::Clear, WriteState::Waiting, WriteState::Failing}) {
        for (bool signedIn : {false, true}) {
            const QIcon icon(TrayIcon::iconPath(state, signedIn));
            EXPECT_FALSE(icon.pixmap(32, 32).isNull()) << TrayIcon::iconPath(state, signedIn).toStdString();
        }
    }
}

TEST(AboutDialog, NamesEveryVersionAndPath) {
    AboutPaths paths{QStringLiteral("/home/ann/.config/Callbridge/callbridge/callbridge.ini"),
                     QStringLiteral("/etc/xdg/Callbridge/callbridge.ini"),
                     QStringLiteral("/home/ann/.local/share/Callbridge/callbridge/journal.sqlite"),
                     QStringLiteral("/home/ann/.local/share/Callbridge/callbridge/softphone")};
    AboutDialog about(paths);
    const QString text = about.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
    EXPECT_TRUE(text.contains(QStringLiteral("Chromium: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amazon Connect Streams: 2."))) << text.toStdString();
    EXPECT_TRUE(text.contains(paths.settingsFile));
    EXPECT_TRUE(text.contains(paths.systemSettingsFile));
    EXPECT_TRUE(text.contains(paths.journal));
    EXPECT_TRUE(text.contains(paths.softphoneProfile));
}
