#pragma once

#include "contact/contactevent.h"
#include "model/calloutcome.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace callbridge::ui {

// The current contact (caller, direction, queue, state) and every outcome as it happens: what was linked, the
// ticket and user, core's plain reason and its notices.
class ContactPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContactPanel(QWidget *parent = nullptr);

    // Ticket numbers link to <zendeskUrl>/agent/tickets/<id> when set.
    void setZendeskUrl(const QUrl &zendeskUrl) { m_zendeskUrl = zendeskUrl; }
    void showContactEvent(const ContactEvent &event);
    void addOutcome(const CallOutcome &outcome);
    int outcomeCount() const;
    QString outcomeText(int row) const;

    static QString outcomeTitle(Outcome outcome);
    static QString eventStateText(ContactEventKind kind);

Q_SIGNALS:
    void linkActivated(const QUrl &url); // open it through the ExternalOpener

private:
    QString ticketText(const CallOutcome &outcome) const;

    QLabel *m_caller = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_state = nullptr;
    QVBoxLayout *m_outcomes = nullptr; // newest first
    QList<QLabel *> m_outcomeLabels;
    QUrl m_zendeskUrl;
};

} // namespace callbridge::ui
