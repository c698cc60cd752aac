#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace callbridge::sandbox {

namespace {

QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name) {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const {
    return findHeader(headers, name);
}

QString HttpRequest::queryValue(const QString &key) const {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QJsonObject HttpRequest::jsonObject(bool *ok) const {
    if (body.trimmed().isEmpty()) {
        if (ok)
            *ok = true;
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const {
    return findHeader(headers, name);
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object) {
    return text(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json; charset=utf-8"));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array) {
    return text(status, QJsonDocument(array).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json; charset=utf-8"));
}

HttpResponse HttpResponse::text(int status, const QByteArray &text, const QByteArray &contentType) {
    HttpResponse response;
    response.status = status;
    response.body = text;
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return response;
}

QUrlQuery parseQueryString(const QByteArray &encodedQuery) {
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        QString text = QUrl::fromPercentEncoding(part);
        // Re-escape what QUrlQuery treats as delimiters or escapes, so the stored item is exactly `text`.
        text.replace(QLatin1Char('%'), QLatin1String("%25"));
        text.replace(QLatin1Char('&'), QLatin1String("%26"));
        text.replace(QLatin1Char('='), QLatin1String("%3D"));
        text.replace(QLatin1Char('#'), QLatin1String("%23"));
        text.replace(QLatin1Char('+'), QLatin1String("%2B"));
        return text;
    };
    QUrlQuery query;
    const QList<QByteArray> parts = encodedQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        query.addQueryItem(decode(equals < 0 ? part : part.left(equals)),
                           decode(equals < 0 ? QByteArray() : part.mid(equals + 1)));
    }
    return query;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

RequestHead parseRequestHead(const QByteArray &head) {
    RequestHead parsed;
    auto refuse = [&parsed](int status, const QByteArray &message) {
        parsed.errorStatus = status;
        parsed.error = message;
        return parsed;
    };
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refuse(400, QByteArrayLiteral("malformed request line"));
    HttpRequest &request = parsed.request;
    request.method = requestLine.at(0).toUpper();
    request.url = QUrl::fromEncoded(requestLine.at(1));
    request.path = request.url.path(QUrl::FullyDecoded);
    request.query = parseQueryString(request.url.query(QUrl::FullyEncoded).toLatin1());
    parsed.closeAfterResponse = requestLine.at(2) == "HTTP/1.0";
    parsed.headRequest = request.method == "HEAD";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = request.header(QByteArrayLiteral("Connection")).toLower();
    if (connection == "close")
        parsed.closeAfterResponse = true;
    else if (connection == "keep-alive")
        parsed.closeAfterResponse = false;
    if (!request.header(QByteArrayLiteral("Transfer-Encoding")).isEmpty())
        return refuse(400, QByteArrayLiteral("chunked request bodies are not supported"));
    bool ok = true;
    const QByteArray length = request.header(QByteArrayLiteral("Content-Length"));
    parsed.bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || parsed.bodyLength < 0 || parsed.bodyLength > kMaxRequestBodyBytes)
        return refuse(413, QByteArrayLiteral("bad Content-Length"));
    return parsed;
}

} // namespace callbridge::sandbox
