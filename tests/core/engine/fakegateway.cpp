#include "fakegateway.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace callbridge::test {

using namespace zendesk;

Error makeError(ErrorKind kind, const QString &message, int httpStatus) {
    Error e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

namespace {
QString digitsOf(const QString &s) {
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}
} // namespace

FakeGateway::FakeGateway() {
    agentUser.id = 1;
    agentUser.name = QStringLiteral("Ann Agent");
    agentUser.role = QStringLiteral("agent");
}

User &FakeGateway::addUser(const QString &name, const QString &phone, bool shared,
                           const QDateTime &updatedAt) {
    User u;
    u.id = m_nextId++;
    u.name = name;
    u.phone = phone;
    u.role = QStringLiteral("end-user");
    u.sharedPhoneNumber = shared;
    u.updatedAt = updatedAt.isValid() ? updatedAt : QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    return users[u.id] = u;
}

Ticket &FakeGateway::addTicket(qint64 requesterId, const QString &status, const QDateTime &updatedAt,
                               const QString &externalId, const QStringList &tags) {
    Ticket t;
    t.id = m_nextId++;
    t.requesterId = requesterId;
    t.status = status;
    t.updatedAt = updatedAt;
    t.externalId = externalId;
    t.tags = tags;
    return tickets[t.id] = t;
}

void FakeGateway::failNext(const QString &callPrefix, Error error) {
    m_failures.append({callPrefix, error});
}

int FakeGateway::count(const QString &callPrefix) const {
    return int(std::count_if(calls.cbegin(), calls.cend(),
                             [&](const QString &c) { return c.startsWith(callPrefix); }));
}

int FakeGateway::writes() const {
    return count(QStringLiteral("POST")) + count(QStringLiteral("PUT"));
}

std::optional<Error> FakeGateway::takeFailure(const QString &call) {
    for (int i = 0; i < m_failures.size(); ++i) {
        if (call.startsWith(m_failures.at(i).first))
            return m_failures.takeAt(i).second;
    }
    return std::nullopt;
}

template <typename T>
void FakeGateway::answer(const QString &call, QObject *context, Callback<T> done, T value) {
    calls << call;
    Result<T> result = Result<T>::success(std::move(value));
    if (auto failure = takeFailure(call))
        result = Result<T>::failure(*failure);
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    });
}

void FakeGateway::currentUser(QObject *context, Callback<User> done) {
    answer<User>(QStringLiteral("GET users/me"), context, std::move(done), agentUser);
}

void FakeGateway::user(qint64 id, QObject *context, Callback<User> done) {
    const QString call = QStringLiteral("GET users/%1").arg(id);
    if (!users.contains(id)) {
        failNext(call, makeError(ErrorKind::NotFound, QStringLiteral("RecordNotFound"), 404));
        return answer<User>(call, context, std::move(done), {});
    }
    answer<User>(call, context, std::move(done), users.value(id));
}

void FakeGateway::searchEndUsersByPhone(const QString &digits, QObject *context, Callback<QList<User>> done) {
    QList<User> found;
    for (const User &u : std::as_const(users)) {
        const QStringList phones = QStringList{u.phone} + addedPhones.value(u.id);
        const bool hasNumber = std::any_of(phones.cbegin(), phones.cend(), [&digits](const QString &p) {
            return !digits.isEmpty() && digitsOf(p).endsWith(digits);
        });
        if (u.role == QLatin1String("end-user") && hasNumber
            && !(searchIndexLags && m_createdHere.value(u.id)))
            found << u;
    }
    if (blindSearches > 0) {
        --blindSearches;
        found.clear();
    }
    answer<QList<User>>(QStringLiteral("GET search phone:*") + digits, context, std::move(done), found);
}

void FakeGateway::phoneIdentities(qint64 userId, QObject *context, Callback<QStringList> done) {
    QStringList phones;
    if (!users.value(userId).phone.isEmpty())
        phones << users.value(userId).phone;
    phones << addedPhones.value(userId);
    answer<QStringList>(QStringLiteral("GET users/%1/identities").arg(userId), context, std::move(done),
                        phones);
}

void FakeGateway::usersByExternalId(const QString &externalId, QObject *context, Callback<QList<User>> done) {
    QList<User> found;
    for (const User &u : std::as_const(users)) {
        if (u.externalId == externalId)
            found << u;
    }
    answer<QList<User>>(QStringLiteral("GET users?external_id=") + externalId, context, std::move(done),
                        found);
}

