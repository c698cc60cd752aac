#pragma once

#include "model/linkcorrection.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace callbridge::ui {

// Asks where a call's link should go instead: a new ticket, another ticket, or another caller; and why.
class ReviewRelinkDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReviewRelinkDialog(const QString &contactLabel, QWidget *parent = nullptr);

    LinkCorrection correction() const; // `by` is left for the caller to fill in
    QRadioButton *otherTicketChoice() const { return m_otherTicket; }
    QRadioButton *otherCallerChoice() const { return m_otherCaller; }
    QRadioButton *newTicketChoice() const { return m_newTicket; }
    QLineEdit *idField() const { return m_id; }
    QLineEdit *reasonField() const { return m_reason; }

private:
    void updateAcceptable();

    QRadioButton *m_otherTicket = nullptr;
    QRadioButton *m_otherCaller = nullptr;
    QRadioButton *m_newTicket = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace callbridge::ui
