#include "ticketapi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace callbridge::sandbox::zendesk {

namespace {

const QString ticketKey = QStringLiteral("ticket");

struct CommentsOrError {
    QList<Comment> comments;
    std::optional<HttpResponse> error;
};

qint64 idValue(const QJsonValue &value) {
    if (value.isDouble())
        return value.toInteger();
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return ok ? id : 0;
}

bool isAgent(const ZendeskBackend &backend, qint64 id) {
    const auto user = backend.store.user(id);
    return user && user->isAgent();
}

HttpResponse closedTicket() {
    return recordInvalid(QStringLiteral("status"), QStringLiteral("Status: closed prevents ticket update"),
                         QStringLiteral("InvalidValue"));
}

std::optional<HttpResponse> parseVoiceComment(const ZendeskBackend &backend, const QJsonObject &input,
                                              Comment *comment) {
    const QString from = input.value(QLatin1String("from")).toString();
    const QString to = input.value(QLatin1String("to")).toString();
    const QString startedAt = input.value(QLatin1String("started_at")).toString();
    const QJsonValue duration = input.value(QLatin1String("call_duration"));
    const QString field = QStringLiteral("voice_comment");
    if (from.isEmpty() || to.isEmpty())
        return recordInvalid(field, QStringLiteral("Voice comment: from and to are required"),
                             QStringLiteral("BlankValue"));
    const QDateTime started = QDateTime::fromString(startedAt, Qt::ISODate);
    if (!started.isValid())
        return recordInvalid(field, QStringLiteral("Voice comment: started_at must be an ISO 8601 time"),
                             QStringLiteral("InvalidValue"));
    if (!duration.isDouble() || duration.toDouble() < 0
        || duration.toDouble() != double(duration.toInteger()))
        return recordInvalid(field,
                             QStringLiteral("Voice comment: call_duration must be a whole number of seconds"),
                             QStringLiteral("InvalidValue"));
    const QString recording = input.value(QLatin1String("recording_url")).toString();
    if (!recording.isEmpty() && !recording.startsWith(QLatin1String("http://"))
        && !recording.startsWith(QLatin1String("https://")))
        return recordInvalid(field, QStringLiteral("Voice comment: recording_url must be an http(s) URL"),
                             QStringLiteral("InvalidValue"));
    QString answeredBy;
    if (input.contains(QLatin1String("answered_by_id"))) {
        const auto agent = backend.store.user(idValue(input.value(QLatin1String("answered_by_id"))));
        if (!agent || !agent->isAgent())
            return recordInvalid(field, QStringLiteral("Voice comment: answered_by_id is not an agent"),
                                 QStringLiteral("InvalidValue"));
        answeredBy = agent->name;
    }
    comment->type = QStringLiteral("VoiceComment");
    comment->isPublic = false;
    comment->data = input;
    if (!answeredBy.isEmpty())
        comment->data.insert(QStringLiteral("answered_by_name"), answeredBy);
    QString body = QStringLiteral("Call from: %1\nCall to: %2\nTime of call: %3\n").arg(from, to, startedAt);
    if (!answeredBy.isEmpty())
        body += QStringLiteral("Answered by: %1\n").arg(answeredBy);
    body += QStringLiteral("Length of phone call: %1 seconds").arg(duration.toInteger());
    if (!recording.isEmpty())
        body += QStringLiteral("\nRecording: ") + recording;
    comment->body = body;
    comment->htmlBody = htmlFromPlain(body);
    return std::nullopt;
}

// Reads "comment" and "voice_comment" from a ticket object.
CommentsOrError parseComments(const ZendeskBackend &backend, const ApiRequest &request,
                              const QJsonObject &input, const QJsonObject &via) {
    CommentsOrError out;
    const QDateTime now = backend.now();
    if (input.value(QLatin1String("comment")).isObject()) {
        const QJsonObject in = input.value(QLatin1String("comment")).toObject();
        Comment comment;
        comment.body = in.value(QLatin1String("body")).toString();
        comment.htmlBody = in.value(QLatin1String("html_body")).toString();
        if (comment.body.isEmpty() && !comment.htmlBody.isEmpty())
            comment.body = QString(comment.htmlBody).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (comment.htmlBody.isEmpty())
            comment.htmlBody = htmlFromPlain(comment.body);
        comment.isPublic = in.value(QLatin1String("public")).toBool(true);
        comment.authorId = in.contains(QLatin1String("author_id"))
                               ? idValue(in.value(QLatin1String("author_id")))
                               : request.me.id;
        if (!backend.store.user(comment.authorId)) {
            out.error = recordInvalid(QStringLiteral("author_id"), QStringLiteral("Author: is invalid"),
                                      QStringLiteral("InvalidValue"));
            return out;
        }
        comment.via = via;
        comment.createdAt = now;
        if (!comment.body.trimmed().isEmpty())
            out.comments.append(comment);
    }
    if (input.value(QLatin1String("voice_comment")).isObject()) {
        Comment comment;
        comment.authorId = request.me.id;
        comment.via = via;
        comment.createdAt = now;
        if (auto error = parseVoiceComment(backend, input.value(QLatin1String("voice_comment")).toObject(),
                                           &comment)) {
            out.error = error;
            return out;
        }
        out.comments.append(comment);
    }
    return out;
}

QStringList stringList(const QJsonValue &value) {
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

std::optional<HttpResponse> applyCommonFields(const ZendeskBackend &backend, const QJsonObject &input,
                                              Ticket *ticket) {
    if (input.contains(QLatin1String("subject")))
        ticket->subject = input.value(QLatin1String("subject")).toString();
    if (input.contains(QLatin1String("priority")))
        ticket->priority = input.value(QLatin1String("priority")).toString();
    if (input.contains(QLatin1String("type")))
        ticket->type = input.value(QLatin1String("type")).toString();
    if (input.contains(QLatin1String("external_id"))) {
        const QJsonValue externalId = input.value(QLatin1String("external_id"));
        ticket->externalId =
            externalId.isDouble() ? QString::number(externalId.toInteger()) : externalId.toString();
    }
    if (input.contains(QLatin1String("tags")))
        ticket->tags = stringList(input.value(QLatin1String("tags")));
    const QStringList additional = stringList(input.value(QLatin1String("additional_tags")));
    for (const QString &tag : additional) {
        if (!ticket->tags.contains(tag))
            ticket->tags.append(tag);
    }
    const QStringList removed = stringList(input.value(QLatin1String("remove_tags")));
    for (const QString &tag : removed)
        ticket->tags.removeAll(tag);
    if (input.contains(QLatin1String("requester_id"))) {
        ticket->requesterId = idValue(input.value(QLatin1String("requester_id")));
        if (!backend.store.user(ticket->requesterId))
            return recordInvalid(QStringLiteral("requester"), QStringLiteral("Requester: is invalid"),
                                 QStringLiteral("InvalidValue"));
    }
    if (input.contains(QLatin1String("assignee_id"))) {
        ticket->assigneeId = idValue(input.value(QLatin1String("assignee_id")));
        if (ticket->assigneeId != 0 && !isAgent(backend, ticket->assigneeId))
            return recordInvalid(QStringLiteral("assignee"), QStringLiteral("Assignee: is not an agent"),
                                 QStringLiteral("InvalidValue"));
    }
    if (input.contains(QLatin1String("status"))) {
        ticket->status = input.value(QLatin1String("status")).toString().toLower();
        if (statusRank(ticket->status) < 0)
            return recordInvalid(QStringLiteral("status"), QStringLiteral("Status: is invalid"),
                                 QStringLiteral("InvalidValue"));
    }
    return std::nullopt;
}

HttpResponse ticketResponse(const ZendeskBackend &backend, int status, const Ticket &ticket) {
    const QJsonObject json = ticketJson(backend, ticket);
    HttpResponse response = HttpResponse::json(status, QJsonObject{{ticketKey, json}});
    if (status == 201)
        response.setHeader(QByteArrayLiteral("Location"),
                           json.value(QLatin1String("url")).toString().toUtf8());
    return response;
}

std::optional<HttpResponse> applyFollowup(const ZendeskBackend &backend, const QJsonObject &input,
                                          Ticket *ticket, QJsonObject *via) {
    if (!input.contains(QLatin1String("via_followup_source_id")))
        return std::nullopt;
    const QString field = QStringLiteral("via_followup_source_id");
    const auto source = backend.store.ticket(idValue(input.value(field)));
    if (!source)
        return recordInvalid(field, QStringLiteral("Via followup source: is invalid"),
                             QStringLiteral("InvalidValue"));
    if (source->status != QLatin1String("closed"))
        return recordInvalid(
            field,
            QStringLiteral("Via followup source: ticket %1 is not closed (follow-ups can only be "
                           "created for closed tickets)")
                .arg(source->id),
            QStringLiteral("InvalidValue"));
    ticket->followupSourceId = source->id;
    ticket->requesterId = source->requesterId;
    ticket->subject = source->subject;
    ticket->tags = source->tags;
    QJsonObject sourceJson = via->value(QLatin1String("source")).toObject();
    sourceJson.insert(QStringLiteral("rel"), QStringLiteral("follow_up"));
    sourceJson.insert(QStringLiteral("from"), QJsonObject{{QStringLiteral("ticket_id"), source->id},
                                                          {QStringLiteral("subject"), source->subject}});
    via->insert(QStringLiteral("source"), sourceJson);
    return std::nullopt;
}

QJsonArray ticketsJson(const ZendeskBackend &backend, const QList<Ticket> &tickets) {
    QJsonArray array;
    for (const Ticket &ticket : tickets)
        array.append(ticketJson(backend, ticket));
    return array;
}

bool sortTickets(QList<Ticket> *tickets, const QString &sortBy, const QString &sortOrder) {
    const bool descending = sortOrder.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
    const auto key = [&sortBy](const Ticket &ticket) -> std::pair<QString, qint64> {
        if (sortBy == QLatin1String("updated_at"))
            return {QString(), ticket.updatedAt.toMSecsSinceEpoch()};
        if (sortBy == QLatin1String("created_at"))
            return {QString(), ticket.createdAt.toMSecsSinceEpoch()};
        if (sortBy == QLatin1String("status"))
            return {QString(), statusRank(ticket.status)};
        if (sortBy == QLatin1String("subject"))
            return {ticket.subject.toLower(), 0};
        return {QString(), ticket.id};
    };
    if (!sortBy.isEmpty() && sortBy != QLatin1String("updated_at") && sortBy != QLatin1String("created_at")
        && sortBy != QLatin1String("status") && sortBy != QLatin1String("subject")
        && sortBy != QLatin1String("id"))
        return false;
    std::stable_sort(tickets->begin(), tickets->end(), [&](const Ticket &a, const Ticket &b) {
        const auto ka = std::make_pair(key(a), a.id);
        const auto kb = std::make_pair(key(b), b.id);
        return descending ? kb < ka : ka < kb;
    });
    return true;
}

HttpResponse updateTicket(ZendeskBackend &backend, const ApiRequest &request) {
    auto ticket = backend.store.ticket(request.idParam(QStringLiteral("id")));
    if (!ticket)
        return recordNotFound();
    if (ticket->status == QLatin1String("closed"))
        return closedTicket();
    if (!request.body.value(ticketKey).isObject())
        return badRequest(QStringLiteral("ParameterMissing"), QStringLiteral("Parameter ticket is required"));
    const QJsonObject input = request.body.value(ticketKey).toObject();
    if (auto error = applyCommonFields(backend, input, &*ticket))
        return *error;
    const QJsonObject via{{QStringLiteral("channel"), QStringLiteral("api")},
                          {QStringLiteral("source"), QJsonObject{{QStringLiteral("from"), QJsonObject()},
                                                                 {QStringLiteral("to"), QJsonObject()},
                                                                 {QStringLiteral("rel"), QJsonValue()}}}};
    const CommentsOrError comments = parseComments(backend, request, input, via);
    if (comments.error)
        return *comments.error;
    ticket->updatedAt = backend.now();
    backend.store.updateTicket(*ticket);
    QJsonArray events;
    for (Comment comment : comments.comments) {
        comment.ticketId = ticket->id;
        comment.id = backend.store.insertComment(comment);
        events.append(commentJson(comment));
    }
    HttpResponse response = ticketResponse(backend, 200, *ticket);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(QStringLiteral("audit"),
                QJsonObject{{QStringLiteral("ticket_id"), ticket->id},
                            {QStringLiteral("author_id"), request.me.id},
                            {QStringLiteral("created_at"), isoTime(ticket->updatedAt)},
                            {QStringLiteral("events"), events}});
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

HttpResponse createTicket(ZendeskBackend &backend, const ApiRequest &request, const QJsonObject &input,
                          QJsonObject via) {
    Ticket ticket;
    ticket.requesterId = request.me.id;
    ticket.submitterId = request.me.id;
    if (auto error = applyFollowup(backend, input, &ticket, &via))
        return *error;
    if (auto error = applyCommonFields(backend, input, &ticket))
        return *error;
    if (input.contains(QLatin1String("submitter_id")))
        ticket.submitterId = idValue(input.value(QLatin1String("submitter_id")));
    if (!input.contains(QLatin1String("status")))
        ticket.status = ticket.assigneeId != 0 ? QStringLiteral("open") : QStringLiteral("new");
    if (ticket.status == QLatin1String("closed"))
        return recordInvalid(QStringLiteral("status"),
                             QStringLiteral("Status: a new ticket cannot be closed"),
                             QStringLiteral("InvalidValue"));
    const CommentsOrError comments = parseComments(backend, request, input, via);
    if (comments.error)
        return *comments.error;
    if (comments.comments.isEmpty())
        return recordInvalid(QStringLiteral("description"), QStringLiteral("Description: cannot be blank"),
                             QStringLiteral("BlankValue"));
    ticket.description = comments.comments.first().body;
    ticket.isPublic = comments.comments.first().isPublic;
    if (ticket.subject.isEmpty())
        ticket.subject = ticket.description.section(QLatin1Char('\n'), 0, 0).left(80);
    ticket.via = via;
    ticket.createdAt = backend.now();
    ticket.updatedAt = ticket.createdAt;
    ticket.id = backend.store.insertTicket(ticket);
    for (Comment comment : comments.comments) {
        comment.ticketId = ticket.id;
        backend.store.insertComment(comment);
    }
    if (ticket.followupSourceId != 0) {
        if (auto source = backend.store.ticket(ticket.followupSourceId)) {
            source->followupIds.append(ticket.id);
            backend.store.updateTicket(*source);
        }
    }
    return ticketResponse(backend, 201, ticket);
}

ApiHandler withIdempotency(ZendeskBackend &backend, ApiHandler create) {
    ZendeskBackend *b = &backend;
    return [b, create = std::move(create)](const ApiRequest &request) {
        const QString key = QString::fromUtf8(request.http.header(QByteArrayLiteral("Idempotency-Key")));
        if (key.isEmpty())
            return create(request);
        if (key.size() > 255)
            return badRequest(QStringLiteral("IdempotentRequestError"),
                              QStringLiteral("Idempotency-Key must be at most 255 characters"));
        const QByteArray fingerprint = requestFingerprint(request.http, request.apiPath);
        const auto lookup = b->idempotency.lookup(key, fingerprint, b->now());
        if (lookup.outcome == IdempotencyCache::Outcome::Mismatch)
            return badRequest(QStringLiteral("IdempotentRequestError"),
                              QStringLiteral("Request parameters don't match the given idempotency key"));
        if (lookup.outcome == IdempotencyCache::Outcome::Hit) {
            HttpResponse replay = lookup.replay;
            replay.setHeader(QByteArrayLiteral("x-idempotency-lookup"), QByteArrayLiteral("hit"));
            return replay;
        }
        HttpResponse response = create(request);
        response.setHeader(QByteArrayLiteral("x-idempotency-lookup"), QByteArrayLiteral("miss"));
        if (response.status >= 200 && response.status < 300)
            b->idempotency.remember(key, fingerprint, response, b->now());
        return response;
    };
}

void registerTicketRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend) {
    ZendeskBackend *b = &backend;

    routes.add("GET", QStringLiteral("/api/v2/tickets"), [b](const ApiRequest &request) {
        const QString externalId = request.http.queryValue(QStringLiteral("external_id"));
        const QList<Ticket> tickets =
            externalId.isEmpty() ? b->store.tickets() : b->store.ticketsByExternalId(externalId);
        return pagedList(*b, request, QStringLiteral("tickets"), ticketsJson(*b, tickets));
    });

    routes.add("GET", QStringLiteral("/api/v2/tickets/{id}"), [b](const ApiRequest &request) {
        const auto ticket = b->store.ticket(request.idParam(QStringLiteral("id")));
        return ticket ? ticketResponse(*b, 200, *ticket) : recordNotFound();
    });

    routes.add("POST", QStringLiteral("/api/v2/tickets"),
               withIdempotency(backend, [b](const ApiRequest &request) {
                   if (!request.body.value(ticketKey).isObject())
                       return badRequest(QStringLiteral("ParameterMissing"),
                                         QStringLiteral("Parameter ticket is required"));
                   const QJsonObject via{
                       {QStringLiteral("channel"), QStringLiteral("api")},
                       {QStringLiteral("source"), QJsonObject{{QStringLiteral("from"), QJsonObject()},
                                                              {QStringLiteral("to"), QJsonObject()},
                                                              {QStringLiteral("rel"), QJsonValue()}}}};
                   return createTicket(*b, request, request.body.value(ticketKey).toObject(), via);
               }));

    routes.add("PUT", QStringLiteral("/api/v2/tickets/{id}"),
               [b](const ApiRequest &request) { return updateTicket(*b, request); });

    routes.add("GET", QStringLiteral("/api/v2/tickets/{id}/comments"), [b](const ApiRequest &request) {
        const qint64 id = request.idParam(QStringLiteral("id"));
        if (!b->store.ticket(id))
            return recordNotFound();
        QJsonArray comments;
        const QList<Comment> all = b->store.comments(id);
        for (const Comment &comment : all)
            comments.append(commentJson(comment));
        if (request.http.queryValue(QStringLiteral("sort_order")) == QLatin1String("desc")) {
            QJsonArray reversed;
            for (qsizetype i = comments.size() - 1; i >= 0; --i)
                reversed.append(comments.at(i));
            comments = reversed;
        }
        return pagedList(*b, request, QStringLiteral("comments"), comments);
    });

    routes.add("GET", QStringLiteral("/api/v2/users/{id}/tickets/requested"), [b](const ApiRequest &request) {
        const qint64 id = request.idParam(QStringLiteral("id"));
        if (!b->store.user(id))
            return recordNotFound();
        QList<Ticket> tickets = b->store.ticketsByRequester(id);
        if (!sortTickets(&tickets, request.http.queryValue(QStringLiteral("sort_by")),
                         request.http.queryValue(QStringLiteral("sort_order"))))
            return badRequest(QStringLiteral("InvalidParameter"), QStringLiteral("sort_by is invalid"));
        return pagedList(*b, request, QStringLiteral("tickets"), ticketsJson(*b, tickets));
    });
}

} // namespace callbridge::sandbox::zendesk
