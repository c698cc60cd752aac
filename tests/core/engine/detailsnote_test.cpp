// The details note: which attributes it lists, what it redacts, how large it gets, and how it names claims.
#include "engine/calldetails.h"

#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

CallFacts inboundCall(const QHash<QString, QString> &attributes) {
    CallFacts f;
    f.contact.contactId = q("c-1");
    f.contact.initialContactId = q("c-1");
    f.contact.direction = CallDirection::Inbound;
    f.contact.customerPhone = q("+15550100001");
    f.contact.attributes = attributes;
    f.customerE164 = q("+15550100001");
    return f;
}

const QString kMarker = q("[callbridge:c-1/details]");

} // namespace

TEST(DetailsNote, RedactsSecretNamesAndCardNumbersAndSaysWhich) {
    const QString note =
        calldetails::detailsNote(inboundCall({{q("pin"), q("4321")},
                                              {q("card_number"), q("4111111111111111")},
                                              {q("reason"), q("card 4111 1111 1111 1111 lost")},
                                              {q("keyword"), q("billing")}}),
                                 kMarker);
    EXPECT_FALSE(note.contains(q("4321")));
    EXPECT_FALSE(note.contains(q("4111")));
    EXPECT_TRUE(note.contains(q("  pin: [redacted]\n"))) << note.toStdString();
    EXPECT_TRUE(note.contains(q("  card_number: [redacted]\n")));
    EXPECT_TRUE(note.contains(q("  reason: card [redacted] lost\n")));
    EXPECT_TRUE(note.contains(q("  keyword: billing\n")));
    EXPECT_TRUE(note.contains(q("Redacted by Callbridge: card_number, pin, reason\n")));
    EXPECT_TRUE(note.endsWith(kMarker));
}

TEST(DetailsNote, AnAllowListShowsOnlyTheListedAttributes) {
    CallFacts f = inboundCall({{q("crmId"), q("CRM-1")}, {q("reason"), q("private")}, {q("pin"), q("1")}});
    bool ok = false;
    f.policy.noteAttributes = parseNoteAttributeRule(q("crmId, pin"), &ok);
    ASSERT_TRUE(ok);
    const QString note = calldetails::detailsNote(f, kMarker);
    EXPECT_TRUE(note.contains(q("  crmId: CRM-1\n")));
    EXPECT_TRUE(note.contains(q("  pin: [redacted]\n")));
    EXPECT_FALSE(note.contains(q("reason")));
    EXPECT_FALSE(note.contains(q("private")));
}

TEST(DetailsNote, NeverExceedsTheCommentSizeAndSaysHowManyWereCut) {
    QHash<QString, QString> attributes;
    for (int i = 0; i < 100; ++i) // 100 attributes of 200 three-byte characters: about 60 KB of values
        attributes.insert(
            QStringLiteral("attribute_%1_%2").arg(i, 3, 10, QLatin1Char('0')).arg(QString(60, u'n')),
            QString(300, QChar(0x20AC)));
    const QString note = calldetails::detailsNote(inboundCall(attributes), kMarker);
    EXPECT_LE(note.toUtf8().size(), calldetails::kMaxCommentBytes);
    EXPECT_TRUE(note.contains(q(" more\n"))) << note.right(300).toStdString();
    EXPECT_TRUE(note.contains(q("attribute_000_")));
    EXPECT_TRUE(note.endsWith(kMarker)); // the marker that finds the write again is never cut
}

TEST(DetailsNote, NamesTheCallerIdAndTheAttributesAsClaims) {
    const QString note = calldetails::detailsNote(inboundCall({{q("customer_name"), q("Ada")}}), kMarker);
    EXPECT_TRUE(note.contains(q("Caller ID (unverified): +15550100001"))) << note.toStdString();
    EXPECT_TRUE(note.contains(q("claims, not verified")));
    const QString end = calldetails::endOfCallNote(inboundCall({}), kMarker);
    EXPECT_TRUE(end.contains(q("Call from +15550100001 (caller ID, unverified) to"))) << end.toStdString();
}
