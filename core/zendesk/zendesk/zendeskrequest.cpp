#include "zendeskrequest.h"

#include <QStringList>
#include <QUrl>
#include <algorithm>

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

Request Request::get(QString path, QList<std::pair<QString, QString>> query) {
    Request request;
    request.method = Method::Get;
    request.path = std::move(path);
    request.query = std::move(query);
    return request;
}

Request Request::post(QString path, QJsonObject body) {
    Request request;
    request.method = Method::Post;
    request.path = std::move(path);
    request.body = std::move(body);
    request.retrySafe = false;
    return request;
}

Request Request::put(QString path, QJsonObject body) {
    Request request;
    request.method = Method::Put;
    request.path = std::move(path);
    request.body = std::move(body);
    request.retrySafe = false;
    return request;
}

QString Request::encodedQuery() const {
    QStringList parts;
    for (const auto &[name, value] : query) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    return parts.join(u'&');
}

QString methodName(Request::Method method) {
    switch (method) {
    case Request::Method::Get:
        return u"GET"_s;
    case Request::Method::Post:
        return u"POST"_s;
    case Request::Method::Put:
        return u"PUT"_s;
    }
    return u"GET"_s;
}

QString digitsOf(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

} // namespace callbridge::zendesk
