// Local Zendesk: auth, users, identities, error shapes.
#include "sandbox/zendesk/seed.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace callbridge::sandbox::testing;

namespace {

QJsonObject userBody(const QJsonObject &fields) {
    return QJsonObject{{QStringLiteral("user"), fields}};
}

QJsonObject firstPhoneProblem(const ApiReply &reply) {
    return reply.json.value(QLatin1String("details"))
        .toObject()
        .value(QLatin1String("phone"))
        .toArray()
        .at(0)
        .toObject();
}

} // namespace

TEST(ZendeskAuth, RejectsMissingOrWrongCredentialsWith401) {
    SandboxHarness harness;
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/users/me.json");
    spec.authorization.clear();
    EXPECT_EQ(harness.request(spec).status, 401);
    spec.authorization =
        RequestSpec::authorizationFor(QStringLiteral("agent@example.com"), QStringLiteral("wrong"));
    const ApiReply wrong = harness.request(spec);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.json.value(QLatin1String("error")).toString(),
              QStringLiteral("Couldn't authenticate you"));
    spec.authorization = "Basic " + QByteArray("agent@example.com:sandbox").toBase64(); // password auth
    EXPECT_EQ(harness.request(spec).status, 401);
}

TEST(ZendeskAuth, TokenActsAsTheNamedUserAndEndUsersAreForbidden) {
    SandboxHarness harness;
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/users/me");
    spec.authorization =
        RequestSpec::authorizationFor(QStringLiteral("ada@example.com"), QStringLiteral("sandbox"));
    const ApiReply me = harness.request(spec);
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toInteger(), 1001);
    spec.path = QStringLiteral("/api/v2/tickets/7001");
    const ApiReply forbidden = harness.request(spec);
    EXPECT_EQ(forbidden.status, 403);
    EXPECT_EQ(forbidden.json.value(QLatin1String("error")).toString(), QStringLiteral("Forbidden"));
}

TEST(ZendeskAuth, FlagsOverrideEmailAndToken) {
    auto config = SandboxHarness::defaultConfig();
    config.agentEmail = QStringLiteral("boss@corp.test");
    config.apiToken = QStringLiteral("s3cret");
    SandboxHarness harness(config);
    RequestSpec spec;
    spec.path = QStringLiteral("/api/v2/users/me");
    EXPECT_EQ(harness.request(spec).status, 401);
    spec.authorization =
        RequestSpec::authorizationFor(QStringLiteral("boss@corp.test"), QStringLiteral("s3cret"));
    const ApiReply me = harness.request(spec);
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toInteger(),
              zendesk::seed::agentId);
}

TEST(ZendeskUsers, MeIsTheDemoAgent) {
    SandboxHarness harness;
    const ApiReply me = harness.get(QStringLiteral("/api/v2/users/me.json"));
    ASSERT_EQ(me.status, 200);
    const QJsonObject user = me.json.value(QLatin1String("user")).toObject();
    EXPECT_EQ(user.value(QLatin1String("id")).toInteger(), 1000);
    EXPECT_EQ(user.value(QLatin1String("role")).toString(), QStringLiteral("agent"));
    EXPECT_EQ(user.value(QLatin1String("email")).toString(), QStringLiteral("agent@example.com"));
}

