#include "searchapi.h"

#include "searchquery.h"

#include <algorithm>

namespace callbridge::sandbox::zendesk {

namespace {

constexpr int maxResults = 1000;

struct Hit {
    QJsonObject json;
    qint64 id;
    QDateTime createdAt;
    QDateTime updatedAt;
    int status;
};

void sortHits(QList<Hit> *hits, const QString &sortBy, bool descending) {
    std::stable_sort(hits->begin(), hits->end(), [&](const Hit &a, const Hit &b) {
        qint64 ka = a.id;
        qint64 kb = b.id;
        if (sortBy == QLatin1String("updated_at")) {
            ka = a.updatedAt.toMSecsSinceEpoch();
            kb = b.updatedAt.toMSecsSinceEpoch();
        } else if (sortBy == QLatin1String("created_at")) {
            ka = a.createdAt.toMSecsSinceEpoch();
            kb = b.createdAt.toMSecsSinceEpoch();
        } else if (sortBy == QLatin1String("status")) {
            ka = a.status;
            kb = b.status;
        }
        return descending ? std::make_pair(kb, b.id) < std::make_pair(ka, a.id)
                          : std::make_pair(ka, a.id) < std::make_pair(kb, b.id);
    });
}

QStringList commentBodies(const ZendeskBackend &backend, qint64 ticketId) {
    QStringList bodies;
    const QList<Comment> comments = backend.store.comments(ticketId);
    for (const Comment &comment : comments)
        bodies << comment.body;
    return bodies;
}

HttpResponse search(const ZendeskBackend &backend, const ApiRequest &request) {
    const QString text = request.http.queryValue(QStringLiteral("query")).trimmed();
    if (text.isEmpty())
        return badRequest(QStringLiteral("InvalidParameter"), QStringLiteral("query is required"));
    const auto [page, perPage] = offsetPage(request);
    if (qint64(page - 1) * perPage >= maxResults)
        return HttpResponse::json(
            422,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("InvalidPageNumber")},
                        {QStringLiteral("description"),
                         QStringLiteral("Search results are limited to 1000; use the export API for more")}});

    const SearchQuery query = SearchQuery::parse(text);
    QList<Hit> hits;
    if (query.wantsUsers()) {
        const QList<User> users = backend.store.users();
        for (const User &user : users) {
            if (backend.isIndexed(user.updatedAt) && query.matches(user)) {
                QJsonObject json = userJson(backend, user);
                json.insert(QStringLiteral("result_type"), QStringLiteral("user"));
                hits.append({json, user.id, user.createdAt, user.updatedAt, -1});
            }
        }
    }
    if (query.wantsTickets()) {
        const QList<Ticket> tickets = backend.store.tickets();
        for (const Ticket &ticket : tickets) {
            if (backend.isIndexed(ticket.updatedAt)
                && query.matches(ticket, commentBodies(backend, ticket.id))) {
                QJsonObject json = ticketJson(backend, ticket);
                json.insert(QStringLiteral("result_type"), QStringLiteral("ticket"));
                hits.append({json, ticket.id, ticket.createdAt, ticket.updatedAt, statusRank(ticket.status)});
            }
        }
    }
    const QString sortOrder = request.http.queryValue(QStringLiteral("sort_order"));
    sortHits(&hits, request.http.queryValue(QStringLiteral("sort_by")),
             sortOrder.isEmpty() || sortOrder == QLatin1String("desc"));

    QJsonArray results;
    for (const Hit &hit : std::as_const(hits))
        results.append(hit.json);
    return pagedList(backend, request, QStringLiteral("results"), results,
                     QJsonObject{{QStringLiteral("facets"), QJsonValue()}});
}

} // namespace

void registerSearchRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend) {
    ZendeskBackend *b = &backend;
    routes.add("GET", QStringLiteral("/api/v2/search"),
               [b](const ApiRequest &request) { return search(*b, request); });
}

} // namespace callbridge::sandbox::zendesk
