#pragma once

#include "outbox/durablegateway.h"
#include "ui/aboutdialog.h"
#include "ui/trayicon.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace callbridge {
class SecretStore;
namespace ui {
class MainWindow;
class SettingsDialog;
} // namespace ui
} // namespace callbridge

namespace callbridge::app {

// What the shell shows of the outbox: waiting while writes are stored and not yet confirmed, failing while
// Zendesk cannot be reached or the last write was refused for good.
ui::WriteState writeStateFor(const OutboxStatus &status, bool lastWriteRefused);

struct ShellOptions {
    QString settingsPath;
    QString systemSettingsPath;
    ui::AboutPaths about;
    bool closeToTray = true; // [ui] close_to_tray; only where the desktop has a tray
};

// Around the main window: the tray icon (agent and write state; Show, Status, Settings…, Quit), closing to
// the tray, the Settings and About dialogs, and arguments a second start forwarded (raise the window, dial a
// tel:/callto: number through `dial`).
class DesktopShell : public QObject {
    Q_OBJECT
public:
    DesktopShell(ui::MainWindow &window, SecretStore &keychain, ShellOptions options,
                 std::function<void(const QString &number)> dial, QObject *parent = nullptr);

    void setAgentState(const QString &state);
    void setWriteState(ui::WriteState state, const QString &summary);
    void handleArguments(const QStringList &arguments); // a second start's, or this start's own
    void showSettings();
    void showAbout();
    void raiseWindow();
    ui::TrayIcon *tray() const { return m_tray; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ui::MainWindow &m_window;
    SecretStore &m_keychain;
    ShellOptions m_options;
    std::function<void(const QString &)> m_dial;
    ui::TrayIcon *m_tray = nullptr;
    QPointer<ui::SettingsDialog> m_settings;
};

} // namespace callbridge::app
