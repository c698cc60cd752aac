#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace callbridge::zendesk {

// Plain value types for the Zendesk resources Callbridge reads. Parsed by the client; never a QNetworkReply.
struct User {
    qint64 id = 0;
    QString name;
    QString email;
    QString phone; // as stored in Zendesk, any format
    QString role;  // "end-user", "agent", "admin"
    QString externalId;
    bool sharedPhoneNumber = false;
    qint64 organizationId = 0; // 0: none
    QDateTime updatedAt;
};

struct Ticket {
    qint64 id = 0;
    QString subject;
    QString status; // new, open, pending, hold, solved, closed
    qint64 requesterId = 0;
    qint64 assigneeId = 0;
    QString externalId;
    QStringList tags;
    QDateTime updatedAt;

    bool isClosed() const { return status == QLatin1String("closed"); }
};

} // namespace callbridge::zendesk
