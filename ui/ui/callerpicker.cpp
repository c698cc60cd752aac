#include "callerpicker.h"

#include "contactviewtext.h"
#include "zendesk/zendeskgateway.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

CallerPicker::CallerPicker(zendesk::DirectoryReader &directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory) {
    setObjectName(QStringLiteral("callerPicker"));
    setAccessibleName(tr("Users who share the caller's number"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("These users share the caller's number — who is calling?"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
}

void CallerPicker::setCandidates(const QList<zendesk::User> &candidates, qint64 current) {
    QList<qint64> ids;
    for (const zendesk::User &user : candidates)
        ids << user.id;
    if (ids == m_ids && current == m_current)
        return;
    m_ids = ids;
    m_current = current;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const zendesk::User &user : candidates)
        m_rows->addWidget(addCandidate(user, user.id == current));
    setVisible(candidates.size() > 1);
}

QWidget *CallerPicker::addCandidate(const zendesk::User &user, bool current) {
    auto *row = new QFrame(this);
    row->setObjectName(QStringLiteral("candidate-%1").arg(user.id));
    row->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(row);
    auto *text = new QVBoxLayout;
    auto *who = new QLabel(viewtext::user(user), row);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    auto *tickets = new QLabel(tr("Reading their tickets…"), row);
    tickets->setObjectName(QStringLiteral("candidateTickets"));
    tickets->setTextFormat(Qt::PlainText);
    tickets->setWordWrap(true);
    text->addWidget(who);
    text->addWidget(tickets);
    layout->addLayout(text, 1);
    auto *choose = new QPushButton(current ? tr("Current caller") : tr("This is the caller"), row);
    choose->setObjectName(QStringLiteral("chooseCaller"));
    choose->setAccessibleName(tr("%1 is the caller").arg(user.name));
    choose->setEnabled(!current);
    layout->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this, id = user.id] { Q_EMIT chosen(id); });
    m_directory.requestedTickets(
        user.id, kTicketsPerCandidate, tickets, [tickets](const zendesk::Result<QList<zendesk::Ticket>> &r) {
            if (!r.ok()) {
                tickets->setText(tr("Their tickets could not be read: %1").arg(r.error.message));
                return;
            }
            QStringList lines;
            for (const zendesk::Ticket &t : r.value.mid(0, kTicketsPerCandidate))
                lines << viewtext::ticket(t);
            tickets->setText(lines.isEmpty() ? tr("No tickets") : lines.join(QLatin1Char('\n')));
        });
    return row;
}

} // namespace callbridge::ui
