#pragma once

#include "contact/contactevent.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace callbridge::zendesk {
class DirectoryReader;
}

namespace callbridge::ui {

// Agent mode: the agent finds the caller and the ticket and says what to do. Searches read the Zendesk
// directory; the choice leaves as an AgentAction (create a ticket for the chosen user — or for a new user
// from the caller's number when none is chosen —, attach to the chosen ticket, or set the chosen user as the
// caller).
class AgentPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgentPanel(zendesk::DirectoryReader &directory, QWidget *parent = nullptr);

    // The contact the actions are for; empty = no call, actions disabled.
    void setContact(const QString &contactId);
    // The contact is linked to a ticket: creating or attaching again is offered no more.
    void setLinked(const QString &contactId, qint64 ticketId);

Q_SIGNALS:
    void actionChosen(const callbridge::AgentAction &action);

private:
    void searchUsers();
    void searchTickets();
    void showUserTickets();
    void updateButtons();
    qint64 selectedId(QListWidget *list) const;
    void setBusy(const QString &message);

    zendesk::DirectoryReader &m_directory;
    QString m_contactId;
    qint64 m_linkedTicket = 0;
    QLineEdit *m_query = nullptr;
    QListWidget *m_users = nullptr;
    QListWidget *m_tickets = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_setUser = nullptr;
};

} // namespace callbridge::ui
