#pragma once

#include "contact/contactevent.h"
#include "engine/contactview.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace callbridge::zendesk {
class DirectoryReader;
}

namespace callbridge::ui {

class CallerPicker;

// Agent mode: the agent says what the call is about. The identified caller comes preselected with their
// recent tickets (from the contact's view); searches read the Zendesk directory (users by name, e-mail or
// phone; tickets by number or text). The choice leaves as an AgentAction: attach to the chosen ticket, set
// the chosen user as the caller, or create a ticket — for the chosen user, or for a new user from a small
// form (name from the contact flow, the caller's number, an optional e-mail) — with an editable subject.
class AgentPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgentPanel(zendesk::DirectoryReader &directory, QWidget *parent = nullptr);

    // The contact on show; nullopt: no call (actions disabled). A new contact resets the panel.
    void setView(const std::optional<ContactView> &view);
    QString contactId() const { return m_view ? m_view->contactId : QString(); }

public Q_SLOTS:
    void focusSearch();
    void createTicket();
    void attachSelected();

Q_SIGNALS:
    void actionChosen(const callbridge::AgentAction &action);
    void dialRequested(const QString &number, qint64 ticketId);
    void openTicket(qint64 ticketId); // a ticket of the list activated (double click, Enter)
    void openUser(qint64 userId);     // a user of the list activated
    void recentTicketsWanted();       // the caller's tickets are not in the view: the engine reads them

private:
    void buildSearch();
    void buildNewTicket();
    void reset();
    void search();
    void showUserTickets();
    void showCallerTickets();
    void preselectCaller();
    void updateForm();
    void updateButtons();
    void callSelected();
    qint64 selectedId(QListWidget *list) const;
    QString selectedUserName() const;

    zendesk::DirectoryReader &m_directory;
    std::optional<ContactView> m_view;
    qint64 m_preselectedFor = 0; // the caller whose selection was made for the agent
    bool m_showingCallerTickets = true;
    bool m_identityShown = false; // the new-user box was set from the caller's identity
    CallerPicker *m_picker = nullptr;
    QLineEdit *m_query = nullptr;
    QListWidget *m_users = nullptr;
    QListWidget *m_tickets = nullptr;
    QLabel *m_ticketsTitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_setUser = nullptr;
    QPushButton *m_call = nullptr;
    QGroupBox *m_newTicket = nullptr;
    QLineEdit *m_subject = nullptr;
    QCheckBox *m_newUser = nullptr;
    QWidget *m_newUserForm = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newPhone = nullptr;
    QLineEdit *m_newEmail = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace callbridge::ui
