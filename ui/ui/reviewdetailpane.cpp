#include "reviewdetailpane.h"

#include "model/reviewconcerns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

namespace {

QString when(const QDateTime &t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("—");
}

} // namespace

QString ReviewDetailPane::concernTitle(ReviewConcern concern) {
    switch (concern) {
    case ConcernSharedNumber:
        return tr("Shared numbers");
    case ConcernIvrRefused:
        return tr("IVR tickets refused");
    case ConcernForced:
        return tr("Forced creations");
    case ConcernAnonymous:
        return tr("Anonymous callers");
    case ConcernFailed:
        return tr("Failed writes");
    case ConcernCorrected:
        return tr("Corrections");
    case ConcernNewUser:
        return tr("New users with a close number");
    case ConcernNone:
        break;
    }
    return {};
}

namespace {

QString id(qint64 value) {
    return value > 0 ? QStringLiteral("#%1").arg(value) : QStringLiteral("—");
}

} // namespace

ReviewDetailPane::ReviewDetailPane(QWidget *parent)
    : QWidget(parent) {
    m_title = new QLabel(tr("Select a decision to see its contact."), this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Contact detail"));
    m_text->setAccessibleDescription(
        tr("Timeline, decisions, writes, corrections and reviews of the contact"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_openTicket = new QPushButton(tr("Open &ticket in Zendesk"), this);
    m_openTicket->setAccessibleName(tr("Open ticket in Zendesk"));
    m_openUser = new QPushButton(tr("Open &caller in Zendesk"), this);
    m_openUser->setAccessibleName(tr("Open caller in Zendesk"));
    m_openTicket->setEnabled(false);
    m_openUser->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openTicket);
    buttons->addWidget(m_openUser);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_openTicket, &QPushButton::clicked, this, [this] {
        Q_EMIT linkActivated(
            m_zendeskUrl.resolved(QUrl(QStringLiteral("/agent/tickets/%1").arg(m_ticketId))));
    });
    connect(m_openUser, &QPushButton::clicked, this, [this] {
        Q_EMIT linkActivated(m_zendeskUrl.resolved(QUrl(QStringLiteral("/agent/users/%1").arg(m_userId))));
    });
}

void ReviewDetailPane::show(const review::ContactDetail &detail, const journal::OutcomeRecord &selected) {
    m_title->setText(
        tr("Contact %1 — %2, %3").arg(detail.contactId, selected.customerNumber, selected.agentUsername));
    QString text = describe(detail);
    QStringList concerns;
    for (ReviewConcern concern : reviewConcernList()) {
        if (selected.concerns & concern)
            concerns << concernTitle(concern);
    }
    if (!concerns.isEmpty())
        text =
            tr("Worth a look: %1").arg(concerns.join(QStringLiteral(", "))) + QStringLiteral("\n\n") + text;
    m_text->setPlainText(text);
    m_ticketId = selected.ticketId;
    m_userId = selected.userId;
    const bool linkable = m_zendeskUrl.isValid() && !m_zendeskUrl.isEmpty();
    m_openTicket->setEnabled(linkable && m_ticketId > 0);
    m_openUser->setEnabled(linkable && m_userId > 0);
}

void ReviewDetailPane::clear() {
    m_title->setText(tr("Select a decision to see its contact."));
    m_text->clear();
    m_ticketId = m_userId = 0;
    m_openTicket->setEnabled(false);
    m_openUser->setEnabled(false);
}

QString ReviewDetailPane::text() const {
    return m_text->toPlainText();
}

QString ReviewDetailPane::describe(const review::ContactDetail &detail) {
    QStringList lines;
    lines << tr("Timeline");
    if (detail.timeline.isEmpty())
        lines << tr("  (no events recorded)");
    for (const review::TimelineEntry &e : detail.timeline) {
        QString line = QStringLiteral("  %1  %2").arg(when(e.at), e.kind);
        if (!e.queue.isEmpty())
            line += tr(", queue %1").arg(e.queue);
        if (!e.agent.isEmpty())
            line += tr(", agent %1").arg(e.agent);
        if (!e.action.isEmpty())
            line += tr(", action %1").arg(e.action);
        lines << line;
    }
    lines << QString() << tr("Decisions");
    for (const journal::OutcomeRecord &d : detail.decisions) {
        lines << QStringLiteral("  %1  %2 (%3): ticket %4, user %5%6")
                     .arg(when(d.at), d.outcome, d.mode, id(d.ticketId), id(d.userId),
                          d.userCreated ? tr(", user created") : QString());
        lines << tr("    reason: %1").arg(d.reasonOrText().translated());
        for (const Phrase &notice : d.noticesOrText())
            lines << tr("    notice: %1").arg(notice.translated());
    }
    lines << QString() << tr("Writes");
    if (detail.writes.isEmpty())
        lines << tr("  (none)");
    for (const review::WriteHistory &w : detail.writes) {
        lines << QStringLiteral("  %1 %2 — %3")
                     .arg(w.kind, w.targetId > 0 ? id(w.targetId) : QString(), w.state());
        for (const journal::WriteTransition &t : w.transitions) {
            QString line = QStringLiteral("    %1  %2").arg(when(t.at), t.state);
            if (t.attempts > 0)
                line += tr(" (attempt %1)").arg(t.attempts);
            if (t.resultId > 0)
                line += tr(" → %1").arg(id(t.resultId));
            if (!t.error.isEmpty())
                line += tr(": Zendesk answered “%1”").arg(t.error);
            lines << line;
        }
    }
    const QList<journal::OutcomeRecord> corrections = detail.corrections();
    lines << QString() << tr("Corrections");
    if (corrections.isEmpty())
        lines << tr("  (none)");
    for (const journal::OutcomeRecord &c : corrections)
        lines << tr("  %1  to ticket %2, user %3 by %4: %5")
                     .arg(when(c.at), id(c.ticketId), id(c.userId), c.agentUsername, c.reason);
    lines << QString() << tr("Reviews");
    if (detail.reviews.isEmpty())
        lines << tr("  not reviewed yet");
    for (const journal::ReviewMark &r : detail.reviews)
        lines << tr("  %1  reviewed by %2%3")
                     .arg(when(r.at), r.by, r.note.isEmpty() ? QString() : QStringLiteral(": ") + r.note);
    return lines.join(u'\n');
}

} // namespace callbridge::ui
