#include "reviewdetail.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace callbridge::review {

namespace {

QString actionText(const QJsonObject &action) {
    const QString kind = action.value(QStringLiteral("kind")).toString();
    const qint64 ticket = action.value(QStringLiteral("ticketId")).toVariant().toLongLong();
    const qint64 user = action.value(QStringLiteral("userId")).toVariant().toLongLong();
    QString text = kind;
    if (ticket > 0)
        text += QStringLiteral(" #%1").arg(ticket);
    else if (user > 0)
        text += QStringLiteral(" user #%1").arg(user);
    return text;
}

} // namespace

TimelineEntry timelineEntry(const journal::EventRecord &event) {
    TimelineEntry entry;
    entry.at = event.at.isValid() ? event.at : event.receivedAt;
    entry.kind = event.kind;
    const QJsonObject root = QJsonDocument::fromJson(event.json).object();
    const QJsonObject contact = root.value(QStringLiteral("contact")).toObject();
    entry.queue = contact.value(QStringLiteral("queue")).toObject().value(QStringLiteral("name")).toString();
    entry.agent = root.value(QStringLiteral("agent")).toObject().value(QStringLiteral("username")).toString();
    if (root.contains(QStringLiteral("action")))
        entry.action = actionText(root.value(QStringLiteral("action")).toObject());
    return entry;
}

ContactDetail assembleDetail(const QString &contactId, const QList<journal::EventRecord> &events,
                             const QList<OutcomeRecord> &decisions,
                             const QList<journal::WriteTransition> &writes,
                             const QList<journal::ReviewMark> &reviews, const QString &journalOfEvents) {
    ContactDetail detail;
    detail.contactId = contactId;
    for (const journal::EventRecord &e : events) {
        TimelineEntry entry = timelineEntry(e);
        entry.journalId = journalOfEvents;
        detail.timeline << entry;
    }
    detail.decisions = decisions;
    for (const journal::WriteTransition &t : writes) {
        auto it = std::find_if(detail.writes.begin(), detail.writes.end(),
                               [&](const WriteHistory &w) { return w.idempotencyKey == t.idempotencyKey; });
        if (it == detail.writes.end()) {
            WriteHistory w;
            w.idempotencyKey = t.idempotencyKey;
            w.kind = t.kind;
            w.targetId = t.targetId;
            detail.writes << w;
            it = detail.writes.end() - 1;
        }
        it->transitions << t;
    }
    detail.reviews = reviews;
    return detail;
}

} // namespace callbridge::review
