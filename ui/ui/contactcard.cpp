#include "contactcard.h"

#include "contactviewtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

QPushButton *smallButton(const QString &text, const char *objectName, const QString &accessible,
                         QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

void setLine(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ContactCard::ContactCard(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("contactCard"));
    setAccessibleName(tr("Current contact"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_title = addLine("caller");
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_stage = addLine("stage");
    m_stage->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_stage->setWordWrap(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_stage);
    layout->addLayout(header);

    m_identity = addLine("identification");
    m_email = addLine("callerEmail");
    layout->addWidget(m_identity);
    layout->addWidget(m_email);

    auto *others = new QHBoxLayout;
    m_others = addLine("othersSharingNumber");
    m_change = smallButton(tr("Change…"), "changeCaller", tr("Choose another user as the caller"), this);
    m_change->setToolTip(tr("Choose which of the users with this number is calling"));
    others->addWidget(m_others, 1);
    others->addWidget(m_change);
    layout->addLayout(others);

    auto *userButtons = new QHBoxLayout;
    m_openUser = smallButton(tr("Open user"), "openCaller", tr("Open the caller in Zendesk"), this);
    m_callUser = smallButton(tr("Call"), "callCaller", tr("Call the caller"), this);
    userButtons->addWidget(m_openUser);
    userButtons->addWidget(m_callUser);
    userButtons->addStretch(1);
    layout->addLayout(userButtons);

    m_planned = addLine("planned");
    layout->addWidget(m_planned);

    auto *candidate = new QHBoxLayout;
    m_candidate = addLine("candidate");
    m_openCandidate =
        smallButton(tr("Open"), "openCandidate", tr("Open the ticket candidate in Zendesk"), this);
    candidate->addWidget(m_candidate, 1);
    candidate->addWidget(m_openCandidate);
    layout->addLayout(candidate);

    auto *linked = new QHBoxLayout;
    m_linked = addLine("linkedTicket");
    m_linked->setFont(m_identity->font());
    QFont linkedFont = m_linked->font();
    linkedFont.setBold(true);
    m_linked->setFont(linkedFont);
    m_openLinked = smallButton(tr("Open"), "openLinked", tr("Open the linked ticket in Zendesk"), this);
    linked->addWidget(m_linked, 1);
    linked->addWidget(m_openLinked);
    layout->addLayout(linked);
    m_reason = addLine("reason");
    m_writeState = addLine("writeState");
    m_notices = addLine("notices");
    m_endOfCall = addLine("endOfCall");
    for (QLabel *label : {m_reason, m_writeState, m_notices, m_endOfCall})
        layout->addWidget(label);

    m_corrections = new QWidget(this);
    m_corrections->setObjectName(QStringLiteral("corrections"));
    auto *corrections = new QHBoxLayout(m_corrections);
    corrections->setContentsMargins(0, 0, 0, 0);
    auto *newTicket = smallButton(tr("New ticket instead"), "correctNewTicket",
                                  tr("Move the call to a new ticket for the same caller"), m_corrections);
    auto *otherTicket = smallButton(tr("Attach to another ticket…"), "correctOtherTicket",
                                    tr("Move the call to another ticket"), m_corrections);
    auto *otherCaller = smallButton(tr("Different caller…"), "correctOtherCaller",
                                    tr("Say who really called"), m_corrections);
    m_correctionUntil = new QLabel(m_corrections);
    m_correctionUntil->setTextFormat(Qt::PlainText);
    corrections->addWidget(newTicket);
    corrections->addWidget(otherTicket);
    corrections->addWidget(otherCaller);
    corrections->addWidget(m_correctionUntil, 1);
    layout->addWidget(m_corrections);

    auto *recentHeader = new QHBoxLayout;
    m_recentTitle = heading(tr("Caller's recent tickets"), this);
    m_loadRecent = smallButton(tr("Show recent tickets"), "loadRecentTickets",
                               tr("Read the caller's recent tickets from Zendesk"), this);
    recentHeader->addWidget(m_recentTitle, 1);
    recentHeader->addWidget(m_loadRecent);
    layout->addLayout(recentHeader);
    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(QStringLiteral("recentTickets"));
    m_recent->setAccessibleName(tr("The caller's recent tickets"));
    m_recent->setHeaderLabels({tr("Ticket"), tr("Subject"), tr("Status"), tr("Updated")});
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 9);
    layout->addWidget(m_recent);
    auto *recentButtons = new QHBoxLayout;
    m_openRecent =
        smallButton(tr("Open ticket"), "openRecentTicket", tr("Open the chosen ticket in Zendesk"), this);
    m_callRecent = smallButton(tr("Call about ticket"), "callAboutTicket",
                               tr("Call the caller; the call is added to the chosen ticket"), this);
    recentButtons->addWidget(m_openRecent);
    recentButtons->addWidget(m_callRecent);
    recentButtons->addStretch(1);
    layout->addLayout(recentButtons);

    connect(m_change, &QPushButton::clicked, this, &ContactCard::changeCallerRequested);
    connect(m_openUser, &QPushButton::clicked, this, [this] { Q_EMIT openUser(m_userId); });
    connect(m_callUser, &QPushButton::clicked, this, [this] { Q_EMIT dialRequested(m_callerPhone, 0); });
    connect(m_openCandidate, &QPushButton::clicked, this, [this] { Q_EMIT openTicket(m_candidateId); });
    connect(m_openLinked, &QPushButton::clicked, this, [this] { Q_EMIT openTicket(m_linkedId); });
    connect(m_loadRecent, &QPushButton::clicked, this, &ContactCard::recentTicketsRequested);
    connect(m_openRecent, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRecentTicket(); id > 0)
            Q_EMIT openTicket(id);
    });
    connect(m_recent, &QTreeWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedRecentTicket(); id > 0)
            Q_EMIT openTicket(id);
    });
    connect(m_callRecent, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRecentTicket(); id > 0)
            Q_EMIT dialRequested(m_callerPhone, id);
    });
    connect(m_recent, &QTreeWidget::currentItemChanged, this, [this] {
        m_openRecent->setEnabled(selectedRecentTicket() > 0);
        m_callRecent->setEnabled(selectedRecentTicket() > 0 && !m_callerPhone.isEmpty());
    });
    connect(newTicket, &QPushButton::clicked, this,
            [this] { Q_EMIT correctionRequested(LinkCorrection::Kind::NewTicket); });
    connect(otherTicket, &QPushButton::clicked, this,
            [this] { Q_EMIT correctionRequested(LinkCorrection::Kind::OtherTicket); });
    connect(otherCaller, &QPushButton::clicked, this,
            [this] { Q_EMIT correctionRequested(LinkCorrection::Kind::OtherCaller); });
    clear();
}

