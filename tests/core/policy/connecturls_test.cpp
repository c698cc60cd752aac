// Where the Connect instance serves the softphone and the contact pages: one rule for the UI and the notes.
#include "policy/connecturls.h"

#include <gtest/gtest.h>

using namespace callbridge;

TEST(ConnectUrls, BothInstanceUrlFormsWithAndWithoutTrailingSlashes) {
    const struct {
        const char *instanceUrl;
        const char *base;
        const char *ccp;
    } rows[] = {
        {"https://acme.awsapps.com", "https://acme.awsapps.com/connect",
         "https://acme.awsapps.com/connect/ccp-v2/"},
        {"https://acme.awsapps.com/", "https://acme.awsapps.com/connect",
         "https://acme.awsapps.com/connect/ccp-v2/"},
        {"https://acme.awsapps.com/connect", "https://acme.awsapps.com/connect",
         "https://acme.awsapps.com/connect/ccp-v2/"},
        {"https://acme.awsapps.com/connect/", "https://acme.awsapps.com/connect",
         "https://acme.awsapps.com/connect/ccp-v2/"},
        {"https://acme.awsapps.com/connect/ccp-v2/", "https://acme.awsapps.com/connect",
         "https://acme.awsapps.com/connect/ccp-v2/"},
        {"https://acme.my.connect.aws", "https://acme.my.connect.aws", "https://acme.my.connect.aws/ccp-v2/"},
        {"https://acme.my.connect.aws/", "https://acme.my.connect.aws",
         "https://acme.my.connect.aws/ccp-v2/"},
        {"https://acme.my.connect.aws//", "https://acme.my.connect.aws",
         "https://acme.my.connect.aws/ccp-v2/"},
        {"https://acme.my.connect.aws/ccp-v2", "https://acme.my.connect.aws",
         "https://acme.my.connect.aws/ccp-v2/"},
        {"https://acme.my.connect.aws/?x=1#y", "https://acme.my.connect.aws",
         "https://acme.my.connect.aws/ccp-v2/"},
    };
    for (const auto &row : rows) {
        SCOPED_TRACE(row.instanceUrl);
        const QUrl instance(QString::fromLatin1(row.instanceUrl));
        EXPECT_EQ(connectBaseUrl(instance).toString(), QString::fromLatin1(row.base));
        EXPECT_EQ(ccpUrl(instance).toString(), QString::fromLatin1(row.ccp));
    }
}

TEST(ConnectUrls, NoInstanceUrlGivesNothing) {
    EXPECT_TRUE(connectBaseUrl(QUrl()).isEmpty());
    EXPECT_TRUE(ccpUrl(QUrl()).isEmpty());
    EXPECT_TRUE(ccpUrl(QUrl(QStringLiteral("not a url"))).isEmpty());
}
