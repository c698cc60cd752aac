#include "records.h"

#include <QJsonValue>

namespace callbridge::sandbox::zendesk {

int statusRank(const QString &status) {
    static const QStringList order = {QStringLiteral("new"),     QStringLiteral("open"),
                                      QStringLiteral("pending"), QStringLiteral("hold"),
                                      QStringLiteral("solved"),  QStringLiteral("closed")};
    return int(order.indexOf(status.toLower()));
}

QJsonValue isoTime(const QDateTime &time) {
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QStringList User::allPhones() const {
    QStringList phones = addedPhones;
    if (!phone.isEmpty())
        phones.prepend(phone);
    return phones;
}

} // namespace callbridge::sandbox::zendesk
