#include "agentpanel.h"

#include "callerpicker.h"
#include "contactviewtext.h"
#include "zendesk/zendeskgateway.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;      // users
constexpr int kPhoneRole = Qt::UserRole + 2;     // users
constexpr int kRequesterRole = Qt::UserRole + 1; // tickets

void addUser(QListWidget *list, const zendesk::User &user, const QString &suffix = {}) {
    auto *item = new QListWidgetItem(viewtext::user(user) + suffix, list);
    item->setData(kIdRole, user.id);
    item->setData(kNameRole, user.name);
    item->setData(kPhoneRole, user.phone);
}

void addTicket(QListWidget *list, const zendesk::Ticket &ticket) {
    QString text = viewtext::ticket(ticket);
    if (ticket.updatedAt.isValid())
        text += QStringLiteral("  · ") + viewtext::updatedAt(ticket.updatedAt);
    auto *item = new QListWidgetItem(text, list);
    item->setData(kIdRole, ticket.id);
    item->setData(kRequesterRole, ticket.requesterId);
}

QPushButton *button(const QString &text, const char *objectName, const QString &tooltip, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setToolTip(tooltip);
    b->setAccessibleDescription(tooltip);
    b->setAutoDefault(false);
    return b;
}

// "#7001", "7001": a ticket number.
std::optional<qint64> ticketNumber(const QString &text) {
    static const QRegularExpression number(QStringLiteral("^#?([0-9]{1,12})$"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace

AgentPanel::AgentPanel(zendesk::DirectoryReader &directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory) {
    m_picker = new CallerPicker(directory, this);
    m_picker->hide();
    buildSearch();
    buildNewTicket();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("agentStatus"));
    m_status->setTextFormat(Qt::PlainText); // carries Zendesk's error messages
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker);
    layout->addWidget(findChild<QWidget *>(QStringLiteral("agentSearchArea")), 1);
    layout->addWidget(m_newTicket);
    layout->addWidget(m_status);

    connect(m_picker, &CallerPicker::chosen, this, [this](qint64 userId) {
        AgentAction action;
        action.kind = AgentAction::Kind::SetUser;
        action.userId = userId;
        Q_EMIT actionChosen(action);
    });
    reset();
}

void AgentPanel::buildSearch() {
    auto *area = new QWidget(this);
    area->setObjectName(QStringLiteral("agentSearchArea"));
    m_query = new QLineEdit(area);
    m_query->setObjectName(QStringLiteral("agentSearch"));
    m_query->setPlaceholderText(tr("Name, e-mail, phone, ticket number or subject"));
    m_query->setAccessibleName(tr("Search Zendesk"));
    m_query->setToolTip(tr("Search users and tickets (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    auto *find = button(tr("Search"), "agentFind", tr("Search users and tickets (Enter)"), area);
    m_users = new QListWidget(area);
    m_users->setObjectName(QStringLiteral("agentUsers"));
    m_users->setAccessibleName(tr("Users"));
    m_tickets = new QListWidget(area);
    for (QListWidget *list : {m_users, m_tickets}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    m_tickets->setObjectName(QStringLiteral("agentTickets"));
    m_tickets->setAccessibleName(tr("Tickets"));
    m_ticketsTitle = new QLabel(tr("Tickets"), area);
    m_setUser = button(tr("Set as caller"), "setCaller", tr("The chosen user is the one calling"), area);
    m_attach = button(tr("Attach to ticket"), "attachToTicket",
                      tr("Add the call to the chosen ticket (Ctrl+Enter)"), area);
    m_call = button(
        tr("Call"), "callChosen",
        tr("Call the chosen user, or the requester of the chosen ticket (the call is added to it)"), area);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(find);
    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Users"), area), 0, 0);
    lists->addWidget(m_ticketsTitle, 0, 1);
    lists->addWidget(m_users, 1, 0);
    lists->addWidget(m_tickets, 1, 1);
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(m_setUser);
    userButtons->addWidget(m_call);
    userButtons->addStretch(1);
    lists->addLayout(userButtons, 2, 0);
    auto *ticketButtons = new QHBoxLayout;
    ticketButtons->addWidget(m_attach);
    ticketButtons->addStretch(1);
    lists->addLayout(ticketButtons, 2, 1);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(lists, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &AgentPanel::search);
    connect(find, &QPushButton::clicked, this, &AgentPanel::search);
    connect(m_users, &QListWidget::currentRowChanged, this, [this] {
        showUserTickets();
        updateForm();
        updateButtons();
    });
    connect(m_tickets, &QListWidget::currentRowChanged, this, &AgentPanel::updateButtons);
    connect(m_tickets, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openTicket(item->data(kIdRole).toLongLong()); });
    connect(m_users, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(kIdRole).toLongLong(); id > 0)
            Q_EMIT openUser(id);
    });
    connect(m_attach, &QPushButton::clicked, this, &AgentPanel::attachSelected);
    connect(m_call, &QPushButton::clicked, this, &AgentPanel::callSelected);
    connect(m_setUser, &QPushButton::clicked, this, [this] {
        AgentAction action;
        action.kind = AgentAction::Kind::SetUser;
        action.userId = selectedId(m_users);
        Q_EMIT actionChosen(action);
    });
}

void AgentPanel::buildNewTicket() {
    m_newTicket = new QGroupBox(tr("New ticket"), this);
    m_subject = new QLineEdit(m_newTicket);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    m_subject->setAccessibleName(tr("Subject of the new ticket"));
    m_newUser = new QCheckBox(tr("For a new user"), m_newTicket);
    m_newUser->setObjectName(QStringLiteral("newUser"));
    m_newUser->setToolTip(tr("Create a Zendesk user for the caller first"));
    m_newUserForm = new QWidget(m_newTicket);
    m_newName = new QLineEdit(m_newUserForm);
    m_newName->setObjectName(QStringLiteral("newUserName"));
    m_newName->setAccessibleName(tr("New user's name"));
    m_newPhone = new QLineEdit(m_newUserForm);
    m_newPhone->setObjectName(QStringLiteral("newUserPhone"));
    m_newPhone->setAccessibleName(tr("New user's phone"));
    m_newEmail = new QLineEdit(m_newUserForm);
    m_newEmail->setObjectName(QStringLiteral("newUserEmail"));
    m_newEmail->setAccessibleName(tr("New user's e-mail (optional)"));
    m_newEmail->setPlaceholderText(tr("optional"));
    auto *form = new QFormLayout(m_newUserForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name"), m_newName);
    form->addRow(tr("&Phone"), m_newPhone);
    form->addRow(tr("&E-mail"), m_newEmail);
    m_create = button(tr("Create ticket"), "createTicket",
                      tr("For the chosen user, the caller, or the new user (Ctrl+N)"), m_newTicket);
    auto *layout = new QFormLayout(m_newTicket);
    layout->addRow(tr("&Subject"), m_subject);
    layout->addRow(m_newUser);
    layout->addRow(m_newUserForm);
    layout->addRow(m_create);

    connect(m_newUser, &QCheckBox::toggled, this, [this] {
        updateForm();
        updateButtons();
    });
    connect(m_newName, &QLineEdit::textChanged, this, &AgentPanel::updateForm);
    connect(m_newPhone, &QLineEdit::textChanged, this, &AgentPanel::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &AgentPanel::createTicket);
}

void AgentPanel::setView(const std::optional<ContactView> &view) {
    const bool other = !view || !m_view || view->contactId != m_view->contactId;
    m_view = view;
    if (other)
        reset();
    if (!m_view)
        return;
    const ContactView &v = *m_view;
    QList<zendesk::User> candidates;
    if (v.identity == ContactView::Identity::Known && !v.alternatives.isEmpty())
        candidates = QList<zendesk::User>{v.caller} + v.alternatives;
    m_picker->setCandidates(v.isLive() && v.ticketId == 0 ? candidates : QList<zendesk::User>{}, v.caller.id);
    if (!m_identityShown && v.identity != ContactView::Identity::LookingUp) {
        m_identityShown = true; // once per contact: afterwards the box is the agent's
        m_newUser->setChecked(v.identity != ContactView::Identity::Known);
    }
    preselectCaller();
    if (m_showingCallerTickets)
        showCallerTickets();
    if (v.ticketId != 0)
        m_status->setText(viewtext::linked(v));
    else if (v.outcome == Outcome::Failed)
        m_status->setText(viewtext::writeState(v));
    updateForm();
    updateButtons();
}

// Everything of the previous contact goes: lists, form, subject, status.
void AgentPanel::reset() {
    m_preselectedFor = 0;
    m_showingCallerTickets = true;
    m_users->clear();
    m_tickets->clear();
    m_query->clear();
    m_subject->clear();
    m_status->clear();
    m_picker->setCandidates({}, 0);
    m_identityShown = false;
    m_newUser->setChecked(false);
    m_newName->setText(m_view ? m_view->customerNameAttribute : QString());
    m_newPhone->setText(m_view ? m_view->customerE164 : QString());
    m_newEmail->setText(m_view ? m_view->customerEmailAttribute : QString());
    m_ticketsTitle->setText(tr("Tickets"));
    updateForm();
    updateButtons();
}

// The identified caller, selected for the agent once per caller: a later view does not undo the agent's own
// selection, but a new caller (the agent's choice, the lookups) is selected again.
void AgentPanel::preselectCaller() {
    const ContactView &v = *m_view;
    if (v.identity != ContactView::Identity::Known || v.caller.id == m_preselectedFor)
        return;
    m_preselectedFor = v.caller.id;
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->data(kIdRole).toLongLong() == v.caller.id)
            delete m_users->takeItem(row);
    }
    addUser(m_users, v.caller, tr("  (caller)"));
    QListWidgetItem *item = m_users->takeItem(m_users->count() - 1);
    m_users->insertItem(0, item);
    m_showingCallerTickets = true;
    m_users->setCurrentRow(0);
}

