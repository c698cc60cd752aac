#pragma once

#include "journal/journalqueries.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace callbridge::ui {

// The review's filters: a date range, agent, outcome, mode, phone, ticket and text in the reason. Apply (or
// Enter in any field) emits the filter; Clear empties every field and applies.
class ReviewFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ReviewFilterBar(QWidget *parent = nullptr);

    journal::JournalFilter filter() const;
    void setRange(const QDate &from, const QDate &to); // both days included; invalid = open

    QLineEdit *agentField() const { return m_agent; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *ticketField() const { return m_ticket; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *modeBox() const { return m_mode; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void filterChanged(const callbridge::journal::JournalFilter &filter);

public Q_SLOTS:
    void apply();
    void clear();

private:
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_agent = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace callbridge::ui
