#include "agentpanel.h"

#include "zendesk/zendeskgateway.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

void addUser(QListWidget *list, const zendesk::User &user) {
    QStringList parts{user.name};
    if (!user.email.isEmpty())
        parts << user.email;
    if (!user.phone.isEmpty())
        parts << user.phone;
    auto *item = new QListWidgetItem(
        QStringLiteral("#%1  %2").arg(user.id).arg(parts.join(QStringLiteral(" · "))), list);
    item->setData(Qt::UserRole, user.id);
}

void addTicket(QListWidget *list, const zendesk::Ticket &ticket) {
    auto *item = new QListWidgetItem(
        QStringLiteral("#%1  [%2]  %3").arg(ticket.id).arg(ticket.status, ticket.subject), list);
    item->setData(Qt::UserRole, ticket.id);
}

} // namespace

AgentPanel::AgentPanel(zendesk::DirectoryReader &directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory) {
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Name, e-mail, phone or ticket text"));
    m_query->setClearButtonEnabled(true);
    auto *findUsers = new QPushButton(tr("Find users"), this);
    auto *findTickets = new QPushButton(tr("Find tickets"), this);
    m_users = new QListWidget(this);
    m_tickets = new QListWidget(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // carries Zendesk's error messages
    m_status->setWordWrap(true);
    m_create = new QPushButton(tr("Create ticket"), this);
    m_create->setToolTip(tr("For the chosen user, or for a new user with the caller's number"));
    m_attach = new QPushButton(tr("Attach to ticket"), this);
    m_setUser = new QPushButton(tr("Set as caller"), this);
    m_query->setObjectName(QStringLiteral("agentSearch"));
    m_users->setObjectName(QStringLiteral("agentUsers"));
    m_tickets->setObjectName(QStringLiteral("agentTickets"));
    m_create->setObjectName(QStringLiteral("createTicket"));
    m_attach->setObjectName(QStringLiteral("attachToTicket"));
    m_setUser->setObjectName(QStringLiteral("setCaller"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(findUsers);
    searchRow->addWidget(findTickets);
    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Users"), this), 0, 0);
    lists->addWidget(new QLabel(tr("Tickets"), this), 0, 1);
    lists->addWidget(m_users, 1, 0);
    lists->addWidget(m_tickets, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_setUser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(lists, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_query, &QLineEdit::returnPressed, this, &AgentPanel::searchUsers);
    connect(findUsers, &QPushButton::clicked, this, &AgentPanel::searchUsers);
    connect(findTickets, &QPushButton::clicked, this, &AgentPanel::searchTickets);
    connect(m_users, &QListWidget::currentRowChanged, this, [this] {
        showUserTickets();
        updateButtons();
    });
    connect(m_tickets, &QListWidget::currentRowChanged, this, &AgentPanel::updateButtons);
    connect(m_create, &QPushButton::clicked, this, [this] {
        AgentAction action;
        action.kind = AgentAction::Kind::CreateTicket;
        action.userId = selectedId(m_users); // 0: a new user from the caller's number
        Q_EMIT actionChosen(action);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        AgentAction action;
        action.kind = AgentAction::Kind::Attach;
        action.ticketId = selectedId(m_tickets);
        Q_EMIT actionChosen(action);
    });
    connect(m_setUser, &QPushButton::clicked, this, [this] {
        AgentAction action;
        action.kind = AgentAction::Kind::SetUser;
        action.userId = selectedId(m_users);
        Q_EMIT actionChosen(action);
    });
    updateButtons();
}

void AgentPanel::setContact(const QString &contactId) {
    if (contactId != m_contactId)
        m_linkedTicket = 0;
    m_contactId = contactId;
    updateButtons();
}

void AgentPanel::setLinked(const QString &contactId, qint64 ticketId) {
    if (contactId != m_contactId || ticketId <= 0)
        return;
    m_linkedTicket = ticketId;
    m_status->setText(tr("This call is linked to ticket #%1").arg(ticketId));
    updateButtons();
}

void AgentPanel::searchUsers() {
    const QString text = m_query->text().trimmed();
    if (text.isEmpty())
        return;
    setBusy(tr("Searching users…"));
    m_directory.searchUsers(text, this, [this](const zendesk::Result<QList<zendesk::User>> &r) {
        m_users->clear();
        if (!r.ok()) {
            m_status->setText(tr("User search failed: %1").arg(r.error.message));
            return;
        }
        for (const zendesk::User &user : r.value)
            addUser(m_users, user);
        m_status->setText(tr("%n user(s) found", nullptr, static_cast<int>(r.value.size())));
    });
}

void AgentPanel::searchTickets() {
    const QString text = m_query->text().trimmed();
    if (text.isEmpty())
        return;
    setBusy(tr("Searching tickets…"));
    m_directory.searchTickets(text, this, [this](const zendesk::Result<QList<zendesk::Ticket>> &r) {
        m_tickets->clear();
        if (!r.ok()) {
            m_status->setText(tr("Ticket search failed: %1").arg(r.error.message));
            return;
        }
        for (const zendesk::Ticket &ticket : r.value)
            addTicket(m_tickets, ticket);
        m_status->setText(tr("%n ticket(s) found", nullptr, static_cast<int>(r.value.size())));
    });
}

void AgentPanel::showUserTickets() {
    const qint64 userId = selectedId(m_users);
    if (userId <= 0)
        return;
    setBusy(tr("Loading the user's tickets…"));
    m_directory.requestedTickets(userId, 25, this, [this](const zendesk::Result<QList<zendesk::Ticket>> &r) {
        m_tickets->clear();
        if (!r.ok()) {
            m_status->setText(tr("Could not list the user's tickets: %1").arg(r.error.message));
            return;
        }
        for (const zendesk::Ticket &ticket : r.value)
            addTicket(m_tickets, ticket);
        m_status->setText(
            tr("%n ticket(s) requested by this user", nullptr, static_cast<int>(r.value.size())));
    });
}

void AgentPanel::updateButtons() {
    const bool call = !m_contactId.isEmpty() && m_linkedTicket == 0;
    m_create->setEnabled(call);
    m_attach->setEnabled(call && selectedId(m_tickets) > 0);
    m_setUser->setEnabled(call && selectedId(m_users) > 0);
}

qint64 AgentPanel::selectedId(QListWidget *list) const {
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AgentPanel::setBusy(const QString &message) {
    m_status->setText(message);
}

} // namespace callbridge::ui
