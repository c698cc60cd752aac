#include "reviewfilterbar.h"

#include "model/calloutcome.h"
#include "review/reviewcounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimeZone>

namespace callbridge::ui {

namespace {

QLineEdit *field(QWidget *parent, const QString &name, const QString &placeholder,
                 const QString &description) {
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *choice(QWidget *parent, const QString &name, const QString &any, const QStringList &values) {
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    box->addItem(any, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    return box;
}

QDateEdit *dateField(QWidget *parent, const QString &name) {
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(name);
    edit->setEnabled(false);
    return edit;
}

} // namespace

ReviewFilterBar::ReviewFilterBar(QWidget *parent)
    : QWidget(parent) {
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useFrom->setAccessibleName(tr("Filter from a date"));
    m_from = dateField(this, tr("From date"));
    m_useTo = new QCheckBox(tr("To"), this);
    m_useTo->setAccessibleName(tr("Filter up to a date"));
    m_to = dateField(this, tr("To date (included)"));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_agent =
        field(this, tr("Agent"), tr("agent username"), tr("Only this agent's decisions (exact username)"));
    m_phone = field(this, tr("Phone"), tr("+E.164 or last digits"),
                    tr("A whole number starting with +, or the last digits of the caller's number"));
    m_ticket = field(this, tr("Ticket"), tr("ticket number"), tr("Only decisions about this ticket"));
    m_ticket->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), m_ticket));
    m_reason = field(this, tr("Text in reason"), tr("text in the reason"),
                     tr("Decisions whose reason contains this text"));
    QStringList outcomes = review::callOutcomeNames();
    outcomes << QStringLiteral("details_appended") << QStringLiteral("agent_mode");
    m_outcome = choice(this, tr("Outcome"), tr("Any outcome"), outcomes);
    m_mode = choice(this, tr("Mode"), tr("Any mode"), linkModeNames());
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setAccessibleName(tr("Apply filters"));
    m_apply->setDefault(true);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setAccessibleName(tr("Clear filters"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_useFrom, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_useTo, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(m_agent, 0, 4);
    grid->addWidget(m_outcome, 0, 5);
    grid->addWidget(m_mode, 0, 6);
    grid->addWidget(m_phone, 1, 0, 1, 2);
    grid->addWidget(m_ticket, 1, 2, 1, 2);
    grid->addWidget(m_reason, 1, 4, 1, 1);
    grid->addWidget(m_apply, 1, 5);
    grid->addWidget(m_clear, 1, 6);
    grid->setColumnStretch(4, 2);

    connect(m_apply, &QPushButton::clicked, this, &ReviewFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, &ReviewFilterBar::clear);
    for (QLineEdit *edit : {m_agent, m_phone, m_ticket, m_reason})
        connect(edit, &QLineEdit::returnPressed, this, &ReviewFilterBar::apply);
}

journal::JournalFilter ReviewFilterBar::filter() const {
    journal::JournalFilter f;
    if (m_useFrom->isChecked())
        f.from = m_from->date().startOfDay(QTimeZone::systemTimeZone()).toUTC();
    if (m_useTo->isChecked())
        f.to = m_to->date().addDays(1).startOfDay(QTimeZone::systemTimeZone()).toUTC();
    f.agent = m_agent->text().trimmed();
    if (const QString outcome = m_outcome->currentData().toString(); !outcome.isEmpty())
        f.outcomes = {outcome};
    if (const QString mode = m_mode->currentData().toString(); !mode.isEmpty())
        f.modes = {mode};
    f.phone = m_phone->text().trimmed();
    f.ticketId = m_ticket->text().toLongLong();
    f.reasonText = m_reason->text().trimmed();
    return f;
}

void ReviewFilterBar::setRange(const QDate &from, const QDate &to) {
    m_useFrom->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_useTo->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
}

void ReviewFilterBar::apply() {
    Q_EMIT filterChanged(filter());
}

void ReviewFilterBar::clear() {
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    for (QLineEdit *edit : {m_agent, m_phone, m_ticket, m_reason})
        edit->clear();
    m_outcome->setCurrentIndex(0);
    m_mode->setCurrentIndex(0);
    apply();
}

} // namespace callbridge::ui
