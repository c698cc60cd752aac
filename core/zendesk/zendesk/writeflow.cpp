#include "writeflow.h"

#include "zendeskclient.h"
#include "zendeskjson.h"

#include <QJsonArray>

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

namespace {

bool sameInstant(const QString &a, const QString &b) {
    if (a == b) {
        return !a.isEmpty();
    }
    const QDateTime left = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime right = QDateTime::fromString(b, Qt::ISODateWithMs);
    return left.isValid() && right.isValid() && left == right;
}

// The envelope key of the resource a write sends and gets back: "user", "ticket" or "identity".
QString resourceKey(Write::Kind kind) {
    switch (kind) {
    case Write::Kind::CreateUser:
    case Write::Kind::UpdateUser:
        return u"user"_s;
    case Write::Kind::AddUserIdentity:
        return u"identity"_s;
    case Write::Kind::CreateTicket:
    case Write::Kind::UpdateTicket:
        break;
    }
    return u"ticket"_s;
}

QJsonObject innerObject(const Write &write) {
    return write.payload.value(resourceKey(write.kind)).toObject();
}

// True when a ticket comment is the one `write` added: its marker in a body, or the same voice call.
bool commentMatches(const QJsonObject &comment, const Write &write) {
    const QJsonObject data = comment.value(u"data").toObject();
    if (!write.marker.isEmpty()) {
        for (const QJsonValue &text : {comment.value(u"body"), comment.value(u"html_body"),
                                       comment.value(u"plain_body"), data.value(u"transcription_text")}) {
            if (text.toString().contains(write.marker)) {
                return true;
            }
        }
    }
    const QJsonObject voice = innerObject(write).value(u"voice_comment").toObject();
    if (voice.isEmpty()) {
        return false;
    }
    const QString from = digitsOf(voice.value(u"from").toString());
    return sameInstant(data.value(u"started_at").toString(), voice.value(u"started_at").toString())
           && digitsOf(data.value(u"from").toString()) == from; // both empty for a withheld number
}

} // namespace

void WriteFlow::start(ZendeskClient &client, const HttpGatewayOptions &options, const Write &write,
                      QObject *context, Callback<WriteResult> done) {
    std::make_shared<WriteFlow>(client, options, write, context, std::move(done))->run();
}

WriteFlow::WriteFlow(ZendeskClient &client, HttpGatewayOptions options, Write write, QObject *context,
                     Callback<WriteResult> done)
    : m_client(client)
    , m_options(std::move(options))
    , m_write(std::move(write))
    , m_context(context)
    , m_guarded(context != nullptr)
    , m_done(std::move(done)) {}

void WriteFlow::run() {
    const bool createTicket = m_write.kind == Write::Kind::CreateTicket;
    const bool keyExpired =
        m_write.firstAttemptAt.isValid()
        && m_write.firstAttemptAt.secsTo(m_client.now()) > m_options.idempotencyWindow.count();
    // Creates of tickets are covered by their Idempotency-Key (and by the window check below).
    if (m_write.mayHaveBeenApplied && !createTicket && canReconcile()) {
        Error cause;
        cause.kind = ErrorKind::Network;
        cause.outcomeUnknown = true;
        cause.message = u"an earlier attempt may have been applied"_s;
        reconcile(cause, WhenNotFound::Send);
        return;
    }
    if (createTicket && keyExpired && canReconcile()) {
        Error cause;
        cause.kind = ErrorKind::Timeout;
        cause.outcomeUnknown = true;
        cause.message = u"Idempotency-Key window elapsed"_s;
        reconcile(cause, WhenNotFound::Send);
        return;
    }
    send();
}

