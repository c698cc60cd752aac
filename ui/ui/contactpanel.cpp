#include "contactpanel.h"

#include "contactcard.h"
#include "contactviewtext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTextDocument>
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

QString ContactPanel::ticketText(const CallOutcome &outcome) const {
    const QString text =
        (outcome.ticketCreated ? tr("ticket #%1 (new)") : tr("ticket #%1")).arg(outcome.ticketId);
    if (!m_zendeskUrl.isValid() || m_zendeskUrl.isEmpty())
        return text.toHtmlEscaped();
    const QUrl link = m_zendeskUrl.resolved(QUrl(QStringLiteral("/agent/tickets/%1").arg(outcome.ticketId)));
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(link.toString(QUrl::FullyEncoded), text.toHtmlEscaped());
}

void ContactPanel::addOutcome(const CallOutcome &outcome) {
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(outcomeTitle(outcome.outcome).toHtmlEscaped());
    QStringList ids;
    if (outcome.ticketId > 0)
        ids << ticketText(outcome);
    if (outcome.userId > 0)
        ids << (outcome.userCreated ? tr("user #%1 (new)") : tr("user #%1"))
                   .arg(outcome.userId)
                   .toHtmlEscaped();
    if (!ids.isEmpty())
        lines << ids.join(QStringLiteral(", "));
    if (!outcome.reason.isEmpty())
        lines << outcome.reason.toHtmlEscaped();
    for (const QString &notice : outcome.notices)
        lines << QStringLiteral("• ") + notice.toHtmlEscaped();

    auto *label = new QLabel(lines.join(QStringLiteral("<br>")));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(false); // links go through the one ExternalOpener
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setToolTip(tr("Contact %1").arg(outcome.contactId));
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    connect(label, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT linkActivated(QUrl(link, QUrl::StrictMode)); });
    m_outcomes->insertWidget(0, label);
    m_outcomeLabels.prepend(label);
}

int ContactPanel::outcomeCount() const {
    return static_cast<int>(m_outcomeLabels.size());
}

QString ContactPanel::outcomeText(int row) const {
    if (row < 0 || row >= m_outcomeLabels.size())
        return {};
    QTextDocument document;
    document.setHtml(m_outcomeLabels.at(row)->text());
    return document.toPlainText();
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
