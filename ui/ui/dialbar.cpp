#include "dialbar.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace callbridge::ui {

QString dialRefusal(const QString &agentState) {
    if (agentState.isEmpty())
        return DialBar::tr("Sign in to Amazon Connect first: the softphone cannot call yet");
    static const QStringList onAContact{QStringLiteral("Busy"),
                                        QStringLiteral("PendingBusy"),
                                        QStringLiteral("CallingCustomer"),
                                        QStringLiteral("AfterCallWork"),
                                        QStringLiteral("MissedCallAgent"),
                                        QStringLiteral("FailedConnectAgent"),
                                        QStringLiteral("FailedConnectCustomer")};
    if (onAContact.contains(agentState))
        return DialBar::tr("Cannot call now: the softphone is busy with a contact (%1). Finish it first.")
            .arg(agentState);
    if (agentState.compare(QStringLiteral("Error"), Qt::CaseInsensitive) == 0)
        return DialBar::tr("Cannot call now: the softphone reports an error");
    return {};
}

DialBar::DialBar(QWidget *parent)
    : QWidget(parent) {
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("dialNumber"));
    m_number->setPlaceholderText(tr("Number to call"));
    m_number->setAccessibleName(tr("Number to call"));
    m_number->setToolTip(tr("A phone number in any usual format (Ctrl+D)"));
    m_number->setClearButtonEnabled(true);
    m_call = new QPushButton(tr("Call"), this);
    m_call->setObjectName(QStringLiteral("dialCall"));
    m_call->setAccessibleName(tr("Call the number"));
    m_call->setToolTip(tr("Call the number through the softphone (Ctrl+D)"));
    m_call->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_call);
    const auto dial = [this] {
        if (!number().isEmpty())
            Q_EMIT dialRequested(number());
    };
    connect(m_number, &QLineEdit::returnPressed, this, dial);
    connect(m_call, &QPushButton::clicked, this, dial);
}

void DialBar::setNumber(const QString &number) {
    m_number->setText(number);
}

QString DialBar::number() const {
    return m_number->text().trimmed();
}

void DialBar::focusNumber() {
    m_number->setFocus(Qt::ShortcutFocusReason);
    m_number->selectAll();
}

} // namespace callbridge::ui
