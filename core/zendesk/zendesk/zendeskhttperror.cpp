#include "zendeskhttperror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

namespace {

ErrorKind kindForStatus(int httpStatus) {
    if (httpStatus >= 200 && httpStatus < 300) {
        return ErrorKind::None;
    }
    switch (httpStatus) {
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 400:
    case 422:
        return ErrorKind::Invalid;
    case 409:
        return ErrorKind::Conflict;
    case 429:
        return ErrorKind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500) {
        return ErrorKind::Unavailable;
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        return ErrorKind::Refused; // redirects are never followed
    }
    return ErrorKind::Invalid;
}

// Longest message read from an error body. Each detail repeats its field's name, so without a bound a body of
// a few megabytes (one long name, many short entries) would build a message of terabytes.
constexpr qsizetype kMaxMessageChars = 2000;

void appendBounded(QString &message, const QString &text) {
    const qsizetype room = kMaxMessageChars - message.size();
    if (room <= 0) {
        return;
    }
    if (text.size() <= room) {
        message += text;
        return;
    }
    message += QStringView(text).left(room - 1);
    message += u'…';
}

void readErrorBody(const QJsonObject &body, Error &error) {
    const QJsonValue code = body.value(u"error");
    if (code.isString()) {
        error.code = code.toString();
    } else if (code.isObject()) {
        const QJsonObject object = code.toObject();
        error.code = object.value(u"title").toString();
        appendBounded(error.message, object.value(u"message").toString());
    }
    const QString description = body.value(u"description").toString();
    if (!description.isEmpty()) {
        error.message.clear();
        appendBounded(error.message, description);
    }
    error.details = body.value(u"details").toObject();
    for (auto it = error.details.constBegin();
         it != error.details.constEnd() && error.message.size() < kMaxMessageChars; ++it) {
        const QJsonArray entries = it.value().toArray();
        for (const QJsonValue &entry : entries) {
            if (error.message.size() >= kMaxMessageChars) {
                break;
            }
            const QString text =
                entry.isString() ? entry.toString() : entry.toObject().value(u"description").toString();
            if (!text.isEmpty()) {
                appendBounded(error.message, u"; "_s + it.key().left(kMaxMessageChars) + u": "_s
                                                 + text.left(kMaxMessageChars));
            }
        }
    }
}

} // namespace

Error errorForHttpStatus(int httpStatus, const QByteArray &body) {
    Error error;
    error.kind = kindForStatus(httpStatus);
    if (error.kind == ErrorKind::None) {
        return error;
    }
    error.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        readErrorBody(document.object(), error);
    }
    if (error.message.isEmpty()) {
        error.message = u"HTTP %1"_s.arg(httpStatus);
        const QString text = QString::fromUtf8(body.left(200)).simplified();
        if (!text.isEmpty() && !document.isObject()) {
            error.message += u": "_s + text;
        }
    }
    return error;
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &header, const QDateTime &now) {
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        return std::chrono::seconds(std::max<qlonglong>(0, seconds));
    }
    const QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed).chopped(4), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!at.isValid() || !trimmed.endsWith(" GMT")) {
        return std::nullopt;
    }
    const QDateTime utc(at.date(), at.time(), QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(utc)));
}

} // namespace callbridge::zendesk
