#include "zendeskerror.h"

#include <QJsonArray>
#include <QJsonValue>

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

QString errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::None:
        return u"None"_s;
    case ErrorKind::Auth:
        return u"Auth"_s;
    case ErrorKind::Forbidden:
        return u"Forbidden"_s;
    case ErrorKind::NotFound:
        return u"NotFound"_s;
    case ErrorKind::Invalid:
        return u"Invalid"_s;
    case ErrorKind::Conflict:
        return u"Conflict"_s;
    case ErrorKind::RateLimited:
        return u"RateLimited"_s;
    case ErrorKind::Unavailable:
        return u"Unavailable"_s;
    case ErrorKind::Network:
        return u"Network"_s;
    case ErrorKind::Timeout:
        return u"Timeout"_s;
    case ErrorKind::Malformed:
        return u"Malformed"_s;
    case ErrorKind::Refused:
        return u"Refused"_s;
    }
    return u"Unknown"_s;
}

namespace {

// Concatenates every "description" and "error" found under details.<field> (an array of objects or strings).
QString detailText(const QJsonObject &details, const QString &field) {
    QString text;
    const QJsonArray entries = details.value(field).toArray();
    for (const QJsonValue &entry : entries) {
        if (entry.isString()) {
            text += entry.toString() + u' ';
        } else {
            const QJsonObject object = entry.toObject();
            text += object.value(u"description").toString() + u' ' + object.value(u"error").toString() + u' ';
        }
    }
    return text;
}

} // namespace

bool isClosedTicketError(const Error &error) {
    if (error.kind != ErrorKind::Invalid || error.httpStatus != 422) {
        return false;
    }
    const QString status = detailText(error.details, u"status"_s);
    return status.contains(u"closed"_s, Qt::CaseInsensitive)
           || error.message.contains(u"closed prevents ticket update"_s, Qt::CaseInsensitive);
}

bool isUserAlreadyTakenError(const Error &error) {
    if (error.kind != ErrorKind::Invalid || error.httpStatus != 422) {
        return false;
    }
    for (const QString &field : {u"external_id"_s, u"phone"_s, u"email"_s}) {
        const QString text = detailText(error.details, field);
        if (text.contains(u"taken"_s, Qt::CaseInsensitive) || text.contains(u"already"_s, Qt::CaseInsensitive)
            || text.contains(u"DuplicateValue"_s, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace callbridge::zendesk
