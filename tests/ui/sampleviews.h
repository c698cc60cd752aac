#pragma once

// Contact views in each state the card shows, and a directory that answers from memory: for the widget
// tests and the screenshot gallery.
#include "engine/contactview.h"
#include "zendesk/zendeskgateway.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace callbridge::ui::test {

inline QDateTime sampleTime(int minutesAgo = 0) {
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC).addSecs(-60 * minutesAgo);
}

inline zendesk::User sampleUser(qint64 id, const QString &name, const QString &email,
                                const QString &phone = QStringLiteral("+15550100001")) {
    zendesk::User u;
    u.id = id;
    u.name = name;
    u.email = email;
    u.phone = phone;
    return u;
}

inline zendesk::Ticket sampleTicket(qint64 id, const QString &subject, const QString &status, int minutesAgo,
                                    qint64 requesterId = 1001) {
    zendesk::Ticket t;
    t.id = id;
    t.subject = subject;
    t.status = status;
    t.requesterId = requesterId;
    t.updatedAt = sampleTime(minutesAgo);
    return t;
}

inline ContactView ringing(const QString &contactId, quint64 sequence, const QString &from) {
    ContactView v;
    v.contactId = contactId;
    v.sequence = sequence;
    v.stage = ContactView::Stage::Ringing;
    v.customerPhone = from;
    v.customerE164 = from.startsWith(u'+') ? from : QString();
    v.queue = QStringLiteral("Support");
    return v;
}

inline ContactView ringingKnown(const QString &contactId = QStringLiteral("c-known"), quint64 sequence = 1) {
    ContactView v = ringing(contactId, sequence, QStringLiteral("+15550100001"));
    v.identity = ContactView::Identity::Known;
    v.identifiedBy = ContactView::IdentifiedBy::Phone;
    v.callerIdUnverified = true;
    v.caller = sampleUser(1001, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
    v.plannedAction = LinkPlan::Action::Attach;
    v.candidate = sampleTicket(7001, QStringLiteral("Printer on fire"), QStringLiteral("open"), 30);
    v.candidateSource = TicketSource::Ivr;
    v.candidateReason =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 belongs to the caller"), {7001});
    return v;
}

inline ContactView ringingUnknown(const QString &contactId = QStringLiteral("c-unknown"),
                                  quint64 sequence = 1) {
    ContactView v = ringing(contactId, sequence, QStringLiteral("+15550300001"));
    v.identity = ContactView::Identity::Unknown;
    v.willCreateUser = true;
    v.plannedAction = LinkPlan::Action::CreateTicket;
    return v;
}

inline ContactView ringingWithheld(const QString &contactId = QStringLiteral("c-withheld"),
                                   quint64 sequence = 1) {
    ContactView v = ringing(contactId, sequence, QStringLiteral("anonymous"));
    v.identity = ContactView::Identity::Withheld;
    v.plannedAction = LinkPlan::Action::CreateTicket;
    return v;
}

inline ContactView multiMatch(const QString &contactId = QStringLiteral("c-multi"), quint64 sequence = 1) {
    ContactView v = ringingKnown(contactId, sequence);
    v.candidate.reset();
    v.candidateSource = TicketSource::None;
    v.plannedAction = LinkPlan::Action::CreateTicket;
    v.alternatives = {
        sampleUser(1002, QStringLiteral("Brian Kernighan"), QStringLiteral("brian@example.com")),
        sampleUser(1003, QStringLiteral("Front desk"), QString())};
    v.alternatives[1].organizationId = 42;
    return v;
}

inline ContactView agentMode(const QString &contactId = QStringLiteral("c-agent"), quint64 sequence = 1) {
    ContactView v = ringingKnown(contactId, sequence);
    v.stage = ContactView::Stage::WaitingForAgent;
    v.agentMode = true;
    v.candidate.reset();
    v.candidateSource = TicketSource::None;
    v.plannedAction = LinkPlan::Action::WaitForAgent;
    v.outcome = Outcome::AgentMode;
    v.reason =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "agent mode (ticket_assignment=agent): the agent decides"));
    v.recentTickets = QList<zendesk::Ticket>{
        sampleTicket(7003, QStringLiteral("Invoice copy for October"), QStringLiteral("pending"), 90),
        sampleTicket(7001, QStringLiteral("Printer on fire"), QStringLiteral("open"), 60 * 26),
        sampleTicket(6950, QStringLiteral("Password reset"), QStringLiteral("solved"), 60 * 24 * 12)};
    return v;
}

