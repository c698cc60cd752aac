// "Test connection": one users/me read, and its answer in words an admin can act on.
#include "zendesk/connectioncheck.h"
#include "zendesktestsupport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <gtest/gtest.h>

using namespace callbridge::zendesk;
using namespace callbridge::zendesk::test;
using namespace Qt::StringLiterals;

namespace {

class ConnectionCheckTest : public ::testing::Test {
protected:
    Harness h;
    QObject context;

    ConnectionCheck check(const QUrl &baseUrl) {
        ClientConfig config = Harness::defaultConfig(baseUrl);
        std::optional<ConnectionCheck> result;
        checkConnection(config, h.time, h.time, &context,
                        [&result](const ConnectionCheck &c) { result = c; });
        EXPECT_TRUE(waitFor(result));
        return result.value_or(ConnectionCheck{});
    }
    ConnectionCheck answer(CannedResponse response) {
        h.server.enqueue(std::move(response));
        return check(h.server.baseUrl());
    }
};

QJsonObject me(const QString &name, const QString &role) {
    return {{u"user"_s,
             QJsonObject{
                 {u"id"_s, 7}, {u"name"_s, name}, {u"email"_s, u"ann@acme.example"_s}, {u"role"_s, role}}}};
}

} // namespace

TEST_F(ConnectionCheckTest, AnAgentIsNamedWithRoleAndHost) {
    const ConnectionCheck c = answer(CannedResponse::json(200, me(u"Ann Agent"_s, u"agent"_s)));
    EXPECT_TRUE(c.ok);
    EXPECT_EQ(c.summary, u"Ann Agent, agent, 127.0.0.1"_s);
    ASSERT_EQ(h.server.requestCount(), 1);
    EXPECT_EQ(h.server.requests().first().path(), u"/api/v2/users/me"_s);
    EXPECT_TRUE(h.server.requests().first().header("authorization").startsWith("Basic "));
}

TEST_F(ConnectionCheckTest, BadCredentialsSay401AndWhatToCheck) {
    const ConnectionCheck c =
        answer(CannedResponse::json(401, {{u"error"_s, u"Couldn't authenticate you"_s}}));
    EXPECT_FALSE(c.ok);
    EXPECT_TRUE(c.summary.contains(u"refused the credentials (401)"_s)) << c.summary.toStdString();
    EXPECT_TRUE(c.summary.contains(u"API token"_s));
    EXPECT_FALSE(c.summary.contains(u"s3cr3t-token"_s));
    EXPECT_EQ(h.server.requestCount(), 1); // never resent
}

TEST_F(ConnectionCheckTest, AnEndUserIsRefusedWhether403OrSignedIn) {
    const ConnectionCheck forbidden = answer(CannedResponse::json(403, {{u"error"_s, u"Forbidden"_s}}));
    EXPECT_FALSE(forbidden.ok);
    EXPECT_TRUE(forbidden.summary.contains(u"(403)"_s)) << forbidden.summary.toStdString();
    EXPECT_TRUE(forbidden.summary.contains(u"not an end user"_s));
    const ConnectionCheck endUser = answer(CannedResponse::json(200, me(u"Carl Caller"_s, u"end-user"_s)));
    EXPECT_FALSE(endUser.ok);
    EXPECT_EQ(endUser.summary,
              u"Carl Caller is an end user at 127.0.0.1: Callbridge needs an agent or admin account"_s);
}

TEST_F(ConnectionCheckTest, AWrongUrlSaysThereIsNoZendeskThere) {
    const ConnectionCheck c = answer(CannedResponse::json(404, {{u"error"_s, u"InvalidEndpoint"_s}}));
    EXPECT_TRUE(c.summary.startsWith(u"no Zendesk API at 127.0.0.1 (404)"_s)) << c.summary.toStdString();
}

TEST_F(ConnectionCheckTest, NobodyListeningIsUnreachable) {
    const QUrl url = h.server.baseUrl();
    h.server.stopListening();
    const ConnectionCheck c = check(url);
    EXPECT_FALSE(c.ok);
    EXPECT_TRUE(c.summary.startsWith(u"127.0.0.1 is unreachable: "_s)) << c.summary.toStdString();
}

TEST_F(ConnectionCheckTest, AServerThatSpeaksNoTlsIsATlsError) {
    // Answers plain HTTP to the TLS handshake, as a misconfigured proxy or port would.
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost));
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    const ConnectionCheck c = check(QUrl(u"https://127.0.0.1:%1"_s.arg(plain.serverPort())));
    EXPECT_FALSE(c.ok);
    EXPECT_TRUE(c.summary.startsWith(u"TLS error with 127.0.0.1: "_s)) << c.summary.toStdString();
}

TEST(ConnectionCheckWords, ARefusedConfigurationIsExplainedAsIs) {
    Error refused;
    refused.kind = ErrorKind::Refused;
    refused.message = u"Zendesk base URL must use https (plain http only to a loopback host)"_s;
    const ConnectionCheck c = describeSignIn(u"acme.zendesk.com"_s, Result<User>::failure(refused), false);
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.summary, refused.message);
}
