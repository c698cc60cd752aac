// The sandbox's HTTP layer: router, async answers, static files, loopback rules, flags.
#include "sandbox/http/routetable.h"
#include "sandbox/sandboxapp.h"
#include "sandboxharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace callbridge::sandbox::testing;

TEST(RouteTable, MostSpecificPatternWinsAndCapturesParameters) {
    RouteTable<int> table;
    table.add("GET", QStringLiteral("/api/v2/*"), 1);
    table.add("GET", QStringLiteral("/api/v2/users/{id}"), 2);
    table.add("GET", QStringLiteral("/api/v2/users/me"), 3);
    table.add("POST", QStringLiteral("/api/v2/users"), 4);

    const auto me = table.match("GET", QStringLiteral("/api/v2/users/me"));
    ASSERT_TRUE(me);
    EXPECT_EQ(me->handler, 3);
    const auto user = table.match("GET", QStringLiteral("/api/v2/users/42"));
    ASSERT_TRUE(user);
    EXPECT_EQ(user->handler, 2);
    EXPECT_EQ(user->params.value(QStringLiteral("id")), QStringLiteral("42"));
    const auto rest = table.match("GET", QStringLiteral("/api/v2/tickets/1/comments"));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->params.value(QStringLiteral("*")), QStringLiteral("tickets/1/comments"));

    RouteTable<int>::Miss miss{};
    EXPECT_FALSE(table.match("DELETE", QStringLiteral("/api/v2/users"), &miss));
    EXPECT_EQ(miss, RouteTable<int>::Miss::MethodNotAllowed);
    EXPECT_FALSE(table.match("GET", QStringLiteral("/elsewhere"), &miss));
    EXPECT_EQ(miss, RouteTable<int>::Miss::NotFound);
}

TEST(SandboxServer, AnswersSynchronousAndDelayedRoutesOverOneConnection) {
    SandboxHarness harness;
    harness.server().route("GET", QStringLiteral("/sandbox/echo/{word}"), [](const HttpRequest &request) {
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("word"), request.pathParams.value(QStringLiteral("word"))},
                             {QStringLiteral("q"), request.queryValue(QStringLiteral("page[size]"))}});
    });
    QObject context;
    harness.server().routeAsync("GET", QStringLiteral("/sandbox/slow"),
                                [&context](const HttpRequest &, HttpResponder responder) {
                                    QTimer::singleShot(150, &context, [responder] {
                                        responder.send(HttpResponse::text(202, QByteArrayLiteral("late")));
                                    });
                                });

    const ApiReply echo = harness.control("GET", QStringLiteral("/sandbox/echo/hello?page%5Bsize%5D=3"));
    EXPECT_EQ(echo.status, 200);
    EXPECT_EQ(echo.json.value(QLatin1String("word")).toString(), QStringLiteral("hello"));
    EXPECT_EQ(echo.json.value(QLatin1String("q")).toString(), QStringLiteral("3"));

    QElapsedTimer timer;
    timer.start();
    const ApiReply slow = harness.control("GET", QStringLiteral("/sandbox/slow"));
    EXPECT_EQ(slow.status, 202);
    EXPECT_EQ(slow.body, QByteArrayLiteral("late"));
    EXPECT_GE(timer.elapsed(), 140);
}

TEST(SandboxServer, UnknownPathIs404AndWrongMethodIs405) {
    SandboxHarness harness;
    EXPECT_EQ(harness.control("GET", QStringLiteral("/nothing/here")).status, 404);
    EXPECT_EQ(harness.control("DELETE", QStringLiteral("/sandbox/zendesk/stats")).status, 405);
}

TEST(SandboxServer, ServesStaticFilesWithoutEscapingTheDirectory) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile index(dir.filePath(QStringLiteral("index.html")));
    ASSERT_TRUE(index.open(QIODevice::WriteOnly));
    index.write("<html>ccp</html>");
    index.close();
    QFile script(dir.filePath(QStringLiteral("app.js")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("var x = 1;");
    script.close();

    SandboxHarness harness;
    harness.server().serveStatic(QStringLiteral("/ccp-v2/"), dir.path());
    const ApiReply page = harness.control("GET", QStringLiteral("/ccp-v2/"));
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.body, QByteArrayLiteral("<html>ccp</html>"));
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    const ApiReply js = harness.control("GET", QStringLiteral("/ccp-v2/app.js"));
    EXPECT_EQ(js.status, 200);
    EXPECT_TRUE(js.header("Content-Type").startsWith("text/javascript"));
    EXPECT_EQ(harness.control("GET", QStringLiteral("/ccp-v2/missing.js")).status, 404);
    EXPECT_EQ(harness.control("GET", QStringLiteral("/ccp-v2/%2E%2E/%2E%2E/etc/passwd")).status, 404);
}

