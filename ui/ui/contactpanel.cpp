#include "contactpanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

// An inbound caller's number is what the network presents: a claim anyone can spoof, never an identity.
QString callerText(const ContactInfo &contact) {
    if (contact.customerPhone.isEmpty() || contact.customerPhone == QLatin1String("anonymous"))
        return ContactPanel::tr("Anonymous caller");
    if (contact.direction == CallDirection::Inbound)
        return ContactPanel::tr("%1 (caller ID, unverified)").arg(contact.customerPhone);
    return contact.customerPhone;
}

} // namespace

ContactPanel::ContactPanel(QWidget *parent)
    : QWidget(parent) {
    auto *contactBox = new QGroupBox(tr("Current contact"), this);
    m_caller = new QLabel(tr("No call"), contactBox);
    QFont big = m_caller->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_caller->setFont(big);
    m_caller->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(contactBox);
    m_details = new QLabel(contactBox);
    // What the page and the caller supply is shown as text, never interpreted as markup.
    for (QLabel *label : {m_caller, m_state, m_details})
        label->setTextFormat(Qt::PlainText);
    m_caller->setObjectName(QStringLiteral("caller"));
    m_details->setObjectName(QStringLiteral("contactDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *contactLayout = new QVBoxLayout(contactBox);
    contactLayout->addWidget(m_caller);
    contactLayout->addWidget(m_state);
    contactLayout->addWidget(m_details);

    auto *outcomeBox = new QGroupBox(tr("Zendesk"), this);
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
}

void ContactPanel::showContactEvent(const ContactEvent &event) {
    const ContactInfo &c = event.contact;
    m_caller->setText(callerText(c));
    m_state->setText(eventStateText(event.kind));
    QStringList lines;
    lines << (c.direction == CallDirection::Inbound ? tr("Inbound call") : tr("Outbound call"));
    if (!c.queue.name.isEmpty())
        lines << tr("Queue: %1").arg(c.queue.name);
    if (!c.systemPhone.isEmpty())
        lines << tr("Dialled: %1").arg(c.systemPhone);
    if (c.isTransfer())
        lines << tr("Transferred (first contact %1)").arg(c.initialContactId);
    lines << tr("Contact %1").arg(c.contactId);
    m_details->setText(lines.join(QLatin1Char('\n')));
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
    if (outcome.outcome == Outcome::Failed)
        label->setStyleSheet(QStringLiteral("QLabel { color: #8b0000; }"));
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

QString ContactPanel::eventStateText(ContactEventKind kind) {
    switch (kind) {
    case ContactEventKind::Connecting:
        return tr("Ringing");
    case ContactEventKind::Connected:
        return tr("Connected");
    case ContactEventKind::Ended:
        return tr("Ended");
    case ContactEventKind::Missed:
        return tr("Missed");
    case ContactEventKind::AfterCallWork:
        return tr("After call work");
    case ContactEventKind::Destroyed:
        return tr("Closed");
    case ContactEventKind::AgentAction:
        break;
    }
    return QString();
}

} // namespace callbridge::ui