void FakeGateway::searchUsers(const QString &text, QObject *context, Callback<QList<User>> done) {
    QList<User> found;
    for (const User &u : std::as_const(users)) {
        if (u.name.contains(text, Qt::CaseInsensitive) || u.phone.contains(text)
            || u.email.contains(text, Qt::CaseInsensitive))
            found << u;
    }
    answer<QList<User>>(QStringLiteral("GET users/search ") + text, context, std::move(done), found);
}

void FakeGateway::ticket(qint64 id, QObject *context, Callback<Ticket> done) {
    const QString call = QStringLiteral("GET tickets/%1").arg(id);
    if (!tickets.contains(id)) {
        failNext(call, makeError(ErrorKind::NotFound, QStringLiteral("RecordNotFound"), 404));
        return answer<Ticket>(call, context, std::move(done), {});
    }
    answer<Ticket>(call, context, std::move(done), tickets.value(id));
}

void FakeGateway::requestedTickets(qint64 userId, int limit, QObject *context, Callback<QList<Ticket>> done) {
    QList<Ticket> found;
    for (const Ticket &t : std::as_const(tickets)) {
        if (t.requesterId == userId)
            found << t;
    }
    std::sort(found.begin(), found.end(),
              [](const Ticket &a, const Ticket &b) { return a.updatedAt > b.updatedAt; });
    answer<QList<Ticket>>(QStringLiteral("GET users/%1/tickets/requested").arg(userId), context,
                          std::move(done), found.mid(0, limit));
}

void FakeGateway::ticketsByExternalId(const QString &externalId, QObject *context,
                                      Callback<QList<Ticket>> done) {
    QList<Ticket> found;
    for (const Ticket &t : std::as_const(tickets)) {
        if (t.externalId == externalId)
            found << t;
    }
    answer<QList<Ticket>>(QStringLiteral("GET tickets?external_id=") + externalId, context, std::move(done),
                          found);
}

void FakeGateway::searchTickets(const QString &text, QObject *context, Callback<QList<Ticket>> done) {
    if (onTicketSearch)
        onTicketSearch();
    // comment:"x" looks in the ticket's comments; any other text in the subject.
    const bool inComments = text.startsWith(QLatin1String("comment:"));
    const QString wanted = inComments ? text.mid(8).remove(u'"') : text;
    QList<Ticket> found;
    for (const Ticket &t : std::as_const(tickets)) {
        const QList<QJsonObject> said = comments.value(t.id);
        const bool inAComment = std::any_of(said.cbegin(), said.cend(), [&wanted](const QJsonObject &c) {
            return c.value(QStringLiteral("body")).toString().contains(wanted);
        });
        if (inComments ? inAComment : t.subject.contains(text, Qt::CaseInsensitive))
            found << t;
    }
    if (blindTicketSearches > 0) {
        --blindTicketSearches;
        found.clear();
    }
    answer<QList<Ticket>>(QStringLiteral("GET search type:ticket ") + text, context, std::move(done), found);
}

void FakeGateway::screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                            Callback<bool> done) {
    const QString kind = target == PopTarget::Ticket ? QStringLiteral("tickets") : QStringLiteral("users");
    answer<bool>(QStringLiteral("DISPLAY %1 %2/%3").arg(agentId).arg(kind).arg(id), context, std::move(done),
                 true);
}

void FakeGateway::write(const Write &w, QObject *context, Callback<WriteResult> done) {
    QString call;
    switch (w.kind) {
    case Write::Kind::CreateUser:
        call = QStringLiteral("POST users");
        break;
    case Write::Kind::CreateTicket:
        call = QStringLiteral("POST tickets");
        break;
    case Write::Kind::UpdateTicket:
        call = QStringLiteral("PUT tickets/%1").arg(w.targetId);
        break;
    case Write::Kind::UpdateUser:
        call = QStringLiteral("PUT users/%1").arg(w.targetId);
        break;
    case Write::Kind::AddUserIdentity:
        call = QStringLiteral("POST users/%1/identities").arg(w.targetId);
        break;
    }
    calls << call;
    sentWrites << w;
    Result<WriteResult> result;
    if (auto failure = takeFailure(call))
        result = Result<WriteResult>::failure(*failure);
    else
        result = apply(w);
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    });
}

