#pragma once

#include "zendeskerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace callbridge::zendesk {

// One Zendesk API call as a value. The client adds the base URL, credentials and standard headers.
struct Request {
    enum class Method { Get, Post, Put };

    Method method = Method::Get;
    QString path; // e.g. "/api/v2/users/me"
    QList<std::pair<QString, QString>> query;
    QJsonObject body; // sent as JSON for Post/Put
    QString idempotencyKey;
    // Sending it again after an error whose outcome is unknown (timeout, reset, 5xx) cannot duplicate
    // anything, so nothing needs looking up first. True for reads, idempotent PUTs and creates with a key.
    bool retrySafe = true;

    static Request get(QString path, QList<std::pair<QString, QString>> query = {});
    static Request post(QString path, QJsonObject body);
    static Request put(QString path, QJsonObject body);

    bool isWrite() const { return method != Method::Get; }
    // "role%3Aend-user%20phone%3A%2A555": every character but RFC 3986 unreserved ones is percent-encoded.
    QString encodedQuery() const;
};

QString methodName(Request::Method method);

enum class IdempotencyLookup { None, Miss, Hit };

// What a call produced. Never exposes a QNetworkReply.
struct Reply {
    int httpStatus = 0;
    Error error;
    QJsonObject json; // the parsed body (2xx), or Zendesk's error body when it was JSON
    IdempotencyLookup idempotency = IdempotencyLookup::None;
    int attempts = 0; // how many times the request was sent

    bool ok() const { return error.kind == ErrorKind::None; }
};

// The digits of a phone number as Zendesk's search and voice comments compare them ("+1 (555) 010" →
// "1555010").
QString digitsOf(const QString &text);

} // namespace callbridge::zendesk
