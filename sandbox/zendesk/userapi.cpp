#include "userapi.h"

#include "phonetext.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace callbridge::sandbox::zendesk {

namespace {

const QString userKey = QStringLiteral("user");

std::optional<HttpResponse> checkPhone(const ZendeskBackend &backend, User *user) {
    if (user->phone.isEmpty())
        return std::nullopt;
    if (backend.config.validatePhoneNumbers && !isE164ish(user->phone))
        return recordInvalid(
            QStringLiteral("phone"),
            QStringLiteral("Phone: %1 is not a valid phone number (use E.164, e.g. +15551234567)")
                .arg(user->phone),
            QStringLiteral("InvalidValue"));
    const QString digits = digitsOnly(user->phone);
    bool sharedByOthers = false;
    const QList<User> all = backend.store.users();
    for (const User &other : all) {
        if (other.id == user->id)
            continue;
        if (other.addedPhones.contains(user->phone, Qt::CaseInsensitive)
            || std::any_of(other.addedPhones.cbegin(), other.addedPhones.cend(),
                           [&digits](const QString &p) { return digitsOnly(p) == digits; }))
            return recordInvalid(
                QStringLiteral("phone"),
                QStringLiteral("Phone: %1 is already being used by another user").arg(user->phone),
                QStringLiteral("DuplicateValue"));
        if (digitsOnly(other.phone) != digits)
            continue;
        if (!other.sharedPhoneNumber)
            return recordInvalid(
                QStringLiteral("phone"),
                QStringLiteral("Phone: %1 is already being used by another user as a direct line")
                    .arg(user->phone),
                QStringLiteral("DuplicateValue"));
        sharedByOthers = true;
    }
    if (sharedByOthers)
        user->sharedPhoneNumber = true;
    return std::nullopt;
}

// Applies the writable fields of `input` to `user` and validates the result.
std::optional<HttpResponse> applyUserFields(const ZendeskBackend &backend, const QJsonObject &input,
                                            User *user) {
    if (input.contains(QLatin1String("name")))
        user->name = input.value(QLatin1String("name")).toString().trimmed();
    if (input.contains(QLatin1String("email")))
        user->email = input.value(QLatin1String("email")).toString().trimmed();
    if (input.contains(QLatin1String("phone")))
        user->phone = input.value(QLatin1String("phone")).toString().trimmed();
    if (input.contains(QLatin1String("shared_phone_number")))
        user->sharedPhoneNumber = input.value(QLatin1String("shared_phone_number")).toBool();
    if (input.contains(QLatin1String("external_id"))) {
        const QJsonValue externalId = input.value(QLatin1String("external_id"));
        user->externalId =
            externalId.isDouble() ? QString::number(externalId.toInteger()) : externalId.toString();
    }
    if (input.contains(QLatin1String("notes")))
        user->notes = input.value(QLatin1String("notes")).toString();
    if (input.contains(QLatin1String("role")))
        user->role = input.value(QLatin1String("role")).toString();

    if (user->name.isEmpty())
        return recordInvalid(QStringLiteral("name"),
                             QStringLiteral("Name: is too short (minimum is 1 character)"),
                             QStringLiteral("BlankValue"));
    if (user->role != QLatin1String("end-user") && user->role != QLatin1String("agent")
        && user->role != QLatin1String("admin"))
        return recordInvalid(QStringLiteral("role"), QStringLiteral("Role: is invalid"),
                             QStringLiteral("InvalidValue"));
    if (!user->email.isEmpty()) {
        if (!user->email.contains(QLatin1Char('@')))
            return recordInvalid(QStringLiteral("email"),
                                 QStringLiteral("Email: %1 is not properly formatted").arg(user->email),
                                 QStringLiteral("InvalidFormat"));
        const auto owner = backend.store.userByEmail(user->email);
        if (owner && owner->id != user->id)
            return recordInvalid(
                QStringLiteral("email"),
                QStringLiteral("Email: %1 is already being used by another user").arg(user->email),
                QStringLiteral("DuplicateValue"));
    }
    if (!user->externalId.isEmpty()) {
        const QList<User> owners = backend.store.usersByExternalId(user->externalId);
        for (const User &owner : owners) {
            if (owner.id != user->id)
                return recordInvalid(
                    QStringLiteral("external_id"),
                    QStringLiteral("External ID: %1 has already been taken").arg(user->externalId),
                    QStringLiteral("DuplicateValue"));
        }
    }
    return checkPhone(backend, user);
}

HttpResponse userResponse(const ZendeskBackend &backend, int status, const User &user) {
    HttpResponse response = HttpResponse::json(status, QJsonObject{{userKey, userJson(backend, user)}});
    if (status == 201)
        response.setHeader(QByteArrayLiteral("Location"),
                           userJson(backend, user).value(QLatin1String("url")).toString().toUtf8());
    return response;
}

HttpResponse createUser(ZendeskBackend &backend, const QJsonObject &input) {
    User user;
    if (auto error = applyUserFields(backend, input, &user))
        return *error;
    user.createdAt = backend.now();
    user.updatedAt = user.createdAt;
    user.id = backend.store.insertUser(user);
    return userResponse(backend, 201, user);
}

HttpResponse updateUser(ZendeskBackend &backend, User user, const QJsonObject &input) {
    if (auto error = applyUserFields(backend, input, &user))
        return *error;
    user.updatedAt = backend.now();
    backend.store.updateUser(user);
    return userResponse(backend, 200, user);
}

QJsonArray usersJson(const ZendeskBackend &backend, const QList<User> &users) {
    QJsonArray array;
    for (const User &user : users)
        array.append(userJson(backend, user));
    return array;
}

bool matchesUsersSearch(const User &user, const QString &query) {
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 ().-]+$"));
    const QString digits = digitsOnly(query);
    const QStringList phones = user.allPhones();
    const bool phoneMatch = phoneLike.match(query).hasMatch() && digits.size() >= 3
                            && std::any_of(phones.cbegin(), phones.cend(), [&digits](const QString &p) {
                                   return digitsOnly(p).contains(digits);
                               });
    return phoneMatch || user.name.contains(query, Qt::CaseInsensitive)
           || user.email.contains(query, Qt::CaseInsensitive)
           || user.notes.contains(query, Qt::CaseInsensitive) || user.externalId == query;
}

