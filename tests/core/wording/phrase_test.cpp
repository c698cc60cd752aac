#include "wording/phrase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

// A stand-in catalogue: every template in capitals, the placeholders kept.
QString shouting(const QString &source) {
    return source.toUpper();
}

} // namespace

TEST(Phrase, ValuesAreSubstitutedIntoTheTemplateInOnePass) {
    const Phrase p =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reused #%1: updated %2 min ago, within %3"), {102, 4, 15});
    EXPECT_EQ(p.english(), q("reused #102: updated 4 min ago, within 15"));
    // A value that holds a placeholder is shown as it is, never substituted again.
    const Phrase typed = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 to %2"), {q("%2"), q("x")});
    EXPECT_EQ(typed.english(), q("%2 to x"));
}

TEST(Phrase, APlaceholderWithoutAValueStaysAsWritten) {
    EXPECT_EQ(Phrase::of("%1 and %2", {q("one")}).english(), q("one and %2"));
    EXPECT_EQ(Phrase::of("100% sure, %1", {q("yes")}).english(), q("100% sure, yes"));
}

TEST(Phrase, NestedPhrasesAreWordedWithTheSameCatalogueAndValuesAreNot) {
    const Phrase how = Phrase::of("phone %1", {q("+15550100001")});
    const Phrase reason = Phrase::joined(Phrase::of("known caller via %1", {how}), Phrase::of("new ticket"));
    EXPECT_EQ(reason.english(), q("known caller via phone +15550100001; new ticket"));
    EXPECT_EQ(reason.worded(shouting), q("KNOWN CALLER VIA PHONE +15550100001; NEW TICKET"));
    const Phrase value(q("caller typed this"));
    EXPECT_EQ(value.worded(shouting), q("caller typed this"));
}

TEST(Phrase, ATemplateTheCatalogueLacksIsWordedInEnglish) {
    const Phrase p = Phrase::of("IVR asked for a new ticket");
    EXPECT_EQ(p.worded([](const QString &) { return QString(); }), q("IVR asked for a new ticket"));
}

TEST(Phrase, JoinedLeavesOutAnEmptySide) {
    const Phrase a = Phrase::of("a");
    EXPECT_EQ(Phrase::joined(a, {}), a);
    EXPECT_EQ(Phrase::joined({}, a), a);
    EXPECT_TRUE(Phrase::joined({}, {}).isEmpty());
}

TEST(Phrase, MentionsFindsATemplateAtAnyDepthButNotInValues) {
    const Phrase shared = Phrase::of("%1 (%2 users share it)", {Phrase::of("phone %1", {q("+1555")}), 2});
    const Phrase reason =
        Phrase::joined(Phrase::of("known caller via %1", {shared}), Phrase::of("new ticket"));
    EXPECT_TRUE(reason.mentions(u"%1 (%2 users share it)"));
    EXPECT_TRUE(reason.mentions(u"phone %1"));
    EXPECT_FALSE(reason.mentions(u"+1555"));
    EXPECT_FALSE(Phrase(q("%1 (%2 users share it)")).mentions(u"%1 (%2 users share it)"));
}

TEST(Phrase, JsonRoundTripKeepsTemplatesValuesAndNesting) {
    const Phrase p = Phrase::of("%1 failed (%2): %3",
                                {Phrase::of("reading IVR ticket #%1", {7001}), q("server"), q("HTTP 503")});
    const QByteArray json = QJsonDocument(p.toJson().toObject()).toJson(QJsonDocument::Compact);
    const Phrase back = Phrase::fromJson(QJsonDocument::fromJson(json).object());
    EXPECT_EQ(back, p);
    EXPECT_TRUE(back.isTemplate());
    EXPECT_EQ(back.english(), q("reading IVR ticket #7001 failed (server): HTTP 503"));

    const Phrases list{p, Phrase(q("a value"))};
    EXPECT_EQ(phrasesFromJson(phrasesToJson(list)), list);
    EXPECT_EQ(englishOf(list).last(), q("a value"));
}

TEST(Phrase, MalformedJsonBecomesAValueOrNothingNeverACrash) {
    EXPECT_TRUE(Phrase::fromJson(QJsonValue()).isEmpty());
    EXPECT_FALSE(Phrase::fromJson(QJsonValue(42)).isTemplate());
    EXPECT_TRUE(Phrase::fromJson(QJsonObject{{q("a"), q("no template")}}).isEmpty());
    EXPECT_TRUE(phrasesFromJson(QJsonValue(q("not an array"))).isEmpty());
}
