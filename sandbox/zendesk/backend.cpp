#include "backend.h"

namespace callbridge::sandbox::zendesk {

namespace {

QJsonValue nullableId(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue nullableText(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString apiUrl(const ZendeskBackend &backend, const QString &path) {
    return backend.baseUrl.toString(QUrl::RemoveUserInfo) + QStringLiteral("/api/v2/") + path;
}

QString pageUrl(const ZendeskBackend &backend, const ApiRequest &request, const QString &key,
                const QString &value) {
    QUrl url = backend.baseUrl;
    url.setPath(request.http.path);
    QUrlQuery query = request.http.query;
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString encodeCursor(qsizetype offset) {
    return QString::fromLatin1(QByteArray("o:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype decodeCursor(const QString &cursor, bool *ok) {
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    *ok = raw.startsWith("o:");
    return *ok ? qsizetype(raw.mid(2).toLongLong(ok)) : 0;
}

HttpResponse cursorPage(const ZendeskBackend &backend, const ApiRequest &request, const QString &key,
                        const QJsonArray &items, QJsonObject body) {
    bool ok = false;
    const int size = request.http.queryValue(QStringLiteral("page[size]")).toInt(&ok);
    if (!ok || size < 1 || size > 100)
        return badRequest(QStringLiteral("InvalidPaginationParameter"),
                          QStringLiteral("page[size] must be 1-100"));
    qsizetype start = 0;
    const QString after = request.http.queryValue(QStringLiteral("page[after]"));
    const QString before = request.http.queryValue(QStringLiteral("page[before]"));
    if (!after.isEmpty()) {
        start = decodeCursor(after, &ok);
    } else if (!before.isEmpty()) {
        start = qMax<qsizetype>(0, decodeCursor(before, &ok) - size);
    }
    if (!ok)
        return badRequest(QStringLiteral("InvalidPaginationParameter"), QStringLiteral("invalid cursor"));
    QJsonArray page;
    for (qsizetype i = start; i < items.size() && i < start + size; ++i)
        page.append(items.at(i));
    const qsizetype end = start + page.size();
    const bool hasMore = end < items.size();
    body.insert(key, page);
    body.insert(
        QStringLiteral("meta"),
        QJsonObject{{QStringLiteral("has_more"), hasMore},
                    {QStringLiteral("after_cursor"), page.isEmpty() ? QJsonValue() : encodeCursor(end)},
                    {QStringLiteral("before_cursor"), page.isEmpty() ? QJsonValue() : encodeCursor(start)}});
    QJsonObject links;
    links.insert(QStringLiteral("next"),
                 hasMore
                     ? QJsonValue(pageUrl(backend, request, QStringLiteral("page[after]"), encodeCursor(end)))
                     : QJsonValue());
    links.insert(
        QStringLiteral("prev"),
        start > 0 ? QJsonValue(pageUrl(backend, request, QStringLiteral("page[before]"), encodeCursor(start)))
                  : QJsonValue());
    body.insert(QStringLiteral("links"), links);
    return HttpResponse::json(200, body);
}

} // namespace

qint64 ApiRequest::idParam(const QString &name) const {
    bool ok = false;
    const qint64 id = params.value(name).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

HttpResponse recordNotFound() {
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("RecordNotFound")},
                                               {QStringLiteral("description"), QStringLiteral("Not found")}});
}

HttpResponse invalidEndpoint() {
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("InvalidEndpoint")},
                                               {QStringLiteral("description"), QStringLiteral("Not found")}});
}

HttpResponse forbidden() {
    return HttpResponse::json(
        403, QJsonObject{
                 {QStringLiteral("error"), QStringLiteral("Forbidden")},
                 {QStringLiteral("description"),
                  QStringLiteral("You do not have access to this page. Please contact the account owner of "
                                 "this help desk for further help.")}});
}

HttpResponse badRequest(const QString &error, const QString &description) {
    return HttpResponse::json(
        400, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("description"), description}});
}

HttpResponse recordInvalid(const QString &field, const QString &description, const QString &error) {
    const QJsonArray problems{
        QJsonObject{{QStringLiteral("description"), description}, {QStringLiteral("error"), error}}};
    return HttpResponse::json(
        422, QJsonObject{{QStringLiteral("error"), QStringLiteral("RecordInvalid")},
                         {QStringLiteral("description"), QStringLiteral("Record validation errors")},
                         {QStringLiteral("details"), QJsonObject{{field, problems}}}});
}

OffsetPage offsetPage(const ApiRequest &request) {
    OffsetPage p;
    bool ok = false;
    const int perPage = request.http.queryValue(QStringLiteral("per_page")).toInt(&ok);
    if (ok && perPage >= 1)
        p.perPage = qMin(perPage, 100);
    const int page = request.http.queryValue(QStringLiteral("page")).toInt(&ok);
    if (ok && page >= 1)
        p.page = page;
    return p;
}

HttpResponse pagedList(const ZendeskBackend &backend, const ApiRequest &request, const QString &key,
                       const QJsonArray &items, const QJsonObject &extra) {
    if (request.http.query.hasQueryItem(QStringLiteral("page[size]")))
        return cursorPage(backend, request, key, items, extra);
    const auto [page, perPage] = offsetPage(request);
    const qsizetype start = qsizetype(page - 1) * perPage;
    QJsonArray slice;
    for (qsizetype i = start; i < items.size() && i < start + perPage; ++i)
        slice.append(items.at(i));
    QJsonObject body = extra;
    body.insert(key, slice);
    body.insert(QStringLiteral("next_page"),
                start + perPage < items.size()
                    ? QJsonValue(pageUrl(backend, request, QStringLiteral("page"), QString::number(page + 1)))
                    : QJsonValue());
    body.insert(QStringLiteral("previous_page"),
                page > 1
                    ? QJsonValue(pageUrl(backend, request, QStringLiteral("page"), QString::number(page - 1)))
                    : QJsonValue());
    body.insert(QStringLiteral("count"), items.size());
    return HttpResponse::json(200, body);
}