// POST users/{id}/identities {"identity": {"type": "phone_number", "value": …}}: one more number for the
// user. A number that is any user's already (main phone or added) is refused, as a direct line belongs to one
// user.
HttpResponse addIdentity(ZendeskBackend &backend, User user, const QJsonObject &input) {
    const QString type = input.value(QLatin1String("type")).toString();
    const QString value = input.value(QLatin1String("value")).toString().trimmed();
    if (type != QLatin1String("phone_number"))
        return recordInvalid(QStringLiteral("type"),
                             QStringLiteral("Type: only phone_number identities can be added here"),
                             QStringLiteral("InvalidValue"));
    if (value.isEmpty() || (backend.config.validatePhoneNumbers && !isE164ish(value)))
        return recordInvalid(
            QStringLiteral("value"),
            QStringLiteral("Value: %1 is not a valid phone number (use E.164, e.g. +15551234567)").arg(value),
            QStringLiteral("InvalidValue"));
    const QString digits = digitsOnly(value);
    const QList<User> all = backend.store.users();
    for (const User &owner : all) {
        const QStringList phones = owner.allPhones();
        if (std::any_of(phones.cbegin(), phones.cend(),
                        [&digits](const QString &p) { return digitsOnly(p) == digits; }))
            return recordInvalid(
                QStringLiteral("value"),
                owner.id == user.id
                    ? QStringLiteral("Value: %1 has already been taken").arg(value)
                    : QStringLiteral("Value: %1 is already being used by another user").arg(value),
                QStringLiteral("DuplicateValue"));
    }
    backend.store.addPhone(user.id, value);
    user.updatedAt = backend.now(); // the user changed: the search index lags behind again
    backend.store.updateUser(user);
    const QJsonArray identities = identitiesJson(backend, *backend.store.user(user.id));
    QJsonObject added;
    for (const QJsonValue &identity : identities) {
        if (identity.toObject().value(QLatin1String("value")).toString() == value)
            added = identity.toObject();
    }
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("identity"), added}});
}

} // namespace

