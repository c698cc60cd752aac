#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace callbridge::sandbox::zendesk {

// The sandbox's own model of Zendesk records (written from Zendesk's documentation; shares nothing with
// core).

struct User {
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;           // as entered, any format
    QStringList addedPhones; // phone identities added beside `phone` (POST users/{id}/identities), as entered
    QString role = QStringLiteral("end-user"); // end-user | agent | admin
    QString externalId;
    QString notes;
    bool sharedPhoneNumber = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isAgent() const { return role == QLatin1String("agent") || role == QLatin1String("admin"); }
    QStringList allPhones() const; // `phone` (when set) and the added ones
};

struct Ticket {
    qint64 id = 0;
    QString subject;
    QString description;                    // body of the first comment
    QString status = QStringLiteral("new"); // new | open | pending | hold | solved | closed
    QString priority;                       // empty = null
    QString type;                           // empty = null
    qint64 requesterId = 0;
    qint64 submitterId = 0;
    qint64 assigneeId = 0; // 0 = null
    QString externalId;
    QStringList tags;
    QJsonObject via; // {"channel": …, "source": {…}}
    qint64 followupSourceId = 0;
    QList<qint64> followupIds;
    bool isPublic = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Comment {
    qint64 id = 0;
    qint64 ticketId = 0;
    QString type = QStringLiteral("Comment"); // Comment | VoiceComment
    QString body;
    QString htmlBody;
    bool isPublic = true;
    qint64 authorId = 0;
    QJsonObject data; // VoiceComment call data
    QJsonObject via;
    QDateTime createdAt;
};

// Zendesk's status order, used by `status<closed` style search terms (-1 for an unknown status).
int statusRank(const QString &status);
// ISO 8601 UTC with a trailing Z, e.g. "2026-03-01T09:30:00Z"; null for an invalid time.
QJsonValue isoTime(const QDateTime &time);

} // namespace callbridge::sandbox::zendesk
