#include "ui/logtext.h"

#include <gtest/gtest.h>

using callbridge::ui::escapedForLog;

TEST(LogText, ControlAndBidiCharactersAreEscaped) {
    EXPECT_EQ(escapedForLog(QStringLiteral("plain"), 100), QStringLiteral("plain"));
    EXPECT_EQ(escapedForLog(QStringLiteral("two\nlines\r\tx"), 100), QStringLiteral("two\\nlines\\r\\tx"));
    EXPECT_EQ(escapedForLog(QStringLiteral("a\\nb"), 100), QStringLiteral("a\\\\nb")); // no forged escapes
    EXPECT_EQ(escapedForLog(QString::fromUtf16(u"user \u202Egnp.exe"), 100),
              QStringLiteral("user \\u202egnp.exe"));
    EXPECT_EQ(escapedForLog(QString::fromUtf16(u"\u2066x\u2069\u200F\u061C"), 100),
              QStringLiteral("\\u2066x\\u2069\\u200f\\u061c"));
    EXPECT_EQ(escapedForLog(QString::fromUtf16(u"bell\u0007 ls\u2028ps\u2029"), 100),
              QStringLiteral("bell\\u0007 ls\\u2028ps\\u2029"));
    EXPECT_EQ(escapedForLog(QString::fromUtf16(u"Zürich ✓"), 100), QString::fromUtf16(u"Zürich ✓"));
    EXPECT_EQ(escapedForLog(QString(10, u'z'), 4), QString::fromUtf16(u"zzzz\u2026"));
}