Request WriteFlow::writeRequest() const {
    switch (m_write.kind) {
    case Write::Kind::CreateUser:
        return Request::post(u"/api/v2/users"_s, m_write.payload);
    case Write::Kind::UpdateUser: {
        Request request = Request::put(u"/api/v2/users/%1"_s.arg(m_write.targetId), m_write.payload);
        request.retrySafe = true; // setting the same fields twice changes nothing
        return request;
    }
    case Write::Kind::AddUserIdentity: {
        Request request =
            Request::post(u"/api/v2/users/%1/identities"_s.arg(m_write.targetId), m_write.payload);
        request.retrySafe = true; // a second add of the same number is refused (422), never doubled
        return request;
    }
    case Write::Kind::UpdateTicket: {
        Request request = Request::put(u"/api/v2/tickets/%1"_s.arg(m_write.targetId), m_write.payload);
        const QJsonObject ticket = innerObject(m_write);
        request.retrySafe = !ticket.contains(u"comment"_s) && !ticket.contains(u"voice_comment"_s);
        return request;
    }
    case Write::Kind::CreateTicket:
        break;
    }
    QJsonObject payload = m_write.payload;
    QString path = u"/api/v2/tickets"_s;
    if (m_options.useTalkPartnerEdition) {
        path = u"/api/v2/channels/voice/tickets"_s;
        QJsonObject ticket = payload.value(u"ticket").toObject();
        if (!ticket.contains(u"via_id"_s)) {
            ticket.insert(u"via_id"_s, m_options.talkViaId);
        }
        payload.insert(u"ticket"_s, ticket);
    }
    Request request = Request::post(path, payload);
    request.idempotencyKey = m_write.idempotencyKey;
    request.retrySafe = !m_write.idempotencyKey.isEmpty();
    return request;
}

void WriteFlow::send() {
    if (contextGone()) {
        return;
    }
    m_sent = true;
    m_client.send(writeRequest(), m_context.data(),
                  [self = shared_from_this()](const Reply &reply) { self->onSent(reply); });
}

void WriteFlow::onSent(const Reply &reply) {
    if (reply.ok()) {
        const QJsonObject resource = reply.json.value(resourceKey(m_write.kind)).toObject();
        qint64 id = m_write.kind == Write::Kind::AddUserIdentity ? m_write.targetId
                                                                 : resource.value(u"id").toInteger();
        const bool isCreate =
            m_write.kind == Write::Kind::CreateUser || m_write.kind == Write::Kind::CreateTicket;
        if (id <= 0 && isCreate) {
            Error error;
            error.kind = ErrorKind::Malformed;
            error.httpStatus = reply.httpStatus;
            error.message = u"%1: the created resource has no id"_s.arg(writeKindName(m_write.kind));
            fail(error);
            return;
        }
        if (id <= 0) {
            id = m_write.targetId;
        }
        succeed(id, resource, reply.idempotency == IdempotencyLookup::Hit);
        return;
    }
    const Error &error = reply.error;
    // A user refused as "already taken" goes back as it is: the engine finds the number's owner (its own
    // earlier user by external id, or someone else's by phone) in one place.
    if (m_write.kind == Write::Kind::CreateTicket && error.code == u"IdempotentRequestError"_s
        && canReconcile()) {
        reconcile(error, WhenNotFound::Fail);
    } else if (error.outcomeUnknown && !writeRequest().retrySafe && canReconcile()) {
        reconcile(error, WhenNotFound::Send);
    } else {
        fail(error);
    }
}

bool WriteFlow::canReconcile() const {
    switch (m_write.kind) {
    case Write::Kind::CreateUser:
        return !innerObject(m_write).value(u"external_id").toString().isEmpty();
    case Write::Kind::CreateTicket:
        return !m_write.externalId.isEmpty()
               || !innerObject(m_write).value(u"external_id").toString().isEmpty();
    case Write::Kind::UpdateTicket:
        return !m_write.marker.isEmpty() || innerObject(m_write).contains(u"voice_comment"_s);
    case Write::Kind::UpdateUser:
    case Write::Kind::AddUserIdentity:
        break;
    }
    return false;
}