QLabel *ContactCard::addLine(const char *objectName) {
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText); // caller and Zendesk text, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ContactCard::clear() {
    m_contactId.clear();
    m_userId = m_candidateId = m_linkedId = 0;
    m_callerPhone.clear();
    m_correctable = false;
    m_deadline.reset();
    m_title->setText(tr("No call"));
    m_title->show();
    for (QLabel *label : {m_stage, m_identity, m_email, m_others, m_planned, m_candidate, m_linked, m_reason,
                          m_writeState, m_notices, m_endOfCall})
        setLine(label, {});
    for (QWidget *w : std::initializer_list<QWidget *>{m_change, m_openUser, m_callUser, m_openCandidate,
                                                       m_openLinked, m_corrections, m_recentTitle, m_recent,
                                                       m_loadRecent, m_openRecent, m_callRecent})
        w->hide();
    m_recent->clear();
}

void ContactCard::showView(const ContactView &view) {
    if (view.contactId != m_contactId)
        clear(); // nothing of the previous contact survives
    m_contactId = view.contactId;
    m_stage->setText(viewtext::stage(view));
    m_stage->show();
    showCaller(view);
    showTickets(view);
    showLink(view);
}

void ContactCard::showCaller(const ContactView &view) {
    const bool known = view.identity == ContactView::Identity::Known;
    m_title->setText(viewtext::callerTitle(view));
    setLine(m_identity, viewtext::identification(view));
    if (known)
        setLine(m_email, view.caller.email);
    else if (!view.customerNameAttribute.isEmpty())
        setLine(m_email, tr("The contact flow names them %1").arg(view.customerNameAttribute));
    else
        setLine(m_email, {});
    setLine(m_others, viewtext::othersSharingNumber(view));
    m_change->setVisible(view.otherUsersSharingNumber() > 0 && view.isLive());
    m_userId = known ? view.caller.id : 0;
    m_openUser->setVisible(m_userId > 0);
    m_callerPhone = view.customerE164;
    if (known && !view.caller.phone.isEmpty())
        m_callerPhone = view.caller.phone;
    m_callUser->setVisible(!m_callerPhone.isEmpty() && !view.isLive());
    setLine(m_planned, view.ticketId == 0 ? viewtext::planned(view) : QString());
}

