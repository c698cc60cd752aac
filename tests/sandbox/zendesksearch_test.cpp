// Local Zendesk: the Search API subset and the search index lag.
#include "sandbox/zendesk/searchquery.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace callbridge::sandbox;
using namespace callbridge::sandbox::testing;

namespace {

ApiReply search(SandboxHarness &harness, const QString &query, const QString &extra = {}) {
    return harness.get(QStringLiteral("/api/v2/search.json?query=")
                       + QString::fromLatin1(QUrl::toPercentEncoding(query)) + extra);
}

QList<qint64> resultIds(const ApiReply &reply) {
    QList<qint64> out;
    const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &result : results)
        out.append(result.toObject().value(QLatin1String("id")).toInteger());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(SearchQuery, PhoneStarMeansAnyFormatSuffixAndNoStarMeansExactDigits) {
    EXPECT_TRUE(zendesk::phoneMatches(QStringLiteral("+1 (513) 555-7611"), QStringLiteral("*5135557611")));
    EXPECT_TRUE(zendesk::phoneMatches(QStringLiteral("513.555.7611"), QStringLiteral("*5135557611")));
    EXPECT_FALSE(zendesk::phoneMatches(QStringLiteral("+1 (513) 555-7611"), QStringLiteral("5135557611")));
    EXPECT_TRUE(zendesk::phoneMatches(QStringLiteral("+1 (513) 555-7611"), QStringLiteral("15135557611")));
    EXPECT_FALSE(zendesk::phoneMatches(QStringLiteral("+1 (513) 555-7612"), QStringLiteral("*5135557611")));
    EXPECT_FALSE(zendesk::phoneMatches(QString(), QStringLiteral("*1")));
}

TEST(SearchQuery, ParsesOperatorsQuotesAndNegation) {
    const auto query =
        zendesk::SearchQuery::parse(QStringLiteral("type:ticket status<closed -tags:vip \"two words\""));
    ASSERT_EQ(query.terms().size(), 4);
    EXPECT_EQ(query.terms().at(1).op, QStringLiteral("<"));
    EXPECT_TRUE(query.terms().at(2).negated);
    EXPECT_EQ(query.terms().at(3).value, QStringLiteral("two words"));
    EXPECT_TRUE(query.wantsTickets());
    EXPECT_FALSE(query.wantsUsers());
}

TEST(ZendeskSearch, PhoneSearchMatchesDigitsInAnyFormat) {
    SandboxHarness harness;
    const ApiReply frank = search(harness, QStringLiteral("role:end-user phone:*5135557611"));
    ASSERT_EQ(frank.status, 200);
    EXPECT_EQ(resultIds(frank), QList<qint64>{1006});
    EXPECT_EQ(frank.json.value(QLatin1String("results"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("result_type"))
                  .toString(),
              QStringLiteral("user"));
    // Without "*" the digits must match exactly: the stored number has the country code.
    EXPECT_TRUE(resultIds(search(harness, QStringLiteral("phone:5135557611"))).isEmpty());
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("phone:15135557611"))), QList<qint64>{1006});
    // "+1 (555) 010-0001" and "+15550100002" are both found by their national digits.
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:user phone:*5550100001"))), QList<qint64>{1001});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:user phone:*5550100002"))), QList<qint64>{1002});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:user phone:*5550100003"))),
              (QList<qint64>{1003, 1004}));
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("phone:*2079460958"))), QList<qint64>{1005});
}

TEST(ZendeskSearch, RoleAndTypeFilters) {
    SandboxHarness harness;
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("role:agent"))), QList<qint64>{1000});
    const ApiReply endUsers = search(harness, QStringLiteral("type:user role:end-user"));
    EXPECT_EQ(endUsers.json.value(QLatin1String("count")).toInt(), 7);
    const ApiReply tickets = search(harness, QStringLiteral("type:ticket"));
    EXPECT_EQ(tickets.json.value(QLatin1String("count")).toInt(), 6);
    EXPECT_EQ(tickets.json.value(QLatin1String("results"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("result_type"))
                  .toString(),
              QStringLiteral("ticket"));
}

TEST(ZendeskSearch, RequesterAndStatusFilters) {
    SandboxHarness harness;
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:ticket requester_id:1001 status<closed"))),
              (QList<qint64>{7001, 7002}));
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:ticket requester_id:1001 status:open"))),
              QList<qint64>{7001});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:ticket status<solved"))),
              (QList<qint64>{7001, 7004, 7006}));
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:ticket status>=solved requester_id:1005"))),
              QList<qint64>{7005});
}

TEST(ZendeskSearch, ExternalIdAndFreeText) {
    SandboxHarness harness;
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("external_id:seed-contact-7004"))),
              QList<qint64>{7004});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:user external_id:crm-1006"))),
              QList<qint64>{1006});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("lovelace"))), QList<qint64>{1001});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:ticket roaming"))), QList<qint64>{7005});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("grace@example.com"))), QList<qint64>{1007});
}