Request WriteFlow::lookupRequest() const {
    const QJsonObject inner = innerObject(m_write);
    switch (m_write.kind) {
    case Write::Kind::CreateUser:
        return Request::get(u"/api/v2/users"_s, {{u"external_id"_s, inner.value(u"external_id").toString()}});
    case Write::Kind::UpdateTicket:
        return Request::get(u"/api/v2/tickets/%1/comments"_s.arg(m_write.targetId),
                            {{u"sort_order"_s, u"desc"_s}, {u"per_page"_s, u"100"_s}});
    case Write::Kind::CreateTicket:
    case Write::Kind::UpdateUser:
    case Write::Kind::AddUserIdentity:
        break;
    }
    const QString externalId =
        m_write.externalId.isEmpty() ? inner.value(u"external_id").toString() : m_write.externalId;
    return Request::get(u"/api/v2/tickets"_s, {{u"external_id"_s, externalId}});
}

void WriteFlow::reconcile(const Error &cause, WhenNotFound whenNotFound) {
    qCInfo(lcZendesk) << "reconciling" << writeKindName(m_write.kind) << "after" << errorKindName(cause.kind);
    m_client.send(lookupRequest(), m_context.data(),
                  [self = shared_from_this(), cause, whenNotFound](const Reply &r) {
                      self->onLookup(r, cause, whenNotFound);
                  });
}

// Returns the id of the resource the write created/updated when the lookup shows it applied, else 0.
qint64 WriteFlow::findApplied(const QJsonObject &lookup) const {
    switch (m_write.kind) {
    case Write::Kind::CreateUser: {
        const auto users = json::usersFromList(lookup);
        const QString externalId = innerObject(m_write).value(u"external_id").toString();
        for (const User &found : users.value) {
            if (found.externalId == externalId) {
                return found.id;
            }
        }
        return 0;
    }
    case Write::Kind::UpdateTicket: {
        const QJsonArray comments = lookup.value(u"comments").toArray();
        for (const QJsonValue &comment : comments) {
            if (commentMatches(comment.toObject(), m_write)) {
                return m_write.targetId;
            }
        }
        return 0;
    }
    case Write::Kind::CreateTicket:
    case Write::Kind::UpdateUser:
    case Write::Kind::AddUserIdentity:
        break;
    }
    const auto tickets = json::ticketsFromList(lookup);
    const QString externalId = lookupRequest().query.value(0).second;
    qint64 oldest = 0;
    for (const Ticket &found : tickets.value) {
        if (found.externalId == externalId && found.tags.contains(m_options.createdByTag)
            && (oldest == 0 || found.id < oldest)) {
            oldest = found.id;
        }
    }
    return oldest;
}

void WriteFlow::onLookup(const Reply &reply, const Error &cause, WhenNotFound whenNotFound) {
    if (!reply.ok()) {
        Error error = cause;
        error.message += u" (lookup failed: "_s + reply.error.message + u')';
        fail(error);
        return;
    }
    const qint64 id = findApplied(reply.json);
    if (id > 0) {
        qCInfo(lcZendesk) << writeKindName(m_write.kind) << "was already applied";
        succeed(id, {}, true);
        return;
    }
    // Not applied (yet): a write that was never sent goes out now. One whose send failed goes back as it
    // failed, outcome still unknown, so whoever retries it (the outbox, after its backoff) looks again first:
    // a slow Zendesk may still apply the first send.
    if (whenNotFound == WhenNotFound::Fail || m_sent) {
        fail(cause);
        return;
    }
    send();
}

void WriteFlow::succeed(qint64 id, QJsonObject resource, bool alreadyApplied) {
    if (m_done && !contextGone()) {
        m_done(Result<WriteResult>::success(WriteResult{id, std::move(resource), alreadyApplied}));
    }
}

void WriteFlow::fail(Error error) {
    if (m_done && !contextGone()) {
        m_done(Result<WriteResult>::failure(std::move(error)));
    }
}

} // namespace callbridge::zendesk