Result<WriteResult> FakeGateway::apply(const Write &w) {
    if (m_idempotent.contains(w.idempotencyKey)) {
        WriteResult again = m_idempotent.value(w.idempotencyKey);
        again.alreadyApplied = true;
        return Result<WriteResult>::success(again);
    }
    WriteResult out;
    if (w.kind == Write::Kind::CreateUser) {
        const QJsonObject u = w.payload.value(QStringLiteral("user")).toObject();
        const QString ext = u.value(QStringLiteral("external_id")).toString();
        for (const User &existing : std::as_const(users)) {
            if (!ext.isEmpty() && existing.externalId == ext) {
                Error taken = makeError(ErrorKind::Invalid, QStringLiteral("Record validation errors"), 422);
                taken.details = QJsonObject{
                    {QStringLiteral("external_id"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("description"), QStringLiteral("External has already been taken")},
                         {QStringLiteral("error"), QStringLiteral("DuplicateValue")}}}}};
                return Result<WriteResult>::failure(taken); // as Zendesk answers a second user for the number
            }
        }
        User &created =
            addUser(u.value(QStringLiteral("name")).toString(), u.value(QStringLiteral("phone")).toString());
        created.externalId = ext;
        m_createdHere.insert(created.id, true);
        out.id = created.id;
    } else if (w.kind == Write::Kind::CreateTicket) {
        const QJsonObject t = w.payload.value(QStringLiteral("ticket")).toObject();
        QStringList tags;
        for (const QJsonValue &v : t.value(QStringLiteral("tags")).toArray())
            tags << v.toString();
        Ticket &created = addTicket(t.value(QStringLiteral("requester_id")).toInteger(),
                                    QStringLiteral("open"), QDateTime::currentDateTimeUtc(),
                                    t.value(QStringLiteral("external_id")).toString(), tags);
        created.subject = t.value(QStringLiteral("subject")).toString();
        created.assigneeId = t.value(QStringLiteral("assignee_id")).toInteger();
        ticketPayloads.insert(created.id, t);
        comments[created.id] << t.value(QStringLiteral("comment")).toObject();
        out.id = created.id;
    } else if (w.kind == Write::Kind::AddUserIdentity) {
        const QString phone =
            w.payload.value(QStringLiteral("identity")).toObject().value(QStringLiteral("value")).toString();
        for (const User &u : std::as_const(users)) {
            if (digitsOf(u.phone) == digitsOf(phone) || addedPhones.value(u.id).contains(phone)) {
                Error taken = makeError(ErrorKind::Invalid, QStringLiteral("Record validation errors"), 422);
                taken.details = QJsonObject{
                    {QStringLiteral("value"),
                     QJsonArray{QJsonObject{{QStringLiteral("description"),
                                             QStringLiteral("Value: is already being used by another user")},
                                            {QStringLiteral("error"), QStringLiteral("DuplicateValue")}}}}};
                return Result<WriteResult>::failure(taken);
            }
        }
        addedPhones[w.targetId] << phone;
        out.id = w.targetId;
    } else if (w.kind == Write::Kind::UpdateTicket) {
        if (!tickets.contains(w.targetId))
            return Result<WriteResult>::failure(
                makeError(ErrorKind::NotFound, QStringLiteral("RecordNotFound"), 404));
        if (tickets.value(w.targetId).isClosed()) {
            Error e =
                makeError(ErrorKind::Invalid, QStringLiteral("Status: closed prevents ticket update"), 422);
            return Result<WriteResult>::failure(e);
        }
        const QJsonObject t = w.payload.value(QStringLiteral("ticket")).toObject();
        if (t.contains(QStringLiteral("requester_id")))
            tickets[w.targetId].requesterId = t.value(QStringLiteral("requester_id")).toInteger();
        if (t.contains(QStringLiteral("comment")))
            comments[w.targetId] << t.value(QStringLiteral("comment")).toObject();
        if (t.contains(QStringLiteral("voice_comment")))
            comments[w.targetId] << QJsonObject{
                {QStringLiteral("voice_comment"), t.value(QStringLiteral("voice_comment"))}};
        out.id = w.targetId;
    }
    if (!w.idempotencyKey.isEmpty())
        m_idempotent.insert(w.idempotencyKey, out);
    return Result<WriteResult>::success(out);
}

} // namespace callbridge::test
