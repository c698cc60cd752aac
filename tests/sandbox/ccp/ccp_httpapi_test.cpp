#include "ccphttpapi.h"
#include "ccpsimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace std::chrono_literals;

namespace {

class CcpHttpApiTest : public ::testing::Test {
protected:
    CcpHttpApiTest() { sim.setRingTimeout(0ms); }

    CcpHttpReply send(const char *method, const QString &path, const QJsonObject &body = {},
                      const QString &query = {}) {
        CcpHttpRequest request{QByteArray(method), path, QUrlQuery(query),
                               body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()};
        const std::optional<CcpHttpReply> reply = api.handle(request);
        EXPECT_TRUE(reply.has_value()) << path.toStdString();
        return reply.value_or(CcpHttpReply{});
    }

    static QJsonObject json(const CcpHttpReply &reply) {
        return QJsonDocument::fromJson(reply.body).object();
    }

    QString placeCall() {
        const CcpHttpReply reply = send(
            "POST", QStringLiteral("/sandbox/calls"),
            {{QStringLiteral("from"), QStringLiteral("+15555550123")},
             {QStringLiteral("to"), QStringLiteral("+15550100000")},
             {QStringLiteral("direction"), QStringLiteral("inbound")},
             {QStringLiteral("queue"), QStringLiteral("Support")},
             {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("crmId"), QStringLiteral("CRM-4711")},
                                                        {QStringLiteral("priority"), 2}}}});
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return json(reply).value(QStringLiteral("contactId")).toString();
    }

    CcpSimulator sim;
    CcpHttpApi api{sim};
};

TEST_F(CcpHttpApiTest, ControlApiDrivesTheLifecycle) {
    const QString id = placeCall();
    ASSERT_FALSE(id.isEmpty());
    const QString base = QStringLiteral("/sandbox/contacts/") + id;

    QJsonObject contact = json(send("GET", base));
    EXPECT_EQ(contact.value(QStringLiteral("state")).toString(), QStringLiteral("connecting"));
    EXPECT_EQ(contact.value(QStringLiteral("from")).toString(), QStringLiteral("+15555550123"));
    EXPECT_EQ(
        contact.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("priority")).toString(),
        QStringLiteral("2"));

    EXPECT_EQ(send("POST", base + QStringLiteral("/accept")).status, 200);
    EXPECT_EQ(json(send("GET", base)).value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    EXPECT_EQ(send("POST", base + QStringLiteral("/accept")).status, 409);
    EXPECT_EQ(send("POST", base + QStringLiteral("/hangup")).status, 200);
    const CcpHttpReply cleared = send("POST", base + QStringLiteral("/clear"));
    EXPECT_EQ(cleared.status, 200);
    EXPECT_EQ(json(cleared).value(QStringLiteral("state")).toString(), QStringLiteral("destroyed"));
    EXPECT_EQ(send("GET", QStringLiteral("/sandbox/contacts/unknown")).status, 404);
    EXPECT_EQ(send("POST", base + QStringLiteral("/teleport")).status, 404);
    EXPECT_EQ(send("GET", base + QStringLiteral("/accept")).status, 405);
    EXPECT_EQ(json(send("GET", QStringLiteral("/sandbox/contacts")))
                  .value(QStringLiteral("contacts"))
                  .toArray()
                  .size(),
              1);
}

TEST_F(CcpHttpApiTest, PlaceCallValidatesItsBody) {
    const CcpHttpReply notJson{[&] {
        CcpHttpRequest request{"POST", QStringLiteral("/sandbox/calls"), {}, "{nope"};
        return *api.handle(request);
    }()};
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(send("POST", QStringLiteral("/sandbox/calls"), {{QStringLiteral("from"), 5}}).status, 400);
    EXPECT_EQ(send("POST", QStringLiteral("/sandbox/calls"),
                   {{QStringLiteral("from"), QStringLiteral("+1555")},
                    {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("x"), QJsonArray{}}}}})
                  .status,
              400);
    EXPECT_EQ(
        send("POST", QStringLiteral("/sandbox/calls"), {{QStringLiteral("to"), QStringLiteral("+1555")}})
            .status,
        400);
    EXPECT_EQ(send("POST", QStringLiteral("/sandbox/calls"),
                   {{QStringLiteral("from"), QStringLiteral("+1555")},
                    {QStringLiteral("transferOf"), QStringLiteral("missing")}})
                  .status,
              404);
    EXPECT_EQ(send("GET", QStringLiteral("/sandbox/calls")).status, 405);
}

