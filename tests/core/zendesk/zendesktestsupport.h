#pragma once

#include "fakezendesk.h"
#include "manualtime.h"
#include "zendesk/zendeskclient.h"

#include <QTest>
#include <memory>
#include <optional>

namespace callbridge::zendesk::test {

// A ZendeskClient wired to a FakeZendesk, on manual time: a pause or a resend waits until the test advances
// `time`, so Retry-After and backoff are asserted as exact delays without waiting for them.
struct Harness {
    FakeZendesk server;
    callbridge::test::ManualTime time;
    std::unique_ptr<ZendeskClient> client;

    explicit Harness(ClientConfig config = defaultConfig({})) { reset(std::move(config)); }

    static ClientConfig defaultConfig(const QUrl &baseUrl) {
        ClientConfig config;
        config.baseUrl = baseUrl;
        config.email = QStringLiteral("agent@example.com");
        config.apiToken = QStringLiteral("s3cr3t-token");
        config.timeout = std::chrono::milliseconds(3000);
        config.unsentRetry.base = std::chrono::milliseconds(500);
        config.unsentRetry.jitter = [] {
            return 1.0;
        }; // no randomness: delays are exactly base * 2^n
        return config;
    }

    void reset(ClientConfig config) {
        if (config.baseUrl.isEmpty()) {
            config.baseUrl = server.baseUrl();
        }
        client = std::make_unique<ZendeskClient>(std::move(config), time, time);
    }

    ClientConfig config() const { return client->config(); }
};

// Waits on the event loop until `slot` holds a value (no fixed sleeps).
template <typename T> bool waitFor(const std::optional<T> &slot, int timeoutMs = 10000) {
    return QTest::qWaitFor([&slot] { return slot.has_value(); }, timeoutMs);
}

} // namespace callbridge::zendesk::test
