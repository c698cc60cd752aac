#include "ui/origin.h"

#include <gtest/gtest.h>

using callbridge::ui::Origin;

TEST(Origin, HttpsWithDefaultPortEqualsExplicitPort) {
    EXPECT_EQ(Origin::fromString(QStringLiteral("https://Agents.Example.com")),
              Origin::fromString(QStringLiteral("https://agents.example.com:443/callbridge/")));
    EXPECT_EQ(Origin::fromString(QStringLiteral("https://agents.example.com")).toString(),
              QStringLiteral("https://agents.example.com"));
}

TEST(Origin, SchemeHostAndPortAllMatter) {
    const Origin https = Origin::fromString(QStringLiteral("https://example.com"));
    EXPECT_NE(https, Origin::fromString(QStringLiteral("http://example.com")));
    EXPECT_NE(https, Origin::fromString(QStringLiteral("https://example.com:8443")));
    EXPECT_NE(https, Origin::fromString(QStringLiteral("https://sub.example.com")));
    EXPECT_EQ(Origin::fromString(QStringLiteral("http://127.0.0.1:8080/x")).toString(),
              QStringLiteral("http://127.0.0.1:8080"));
}

TEST(Origin, NonWebUrlsAreInvalidAndMatchNothing) {
    for (const char *text : {"data:text/html,hi", "file:///etc/passwd", "about:blank", "qrc:/x.html",
                             "javascript:alert(1)", "", "https://"}) {
        const Origin origin = Origin::fromString(QString::fromLatin1(text));
        EXPECT_FALSE(origin.isValid()) << text;
        EXPECT_NE(origin, Origin::fromString(QStringLiteral("https://example.com"))) << text;
    }
}
