#pragma once

#include "engine/contactview.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace callbridge::ui {

// Decides when the agent is told outside the window (a desktop notification): a call rings (who, and the
// ticket candidate), a write has waited for Zendesk longer than kWaitingAfter, a write failed. Each once per
// contact. Shows nothing itself: `notify` says what to show.
class Notifier : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kWaitingAfterSeconds = 60;

    using QObject::QObject;

    // A contact's view, at `now` (the writes' waiting time is measured against it).
    void onView(const ContactView &view, const QDateTime &now);

Q_SIGNALS:
    void notify(const QString &title, const QString &message);
    void ringing(const QString &contactId); // a contact starts ringing (once each)

private:
    struct Told {
        bool ring = false;
        bool identified = false;
        bool waiting = false;
        bool failed = false;
    };
    QHash<QString, Told> m_told;
};

} // namespace callbridge::ui
