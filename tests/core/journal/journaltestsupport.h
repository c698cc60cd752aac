#pragma once

#include "journal/journal.h"

#include <QDateTime>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

// Readable failure messages for Qt strings.
inline void PrintTo(const QString &value, std::ostream *out) {
    *out << '"' << value.toStdString() << '"';
}

namespace callbridge::journal::testing {

class FixedClock final : public Clock {
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
};

inline QDateTime utc(int day, int hour, int minute = 0, int second = 0) {
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), QTimeZone::utc());
}

inline ContactEvent makeEvent(ContactEventKind kind, const QString &contactId, const QDateTime &at,
                              const QString &agent = QStringLiteral("alice"),
                              const QString &phone = QStringLiteral("+4930123456")) {
    ContactEvent event;
    event.kind = kind;
    event.at = at;
    event.contact.contactId = contactId;
    event.contact.customerPhone = phone;
    event.contact.queue.name = QStringLiteral("Support");
    event.contact.attributes.insert(QStringLiteral("lang"), QStringLiteral("de"));
    event.agent.username = agent;
    event.agent.name = agent.isEmpty() ? QString() : agent.toUpper();
    return event;
}

inline CallOutcome makeOutcome(const QString &contactId, Outcome outcome, qint64 userId, qint64 ticketId,
                               const QString &reason = QStringLiteral("because")) {
    CallOutcome o;
    o.contactId = contactId;
    o.outcome = outcome;
    o.userId = userId;
    o.ticketId = ticketId;
    o.reason = reason;
    return o;
}

inline std::unique_ptr<Journal> openOrFail(const QString &path, const Clock *clock = nullptr) {
    JournalOpenResult opened = Journal::open(path, clock);
    EXPECT_TRUE(opened.journal) << opened.error.toStdString();
    return std::move(opened.journal);
}

inline std::unique_ptr<Journal> openMemory(const Clock *clock = nullptr) {
    return openOrFail(QStringLiteral(":memory:"), clock);
}

} // namespace callbridge::journal::testing
