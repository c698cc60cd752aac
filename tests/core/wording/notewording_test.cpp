#include "model/decisionphrases.h"
#include "wording/notewording.h"

#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST(NoteWording, EnglishNeedsNoCatalogueAndIsTheDefault) {
    const NoteWording english;
    EXPECT_EQ(english.language(), q("en"));
    const Phrase p = Phrase::of(phrases::kIvrTicketOtherUser, {7001});
    EXPECT_EQ(english(p), q("IVR ticket #7001 belongs to another user"));
    const std::optional<NoteWording> en = NoteWording::forLanguage(q("en_GB"));
    ASSERT_TRUE(en);
    EXPECT_EQ((*en)(p), english(p));
}

TEST(NoteWording, EveryCatalogueCompiledIntoCoreIsOffered) {
    EXPECT_EQ(NoteWording::languages(), (QStringList{q("en"), q("de"), q("es"), q("fr")}));
}

// Each catalogue words the templates in its language and keeps the values: the notes and the journal of a
// German team are German whatever language the agent's window is in.
TEST(NoteWording, EachLanguageWordsTheTemplatesAndKeepsTheValues) {
    const Phrase reason =
        Phrase::joined(Phrase::of(phrases::kIvrTicketOtherUser, {7001}),
                       Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR asked for a new ticket")));
    for (const char *language : {"de", "fr", "es"}) {
        const std::optional<NoteWording> wording = NoteWording::forLanguage(q(language));
        ASSERT_TRUE(wording) << language;
        EXPECT_EQ(wording->language(), q(language));
        const QString worded = (*wording)(reason);
        EXPECT_NE(worded, reason.english()) << language;
        EXPECT_TRUE(worded.contains(q("7001"))) << worded.toStdString();
        EXPECT_FALSE(worded.contains(q("belongs to another user"))) << worded.toStdString();
        EXPECT_FALSE(worded.contains(u'%')) << worded.toStdString();
    }
}

TEST(NoteWording, ARegionalVariantFallsBackToItsLanguage) {
    const std::optional<NoteWording> swiss = NoteWording::forLanguage(q("fr_CH"));
    const std::optional<NoteWording> french = NoteWording::forLanguage(q("fr"));
    ASSERT_TRUE(swiss && french);
    const Phrase p = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR asked for a new ticket"));
    EXPECT_EQ((*swiss)(p), (*french)(p));
}

TEST(NoteWording, ALanguageWithoutACatalogueIsRefusedWithTheOnesThereAre) {
    QString error;
    EXPECT_FALSE(NoteWording::forLanguage(q("xx"), &error));
    EXPECT_TRUE(error.contains(q("\"xx\""))) << error.toStdString();
    EXPECT_TRUE(error.contains(q("en, de, es, fr"))) << error.toStdString();
}