void ContactCard::showTickets(const ContactView &view) {
    m_candidateId = view.candidate ? view.candidate->id : 0;
    const bool showCandidate = m_candidateId > 0 && view.ticketId == 0;
    setLine(m_candidate, showCandidate ? viewtext::candidate(view) : QString());
    m_openCandidate->setVisible(showCandidate);

    const bool known = view.identity == ContactView::Identity::Known;
    m_loadRecent->setVisible(m_showsRecent && known && !view.recentTickets && view.isLive());
    m_loadRecent->setEnabled(!view.recentTicketsLoading);
    m_loadRecent->setText(view.recentTicketsLoading ? tr("Reading…") : tr("Show recent tickets"));
    const qint64 selected = selectedRecentTicket();
    m_recent->clear();
    if (view.recentTickets) {
        for (const zendesk::Ticket &t : *view.recentTickets) {
            auto *item = new QTreeWidgetItem(m_recent, {QStringLiteral("#%1").arg(t.id), t.subject,
                                                        viewtext::ticketStatus(t.status),
                                                        viewtext::updatedAt(t.updatedAt)});
            item->setData(0, Qt::UserRole, t.id);
            if (t.id == selected)
                m_recent->setCurrentItem(item);
        }
    }
    const bool listed = m_showsRecent && known && view.recentTickets && !view.recentTickets->isEmpty();
    m_recentTitle->setVisible(m_showsRecent && known);
    m_recent->setVisible(listed);
    m_openRecent->setVisible(listed);
    m_callRecent->setVisible(listed);
    m_openRecent->setEnabled(selectedRecentTicket() > 0);
    m_callRecent->setEnabled(selectedRecentTicket() > 0 && !m_callerPhone.isEmpty() && !view.isLive());
    if (known && view.recentTickets && view.recentTickets->isEmpty())
        m_recentTitle->setText(tr("The caller has no tickets yet"));
    else
        m_recentTitle->setText(tr("Caller's recent tickets"));
}

void ContactCard::showLink(const ContactView &view) {
    m_linkedId = view.ticketId;
    setLine(m_linked, viewtext::linked(view));
    m_openLinked->setVisible(view.ticketId > 0);
    setLine(m_reason, view.reason.translated());
    setLine(m_writeState, viewtext::writeState(view));
    QStringList notices;
    for (const Phrase &notice : view.notices)
        notices << QStringLiteral("• ") + notice.translated();
    setLine(m_notices, notices.join(QLatin1Char('\n')));
    setLine(m_endOfCall, view.endOfCall.translated());
    m_correctable = !view.agentMode && view.ticketId > 0;
    updateCorrections();
}

void ContactCard::setShowsRecentTickets(bool show) {
    m_showsRecent = show;
}

void ContactCard::setCorrectionDeadline(const std::optional<QDateTime> &deadline, const QDateTime &now) {
    m_deadline = deadline;
    m_now = now;
    updateCorrections();
}

// An invalid deadline: the call is still on, the window closes some minutes after it ends.
void ContactCard::updateCorrections() {
    const bool during = m_deadline && !m_deadline->isValid();
    const bool open = m_correctable && m_deadline && (during || (m_now.isValid() && m_now < *m_deadline));
    m_corrections->setVisible(open);
    if (!open)
        return;
    m_correctionUntil->setText(
        during ? tr("Wrong? Correct it now or shortly after the call")
               : tr("Wrong? Until %1")
                     .arg(QLocale().toString(m_deadline->toLocalTime().time(), QLocale::ShortFormat)));
}

qint64 ContactCard::selectedRecentTicket() const {
    const QTreeWidgetItem *item = m_recent->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace callbridge::ui
