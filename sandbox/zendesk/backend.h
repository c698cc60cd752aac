#pragma once

#include "idempotency.h"
#include "knobs.h"
#include "records.h"
#include "sandbox/http/httpmessage.h"
#include "store.h"

#include <QJsonArray>
#include <QUrl>
#include <functional>

namespace callbridge::sandbox::zendesk {

using Clock = std::function<QDateTime()>;

// State shared by the /api/v2 handlers.
struct ZendeskBackend {
    ZendeskStore store;
    ZendeskConfig config;
    Clock clock;
    QUrl baseUrl; // e.g. http://127.0.0.1:43123, used in "url" fields and next_page links
    IdempotencyCache idempotency;
    QJsonArray displays; // TPE display (screen-pop) requests, newest last

    QDateTime now() const { return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc(); }
    // True when `updatedAt` is old enough for the search index (index lag knob).
    bool isIndexed(const QDateTime &updatedAt) const {
        return config.indexLagSeconds <= 0 || updatedAt.secsTo(now()) >= config.indexLagSeconds;
    }
};

// One authenticated /api/v2 request as the handlers see it.
struct ApiRequest {
    const HttpRequest &http;
    const User &me;
    QString apiPath;                // the request path without the optional ".json" suffix
    QHash<QString, QString> params; // from the route pattern
    QJsonObject body;               // parsed JSON body ({} when empty)

    qint64 idParam(const QString &name) const; // 0 when not a positive integer
};

using ApiHandler = std::function<HttpResponse(const ApiRequest &)>;

// Zendesk's error bodies.
HttpResponse recordNotFound();
HttpResponse invalidEndpoint();
HttpResponse forbidden();
HttpResponse badRequest(const QString &error, const QString &description);
// 422 {"error":"RecordInvalid","description":"Record validation
// errors","details":{field:[{description,error}]}}
HttpResponse recordInvalid(const QString &field, const QString &description, const QString &error);

// Offset pagination parameters: page ≥ 1 (default 1), per_page in 1..100 (default 100).
struct OffsetPage {
    int page = 1;
    int perPage = 100;
};
OffsetPage offsetPage(const ApiRequest &request);

// Renders a list in one page, with offset pagination (page, per_page ≤ 100 → next_page, previous_page, count)
// or, when `page[size]` is given, cursor pagination (page[after]/page[before] → meta.has_more/after_cursor/
// before_cursor, links.next/prev). `extra` is merged into the body.
HttpResponse pagedList(const ZendeskBackend &backend, const ApiRequest &request, const QString &key,
                       const QJsonArray &items, const QJsonObject &extra = {});

// Record JSON as Zendesk renders it.
QJsonObject userJson(const ZendeskBackend &backend, const User &user);
QJsonObject ticketJson(const ZendeskBackend &backend, const Ticket &ticket);
QJsonObject commentJson(const Comment &comment);
QJsonArray identitiesJson(const ZendeskBackend &backend, const User &user);
QString htmlFromPlain(const QString &text);

} // namespace callbridge::sandbox::zendesk
