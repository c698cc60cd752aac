#pragma once

#include "engine/contactview.h"
#include "model/linkcorrection.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace callbridge::ui {

// One contact as the engine sees it (a ContactView): the caller and how they were identified, who else has
// the number, the ticket candidate, the caller's recent tickets and, once linked, the ticket, the reason, the
// notices and whether Zendesk has it. Shows exactly the view it was given — showing another contact's view
// replaces every line. Buttons only say what the agent wants; the window carries it out.
class ContactCard : public QWidget {
    Q_OBJECT
public:
    explicit ContactCard(QWidget *parent = nullptr);

    void showView(const ContactView &view);
    void clear(); // no contact
    QString contactId() const { return m_contactId; }
    // Auto mode: the correction buttons show until `deadline` (invalid: the call is still on, so open;
    // nullopt: no window, hidden).
    void setCorrectionDeadline(const std::optional<QDateTime> &deadline, const QDateTime &now);
    // Off while the agent panel lists the caller's tickets (from the next view on).
    void setShowsRecentTickets(bool show);

Q_SIGNALS:
    void openTicket(qint64 ticketId);
    void openUser(qint64 userId);
    void changeCallerRequested(); // several users share the number
    void recentTicketsRequested();
    void dialRequested(const QString &number, qint64 ticketId); // ticketId 0: not about a ticket
    void correctionRequested(callbridge::LinkCorrection::Kind kind);

private:
    QLabel *addLine(const char *objectName);
    void showCaller(const ContactView &view);
    void showTickets(const ContactView &view);
    void showLink(const ContactView &view);
    void updateCorrections();
    qint64 selectedRecentTicket() const;

    QString m_contactId;
    qint64 m_userId = 0;
    qint64 m_candidateId = 0;
    qint64 m_linkedId = 0;
    QString m_callerPhone;
    bool m_correctable = false;
    bool m_showsRecent = true;
    std::optional<QDateTime> m_deadline;
    QDateTime m_now;

    QLabel *m_title = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_others = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_openUser = nullptr;
    QPushButton *m_callUser = nullptr;
    QLabel *m_planned = nullptr;
    QLabel *m_candidate = nullptr;
    QPushButton *m_openCandidate = nullptr;
    QLabel *m_linked = nullptr;
    QPushButton *m_openLinked = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_writeState = nullptr;
    QLabel *m_notices = nullptr;
    QLabel *m_endOfCall = nullptr;
    QWidget *m_corrections = nullptr;
    QLabel *m_correctionUntil = nullptr;
    QLabel *m_recentTitle = nullptr;
    QTreeWidget *m_recent = nullptr;
    QPushButton *m_loadRecent = nullptr;
    QPushButton *m_openRecent = nullptr;
    QPushButton *m_callRecent = nullptr;
};

} // namespace callbridge::ui