void AgentPanel::showCallerTickets() {
    if (!m_view || m_view->identity != ContactView::Identity::Known)
        return;
    m_ticketsTitle->setText(tr("Caller's tickets"));
    const qint64 selected = selectedId(m_tickets);
    m_tickets->clear();
    if (m_view->recentTickets) {
        for (const zendesk::Ticket &t : *m_view->recentTickets) {
            zendesk::Ticket ticket = t;
            ticket.requesterId = ticket.requesterId > 0 ? ticket.requesterId : m_view->caller.id;
            addTicket(m_tickets, ticket);
            if (t.id == selected)
                m_tickets->setCurrentRow(m_tickets->count() - 1);
        }
    } else if (m_view->recentTicketsLoading) {
        m_ticketsTitle->setText(tr("Caller's tickets (reading…)"));
    }
}

void AgentPanel::focusSearch() {
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void AgentPanel::search() {
    const QString text = m_query->text().trimmed();
    if (text.isEmpty())
        return;
    m_showingCallerTickets = false;
    m_status->setText(tr("Searching…"));
    m_ticketsTitle->setText(tr("Tickets found"));
    m_users->clear();
    m_tickets->clear();
    m_directory.searchUsers(text, this, [this](const zendesk::Result<QList<zendesk::User>> &r) {
        if (!r.ok()) {
            m_status->setText(tr("User search failed: %1").arg(r.error.message));
            return;
        }
        for (const zendesk::User &user : r.value)
            addUser(m_users, user);
        m_status->setText(tr("%n user(s) found", nullptr, static_cast<int>(r.value.size())));
    });
    auto addFound = [this](const zendesk::Ticket &ticket) {
        for (int row = 0; row < m_tickets->count(); ++row) {
            if (m_tickets->item(row)->data(kIdRole).toLongLong() == ticket.id)
                return;
        }
        addTicket(m_tickets, ticket);
    };
    if (const std::optional<qint64> number = ticketNumber(text)) {
        m_directory.ticket(*number, this, [addFound](const zendesk::Result<zendesk::Ticket> &r) {
            if (r.ok())
                addFound(r.value);
        });
    }
    m_directory.searchTickets(text, this, [this, addFound](const zendesk::Result<QList<zendesk::Ticket>> &r) {
        if (!r.ok()) {
            m_status->setText(tr("Ticket search failed: %1").arg(r.error.message));
            return;
        }
        for (const zendesk::Ticket &ticket : r.value)
            addFound(ticket);
    });
}

void AgentPanel::showUserTickets() {
    const qint64 userId = selectedId(m_users);
    if (userId <= 0)
        return;
    if (m_view && m_view->identity == ContactView::Identity::Known && userId == m_view->caller.id) {
        // The caller's tickets come with the contact's view (read once for the card and this panel).
        m_showingCallerTickets = true;
        if (!m_view->recentTickets && !m_view->recentTicketsLoading)
            Q_EMIT recentTicketsWanted();
        return showCallerTickets();
    }
    m_showingCallerTickets = false;
    m_ticketsTitle->setText(tr("Their tickets"));
    m_status->setText(tr("Reading the user's tickets…"));
    m_directory.requestedTickets(
        userId, 25, this, [this, userId](const zendesk::Result<QList<zendesk::Ticket>> &r) {
            if (selectedId(m_users) != userId)
                return; // the agent moved on
            m_tickets->clear();
            if (!r.ok()) {
                m_status->setText(tr("Could not list the user's tickets: %1").arg(r.error.message));
                return;
            }
            for (zendesk::Ticket ticket : r.value) {
                ticket.requesterId = ticket.requesterId > 0 ? ticket.requesterId : userId;
                addTicket(m_tickets, ticket);
            }
            m_status->setText(
                tr("%n ticket(s) requested by this user", nullptr, static_cast<int>(r.value.size())));
        });
}

QString AgentPanel::selectedUserName() const {
    const QListWidgetItem *item = m_users->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void AgentPanel::updateForm() {
    const bool newUser = m_newUser->isChecked();
    m_newUserForm->setVisible(newUser);
    if (!m_view)
        return;
    QString name = newUser ? m_newName->text().trimmed() : selectedUserName();
    if (name.isEmpty())
        name = newUser ? m_newPhone->text().trimmed() : viewtext::callerTitle(*m_view);
    // Only a subject the agent types is sent; the default is written in the notes' language.
    m_subject->setPlaceholderText(viewtext::defaultSubject(*m_view, name));
}

void AgentPanel::updateButtons() {
    const bool open = m_view && m_view->isLive() && m_view->ticketId == 0;
    const bool newUser = m_newUser->isChecked();
    m_create->setEnabled(open && (!newUser || !m_newPhone->text().trimmed().isEmpty()));
    m_attach->setEnabled(open && selectedId(m_tickets) > 0);
    const qint64 user = selectedId(m_users);
    m_setUser->setEnabled(
        open && user > 0 && !(m_view->caller.id == user && m_view->identity == ContactView::Identity::Known));
    m_call->setEnabled(selectedId(m_tickets) > 0 || user > 0);
    m_newTicket->setEnabled(open);
}

void AgentPanel::createTicket() {
    if (!m_create->isEnabled())
        return;
    AgentAction action;
    action.kind = AgentAction::Kind::CreateTicket;
    action.subject = m_subject->text().trimmed();
    if (m_newUser->isChecked()) {
        action.userName = m_newName->text().trimmed();
        action.userPhone = m_newPhone->text().trimmed();
        action.userEmail = m_newEmail->text().trimmed();
    } else {
        action.userId = selectedId(m_users); // 0: the caller as core knows them
        action.requesterName = selectedUserName();
    }
    m_status->setText(tr("Creating the ticket…"));
    Q_EMIT actionChosen(action);
}

void AgentPanel::attachSelected() {
    if (!m_attach->isEnabled())
        return;
    AgentAction action;
    action.kind = AgentAction::Kind::Attach;
    action.ticketId = selectedId(m_tickets);
    m_status->setText(tr("Attaching the call to #%1…").arg(action.ticketId));
    Q_EMIT actionChosen(action);
}

// The chosen ticket's requester (their number read when not at hand), else the chosen user.
void AgentPanel::callSelected() {
    const QListWidgetItem *ticket = m_tickets->currentItem();
    const QListWidgetItem *user = m_users->currentItem();
    if (!ticket) {
        if (user)
            Q_EMIT dialRequested(user->data(kPhoneRole).toString(), 0);
        return;
    }
    const qint64 ticketId = ticket->data(kIdRole).toLongLong();
    const qint64 requester = ticket->data(kRequesterRole).toLongLong();
    if (user && user->data(kIdRole).toLongLong() == requester && !user->data(kPhoneRole).toString().isEmpty())
        return Q_EMIT dialRequested(user->data(kPhoneRole).toString(), ticketId);
    if (requester <= 0) {
        m_status->setText(tr("Ticket #%1 has no requester to call").arg(ticketId));
        return;
    }
    m_directory.user(requester, this, [this, ticketId](const zendesk::Result<zendesk::User> &r) {
        if (!r.ok() || r.value.phone.isEmpty()) {
            m_status->setText(r.ok() ? tr("The requester of #%1 has no phone number").arg(ticketId)
                                     : tr("Could not read the requester: %1").arg(r.error.message));
            return;
        }
        Q_EMIT dialRequested(r.value.phone, ticketId);
    });
}

qint64 AgentPanel::selectedId(QListWidget *list) const {
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

} // namespace callbridge::ui