TEST(SandboxServer, RefusesNonLoopbackAddresses) {
    SandboxServer server;
    EXPECT_FALSE(server.listen(QHostAddress(QStringLiteral("0.0.0.0")), 0));
    EXPECT_TRUE(server.errorString().contains(QLatin1String("non-loopback")));
    EXPECT_TRUE(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    EXPECT_NE(server.port(), 0);
    EXPECT_EQ(server.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
}

TEST(SandboxArguments, ParsesEveryFlag) {
    SandboxOptions options;
    QString error;
    const QStringList arguments = {QStringLiteral("callbridge-sandbox"),
                                   QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("--ephemeral"),
                                   QStringLiteral("--data-dir"),
                                   QStringLiteral("/tmp/x"),
                                   QStringLiteral("--index-lag"),
                                   QStringLiteral("5"),
                                   QStringLiteral("--rate-limit"),
                                   QStringLiteral("100"),
                                   QStringLiteral("--fault-rate"),
                                   QStringLiteral("0.25"),
                                   QStringLiteral("--fault-kinds"),
                                   QStringLiteral("429,reset"),
                                   QStringLiteral("--latency-ms"),
                                   QStringLiteral("20"),
                                   QStringLiteral("--jitter-ms"),
                                   QStringLiteral("10"),
                                   QStringLiteral("--seed"),
                                   QStringLiteral("99"),
                                   QStringLiteral("--email"),
                                   QStringLiteral("a@b.c"),
                                   QStringLiteral("--token"),
                                   QStringLiteral("t0k")};
    ASSERT_TRUE(parseSandboxArguments(arguments, &options, &error)) << qPrintable(error);
    EXPECT_TRUE(options.ephemeral);
    EXPECT_EQ(options.port, 0);
    EXPECT_EQ(options.dataDir, QStringLiteral("/tmp/x"));
    EXPECT_EQ(options.zendesk.indexLagSeconds, 5);
    EXPECT_EQ(options.zendesk.rateLimitPerMinute, 100);
    EXPECT_DOUBLE_EQ(options.zendesk.faultRate, 0.25);
    EXPECT_EQ(options.zendesk.faultKinds, (QStringList{QStringLiteral("429"), QStringLiteral("reset")}));
    EXPECT_EQ(options.zendesk.latencyMs, 20);
    EXPECT_EQ(options.zendesk.jitterMs, 10);
    EXPECT_EQ(options.zendesk.seed, 99u);
    EXPECT_EQ(options.zendesk.agentEmail, QStringLiteral("a@b.c"));
    EXPECT_EQ(options.zendesk.apiToken, QStringLiteral("t0k"));
}

TEST(SandboxArguments, RejectsNonLoopbackAndBadValues) {
    SandboxOptions options;
    QString error;
    EXPECT_FALSE(parseSandboxArguments(
        {QStringLiteral("x"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:80")}, &options, &error));
    EXPECT_TRUE(error.contains(QLatin1String("non-loopback")));
    EXPECT_FALSE(parseSandboxArguments(
        {QStringLiteral("x"), QStringLiteral("--fault-rate"), QStringLiteral("2")}, &options, &error));
    EXPECT_FALSE(parseSandboxArguments(
        {QStringLiteral("x"), QStringLiteral("--fault-kinds"), QStringLiteral("boom")}, &options, &error));
}

TEST(Sandbox, StartsWithADataDirAndKeepsStateAcrossRestarts) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SandboxOptions options;
    options.dataDir = dir.path();
    QString error;
    {
        Sandbox sandbox;
        ASSERT_TRUE(sandbox.start(options, &error)) << qPrintable(error);
        zendesk::User user;
        user.name = QStringLiteral("Persisted");
        user.createdAt = QDateTime::currentDateTimeUtc();
        user.updatedAt = user.createdAt;
        sandbox.zendesk().store().insertUser(user);
    }
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("zendesk.sqlite"))));
    Sandbox again;
    ASSERT_TRUE(again.start(options, &error)) << qPrintable(error);
    const QList<zendesk::User> users = again.zendesk().store().users();
    EXPECT_TRUE(std::any_of(users.begin(), users.end(), [](const zendesk::User &user) {
        return user.name == QLatin1String("Persisted");
    }));
}