TEST(ZendeskUsers, ShowReturnsTheUserOrRecordNotFound) {
    SandboxHarness harness;
    const ApiReply ada = harness.get(QStringLiteral("/api/v2/users/1001"));
    EXPECT_EQ(ada.status, 200);
    EXPECT_EQ(ada.json.value(QLatin1String("user")).toObject().value(QLatin1String("phone")).toString(),
              QStringLiteral("+1 (555) 010-0001"));
    const ApiReply missing = harness.get(QStringLiteral("/api/v2/users/424242.json"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.json, (QJsonObject{{QStringLiteral("error"), QStringLiteral("RecordNotFound")},
                                         {QStringLiteral("description"), QStringLiteral("Not found")}}));
    EXPECT_EQ(
        harness.get(QStringLiteral("/api/v2/no_such_thing")).json.value(QLatin1String("error")).toString(),
        QStringLiteral("InvalidEndpoint"));
}

TEST(ZendeskUsers, CreateReturns201WithLocationAndEndUserRole) {
    SandboxHarness harness;
    const ApiReply created =
        harness.post(QStringLiteral("/api/v2/users.json"),
                     userBody({{QStringLiteral("name"), QStringLiteral("Caller +15551234567")},
                               {QStringLiteral("phone"), QStringLiteral("+15551234567")}}));
    ASSERT_EQ(created.status, 201);
    const QJsonObject user = created.json.value(QLatin1String("user")).toObject();
    const qint64 id = user.value(QLatin1String("id")).toInteger();
    EXPECT_GT(id, 1007);
    EXPECT_EQ(user.value(QLatin1String("role")).toString(), QStringLiteral("end-user"));
    EXPECT_FALSE(user.value(QLatin1String("shared_phone_number")).toBool());
    EXPECT_TRUE(
        created.header("Location").endsWith(QStringLiteral("/api/v2/users/%1.json").arg(id).toUtf8()));
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/%1").arg(id)).status, 200);
}

TEST(ZendeskUsers, NameIsRequired) {
    SandboxHarness harness;
    const ApiReply reply =
        harness.post(QStringLiteral("/api/v2/users"),
                     userBody({{QStringLiteral("phone"), QStringLiteral("+15551234567")}}));
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(reply.json.value(QLatin1String("error")).toString(), QStringLiteral("RecordInvalid"));
    EXPECT_TRUE(reply.json.value(QLatin1String("details")).toObject().contains(QLatin1String("name")));
}

TEST(ZendeskUsers, PhoneMustBeE164WhenValidationIsOn) {
    SandboxHarness harness;
    const QJsonObject body = userBody({{QStringLiteral("name"), QStringLiteral("Local")},
                                       {QStringLiteral("phone"), QStringLiteral("555 0100")}});
    const ApiReply rejected = harness.post(QStringLiteral("/api/v2/users"), body);
    EXPECT_EQ(rejected.status, 422);
    EXPECT_EQ(firstPhoneProblem(rejected).value(QLatin1String("error")).toString(),
              QStringLiteral("InvalidValue"));

    QString error;
    ASSERT_TRUE(harness.zendesk().applyConfig({{QStringLiteral("validatePhoneNumbers"), false}}, &error));
    EXPECT_EQ(harness.post(QStringLiteral("/api/v2/users"), body).status, 201);
}

TEST(ZendeskUsers, AnotherUsersDirectLineIsRejectedButASharedNumberIsShared) {
    SandboxHarness harness;
    const ApiReply duplicate =
        harness.post(QStringLiteral("/api/v2/users"),
                     userBody({{QStringLiteral("name"), QStringLiteral("Copycat")},
                               {QStringLiteral("phone"), QStringLiteral("+1 555 010 0001")}}));
    EXPECT_EQ(duplicate.status, 422);
    EXPECT_EQ(duplicate.json.value(QLatin1String("description")).toString(),
              QStringLiteral("Record validation errors"));
    EXPECT_EQ(firstPhoneProblem(duplicate).value(QLatin1String("error")).toString(),
              QStringLiteral("DuplicateValue"));

    const ApiReply shared =
        harness.post(QStringLiteral("/api/v2/users"),
                     userBody({{QStringLiteral("name"), QStringLiteral("Third sharer")},
                               {QStringLiteral("phone"), QStringLiteral("+15550100003")}}));
    ASSERT_EQ(shared.status, 201);
    EXPECT_TRUE(shared.json.value(QLatin1String("user"))
                    .toObject()
                    .value(QLatin1String("shared_phone_number"))
                    .toBool());
}

TEST(ZendeskUsers, UpdateChangesFieldsAndValidates) {
    SandboxHarness harness;
    harness.advance(30);
    const ApiReply updated =
        harness.put(QStringLiteral("/api/v2/users/1007.json"),
                    userBody({{QStringLiteral("phone"), QStringLiteral("+15559990000")},
                              {QStringLiteral("name"), QStringLiteral("Grace B. Hopper")}}));
    ASSERT_EQ(updated.status, 200);
    const QJsonObject user = updated.json.value(QLatin1String("user")).toObject();
    EXPECT_EQ(user.value(QLatin1String("phone")).toString(), QStringLiteral("+15559990000"));
    EXPECT_EQ(user.value(QLatin1String("name")).toString(), QStringLiteral("Grace B. Hopper"));
    EXPECT_EQ(user.value(QLatin1String("updated_at")).toString(), QStringLiteral("2026-03-02T09:00:30Z"));
    EXPECT_EQ(harness
                  .put(QStringLiteral("/api/v2/users/1007"),
                       userBody({{QStringLiteral("phone"), QStringLiteral("+15550100002")}}))
                  .status,
              422);
    EXPECT_EQ(harness
                  .put(QStringLiteral("/api/v2/users/999999"),
                       userBody({{QStringLiteral("name"), QStringLiteral("x")}}))
                  .status,
              404);
}

TEST(ZendeskUsers, ExternalIdIsUniqueAndLookedUpWithoutSearch) {
    SandboxHarness harness;
    const ApiReply found = harness.get(QStringLiteral("/api/v2/users.json?external_id=crm-1006"));
    ASSERT_EQ(found.status, 200);
    const QJsonArray users = found.json.value(QLatin1String("users")).toArray();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.at(0).toObject().value(QLatin1String("id")).toInteger(), 1006);
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users?external_id=nobody"))
                  .json.value(QLatin1String("users"))
                  .toArray()
                  .size(),
              0);

    const ApiReply duplicate =
        harness.post(QStringLiteral("/api/v2/users"),
                     userBody({{QStringLiteral("name"), QStringLiteral("Dup")},
                               {QStringLiteral("external_id"), QStringLiteral("crm-1006")}}));
    EXPECT_EQ(duplicate.status, 422);
    EXPECT_TRUE(
        duplicate.json.value(QLatin1String("details")).toObject().contains(QLatin1String("external_id")));

    // Freshly created users are found by external_id at once (no index lag).
    ASSERT_EQ(harness
                  .post(QStringLiteral("/api/v2/users"),
                        userBody({{QStringLiteral("name"), QStringLiteral("New")},
                                  {QStringLiteral("external_id"), QStringLiteral("tel:+15557770000")}}))
                  .status,
              201);
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users?external_id=tel%3A%2B15557770000"))
                  .json.value(QLatin1String("count"))
                  .toInt(),
              1);
}

