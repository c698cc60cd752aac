#pragma once

#include "engine/contactview.h"
#include "model/calloutcome.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace callbridge::ui {

class ContactCard;

// The contact card of the contact on show and, below it, every decision as it happens (what was linked, the
// ticket and user, core's plain reason and its notices). Which contact is on show: the newest one still being
// worked on — a new contact replaces the card completely; an update of another contact never shows there.
// With several contacts at once (a transfer, a callback during after-call work) a switcher chooses.
class ContactPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContactPanel(QWidget *parent = nullptr);

    // Ticket numbers in the decisions link to <zendeskUrl>/agent/tickets/<id> when set.
    void setZendeskUrl(const QUrl &zendeskUrl) { m_zendeskUrl = zendeskUrl; }
    // A contact's view changed: shown when it is the one on show or a newer contact than it.
    void onViewChanged(const ContactView &view);
    // Shows this contact's view, whatever was on show (the switcher, tests).
    void display(const ContactView &view);
    // The contacts being worked on, for the switcher (hidden when there is one or none).
    void setLiveContacts(const QList<ContactView> &live);
    QString displayedContactId() const;
    ContactCard *card() const { return m_card; }

    static constexpr int kMaxDecisionCards = 50; // the newest decisions shown; older ones are dropped
    void addOutcome(const CallOutcome &outcome);
    int outcomeCount() const;
    QString outcomeText(int row) const;

    static QString outcomeTitle(Outcome outcome);

Q_SIGNALS:
    void linkActivated(const QUrl &url); // open it through the ExternalOpener
    void contactChosen(const QString &contactId);
    void displayedContactChanged(const QString &contactId);

private:
    static QString ticketText(const CallOutcome &outcome);

    QComboBox *m_switcher = nullptr;
    ContactCard *m_card = nullptr;
    quint64 m_displayedSequence = 0;
    QVBoxLayout *m_outcomes = nullptr; // newest first
    struct DecisionCard {
        QWidget *card = nullptr;
        QString text; // what it says, as one plain text
    };
    QList<DecisionCard> m_decisions; // newest first
    QUrl m_zendeskUrl;
};

} // namespace callbridge::ui
