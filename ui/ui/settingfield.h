#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace callbridge {
struct SettingSpec;
}

namespace callbridge::ui {

// One INI setting as a form row: its editor (a line edit, or a choice whose first entry is "Default (…)"),
// its explanation and default, and the problem core's loader would report for the current value. The text is
// the file's: empty means the default applies.
class SettingField : public QWidget {
    Q_OBJECT
public:
    // `inheritedDefault`: what applies when the field is empty — the system-wide file's value, or (empty)
    // the built-in default.
    SettingField(const SettingSpec &spec, const QString &inheritedDefault, QWidget *parent = nullptr);

    const SettingSpec &spec() const { return m_spec; }
    QString title() const; // "Instance URL", in the window's language
    static QString titleOf(const SettingSpec &spec);
    static bool hasTitle(const SettingSpec &spec); // false: shown by its key ("[zendesk] url")
    QString text() const;
    void setText(const QString &text);
    QString problem() const; // core's wording; empty when the value is accepted
    bool isAcceptable() const { return problem().isEmpty(); }
    QWidget *editor() const;

Q_SIGNALS:
    void edited();

private:
    void showProblem();

    const SettingSpec &m_spec;
    QLineEdit *m_line = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace callbridge::ui
