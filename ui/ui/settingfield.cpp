#include "settingfield.h"

#include "plainlabel.h"
#include "policy/callpolicy.h"
#include "policy/settingspecs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace callbridge::ui {

namespace {

// "instance_url" → "Instance URL".
QString titleFor(const QString &name) {
    static const QStringList acronyms{QStringLiteral("url"), QStringLiteral("sso")};
    QStringList words = name.split(u'_');
    for (QString &word : words) {
        if (acronyms.contains(word))
            word = word.toUpper();
    }
    QString title = words.join(u' ');
    title[0] = title[0].toUpper();
    return title;
}

QString yesNo(const QString &text) {
    return text == QLatin1String("true") ? SettingField::tr("yes") : SettingField::tr("no");
}

} // namespace

SettingField::SettingField(const SettingSpec &spec, const QString &inheritedDefault, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec) {
    const QString fallback = inheritedDefault.isEmpty() ? spec.defaultText : inheritedDefault;
    const QString explanation = QCoreApplication::translate("callbridge::SettingSpec", spec.explanation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget *editor = nullptr;
    if (spec.type == SettingType::Text) {
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(fallback.isEmpty() ? tr("not set") : fallback);
        m_line->setClearButtonEnabled(true);
        connect(m_line, &QLineEdit::textChanged, this, [this] {
            showProblem();
            Q_EMIT edited();
        });
        editor = m_line;
    } else {
        m_choice = new QComboBox(this);
        m_choice->addItem(
            tr("Default (%1)").arg(spec.type == SettingType::Boolean ? yesNo(fallback) : fallback),
            QString());
        const QStringList words = spec.type == SettingType::Boolean
                                      ? QStringList{QStringLiteral("true"), QStringLiteral("false")}
                                      : spec.choices;
        for (const QString &word : words)
            m_choice->addItem(spec.type == SettingType::Boolean ? yesNo(word) : word, word);
        connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
            showProblem();
            Q_EMIT edited();
        });
        editor = m_choice;
    }
    editor->setObjectName(spec.key());
    editor->setAccessibleName(title());
    editor->setAccessibleDescription(explanation);
    editor->setToolTip(spec.displayKey());
    layout->addWidget(editor);
    const QString shownDefault = spec.type == SettingType::Boolean ? yesNo(fallback) : fallback;
    const QString help = fallback.isEmpty()
                             ? tr("%1 (%2)").arg(explanation, spec.displayKey())
                             : tr("%1 Default: %2 (%3)").arg(explanation, shownDefault, spec.displayKey());
    auto *helpLabel = plainLabel(help, this);
    helpLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(helpLabel);
    m_problem = plainLabel(QString(), this);
    m_problem->setObjectName(spec.key() + QStringLiteral("#problem"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
}

QString SettingField::title() const {
    return titleFor(m_spec.name);
}

QWidget *SettingField::editor() const {
    return m_line ? static_cast<QWidget *>(m_line) : m_choice;
}

QString SettingField::text() const {
    return m_line ? m_line->text().trimmed() : m_choice->currentData().toString();
}

void SettingField::setText(const QString &text) {
    if (m_line) {
        m_line->setText(text);
    } else {
        // A value the file spells differently ("yes", "Agent") is found by what it means.
        QString word = text.trimmed().toLower();
        if (m_spec.type == SettingType::Boolean && !word.isEmpty()) {
            const std::optional<bool> value = parseBoolean(word);
            word = value ? (*value ? QStringLiteral("true") : QStringLiteral("false")) : QString();
        }
        const int index = word.isEmpty() ? 0 : std::max(0, m_choice->findData(word));
        m_choice->setCurrentIndex(index);
    }
    showProblem();
}

QString SettingField::problem() const {
    return settingProblem(m_spec, text());
}

void SettingField::showProblem() {
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + why);
    m_problem->setVisible(!why.isEmpty());
}

} // namespace callbridge::ui
