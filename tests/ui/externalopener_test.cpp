#include "ui/externalopener.h"

#include <QList>
#include <gtest/gtest.h>

using callbridge::ui::ExternalOpener;

TEST(ExternalOpener, OpensHttpAndHttpsOnly) {
    QList<QUrl> launched;
    const ExternalOpener opener([&launched](const QUrl &url) {
        launched << url;
        return true;
    });
    EXPECT_TRUE(opener.open(QUrl(QStringLiteral("https://www.example.org/help"))));
    EXPECT_TRUE(opener.open(QUrl(QStringLiteral("HTTP://www.example.org/"))));
    for (const char *refused :
         {"file:///etc/passwd", "smb://server/share/setup.exe", "javascript:alert(1)", "data:text/html,x",
          "mailto:a@example.com", "tel:+15551234567", "ms-msdt:/id PCWDiagnostic", "nextcloud://open",
          "ftp://example.org/", "https://user:pass@example.org/", "https:///nohost", "", "not a url"}) {
        EXPECT_FALSE(opener.open(QUrl(QString::fromLatin1(refused)))) << refused;
    }
    ASSERT_EQ(launched.size(), 2);
    EXPECT_EQ(launched.at(0), QUrl(QStringLiteral("https://www.example.org/help")));
}

TEST(ExternalOpener, ReportsALauncherFailure) {
    const ExternalOpener opener([](const QUrl &) { return false; });
    EXPECT_FALSE(opener.open(QUrl(QStringLiteral("https://www.example.org/"))));
}

TEST(ExternalOpener, OpensAtMostThreeUrlsInTenSecondsAcrossItsCopies) {
    qint64 now = 0;
    int launched = 0;
    const ExternalOpener opener(
        [&launched](const QUrl &) {
            ++launched;
            return true;
        },
        [&now] { return now; });
    const ExternalOpener popupCopy = opener; // a popup page's policies hold a copy
    const QUrl url(QStringLiteral("https://www.example.org/help"));
    EXPECT_TRUE(opener.open(url));
    EXPECT_TRUE(popupCopy.open(url));
    EXPECT_TRUE(opener.open(url));
    EXPECT_FALSE(popupCopy.open(url));
    EXPECT_FALSE(opener.open(url));
    EXPECT_EQ(launched, 3);
    now = ExternalOpener::kWindowMs;
    EXPECT_TRUE(opener.open(url));
    EXPECT_EQ(launched, 4);
}
