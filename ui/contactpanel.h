#pragma once

#include "contact/contactevent.h"
#include "engine/calloutcome.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace callbridge::ui {

// The current contact (caller, direction, queue, state) and every outcome as it happens: what was linked, the
// ticket and user, core's plain reason and its notices.
class ContactPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContactPanel(QWidget *parent = nullptr);

    void showContactEvent(const ContactEvent &event);
    void addOutcome(const CallOutcome &outcome);
    int outcomeCount() const;
    QString outcomeText(int row) const;

    static QString outcomeTitle(Outcome outcome);
    static QString eventStateText(ContactEventKind kind);

private:
    QLabel *m_caller = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_outcomes = nullptr;
};

} // namespace callbridge::ui