TEST(ZendeskUsers, UsersSearchMatchesPartialNameEmailAndPhone) {
    SandboxHarness harness;
    const auto ids = [&harness](const QString &query) {
        QList<qint64> out;
        const QJsonArray users = harness.get(QStringLiteral("/api/v2/users/search.json?query=") + query)
                                     .json.value(QLatin1String("users"))
                                     .toArray();
        for (const QJsonValue &user : users)
            out.append(user.toObject().value(QLatin1String("id")).toInteger());
        return out;
    };
    EXPECT_EQ(ids(QStringLiteral("lovel")), QList<qint64>{1001});
    EXPECT_EQ(ids(QStringLiteral("brian%40example")), QList<qint64>{1002});
    EXPECT_EQ(ids(QStringLiteral("5557611")), QList<qint64>{1006});
    EXPECT_EQ(ids(QStringLiteral("%2B44%2020%207946")), QList<qint64>{1005});
}

TEST(ZendeskUsers, IdentitiesListEmailAndPhone) {
    SandboxHarness harness;
    const ApiReply all = harness.get(QStringLiteral("/api/v2/users/1002/identities.json"));
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(all.json.value(QLatin1String("identities")).toArray().size(), 2);
    const ApiReply phones =
        harness.get(QStringLiteral("/api/v2/users/1002/identities?type%5B%5D=phone_number"));
    const QJsonArray list = phones.json.value(QLatin1String("identities")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("value")).toString(), QStringLiteral("+15550100002"));
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("user_id")).toInteger(), 1002);
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/99999/identities")).status, 404);
}