TEST(ZendeskSearch, SortsByUpdatedAt) {
    SandboxHarness harness;
    const ApiReply reply = search(harness, QStringLiteral("type:ticket requester_id:1001"),
                                  QStringLiteral("&sort_by=updated_at&sort_order=desc"));
    QList<qint64> order;
    const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &result : results)
        order.append(result.toObject().value(QLatin1String("id")).toInteger());
    EXPECT_EQ(order, (QList<qint64>{7002, 7001, 7003}));
}

TEST(ZendeskSearch, AtMost100PerPageAndNothingPast1000Results) {
    SandboxHarness harness;
    const ApiReply small = search(harness, QStringLiteral("type:user"), QStringLiteral("&per_page=3"));
    EXPECT_EQ(small.json.value(QLatin1String("results")).toArray().size(), 3);
    EXPECT_EQ(small.json.value(QLatin1String("count")).toInt(), 8);
    EXPECT_FALSE(small.json.value(QLatin1String("next_page")).toString().isEmpty());
    EXPECT_EQ(search(harness, QStringLiteral("type:user"), QStringLiteral("&per_page=500"))
                  .json.value(QLatin1String("results"))
                  .toArray()
                  .size(),
              8);
    EXPECT_EQ(search(harness, QStringLiteral("type:user"), QStringLiteral("&page=10&per_page=100")).status,
              200);
    EXPECT_EQ(search(harness, QStringLiteral("type:user"), QStringLiteral("&page=11&per_page=100")).status,
              422);
    EXPECT_EQ(search(harness, QStringLiteral("type:user"), QStringLiteral("&page=35&per_page=30")).status,
              422);
}

TEST(ZendeskSearch, NewRecordsAreInvisibleToSearchUntilIndexed) {
    SandboxHarness harness; // index lag 60 s
    const ApiReply created =
        harness.post(QStringLiteral("/api/v2/users"),
                     QJsonObject{{QStringLiteral("user"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Fresh Caller")},
                                              {QStringLiteral("phone"), QStringLiteral("+15554443333")}}}});
    ASSERT_EQ(created.status, 201);
    const qint64 id =
        created.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toInteger();

    EXPECT_TRUE(resultIds(search(harness, QStringLiteral("phone:*5554443333"))).isEmpty());
    EXPECT_TRUE(harness.get(QStringLiteral("/api/v2/users/search?query=Fresh"))
                    .json.value(QLatin1String("users"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/%1").arg(id)).status,
              200); // show is not search based

    harness.advance(59);
    EXPECT_TRUE(resultIds(search(harness, QStringLiteral("phone:*5554443333"))).isEmpty());
    harness.advance(1);
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("phone:*5554443333"))), QList<qint64>{id});

    // An updated ticket drops out of search for the lag, but not out of show/list.
    ASSERT_EQ(harness
                  .put(QStringLiteral("/api/v2/tickets/7001"),
                       QJsonObject{{QStringLiteral("ticket"),
                                    QJsonObject{{QStringLiteral("priority"), QStringLiteral("high")}}}})
                  .status,
              200);
    EXPECT_TRUE(
        resultIds(search(harness, QStringLiteral("type:ticket requester_id:1001 status:open"))).isEmpty());
    EXPECT_EQ(harness.get(QStringLiteral("/api/v2/users/1001/tickets/requested"))
                  .json.value(QLatin1String("count"))
                  .toInt(),
              3);
}

TEST(ZendeskSearch, ZeroLagMeansImmediatelySearchable) {
    auto config = SandboxHarness::defaultConfig();
    config.indexLagSeconds = 0;
    SandboxHarness harness(config);
    ASSERT_EQ(harness
                  .post(QStringLiteral("/api/v2/users"),
                        QJsonObject{{QStringLiteral("user"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Now")},
                                                 {QStringLiteral("phone"), QStringLiteral("+15554440000")}}}})
                  .status,
              201);
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("phone:*5554440000"))).size(), 1);
}

TEST(ZendeskSearch, CommentSearchFindsTicketsWhoseCommentsContainTheText) {
    SandboxHarness harness; // index lag 60 s
    ASSERT_EQ(harness
                  .put(QStringLiteral("/api/v2/tickets/7002"),
                       QJsonObject{{QStringLiteral("ticket"),
                                    QJsonObject{{QStringLiteral("comment"),
                                                 QJsonObject{{QStringLiteral("body"),
                                                              QStringLiteral("Contact ID: 3f1c-aa-77")},
                                                             {QStringLiteral("public"), false}}}}}})
                  .status,
              200);
    const QString query = QStringLiteral("type:ticket comment:\"3f1c-aa-77\"");
    EXPECT_TRUE(resultIds(search(harness, query)).isEmpty()); // the index lags behind the new comment
    harness.advance(60);
    EXPECT_EQ(resultIds(search(harness, query)), QList<qint64>{7002});
    EXPECT_EQ(resultIds(search(harness, QStringLiteral("type:ticket \"3f1c-aa-77\""))), QList<qint64>{7002});
    EXPECT_TRUE(resultIds(search(harness, QStringLiteral("type:ticket comment:\"nowhere-said\""))).isEmpty());
}
