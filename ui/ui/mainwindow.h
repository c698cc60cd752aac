#pragma once

#include "contact/contactevent.h"
#include "model/calloutcome.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

class QGroupBox;
class QLabel;

namespace callbridge {
class CallEngine;
namespace zendesk {
class DirectoryReader;
}
} // namespace callbridge

namespace callbridge::ui {

class AgentPanel;
class ContactPanel;
class SoftphoneBridge;
class SoftphoneView;

// The softphone on the left; on the right the current contact, each outcome as it happens and — in agent mode
// — the agent panel; a status line at the bottom. Presentation and wiring only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `softphone` becomes the window's child; engine, directory and bridge must outlive the window.
    MainWindow(CallEngine &engine, zendesk::DirectoryReader &directory, SoftphoneBridge &bridge,
               SoftphoneView *softphone, bool agentMode, QWidget *parent = nullptr);

    void setStatus(const QString &message);
    void setZendeskUrl(const QUrl &url);
    ContactPanel *contactPanel() const { return m_contactPanel; }
    AgentPanel *agentPanel() const { return m_agentPanel; }
    SoftphoneView *softphone() const { return m_softphone; }

Q_SIGNALS:
    void settingsRequested(); // the Callbridge menu's Settings…
    void aboutRequested();

private:
    void onContactEvent(const ContactEvent &event);
    void onOutcome(const CallOutcome &outcome);
    void onAgentAction(const AgentAction &action);

    CallEngine &m_engine;
    SoftphoneView *m_softphone = nullptr;
    ContactPanel *m_contactPanel = nullptr;
    QGroupBox *m_agentBox = nullptr;
    AgentPanel *m_agentPanel = nullptr;
    QLabel *m_agentState = nullptr;
    QString m_currentContactId;
};

} // namespace callbridge::ui