TEST(ZendeskUsers, CreateOrUpdateMatchesByExternalId) {
    SandboxHarness harness;
    const QJsonObject body = userBody({{QStringLiteral("name"), QStringLiteral("Caller")},
                                       {QStringLiteral("external_id"), QStringLiteral("tel:+15553330000")},
                                       {QStringLiteral("phone"), QStringLiteral("+15553330000")}});
    const ApiReply first = harness.post(QStringLiteral("/api/v2/users/create_or_update"), body);
    EXPECT_EQ(first.status, 201);
    const ApiReply second = harness.post(QStringLiteral("/api/v2/users/create_or_update"), body);
    EXPECT_EQ(second.status, 200);
    EXPECT_EQ(first.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")),
              second.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")));
}

namespace {
QJsonObject phoneIdentity(const QString &value) {
    return QJsonObject{
        {QStringLiteral("identity"), QJsonObject{{QStringLiteral("type"), QStringLiteral("phone_number")},
                                                 {QStringLiteral("value"), value}}}};
}
} // namespace

TEST(ZendeskUsers, AddedPhoneIdentityIsListedAndFoundByPhoneSearch) {
    SandboxHarness harness; // index lag 60 s
    const ApiReply added = harness.post(QStringLiteral("/api/v2/users/1002/identities"),
                                        phoneIdentity(QStringLiteral("+15550177001")));
    ASSERT_EQ(added.status, 201) << added.body.toStdString();
    const QJsonObject identity = added.json.value(QLatin1String("identity")).toObject();
    EXPECT_EQ(identity.value(QLatin1String("type")).toString(), QStringLiteral("phone_number"));
    EXPECT_EQ(identity.value(QLatin1String("value")).toString(), QStringLiteral("+15550177001"));
    EXPECT_FALSE(identity.value(QLatin1String("primary")).toBool(true));

    const QJsonArray phones =
        harness.get(QStringLiteral("/api/v2/users/1002/identities?type%5B%5D=phone_number"))
            .json.value(QLatin1String("identities"))
            .toArray();
    ASSERT_EQ(phones.size(), 2);
    EXPECT_EQ(phones.at(1).toObject().value(QLatin1String("value")).toString(),
              QStringLiteral("+15550177001"));
    // The main phone stays; the user changed, so search sees the new number once the index has caught up.
    const QJsonObject user =
        harness.get(QStringLiteral("/api/v2/users/1002")).json.value(QLatin1String("user")).toObject();
    EXPECT_EQ(user.value(QLatin1String("phone")).toString(), QStringLiteral("+15550100002"));
    const QString query = QStringLiteral("/api/v2/search?query=role%3Aend-user%20phone%3A*5550177001");
    EXPECT_TRUE(harness.get(query).json.value(QLatin1String("results")).toArray().isEmpty());
    harness.advance(60);
    const QJsonArray found = harness.get(query).json.value(QLatin1String("results")).toArray();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).toObject().value(QLatin1String("id")).toInteger(), 1002);
}

TEST(ZendeskUsers, PhoneIdentityTakenByAnyUserIsRefused) {
    SandboxHarness harness;
    const ApiReply othersMain = harness.post(QStringLiteral("/api/v2/users/1002/identities"),
                                             phoneIdentity(QStringLiteral("+1 555 010 0001")));
    EXPECT_EQ(othersMain.status, 422);
    EXPECT_EQ(othersMain.json.value(QLatin1String("details"))
                  .toObject()
                  .value(QLatin1String("value"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("error"))
                  .toString(),
              QStringLiteral("DuplicateValue"));
    ASSERT_EQ(harness
                  .post(QStringLiteral("/api/v2/users/1002/identities"),
                        phoneIdentity(QStringLiteral("+15550177002")))
                  .status,
              201);
    EXPECT_EQ(harness
                  .post(QStringLiteral("/api/v2/users/1002/identities"),
                        phoneIdentity(QStringLiteral("+15550177002")))
                  .status,
              422); // twice for the same user
    // A new user cannot take an added number as their direct line either.
    const ApiReply newUser =
        harness.post(QStringLiteral("/api/v2/users"),
                     QJsonObject{{QStringLiteral("user"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Late")},
                                              {QStringLiteral("phone"), QStringLiteral("+15550177002")}}}});
    EXPECT_EQ(newUser.status, 422);
    EXPECT_EQ(harness
                  .post(QStringLiteral("/api/v2/users/99999/identities"),
                        phoneIdentity(QStringLiteral("+15550177003")))
                  .status,
              404);
}
