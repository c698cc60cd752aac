#pragma once

// A journal with one contact for every kind of review concern (and plain ones), for the review's tests over
// the local journal, the team database and the review window.

#include "journal/journal.h"
#include "zendesk/zendeskwrite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace callbridge::testing {

struct ReviewFixture {
    QString prefix; // contact ids are "<prefix>-<kind>"
    QString agent;
    QDateTime start; // the first contact's time; each next one a minute later
    // What each contact is, by the id's suffix.
    static QStringList kinds() {
        return {QStringLiteral("plain"),  QStringLiteral("shared"),    QStringLiteral("ivr"),
                QStringLiteral("forced"), QStringLiteral("anonymous"), QStringLiteral("close"),
                QStringLiteral("failed"), QStringLiteral("unique")};
    }
    // The queue's contacts (every kind but the plain one and the new user with a number nobody else has).
    QStringList queued() const {
        QStringList ids;
        for (const QString &kind : kinds()) {
            if (kind != QLatin1String("plain") && kind != QLatin1String("unique"))
                ids << id(kind);
        }
        return ids;
    }
    QString id(const QString &kind) const { return prefix + u'-' + kind; }
    QDateTime at(int index) const { return start.addSecs(60 * index); }
};

// Records the fixture's contacts in `journal`: events (connected, ended), decisions and, for the failed one,
// a write Zendesk refused for good. Returns false when the journal refused something.
inline bool fillReviewJournal(journal::Journal &journal, const ReviewFixture &f) {
    struct Row {
        QString kind;
        QString phone;
        Outcome outcome;
        qint64 user;
        bool userCreated;
        QString reason;
        QStringList notices;
    };
    const QList<Row> rows{
        {QStringLiteral("plain"),
         QStringLiteral("+491511234567"),
         Outcome::TicketCreated,
         100,
         false,
         QStringLiteral("identified by customer_number"),
         {}},
        {QStringLiteral("shared"),
         QStringLiteral("+4930200200"),
         Outcome::TicketReused,
         101,
         false,
         QStringLiteral("customer_number (2 users share it; took #101, the most recently updated)"),
         {}},
        {QStringLiteral("ivr"),
         QStringLiteral("+4930300300"),
         Outcome::TicketCreated,
         102,
         false,
         QStringLiteral("new ticket"),
         {QStringLiteral("IVR ticket #5 belongs to another user")}},
        {QStringLiteral("forced"),
         QStringLiteral("+4930400400"),
         Outcome::ForceCreated,
         103,
         false,
         QStringLiteral("nothing chosen by the end of the call"),
         {}},
        {QStringLiteral("anonymous"),
         QStringLiteral("anonymous"),
         Outcome::TicketCreated,
         0,
         false,
         QStringLiteral("anonymous caller (withheld): new ticket with the agent as requester"),
         {}},
        {QStringLiteral("close"),
         QStringLiteral("+441511234567"),
         Outcome::TicketCreated,
         200,
         true,
         QStringLiteral("new user for +441511234567"),
         {}},
        {QStringLiteral("failed"),
         QStringLiteral("+4930600600"),
         Outcome::Failed,
         0,
         false,
         QStringLiteral("Zendesk refused the ticket: subject is too long"),
         {}},
        {QStringLiteral("unique"),
         QStringLiteral("+4930777777"),
         Outcome::TicketCreated,
         201,
         true,
         QStringLiteral("new user for +4930777777"),
         {}},
    };
    int index = 0;
    for (const Row &row : rows) {
        const QString contact = f.id(row.kind);
        const QDateTime at = f.at(index++);
        ContactEvent e;
        e.kind = ContactEventKind::Connected;
        e.at = at;
        e.contact.contactId = contact;
        e.contact.customerPhone = row.phone;
        e.contact.queue.name = QStringLiteral("Support");
        e.agent.username = f.agent;
        e.agent.name = f.agent.toUpper();
        if (!journal.recordEvent(e, row.phone.startsWith(u'+') ? row.phone : QString()))
            return false;
        CallOutcome o;
        o.contactId = contact;
        o.outcome = row.outcome;
        o.userId = row.user;
        o.userCreated = row.userCreated;
        o.ticketId = row.outcome == Outcome::Failed ? 0 : 5000 + index;
        o.ticketCreated = row.outcome == Outcome::TicketCreated || row.outcome == Outcome::ForceCreated;
        o.reason = row.reason;
        for (const QString &notice : row.notices)
            o.notices << notice;
        if (!journal.recordOutcome(o, at.addSecs(5)))
            return false;
        e.kind = ContactEventKind::Ended;
        e.at = at.addSecs(30);
        if (!journal.recordEvent(e))
            return false;
        if (row.outcome == Outcome::Failed) {
            zendesk::Write w;
            w.kind = zendesk::Write::Kind::CreateTicket;
            w.idempotencyKey = QStringLiteral("cb-") + contact + QStringLiteral("-ticket");
            w.payload = QJsonObject{
                {QStringLiteral("ticket"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("Call")}}}};
            if (!journal.enqueueWrite(w, at) || !journal.markSending(w.idempotencyKey)
                || !journal.markFailed(w.idempotencyKey, QStringLiteral("422 subject is too long"), true, {}))
                return false;
        }
    }
    return true;
}

} // namespace callbridge::testing
