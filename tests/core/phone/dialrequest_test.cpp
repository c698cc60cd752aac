#include "phone/dialrequest.h"

#include <gtest/gtest.h>

using namespace callbridge;

TEST(DialRequest, TelAndCalltoArgumentsGiveTheNumber) {
    EXPECT_EQ(dialRequestFromArgument(QStringLiteral("tel:+442071234567")), QStringLiteral("+442071234567"));
    EXPECT_EQ(dialRequestFromArgument(QStringLiteral("TEL:+44 20 7123 4567")),
              QStringLiteral("+44 20 7123 4567"));
    EXPECT_EQ(dialRequestFromArgument(QStringLiteral("callto://+15550100001")),
              QStringLiteral("+15550100001"));
    EXPECT_EQ(dialRequestFromArgument(QStringLiteral("callto:+1 (555) 010-0001")),
              QStringLiteral("+1 (555) 010-0001"));
    EXPECT_EQ(dialRequestFromArgument(QStringLiteral("tel:%2B442071234567;phone-context=example.com")),
              QStringLiteral("+442071234567"));
}

TEST(DialRequest, AnythingElseIsNotADialRequest) {
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("+442071234567")));
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("https://example.com")));
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("tel:")));
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("tel:12")));
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("tel:javascript:alert(1)")));
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("tel:+44<script>")));
    EXPECT_FALSE(dialRequestFromArgument(QStringLiteral("tel:") + QString(40, u'1')));
}

TEST(DialRequest, TheFirstDialRequestAmongArgumentsWins) {
    EXPECT_EQ(dialRequestFromArguments({QStringLiteral("--x"), QStringLiteral("tel:+15550100001"),
                                        QStringLiteral("tel:+15550100002")}),
              QStringLiteral("+15550100001"));
    EXPECT_FALSE(dialRequestFromArguments({QStringLiteral("--settings"), QStringLiteral("a.ini")}));
}