void registerUserRoutes(RouteTable<ApiHandler> &routes, ZendeskBackend &backend) {
    ZendeskBackend *b = &backend;

    routes.add("GET", QStringLiteral("/api/v2/users/me"),
               [b](const ApiRequest &request) { return userResponse(*b, 200, request.me); });

    routes.add("GET", QStringLiteral("/api/v2/users/{id}"), [b](const ApiRequest &request) {
        const auto user = b->store.user(request.idParam(QStringLiteral("id")));
        return user ? userResponse(*b, 200, *user) : recordNotFound();
    });

    routes.add("GET", QStringLiteral("/api/v2/users"), [b](const ApiRequest &request) {
        const QString externalId = request.http.queryValue(QStringLiteral("external_id"));
        QList<User> users = externalId.isEmpty() ? b->store.users() : b->store.usersByExternalId(externalId);
        const QString role = request.http.queryValue(QStringLiteral("role"));
        if (!role.isEmpty())
            users.removeIf([&role](const User &user) { return user.role != role; });
        return pagedList(*b, request, QStringLiteral("users"), usersJson(*b, users));
    });

    // Backed by the search index like the Search API, so the index lag applies (except for ?external_id=).
    routes.add("GET", QStringLiteral("/api/v2/users/search"), [b](const ApiRequest &request) {
        const QString externalId = request.http.queryValue(QStringLiteral("external_id"));
        if (!externalId.isEmpty())
            return pagedList(*b, request, QStringLiteral("users"),
                             usersJson(*b, b->store.usersByExternalId(externalId)));
        const QString query = request.http.queryValue(QStringLiteral("query")).trimmed();
        if (query.isEmpty())
            return badRequest(QStringLiteral("InvalidParameter"),
                              QStringLiteral("query or external_id is required"));
        QList<User> users = b->store.users();
        users.removeIf([&](const User &user) {
            return !b->isIndexed(user.updatedAt) || !matchesUsersSearch(user, query);
        });
        return pagedList(*b, request, QStringLiteral("users"), usersJson(*b, users));
    });

    routes.add("POST", QStringLiteral("/api/v2/users"), [b](const ApiRequest &request) {
        if (!request.body.value(userKey).isObject())
            return badRequest(QStringLiteral("ParameterMissing"),
                              QStringLiteral("Parameter user is required"));
        return createUser(*b, request.body.value(userKey).toObject());
    });

    // Updates the user identified by email or external_id, or creates one (200 / 201).
    routes.add("POST", QStringLiteral("/api/v2/users/create_or_update"), [b](const ApiRequest &request) {
        if (!request.body.value(userKey).isObject())
            return badRequest(QStringLiteral("ParameterMissing"),
                              QStringLiteral("Parameter user is required"));
        const QJsonObject input = request.body.value(userKey).toObject();
        const QString email = input.value(QLatin1String("email")).toString();
        const QString externalId = input.value(QLatin1String("external_id")).toString();
        std::optional<User> existing = email.isEmpty() ? std::nullopt : b->store.userByEmail(email);
        if (!existing && !externalId.isEmpty()) {
            const QList<User> matches = b->store.usersByExternalId(externalId);
            if (!matches.isEmpty())
                existing = matches.first();
        }
        return existing ? updateUser(*b, *existing, input) : createUser(*b, input);
    });

    routes.add("PUT", QStringLiteral("/api/v2/users/{id}"), [b](const ApiRequest &request) {
        const auto user = b->store.user(request.idParam(QStringLiteral("id")));
        if (!user)
            return recordNotFound();
        if (!request.body.value(userKey).isObject())
            return badRequest(QStringLiteral("ParameterMissing"),
                              QStringLiteral("Parameter user is required"));
        return updateUser(*b, *user, request.body.value(userKey).toObject());
    });

    routes.add("POST", QStringLiteral("/api/v2/users/{id}/identities"), [b](const ApiRequest &request) {
        const auto user = b->store.user(request.idParam(QStringLiteral("id")));
        if (!user)
            return recordNotFound();
        if (!request.body.value(QLatin1String("identity")).isObject())
            return badRequest(QStringLiteral("ParameterMissing"),
                              QStringLiteral("Parameter identity is required"));
        return addIdentity(*b, *user, request.body.value(QLatin1String("identity")).toObject());
    });

    routes.add("GET", QStringLiteral("/api/v2/users/{id}/identities"), [b](const ApiRequest &request) {
        const auto user = b->store.user(request.idParam(QStringLiteral("id")));
        if (!user)
            return recordNotFound();
        const QStringList types = request.http.query.allQueryItemValues(QStringLiteral("type[]"));
        QJsonArray identities;
        const QJsonArray all = identitiesJson(*b, *user);
        for (const QJsonValue &identity : all) {
            if (types.isEmpty()
                || types.contains(identity.toObject().value(QLatin1String("type")).toString()))
                identities.append(identity);
        }
        return pagedList(*b, request, QStringLiteral("identities"), identities);
    });
}

} // namespace callbridge::sandbox::zendesk
