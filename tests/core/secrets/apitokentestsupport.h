#pragma once

#include "eventloopwait.h"
#include "qtprinters.h"
#include "secrets/apitoken.h"
#include "secrets/inmemorysecretstore.h"

#include <QUrl>
#include <gtest/gtest.h>
#include <optional>

namespace callbridge::test {

inline const QUrl kZendeskUrl{QStringLiteral("https://acme.zendesk.com")};
inline const QString kAgentEmail = QStringLiteral("ann@acme.example");

inline SecretKey agentTokenKey() {
    return apiTokenKey(kZendeskUrl, kAgentEmail);
}

// Stores `value` under `key` and waits (bounded) until the store confirms.
inline void storeToken(InMemorySecretStore &keychain, const SecretKey &key, const QString &value) {
    std::optional<SecretResult> written;
    keychain.write(key, value, nullptr, [&written](const SecretResult &r) { written = r; });
    ASSERT_TRUE(waitUntil([&] { return written.has_value(); }));
    ASSERT_TRUE(written->ok()) << written->errorMessage.toStdString();
}

// Looks the token up and waits (bounded) for the answer; fails the test if the answer came inside the call.
inline ApiToken lookUpAndWait(SecretStore &keychain, const SecretKey &key) {
    QObject context;
    std::optional<ApiToken> token;
    lookUpApiToken(keychain, key, &context, [&token](const ApiToken &t) { token = t; });
    EXPECT_FALSE(token.has_value()) << "answered inside lookUpApiToken";
    EXPECT_TRUE(waitUntil([&] { return token.has_value(); })) << "no answer";
    return token.value_or(ApiToken{{}, {}, QStringLiteral("no answer")});
}

} // namespace callbridge::test
