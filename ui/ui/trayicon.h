#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace callbridge::ui {

// What the tray shows about writes to Zendesk: none waiting, some waiting (rate limit, outage: they will
// go), or some failing or refused (a look is needed).
enum class WriteState { Clear, Waiting, Failing };

// The tray icon: the agent's state and the write state in its icon and tooltip; a menu with Show, the status
// line, Settings… and Quit. Activating the icon shows the window.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    static QString iconPath(WriteState state, bool signedIn); // ":/icons/callbridge-waiting.svg", …

    void show();
    void setAgentState(const QString &state); // "Ann Agent: Available"
    void setWriteState(WriteState state, const QString &summary);
    WriteState writeState() const { return m_writeState; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }

Q_SIGNALS:
    void showRequested();
    void settingsRequested();
    void quitRequested();

private:
    void refresh();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_status = nullptr;
    QString m_agentState;
    QString m_writeSummary;
    WriteState m_writeState = WriteState::Clear;
};

} // namespace callbridge::ui
