#include "contactpanel.h"

#include "contactcard.h"
#include "contactviewtext.h"

#include <QComboBox>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace callbridge::ui {

ContactPanel::ContactPanel(QWidget *parent)
    : QWidget(parent) {
    auto *contactBox = new QGroupBox(tr("Current contact"), this);
    m_switcher = new QComboBox(contactBox);
    m_switcher->setObjectName(QStringLiteral("contactSwitcher"));
    m_switcher->setAccessibleName(tr("Contact on show"));
    m_switcher->setToolTip(tr("Several contacts at once: choose the one to show"));
    m_switcher->hide();
    m_card = new ContactCard(contactBox);
    auto *contactLayout = new QVBoxLayout(contactBox);
    contactLayout->addWidget(m_switcher);
    contactLayout->addWidget(m_card);

    auto *outcomeBox = new QGroupBox(tr("Decisions"), this);
    auto *scroll = new QScrollArea(outcomeBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *list = new QWidget(scroll);
    m_outcomes = new QVBoxLayout(list);
    m_outcomes->setContentsMargins(0, 0, 0, 0);
    m_outcomes->addStretch(1);
    scroll->setWidget(list);
    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    outcomeLayout->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(contactBox);
    layout->addWidget(outcomeBox, 1);

    connect(m_switcher, &QComboBox::activated, this,
            [this](int index) { Q_EMIT contactChosen(m_switcher->itemData(index).toString()); });
}

void ContactPanel::onViewChanged(const ContactView &view) {
    const bool onShow = view.contactId == m_card->contactId();
    const bool newer = view.sequence > m_displayedSequence && view.isLive();
    if (onShow || newer || m_card->contactId().isEmpty())
        display(view);
}

void ContactPanel::display(const ContactView &view) {
    const bool other = view.contactId != m_card->contactId();
    m_displayedSequence = view.sequence;
    m_card->showView(view);
    if (other) {
        const QSignalBlocker blocker(m_switcher);
        m_switcher->setCurrentIndex(m_switcher->findData(view.contactId));
        Q_EMIT displayedContactChanged(view.contactId);
    }
}

void ContactPanel::setLiveContacts(const QList<ContactView> &live) {
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    for (const ContactView &view : live)
        m_switcher->addItem(tr("%1 — %2").arg(viewtext::callerTitle(view), viewtext::stage(view)),
                            view.contactId);
    m_switcher->setCurrentIndex(m_switcher->findData(m_card->contactId()));
    m_switcher->setVisible(live.size() > 1);
}

QString ContactPanel::displayedContactId() const {
    return m_card->contactId();
}

QString ContactPanel::ticketText(const CallOutcome &outcome) {
    return (outcome.ticketCreated ? tr("ticket #%1 (new)") : tr("ticket #%1")).arg(outcome.ticketId);
}

// One decision as plain text (reasons and notices carry caller- and Zendesk-typed text): its title in bold,
// then ticket and user, the reason and the notices; the ticket opens in Zendesk from a button, reachable by
// keyboard like every other control.
void ContactPanel::addOutcome(const CallOutcome &outcome) {
    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    card->setToolTip(tr("Contact %1").arg(outcome.contactId));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);

    auto *title = new QLabel(outcomeTitle(outcome.outcome), card);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    QStringList details; // user, reason, notices
    if (outcome.userId > 0)
        details << (outcome.userCreated ? tr("user #%1 (new)") : tr("user #%1")).arg(outcome.userId);
    if (!outcome.reason.isEmpty())
        details << outcome.reason.translated();
    for (const Phrase &notice : outcome.notices)
        details << QStringLiteral("• ") + notice.translated();

    QStringList bodyLines = details;
    if (outcome.ticketId > 0) {
        if (m_zendeskUrl.isValid() && !m_zendeskUrl.isEmpty()) {
            const QUrl link =
                m_zendeskUrl.resolved(QUrl(QStringLiteral("/agent/tickets/%1").arg(outcome.ticketId)));
            auto *open = new QPushButton(tr("Open %1 in Zendesk").arg(ticketText(outcome)), card);
            open->setAccessibleName(open->text());
            connect(open, &QPushButton::clicked, this, [this, link] { Q_EMIT linkActivated(link); });
            layout->addWidget(open, 0, Qt::AlignLeft);
        } else {
            bodyLines.prepend(ticketText(outcome));
        }
    }
    auto *body = new QLabel(bodyLines.join(QLatin1Char('\n')), card);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->setAccessibleName(tr("Decision: %1").arg(outcomeTitle(outcome.outcome)));
    layout->addWidget(body);

    QStringList whole{title->text()};
    if (outcome.ticketId > 0)
        whole << ticketText(outcome);
    whole << details;
    m_outcomes->insertWidget(0, card);
    m_decisions.prepend({card, whole.join(QLatin1Char('\n'))});
    // A shift's worth of calls must not grow the window without end: the oldest cards go (the journal and
    // the review window keep every decision).
    while (m_decisions.size() > kMaxDecisionCards)
        delete m_decisions.takeLast().card;
}

int ContactPanel::outcomeCount() const {
    return static_cast<int>(m_decisions.size());
}

QString ContactPanel::outcomeText(int row) const {
    return row >= 0 && row < m_decisions.size() ? m_decisions.at(row).text : QString();
}

QString ContactPanel::outcomeTitle(Outcome outcome) {
    switch (outcome) {
    case Outcome::TicketCreated:
        return tr("New ticket");
    case Outcome::TicketReused:
        return tr("Recent ticket reused");
    case Outcome::TicketFromIvr:
        return tr("Ticket from the IVR");
    case Outcome::TicketTransferred:
        return tr("Ticket followed the transfer");
    case Outcome::Attached:
        return tr("Attached to the chosen ticket");
    case Outcome::AgentMode:
        return tr("Waiting for your choice");
    case Outcome::ForceCreated:
        return tr("Ticket created at the end of the call");
    case Outcome::DetailsAppended:
        return tr("Call details added");
    case Outcome::Corrected:
        return tr("Link corrected");
    case Outcome::Nothing:
        return tr("Nothing written");
    case Outcome::Failed:
        return tr("Not written to Zendesk");
    }
    return tr("Unknown outcome");
}

} // namespace callbridge::ui
