#include "reviewrelinkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace callbridge::ui {

ReviewRelinkDialog::ReviewRelinkDialog(const QString &contactLabel, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Relink call"));
    auto *intro = new QLabel(tr("Move the link of %1 to:").arg(contactLabel), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_otherTicket = new QRadioButton(tr("Another &ticket"), this);
    m_otherTicket->setAccessibleName(tr("Attach the call to another ticket"));
    m_otherTicket->setChecked(true);
    m_otherCaller = new QRadioButton(tr("Another ca&ller (Zendesk user)"), this);
    m_otherCaller->setAccessibleName(tr("The caller was another Zendesk user"));
    m_newTicket = new QRadioButton(tr("A &new ticket for the same caller"), this);
    m_newTicket->setAccessibleName(tr("Create a new ticket for the same caller"));
    m_id = new QLineEdit(this);
    m_id->setAccessibleName(tr("Ticket or user number"));
    m_id->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), m_id));
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Why"));
    m_reason->setAccessibleDescription(tr("Written to the journal and the old ticket's note"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Relink"));
    m_ok->setAccessibleName(tr("Relink"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Number:"), m_id);
    form->addRow(tr("Why:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_otherTicket);
    layout->addWidget(m_otherCaller);
    layout->addWidget(m_newTicket);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *choice : {m_otherTicket, m_otherCaller, m_newTicket})
        connect(choice, &QRadioButton::toggled, this, &ReviewRelinkDialog::updateAcceptable);
    connect(m_id, &QLineEdit::textChanged, this, &ReviewRelinkDialog::updateAcceptable);
    updateAcceptable();
}

void ReviewRelinkDialog::updateAcceptable() {
    m_id->setEnabled(!m_newTicket->isChecked());
    m_ok->setEnabled(m_newTicket->isChecked() || m_id->text().toLongLong() > 0);
}

LinkCorrection ReviewRelinkDialog::correction() const {
    LinkCorrection c;
    if (m_otherTicket->isChecked()) {
        c.kind = LinkCorrection::Kind::OtherTicket;
        c.ticketId = m_id->text().toLongLong();
    } else if (m_otherCaller->isChecked()) {
        c.kind = LinkCorrection::Kind::OtherCaller;
        c.userId = m_id->text().toLongLong();
    } else {
        c.kind = LinkCorrection::Kind::NewTicket;
    }
    c.reason = m_reason->text().trimmed();
    return c;
}

} // namespace callbridge::ui
