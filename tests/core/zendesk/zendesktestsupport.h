#pragma once

#include "fakezendesk.h"
#include "zendesk/zendeskclient.h"

#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

namespace callbridge::zendesk::test {

// A ZendeskClient wired to a FakeZendesk, with a scheduler that records every requested delay and fires at
// once (on the next event-loop turn), so backoff and Retry-After are asserted without waiting for them.
struct Harness {
    FakeZendesk server;
    std::unique_ptr<ZendeskClient> client;
    QList<std::chrono::milliseconds> delays;

    explicit Harness(ClientConfig config = defaultConfig({})) { reset(std::move(config)); }

    static ClientConfig defaultConfig(const QUrl &baseUrl) {
        ClientConfig config;
        config.baseUrl = baseUrl;
        config.email = QStringLiteral("agent@example.com");
        config.apiToken = QStringLiteral("s3cr3t-token");
        config.timeout = std::chrono::milliseconds(3000);
        config.retry.baseDelay = std::chrono::milliseconds(500);
        config.retry.jitter = [] {
            return 1.0;
        }; // no randomness: delays are exactly base * 2^n
        return config;
    }

    void reset(ClientConfig config) {
        if (config.baseUrl.isEmpty()) {
            config.baseUrl = server.baseUrl();
        }
        client = std::make_unique<ZendeskClient>(std::move(config));
        client->setScheduler([this](std::chrono::milliseconds delay, std::function<void()> fire) {
            delays << delay;
            QTimer::singleShot(0, client.get(), std::move(fire));
        });
    }

    ClientConfig config() const { return client->config(); }
};

// Waits on the event loop until `slot` holds a value (no fixed sleeps).
template <typename T> bool waitFor(const std::optional<T> &slot, int timeoutMs = 10000) {
    return QTest::qWaitFor([&slot] { return slot.has_value(); }, timeoutMs);
}

} // namespace callbridge::zendesk::test