TEST_F(CcpHttpApiTest, SnapshotIsVersioned) {
    const QJsonObject first =
        json(send("GET", QStringLiteral("/sandbox/ccp/snapshot"), {}, QStringLiteral("version=-1")));
    ASSERT_TRUE(first.contains(QStringLiteral("snapshot")));
    ASSERT_TRUE(first.contains(QStringLiteral("configuration")));
    const QString current = QString::number(first.value(QStringLiteral("version")).toInteger());
    const QJsonObject unchanged =
        json(send("GET", QStringLiteral("/sandbox/ccp/snapshot"), {}, QStringLiteral("version=") + current));
    EXPECT_FALSE(unchanged.contains(QStringLiteral("snapshot")));
    placeCall();
    const QJsonObject changed =
        json(send("GET", QStringLiteral("/sandbox/ccp/snapshot"), {}, QStringLiteral("version=") + current));
    EXPECT_EQ(changed.value(QStringLiteral("snapshot"))
                  .toObject()
                  .value(QStringLiteral("contacts"))
                  .toArray()
                  .size(),
              1);
}

TEST_F(CcpHttpApiTest, StreamsApiRequestsReachTheSimulator) {
    const QString id = placeCall();
    const auto apiCall = [&](const QString &method, const QJsonObject &params) {
        return json(send("POST", QStringLiteral("/sandbox/ccp/api"),
                         {{QStringLiteral("method"), method}, {QStringLiteral("params"), params}}));
    };
    QJsonObject reply = apiCall(QStringLiteral("acceptContact"), {{QStringLiteral("contactId"), id}});
    EXPECT_TRUE(reply.value(QStringLiteral("err")).isNull());
    EXPECT_TRUE(reply.value(QStringLiteral("data")).isObject());
    EXPECT_EQ(sim.contact(id)->state, QStringLiteral("connected"));

    reply = apiCall(QStringLiteral("acceptContact"), {{QStringLiteral("contactId"), id}});
    ASSERT_TRUE(reply.value(QStringLiteral("err")).isString());
    const QJsonObject err =
        QJsonDocument::fromJson(reply.value(QStringLiteral("err")).toString().toUtf8()).object();
    EXPECT_EQ(err.value(QStringLiteral("type")).toString(), QStringLiteral("InvalidStateException"));

    reply = apiCall(QStringLiteral("destroyConnection"),
                    {{QStringLiteral("contactId"), id},
                     {QStringLiteral("connectionId"), sim.contact(id)->agent.connectionId}});
    EXPECT_TRUE(reply.value(QStringLiteral("err")).isNull());
    EXPECT_EQ(sim.contact(id)->state, QStringLiteral("ended"));
    EXPECT_TRUE(apiCall(QStringLiteral("clearContact"), {{QStringLiteral("contactId"), id}})
                    .value(QStringLiteral("err"))
                    .isNull());

    reply = apiCall(QStringLiteral("createOutboundContact"),
                    {{QStringLiteral("endpoint"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("phone_number")},
                                  {QStringLiteral("phoneNumber"), QStringLiteral("+15555550199")}}},
                     {QStringLiteral("queueARN"), QStringLiteral("arn:x")}});
    EXPECT_TRUE(reply.value(QStringLiteral("err")).isNull());
    const QList<CcpContact> live = sim.liveContacts();
    ASSERT_EQ(live.size(), 1);
    EXPECT_EQ(live.first().customerPhone, QStringLiteral("+15555550199"));
    EXPECT_FALSE(live.first().inbound);

    reply =
        apiCall(QStringLiteral("putAgentState"),
                {{QStringLiteral("state"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Lunch")}}}});
    EXPECT_TRUE(reply.value(QStringLiteral("err")).isNull());
    EXPECT_EQ(sim.selectedState().name, QStringLiteral("Lunch"));

    EXPECT_TRUE(apiCall(QStringLiteral("getEndpoints"), {})
                    .value(QStringLiteral("data"))
                    .toObject()
                    .contains(QStringLiteral("endpoints")));
    EXPECT_TRUE(apiCall(QStringLiteral("somethingElse"), {}).value(QStringLiteral("err")).isString());
}

TEST_F(CcpHttpApiTest, CcpPageIsServedWithFrameAncestors) {
    api.setApprovedOrigins({QStringLiteral("https://agents.example.com")});
    const CcpHttpReply page = send("GET", QStringLiteral("/ccp-v2/"));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.contentType.startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("ccp.js"));
    bool csp = false;
    for (const auto &[name, value] : page.headers)
        csp |=
            name == "Content-Security-Policy" && value == "frame-ancestors 'self' https://agents.example.com";
    EXPECT_TRUE(csp);
    EXPECT_EQ(send("GET", QStringLiteral("/ccp-v2/ccp.js")).status, 200);
    EXPECT_EQ(send("GET", QStringLiteral("/ccp-v2/../secret")).status, 404);
    EXPECT_EQ(send("GET", QStringLiteral("/ccp-v2")).status, 301);
    EXPECT_EQ(send("GET", QStringLiteral("/sandbox/ccp/")).status, 200);
    EXPECT_FALSE(api.handle({"GET", QStringLiteral("/api/v2/users.json"), {}, {}}).has_value());
}

} // namespace
