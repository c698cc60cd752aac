#include "settingfield.h"

#include "plainlabel.h"
#include "policy/callpolicy.h"
#include "policy/settingspecs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

namespace callbridge::ui {

namespace {

// "instance_url" → "Instance URL".
// Each setting's name in the dialog, as an admin says it.
const QHash<QString, const char *> &titles() {
    static const QHash<QString, const char *> table{
        {QStringLiteral("connect/instance_url"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Instance URL")},
        {QStringLiteral("connect/sso_url"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "SSO sign-in URL")},
        {QStringLiteral("connect/region"), QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "AWS region")},
        {QStringLiteral("connect/entry_point_number"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Contact centre number")},
        {QStringLiteral("connect/time_zone"), QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Time zone")},
        {QStringLiteral("softphone/host_origin"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Host origin")},
        {QStringLiteral("softphone/identity_provider_hosts"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Identity provider hosts")},
        {QStringLiteral("softphone/medialess"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Audio elsewhere (VDI)")},
        {QStringLiteral("zendesk/url"), QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Zendesk URL")},
        {QStringLiteral("zendesk/email"), QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Agent's email")},
        {QStringLiteral("zendesk/screen_pop"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Screen pop")},
        {QStringLiteral("zendesk/talk_partner_edition"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Talk Partner Edition")},
        {QStringLiteral("zendesk/note_language"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Language of notes")},
        {QStringLiteral("policy/ticket_assignment"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Ticket assignment")},
        {QStringLiteral("policy/create_ticket_after_minutes"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Reuse a ticket updated within (minutes)")},
        {QStringLiteral("policy/correction_minutes"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Correction window (minutes)")},
        {QStringLiteral("policy/force_ticket_creation"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Force a ticket in agent mode")},
        {QStringLiteral("policy/pop_incoming"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Look up while ringing")},
        {QStringLiteral("policy/voice_comment"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Voice comment")},
        {QStringLiteral("policy/download_recording"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Recording link")},
        {QStringLiteral("policy/all_outbound"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Tickets for all outbound calls")},
        {QStringLiteral("policy/remember_caller_number"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Remember the caller's number")},
        {QStringLiteral("policy/ticket_attribute"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Ticket attribute")},
        {QStringLiteral("policy/note_attributes"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Attributes in notes")},
        {QStringLiteral("phone/default_region"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Default country")},
        {QStringLiteral("journal/keep_days"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Keep calls for (days)")},
        {QStringLiteral("team/database"), QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Team database")},
        {QStringLiteral("ui/close_to_tray"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Close to tray")},
        {QStringLiteral("ui/raise_on_ring"),
         QT_TRANSLATE_NOOP("callbridge::ui::SettingField", "Bring to front on ring")},
    };
    return table;
}

// A choice as the admin reads it: a language by its own name, anything else as typed in the file.
QString choiceLabel(const SettingSpec &spec, const QString &word) {
    if (spec.key() == QLatin1String("zendesk/note_language")) {
        QString name = QLocale(word).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return name.isEmpty() ? word : SettingField::tr("%1 (%2)").arg(name, word);
    }
    return word;
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
            m_choice->addItem(spec.type == SettingType::Boolean ? yesNo(word) : choiceLabel(spec, word),
                              word);
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
    return titleOf(m_spec);
}

QString SettingField::titleOf(const SettingSpec &spec) {
    const char *title = titles().value(spec.key());
    return title ? tr(title) : spec.displayKey();
}

bool SettingField::hasTitle(const SettingSpec &spec) {
    return titles().contains(spec.key());
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
    return settingProblemPhrase(m_spec, text()).translated();
}

void SettingField::showProblem() {
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + why);
    m_problem->setVisible(!why.isEmpty());
}

} // namespace callbridge::ui
