#include "zendeskjson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>
#include <functional>

namespace callbridge::zendesk::json {

using namespace Qt::StringLiterals;

namespace {

Error malformed(const QString &field, const QString &expected) {
    Error error;
    error.kind = ErrorKind::Malformed;
    error.message = field + u": expected "_s + expected;
    return error;
}

// Readers return false (and fill `error`) when the field exists with the wrong type; absent or null is fine.
struct Reader {
    const QJsonObject &object;
    const QString &where;
    Error error;

    bool fail(const QString &key, const QString &expected) {
        if (error.kind == ErrorKind::None) {
            error = malformed(where + u'.' + key, expected);
        }
        return false;
    }

    void integer(const QString &key, qint64 &out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9.007199254740992e15) {
            fail(key, u"an integer"_s);
            return;
        }
        out = static_cast<qint64>(number);
    }

    void string(const QString &key, QString &out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isString()) {
            fail(key, u"a string"_s);
            return;
        }
        out = value.toString();
    }

    void boolean(const QString &key, bool &out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isBool()) {
            fail(key, u"a boolean"_s);
            return;
        }
        out = value.toBool();
    }

    void timestamp(const QString &key, QDateTime &out) {
        QString text;
        string(key, text);
        if (!text.isEmpty()) {
            out = QDateTime::fromString(text, Qt::ISODateWithMs); // unreadable dates stay invalid
        }
    }

    void strings(const QString &key, QStringList &out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            fail(key, u"an array of strings"_s);
            return;
        }
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(key, u"an array of strings"_s);
                return;
            }
            out << item.toString();
        }
    }

    void requireId(qint64 &out) {
        if (!object.contains(u"id"_s) || object.value(u"id").isNull()) {
            fail(u"id"_s, u"an integer"_s);
            return;
        }
        integer(u"id"_s, out);
    }
};

template <typename T> using Parser = std::function<Result<T>(const QJsonObject &, const QString &)>;

Result<QJsonObject> member(const QJsonObject &body, const QString &key) {
    const QJsonValue value = body.value(key);
    if (!value.isObject()) {
        return Result<QJsonObject>::failure(malformed(key, u"an object"_s));
    }
    return Result<QJsonObject>::success(value.toObject());
}

// Parses body[key] as an array of objects; when `resultType` is set, keeps only items with that result_type.
template <typename T>
Result<QList<T>> listOf(const QJsonObject &body, const QString &key, const Parser<T> &parse,
                        const QString &resultType = {}) {
    const QJsonValue value = body.value(key);
    if (!value.isArray()) {
        return Result<QList<T>>::failure(malformed(key, u"an array"_s));
    }
    QList<T> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = key + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            return Result<QList<T>>::failure(malformed(where, u"an object"_s));
        }
        const QJsonObject item = array.at(i).toObject();
        if (!resultType.isEmpty() && item.value(u"result_type").toString() != resultType) {
            continue;
        }
        Result<T> parsed = parse(item, where);
        if (!parsed.ok()) {
            return Result<QList<T>>::failure(parsed.error);
        }
        items << std::move(parsed.value);
    }
    return Result<QList<T>>::success(std::move(items));
}

} // namespace

Result<User> parseUser(const QJsonObject &user, const QString &where) {
    Reader read{user, where, {}};
    User value;
    read.requireId(value.id);
    read.string(u"name"_s, value.name);
    read.string(u"email"_s, value.email);
    read.string(u"phone"_s, value.phone);
    read.string(u"role"_s, value.role);
    read.string(u"external_id"_s, value.externalId);
    read.boolean(u"shared_phone_number"_s, value.sharedPhoneNumber);
    read.integer(u"organization_id"_s, value.organizationId);
    read.timestamp(u"updated_at"_s, value.updatedAt);
    if (read.error.kind != ErrorKind::None) {
        return Result<User>::failure(read.error);
    }
    return Result<User>::success(std::move(value));
}

Result<Ticket> parseTicket(const QJsonObject &ticket, const QString &where) {
    Reader read{ticket, where, {}};
    Ticket value;
    read.requireId(value.id);
    read.string(u"subject"_s, value.subject);
    read.string(u"status"_s, value.status);
    read.integer(u"requester_id"_s, value.requesterId);
    read.integer(u"assignee_id"_s, value.assigneeId);
    read.string(u"external_id"_s, value.externalId);
    read.strings(u"tags"_s, value.tags);
    read.timestamp(u"updated_at"_s, value.updatedAt);
    if (read.error.kind != ErrorKind::None) {
        return Result<Ticket>::failure(read.error);
    }
    return Result<Ticket>::success(std::move(value));
}

Result<User> userFromEnvelope(const QJsonObject &body) {
    const Result<QJsonObject> user = member(body, u"user"_s);
    return user.ok() ? parseUser(user.value) : Result<User>::failure(user.error);
}

Result<Ticket> ticketFromEnvelope(const QJsonObject &body) {
    const Result<QJsonObject> ticket = member(body, u"ticket"_s);
    return ticket.ok() ? parseTicket(ticket.value) : Result<Ticket>::failure(ticket.error);
}

Result<QList<User>> usersFromList(const QJsonObject &body) {
    return listOf<User>(body, u"users"_s, parseUser);
}

Result<QList<Ticket>> ticketsFromList(const QJsonObject &body) {
    return listOf<Ticket>(body, u"tickets"_s, parseTicket);
}

Result<QList<User>> usersFromSearch(const QJsonObject &body) {
    return listOf<User>(body, u"results"_s, parseUser, u"user"_s);
}

Result<QList<Ticket>> ticketsFromSearch(const QJsonObject &body) {
    return listOf<Ticket>(body, u"results"_s, parseTicket, u"ticket"_s);
}

} // namespace callbridge::zendesk::json
