#pragma once

#include "contact/contactevent.h"
#include "engine/contactview.h"
#include "model/calloutcome.h"
#include "model/linkcorrection.h"

#include <QMainWindow>
#include <QPointer>
#include <QSize>
#include <QSystemTrayIcon>
#include <QUrl>
#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTimer;

namespace callbridge {
class CallEngine;
namespace zendesk {
class DirectoryReader;
}
} // namespace callbridge

namespace callbridge::ui {

class AgentPanel;
class ContactPanel;
class DialBar;
class Notifier;
class SoftphoneBridge;
class SoftphoneView;

// The softphone on the left; on the right a dial field, the contact card of the contact on show (with a
// switcher when there are several), each decision as it happens and — in agent mode — the agent panel; a
// status line at the bottom. Presentation and wiring only: what it shows comes from the engine's contact
// views, what the agent chooses goes to the engine.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `softphone` becomes the window's child; engine, directory and bridge must outlive the window.
    MainWindow(CallEngine &engine, zendesk::DirectoryReader &directory, SoftphoneBridge &bridge,
               SoftphoneView *softphone, bool agentMode, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setStatus(const QString &message);
    void setZendeskUrl(const QUrl &url);
    // [ui] raise_on_ring: a ringing call brings the window to the front.
    void setRaiseOnRing(bool raise) { m_raiseOnRing = raise; }
    static constexpr QSize kMinimumSize{720, 520};
    // Remembers the window's geometry and splitter in `path` ([ui] group of an INI file of its own, never
    // the settings file), restored now and saved when the window closes.
    void useStateFile(const QString &path);
    // How long the CCP may take to report a signed-in agent before the window asks the agent to sign in.
    void setSignInTimeout(int milliseconds);

    ContactPanel *contactPanel() const { return m_contactPanel; }
    AgentPanel *agentPanel() const { return m_agentPanel; }
    SoftphoneView *softphone() const { return m_softphone; }
    DialBar *dialBar() const { return m_dialBar; }
    Notifier *notifier() const { return m_notifier; }
    // The menus, for other parts of the app to add their entries to (settings, about, …).
    QMenu *appMenu() const { return m_appMenu; }
    QMenu *callMenu() const { return m_callMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // Desktop notifications go through this tray icon (the app's); without one, to the status line.
    void setNotificationTray(QSystemTrayIcon *tray);
    // Corrections of a link (auto mode): when the agent's window closes for a contact (invalid: the call is
    // still on; nullopt: no window) and how one is made. The engine's (correctionDeadline, correct) unless
    // replaced (tests).
    struct Corrections {
        std::function<std::optional<QDateTime>(const QString &contactId)> deadline;
        std::function<CorrectionRefusal(const QString &contactId, const LinkCorrection &correction)> correct;
    };
    void setCorrections(Corrections corrections);

public Q_SLOTS:
    // Calls `number` through the softphone (tel:/callto: links end here too). Refused with a message in the
    // status line when it is not a phone number or the softphone cannot call now.
    void dial(const QString &number);
    // The same, and the call is added to ticket `ticketId` (0: no ticket).
    void dialForTicket(const QString &number, qint64 ticketId);

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void settingsRequested(); // the Callbridge menu's Settings…
    void aboutRequested();
    void reviewRequested(); // the Callbridge menu's Review decisions…

private:
    QWidget *buildSide(zendesk::DirectoryReader &directory, bool agentMode);
    void buildMenus();
    void buildSignInBanner();
    void connectSoftphone(SoftphoneBridge &bridge);
    void onViewChanged(const ContactView &view);
    void showDisplayed();
    void onOutcome(const CallOutcome &outcome);
    void onAgentAction(const AgentAction &action);
    void onCorrection(LinkCorrection::Kind kind);
    void changeCaller();
    void openZendesk(const QString &path);
    void showSignInBanner(bool show);
    void notify(const QString &title, const QString &message);
    void saveWindowState();
    void updateCorrectionWindow();
    QString agentName() const; // names the agent in corrections
    void applyCorrection(const QString &contactId, const LinkCorrection &correction);

    CallEngine &m_engine;
    SoftphoneBridge &m_bridge;
    zendesk::DirectoryReader &m_directory;
    SoftphoneView *m_softphone = nullptr;
    QSplitter *m_splitter = nullptr;
    DialBar *m_dialBar = nullptr;
    ContactPanel *m_contactPanel = nullptr;
    QGroupBox *m_agentBox = nullptr;
    AgentPanel *m_agentPanel = nullptr;
    bool m_agentMode = false;
    QLabel *m_agentState = nullptr;
    QString m_agentStateName; // the CCP's, as last reported
    QWidget *m_signInBanner = nullptr;
    QTimer *m_signInTimer = nullptr;
    QMenu *m_appMenu = nullptr;
    QMenu *m_callMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    Notifier *m_notifier = nullptr;
    QTimer *m_waitingCheck = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    QUrl m_zendeskUrl;
    QString m_stateFile;
    bool m_raiseOnRing = false;
    Corrections m_corrections;
};

} // namespace callbridge::ui
