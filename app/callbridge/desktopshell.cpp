#include "desktopshell.h"

#include "phone/dialrequest.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>

namespace callbridge::app {

ui::WriteState writeStateFor(const OutboxStatus &status, bool lastWriteRefused) {
    if (lastWriteRefused || (status.pending > 0 && !status.zendeskReachable))
        return ui::WriteState::Failing;
    return status.pending > 0 ? ui::WriteState::Waiting : ui::WriteState::Clear;
}

DesktopShell::DesktopShell(ui::MainWindow &window, SecretStore &keychain, ShellOptions options,
                           std::function<void(const QString &)> dial, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keychain(keychain)
    , m_options(std::move(options))
    , m_dial(std::move(dial)) {
    m_window.setWindowIcon(QIcon(QStringLiteral(":/icons/callbridge.svg")));
    connect(&m_window, &ui::MainWindow::settingsRequested, this, &DesktopShell::showSettings);
    connect(&m_window, &ui::MainWindow::aboutRequested, this, &DesktopShell::showAbout);
    if (ui::TrayIcon::isAvailable()) {
        m_tray = new ui::TrayIcon(this);
        connect(m_tray, &ui::TrayIcon::showRequested, this, &DesktopShell::raiseWindow);
        connect(m_tray, &ui::TrayIcon::settingsRequested, this, &DesktopShell::showSettings);
        connect(m_tray, &ui::TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
        m_tray->show();
        if (m_options.closeToTray) {
            QApplication::setQuitOnLastWindowClosed(false);
            m_window.installEventFilter(this);
        }
    }
}

void DesktopShell::setAgentState(const QString &state) {
    if (m_tray)
        m_tray->setAgentState(state);
}

void DesktopShell::setWriteState(ui::WriteState state, const QString &summary) {
    if (m_tray)
        m_tray->setWriteState(state, summary);
}

bool DesktopShell::eventFilter(QObject *watched, QEvent *event) {
    if (watched == &m_window && event->type() == QEvent::Close && m_tray && m_options.closeToTray) {
        event->ignore();
        m_window.hide(); // calls keep being linked; the tray brings the window back
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DesktopShell::raiseWindow() {
    m_window.show();
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.raise();
    m_window.activateWindow();
}

void DesktopShell::handleArguments(const QStringList &arguments) {
    raiseWindow();
    if (const std::optional<QString> number = dialRequestFromArguments(arguments))
        m_dial(*number);
}

void DesktopShell::showSettings() {
    if (!m_settings) {
        m_settings = new ui::SettingsDialog(m_options.settingsPath, m_options.systemSettingsPath, m_keychain,
                                            &m_window);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &ui::SettingsDialog::saved, &m_window, [this] {
            m_window.setStatus(tr("Settings saved; they apply when Callbridge starts again"));
        });
    }
    raiseWindow();
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void DesktopShell::showAbout() {
    auto *about = new ui::AboutDialog(m_options.about, &m_window);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
}

} // namespace callbridge::app