inline ContactView linked(const QString &contactId = QStringLiteral("c-linked"), quint64 sequence = 1) {
    ContactView v = ringingKnown(contactId, sequence);
    v.stage = ContactView::Stage::Linked;
    v.plannedAction.reset();
    v.outcome = Outcome::TicketFromIvr;
    v.ticketId = 7001;
    v.ticketSubject = QStringLiteral("Printer on fire");
    v.ticketStatus = QStringLiteral("open");
    v.reason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 belongs to the caller"), {7001});
    v.notices = {Phrase::of(
        QT_TRANSLATE_NOOP("Phrase", "customer_number \"%1\" is not a phone number: used the caller's number"),
        {QStringLiteral("12")})};
    v.writeState = ContactView::WriteState::Sent;
    return v;
}

inline ContactView linkedWaiting(const QString &contactId = QStringLiteral("c-waiting"),
                                 quint64 sequence = 1) {
    ContactView v = linked(contactId, sequence);
    v.writeState = ContactView::WriteState::Waiting;
    v.writeDetail = QStringLiteral("rate limited (429), retrying in 30 s");
    v.writeWaitingSince = sampleTime(2);
    return v;
}

// Answers reads from what it holds, on the next event-loop turn, like the real directory; counts every read.
class StubDirectory final : public zendesk::DirectoryReader {
public:
    QHash<qint64, zendesk::User> users;
    QHash<qint64, QList<zendesk::Ticket>> requested; // by requester
    QList<zendesk::Ticket> ticketSearch;
    QList<zendesk::User> userSearch;
    QStringList calls;

    void currentUser(QObject *c, Callback<zendesk::User> done) override {
        answer(QStringLiteral("me"), c, std::move(done), sampleUser(1, QStringLiteral("Agent"), QString()));
    }
    void user(qint64 id, QObject *c, Callback<zendesk::User> done) override {
        answer(QStringLiteral("user %1").arg(id), c, std::move(done), users.value(id));
    }
    void searchEndUsersByPhone(const QString &, QObject *c, Callback<QList<zendesk::User>> done) override {
        answer(QStringLiteral("phone"), c, std::move(done), QList<zendesk::User>{});
    }
    void phoneIdentities(qint64, QObject *c, Callback<QStringList> done) override {
        answer(QStringLiteral("identities"), c, std::move(done), QStringList{});
    }
    void usersByExternalId(const QString &, QObject *c, Callback<QList<zendesk::User>> done) override {
        answer(QStringLiteral("external"), c, std::move(done), QList<zendesk::User>{});
    }
    void searchUsers(const QString &text, QObject *c, Callback<QList<zendesk::User>> done) override {
        answer(QStringLiteral("users ") + text, c, std::move(done), userSearch);
    }
    void ticket(qint64 id, QObject *c, Callback<zendesk::Ticket> done) override {
        zendesk::Ticket found;
        for (const QList<zendesk::Ticket> &list : std::as_const(requested)) {
            for (const zendesk::Ticket &t : list) {
                if (t.id == id)
                    found = t;
            }
        }
        answer(QStringLiteral("ticket %1").arg(id), c, std::move(done), found);
    }
    void requestedTickets(qint64 userId, int limit, QObject *c,
                          Callback<QList<zendesk::Ticket>> done) override {
        answer(QStringLiteral("requested %1").arg(userId), c, std::move(done),
               requested.value(userId).mid(0, limit));
    }
    void ticketsByExternalId(const QString &, QObject *c, Callback<QList<zendesk::Ticket>> done) override {
        answer(QStringLiteral("tickets external"), c, std::move(done), QList<zendesk::Ticket>{});
    }
    void searchTickets(const QString &text, QObject *c, Callback<QList<zendesk::Ticket>> done) override {
        answer(QStringLiteral("tickets ") + text, c, std::move(done), ticketSearch);
    }

private:
    template <typename T> void answer(const QString &call, QObject *context, Callback<T> done, T value) {
        calls << call;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, done = std::move(done), value] {
            if (guard)
                done(zendesk::Result<T>::success(value));
        });
    }
};

} // namespace callbridge::ui::test
