#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace callbridge::sandbox {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. `pathParams` and `routePattern` are filled in by the router.
struct HttpRequest {
    QByteArray method; // upper case, e.g. "GET"
    QUrl url;          // path + query as received (relative URL)
    QString path;      // decoded path, e.g. "/api/v2/users/1000.json"
    QUrlQuery query;   // keys and values decoded (see parseQueryString)
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;
    QHash<QString, QString> pathParams; // "{id}" segments of the matched pattern; "*" holds a wildcard tail
    QString routePattern;               // the matched pattern, e.g. "/sandbox/contacts/{id}"

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &key) const;
    // Parses the body as a JSON object; `ok` is false for a non-empty body that is not a JSON object.
    QJsonObject jsonObject(bool *ok = nullptr) const;
};

struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse text(int status, const QByteArray &text,
                             const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
};

// A request head ("GET /path HTTP/1.1", headers) as read off the wire, before its body.
struct RequestHead {
    HttpRequest request;   // method, url, path, query, headers
    qint64 bodyLength = 0; // from Content-Length
    bool closeAfterResponse = false;
    bool headRequest = false; // answer without a body
    int errorStatus = 0;      // non-zero: refuse the request with this status …
    QByteArray error;         // … and this message
};
constexpr qint64 kMaxRequestBodyBytes = 16 * 1024 * 1024;
// Parses the bytes before the blank line. Never throws; anything malformed gives an errorStatus.
RequestHead parseRequestHead(const QByteArray &head);

QByteArray reasonPhrase(int status);
// Parses a raw query string like a web framework does: '+' is a space, %XX is decoded, so that
// query.queryItemValue("page[size]", QUrl::FullyDecoded) works whatever the client escaped.
QUrlQuery parseQueryString(const QByteArray &encodedQuery);

} // namespace callbridge::sandbox