QJsonObject userJson(const ZendeskBackend &backend, const User &user) {
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("url"), apiUrl(backend, QStringLiteral("users/%1.json").arg(user.id))},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("email"), nullableText(user.email)},
        {QStringLiteral("phone"), nullableText(user.phone)},
        {QStringLiteral("shared_phone_number"), user.phone.isEmpty() ? QJsonValue() : user.sharedPhoneNumber},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("external_id"), nullableText(user.externalId)},
        {QStringLiteral("notes"), user.notes},
        {QStringLiteral("details"), QString()},
        {QStringLiteral("active"), true},
        {QStringLiteral("verified"), !user.email.isEmpty()},
        {QStringLiteral("suspended"), false},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("time_zone"), QStringLiteral("UTC")},
        {QStringLiteral("organization_id"), QJsonValue()},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("user_fields"), QJsonObject()},
        {QStringLiteral("created_at"), isoTime(user.createdAt)},
        {QStringLiteral("updated_at"), isoTime(user.updatedAt)}};
}

QJsonObject ticketJson(const ZendeskBackend &backend, const Ticket &ticket) {
    QJsonArray followups;
    for (qint64 id : ticket.followupIds)
        followups.append(id);
    return {{QStringLiteral("id"), ticket.id},
            {QStringLiteral("url"), apiUrl(backend, QStringLiteral("tickets/%1.json").arg(ticket.id))},
            {QStringLiteral("external_id"), nullableText(ticket.externalId)},
            {QStringLiteral("via"), ticket.via},
            {QStringLiteral("created_at"), isoTime(ticket.createdAt)},
            {QStringLiteral("updated_at"), isoTime(ticket.updatedAt)},
            {QStringLiteral("type"), nullableText(ticket.type)},
            {QStringLiteral("subject"), ticket.subject},
            {QStringLiteral("raw_subject"), ticket.subject},
            {QStringLiteral("description"), ticket.description},
            {QStringLiteral("priority"), nullableText(ticket.priority)},
            {QStringLiteral("status"), ticket.status},
            {QStringLiteral("requester_id"), nullableId(ticket.requesterId)},
            {QStringLiteral("submitter_id"), nullableId(ticket.submitterId)},
            {QStringLiteral("assignee_id"), nullableId(ticket.assigneeId)},
            {QStringLiteral("organization_id"), QJsonValue()},
            {QStringLiteral("group_id"), QJsonValue()},
            {QStringLiteral("tags"), QJsonArray::fromStringList(ticket.tags)},
            {QStringLiteral("followup_ids"), followups},
            {QStringLiteral("is_public"), ticket.isPublic},
            {QStringLiteral("custom_fields"), QJsonArray()},
            {QStringLiteral("fields"), QJsonArray()}};
}

QJsonObject commentJson(const Comment &comment) {
    QJsonObject json{{QStringLiteral("id"), comment.id},
                     {QStringLiteral("type"), comment.type},
                     {QStringLiteral("author_id"), nullableId(comment.authorId)},
                     {QStringLiteral("body"), comment.body},
                     {QStringLiteral("html_body"), comment.htmlBody},
                     {QStringLiteral("plain_body"), comment.body},
                     {QStringLiteral("public"), comment.isPublic},
                     {QStringLiteral("attachments"), QJsonArray()},
                     {QStringLiteral("audit_id"), comment.id},
                     {QStringLiteral("via"), comment.via},
                     {QStringLiteral("metadata"), QJsonObject()},
                     {QStringLiteral("created_at"), isoTime(comment.createdAt)}};
    if (comment.type == QLatin1String("VoiceComment"))
        json.insert(QStringLiteral("data"), comment.data);
    return json;
}

QJsonArray identitiesJson(const ZendeskBackend &backend, const User &user) {
    QJsonArray identities;
    // Identity ids: user id × 1000 + slot (1 email, 2 main phone, 3… added phones).
    const auto add = [&](int slot, const QString &type, const QString &value, bool primary) {
        const qint64 id = user.id * 1000 + slot;
        identities.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("url"),
                         apiUrl(backend, QStringLiteral("users/%1/identities/%2.json").arg(user.id).arg(id))},
                        {QStringLiteral("user_id"), user.id},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("verified"), true},
                        {QStringLiteral("primary"), primary},
                        {QStringLiteral("created_at"), isoTime(user.createdAt)},
                        {QStringLiteral("updated_at"), isoTime(user.updatedAt)}});
    };
    if (!user.email.isEmpty())
        add(1, QStringLiteral("email"), user.email, true);
    if (!user.phone.isEmpty())
        add(2, QStringLiteral("phone_number"), user.phone, true);
    for (int i = 0; i < user.addedPhones.size(); ++i)
        add(3 + i, QStringLiteral("phone_number"), user.addedPhones.at(i), user.phone.isEmpty() && i == 0);
    return identities;
}

QString htmlFromPlain(const QString &text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<div class=\"zd-comment\" dir=\"auto\"><p dir=\"auto\">") + escaped
           + QStringLiteral("</p></div>");
}

} // namespace callbridge::sandbox::zendesk
