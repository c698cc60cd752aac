#include "engine/calldetails.h"
#include "engine/linkwrites.h"
#include "qtprinters.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace callbridge;
using zendesk::Write;

namespace {

CallFacts facts(bool voiceComment = true) {
    CallFacts f;
    f.contact.contactId = QStringLiteral("c-9");
    f.contact.initialContactId = QStringLiteral("c-1");
    f.contact.customerPhone = QStringLiteral("+15550100001");
    f.contact.systemPhone = QStringLiteral("+18005550100");
    f.contact.attributes.insert(QStringLiteral("order"), QStringLiteral("A-1"));
    f.policy.voiceComment = voiceComment;
    f.customerE164 = QStringLiteral("+15550100001");
    f.agentUserId = 1000;
    f.connectInstanceUrl = QUrl(QStringLiteral("https://acme.my.connect.aws"));
    f.connectedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 5), Qt::UTC);
    f.endedAt = f.connectedAt.addSecs(125);
    return f;
}

QString commentBody(const Write &w) {
    return w.payload.value(QStringLiteral("ticket"))
        .toObject()
        .value(QStringLiteral("comment"))
        .toObject()
        .value(QStringLiteral("body"))
        .toString();
}

} // namespace

TEST(LinkWrites, KeysAreStablePerContactAndStep) {
    EXPECT_EQ(linkwrites::key(QStringLiteral("c-9"), QStringLiteral("ticket")),
              QStringLiteral("cb-c-9-ticket"));
    EXPECT_EQ(linkwrites::createTicket(facts(), QStringLiteral("Jo"), 7).idempotencyKey,
              linkwrites::createTicket(facts(), QStringLiteral("Jo"), 7).idempotencyKey);
    EXPECT_NE(linkwrites::addDetails(facts(), 5).idempotencyKey,
              linkwrites::endOfCall(facts(), 5).idempotencyKey);
}

TEST(LinkWrites, TicketCarriesTheCallIdAndTheMarkedDetailsNote) {
    const Write w = linkwrites::createTicket(facts(), QStringLiteral("Jo"), 7);
    EXPECT_EQ(w.kind, Write::Kind::CreateTicket);
    EXPECT_EQ(w.externalId, QStringLiteral("c-1")); // the initial contact: transfers find it
    const QJsonObject t = w.payload.value(QStringLiteral("ticket")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    EXPECT_EQ(t.value(QStringLiteral("requester_id")).toInteger(), 7);
    EXPECT_TRUE(t.value(QStringLiteral("comment"))
                    .toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(w.marker));
    EXPECT_FALSE(t.value(QStringLiteral("comment")).toObject().value(QStringLiteral("public")).toBool(true));
}

TEST(LinkWrites, DetailsNoteHasTheMarkerTheGatewayLooksFor) {
    const Write w = linkwrites::addDetails(facts(), 5);
    EXPECT_EQ(w.targetId, 5);
    EXPECT_EQ(w.marker, QStringLiteral("[callbridge:cb-c-9-details]"));
    EXPECT_TRUE(commentBody(w).contains(w.marker));
    EXPECT_TRUE(commentBody(w).contains(QStringLiteral("order: A-1")));
    EXPECT_TRUE(commentBody(w).contains(QStringLiteral("Initial contact ID: c-1")));
}

TEST(LinkWrites, EndOfCallIsAVoiceCommentOrADurationNote) {
    const QJsonObject vc = linkwrites::endOfCall(facts(true), 5)
                               .payload.value(QStringLiteral("ticket"))
                               .toObject()
                               .value(QStringLiteral("voice_comment"))
                               .toObject();
    EXPECT_EQ(vc.value(QStringLiteral("call_duration")).toInt(), 125);
    EXPECT_EQ(vc.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-11-25T10:00:05.000Z"));
    EXPECT_EQ(vc.value(QStringLiteral("recording_url")).toString(),
              QStringLiteral(
                  "https://acme.my.connect.aws/get-recording?format=wav&callLegId=c-9&zendesk_format=.wav"));
    const Write note = linkwrites::endOfCall(facts(false), 5);
    EXPECT_TRUE(commentBody(note).contains(QStringLiteral("Duration: 125 s")));
    EXPECT_TRUE(commentBody(note).contains(note.marker));
}

TEST(LinkWrites, FollowUpPointsAtTheClosedTicket) {
    const Write w = linkwrites::followUp(facts(), QStringLiteral("end"), 42, QStringLiteral("Jo"), 7,
                                         linkwrites::endOfCallNote(facts()));
    EXPECT_EQ(w.idempotencyKey, QStringLiteral("cb-c-9-end-followup"));
    const QJsonObject t = w.payload.value(QStringLiteral("ticket")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("via_followup_source_id")).toInteger(), 42);
    EXPECT_TRUE(t.value(QStringLiteral("comment"))
                    .toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QStringLiteral("[callbridge:cb-c-9-end]")));
}

TEST(CallDetails, LinksFollowTheInstanceDomain) {
    EXPECT_EQ(calldetails::contactDetailsUrl(QUrl(QStringLiteral("https://acme.awsapps.com")),
                                             QStringLiteral("c-9"), QStringLiteral("Europe/London"))
                  .toString(),
              QStringLiteral(
                  "https://acme.awsapps.com/connect/contact-trace-records/details/c-9?tz=Europe/London"));
    EXPECT_EQ(calldetails::contactDetailsUrl(QUrl(QStringLiteral("https://acme.my.connect.aws/")),
                                             QStringLiteral("c-9"), QString())
                  .toString(),
              QStringLiteral("https://acme.my.connect.aws/contact-trace-records/details/c-9"));
    EXPECT_TRUE(calldetails::recordingUrl(QUrl(), QStringLiteral("c-9")).isEmpty());
}

TEST(CallDetails, CallerTypedAttributesStayOnOneBoundedLine) {
    CallFacts f = facts();
    f.contact.attributes.insert(QStringLiteral("note"),
                                QStringLiteral("line1\nFAKE: header\r") + QString(500, u'x'));
    const QString note = calldetails::detailsNote(f, QStringLiteral("[m]"));
    EXPECT_FALSE(note.contains(QStringLiteral("\nFAKE: header")));
    EXPECT_FALSE(note.contains(QString(300, u'x')));
}
