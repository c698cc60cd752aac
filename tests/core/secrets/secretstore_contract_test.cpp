#include "secrets/inmemorysecretstore.h"
#include "secrets/qtkeychainsecretstore.h"

#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;

namespace {

constexpr int kTimeoutMs = 10000;

template <typename Store> struct StoreFactory;

template <> struct StoreFactory<InMemorySecretStore> {
    static bool available() { return true; }
    static std::unique_ptr<SecretStore> create() { return std::make_unique<InMemorySecretStore>(); }
};

// Opt-in: there is no keyring daemon in CI. Run with CALLBRIDGE_TEST_REAL_KEYCHAIN=1 on a desktop session.
template <> struct StoreFactory<QtKeychainSecretStore> {
    static bool available() { return qEnvironmentVariableIntValue("CALLBRIDGE_TEST_REAL_KEYCHAIN") == 1; }
    static std::unique_ptr<SecretStore> create() {
        return std::make_unique<QtKeychainSecretStore>(QStringLiteral("Callbridge-contract-test"));
    }
};

template <typename Store> class SecretStoreContract : public ::testing::Test {
protected:
    void SetUp() override {
        if (!StoreFactory<Store>::available()) {
            GTEST_SKIP() << "set CALLBRIDGE_TEST_REAL_KEYCHAIN=1 to run against the OS keychain";
        }
        m_store = StoreFactory<Store>::create();
    }

    void TearDown() override {
        if (!m_store) {
            return;
        }
        for (const SecretKey &key : std::as_const(m_written)) {
            run([&](SecretCallback done) { m_store->remove(key, &m_context, std::move(done)); });
        }
    }

    // A key unique to this run, so a real keychain never sees collisions between runs.
    SecretKey key(const QString &name = QStringLiteral("zendesk-api-token")) {
        SecretKey k{QStringLiteral("acme.zendesk.test"), QStringLiteral("agent-") + m_runId, name};
        m_written.append(k);
        return k;
    }

    // Starts one request and waits (event loop, bounded) for its callback.
    SecretResult run(const std::function<void(SecretCallback)> &request) {
        std::optional<SecretResult> result;
        request([&result](const SecretResult &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs));
        return result.value_or(SecretResult{SecretError::Other, QStringLiteral("timed out"), {}});
    }

    SecretResult read(const SecretKey &k) {
        return run([&](SecretCallback done) { m_store->read(k, &m_context, std::move(done)); });
    }
    SecretResult write(const SecretKey &k, const QString &value) {
        return run([&](SecretCallback done) { m_store->write(k, value, &m_context, std::move(done)); });
    }
    SecretResult remove(const SecretKey &k) {
        return run([&](SecretCallback done) { m_store->remove(k, &m_context, std::move(done)); });
    }

    std::unique_ptr<SecretStore> m_store;
    QObject m_context;
    QList<SecretKey> m_written;
    const QString m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

using StoreTypes = ::testing::Types<InMemorySecretStore, QtKeychainSecretStore>;
TYPED_TEST_SUITE(SecretStoreContract, StoreTypes);

TYPED_TEST(SecretStoreContract, WriteThenReadReturnsTheValue) {
    const SecretKey k = this->key();
    const SecretResult written = this->write(k, QStringLiteral("tok-123"));
    EXPECT_TRUE(written.ok()) << written.errorMessage.toStdString();
    const SecretResult got = this->read(k);
    EXPECT_EQ(got.error, SecretError::None);
    EXPECT_EQ(got.value, QStringLiteral("tok-123"));
}

TYPED_TEST(SecretStoreContract, ReadingAMissingKeyIsNotFound) {
    const SecretResult got = this->read(this->key(QStringLiteral("never-written")));
    EXPECT_EQ(got.error, SecretError::NotFound);
    EXPECT_TRUE(got.value.isEmpty());
}

TYPED_TEST(SecretStoreContract, WriteReplacesTheValue) {
    const SecretKey k = this->key();
    ASSERT_TRUE(this->write(k, QStringLiteral("first")).ok());
    ASSERT_TRUE(this->write(k, QStringLiteral("second")).ok());
    EXPECT_EQ(this->read(k).value, QStringLiteral("second"));
}

TYPED_TEST(SecretStoreContract, RemoveDeletesAndIsIdempotent) {
    const SecretKey k = this->key();
    ASSERT_TRUE(this->write(k, QStringLiteral("tok")).ok());
    EXPECT_TRUE(this->remove(k).ok());
    EXPECT_EQ(this->read(k).error, SecretError::NotFound);
    EXPECT_TRUE(this->remove(k).ok());
}

TYPED_TEST(SecretStoreContract, KeysAreNamespacedByHostAccountAndName) {
    const SecretKey k = this->key();
    ASSERT_TRUE(this->write(k, QStringLiteral("tok")).ok());
    SecretKey otherHost = k;
    otherHost.host = QStringLiteral("other.zendesk.test");
    SecretKey otherAccount = k;
    otherAccount.account += QStringLiteral("-2");
    SecretKey otherName = k;
    otherName.name = QStringLiteral("softphone-password");
    for (const SecretKey &other : {otherHost, otherAccount, otherName}) {
        EXPECT_EQ(this->read(other).error, SecretError::NotFound) << other.storageKey().toStdString();
    }
}

TYPED_TEST(SecretStoreContract, UnicodeAndMaximumSizeValuesSurvive) {
    const SecretKey unicode = this->key(QStringLiteral("unicode"));
    const QString text = QStringLiteral("päss wörd ✓ 🔑 \"quoted\" ; = /");
    ASSERT_TRUE(this->write(unicode, text).ok());
    EXPECT_EQ(this->read(unicode).value, text);

    const SecretKey large = this->key(QStringLiteral("large"));
    const QString biggest(kMaxSecretBytes, u'k');
    ASSERT_TRUE(this->write(large, biggest).ok());
    EXPECT_EQ(this->read(large).value, biggest);
}

TYPED_TEST(SecretStoreContract, InvalidRequestsAreRejectedAndStoreNothing) {
    SecretKey noHost = this->key();
    noHost.host.clear();
    EXPECT_EQ(this->write(noHost, QStringLiteral("tok")).error, SecretError::InvalidRequest);
    EXPECT_EQ(this->read(noHost).error, SecretError::InvalidRequest);
    EXPECT_EQ(this->remove(noHost).error, SecretError::InvalidRequest);

    SecretKey longName = this->key();
    longName.name = QString(kMaxSecretKeyPartLength + 1, u'n');
    EXPECT_EQ(this->write(longName, QStringLiteral("tok")).error, SecretError::InvalidRequest);

    const SecretKey k = this->key(QStringLiteral("too-large"));
    const SecretResult tooLarge = this->write(k, QString(kMaxSecretBytes + 1, u'k'));
    EXPECT_EQ(tooLarge.error, SecretError::InvalidRequest);
    EXPECT_FALSE(tooLarge.errorMessage.contains(QStringLiteral("kkkk")));
    EXPECT_EQ(this->write(k, QString()).error, SecretError::InvalidRequest);
    EXPECT_EQ(this->read(k).error, SecretError::NotFound);
}

TYPED_TEST(SecretStoreContract, ErrorMessagesNeverContainTheValue) {
    const SecretKey k = this->key();
    ASSERT_TRUE(this->write(k, QStringLiteral("hunter2-secret")).ok());
    SecretKey missing = k;
    missing.name = QStringLiteral("missing");
    const SecretResult got = this->read(missing);
    EXPECT_FALSE(got.errorMessage.contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(got.errorMessage.isEmpty());
}

TYPED_TEST(SecretStoreContract, CallbacksAreNeverReentrant) {
    bool called = false;
    this->m_store->read(this->key(), &this->m_context, [&called](const SecretResult &) { called = true; });
    EXPECT_FALSE(called);
    EXPECT_TRUE(QTest::qWaitFor([&called] { return called; }, kTimeoutMs));

    bool invalidCalled = false;
    this->m_store->read(SecretKey{}, &this->m_context,
                        [&invalidCalled](const SecretResult &) { invalidCalled = true; });
    EXPECT_FALSE(invalidCalled);
    EXPECT_TRUE(QTest::qWaitFor([&invalidCalled] { return invalidCalled; }, kTimeoutMs));
}

TYPED_TEST(SecretStoreContract, CallbackIsDroppedWhenItsContextIsDestroyed) {
    const SecretKey k = this->key();
    bool droppedCalled = false;
    {
        QObject shortLived;
        this->m_store->write(k, QStringLiteral("tok"), &shortLived,
                             [&droppedCalled](const SecretResult &) { droppedCalled = true; });
    }
    // Requests complete in order, so once a later one has answered, the dropped one had its chance.
    this->read(k);
    EXPECT_FALSE(droppedCalled);
}

TYPED_TEST(SecretStoreContract, NullContextMeansTheStore) {
    bool called = false;
    this->m_store->remove(this->key(), nullptr, [&called](const SecretResult &r) { called = r.ok(); });
    EXPECT_TRUE(QTest::qWaitFor([&called] { return called; }, kTimeoutMs));
}

} // namespace

TEST(SecretKey, StorageKeyIsUnambiguous) {
    const SecretKey a{QStringLiteral("a/b"), QStringLiteral("c"), QStringLiteral("d")};
    const SecretKey b{QStringLiteral("a"), QStringLiteral("b/c"), QStringLiteral("d")};
    EXPECT_NE(a.storageKey(), b.storageKey());
    EXPECT_EQ(SecretKey({QStringLiteral("acme.zendesk.com"), QStringLiteral("ann@acme.example"),
                         QStringLiteral("zendesk-api-token")})
                  .storageKey(),
              QStringLiteral("acme.zendesk.com/ann%40acme.example/zendesk-api-token"));
    EXPECT_FALSE(SecretKey().isValid());
}

TEST(InMemorySecretStore, SimulatedFailuresForCallersTests) {
    InMemorySecretStore store;
    QObject context;
    const SecretKey k{QStringLiteral("h"), QStringLiteral("a"), QStringLiteral("n")};
    store.setFailure(SecretError::NoBackend);
    std::optional<SecretResult> result;
    store.write(k, QStringLiteral("tok"), &context, [&result](const SecretResult &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs));
    EXPECT_EQ(result->error, SecretError::NoBackend);
    EXPECT_EQ(store.size(), 0);

    store.setFailure(SecretError::None);
    result.reset();
    store.write(k, QStringLiteral("tok"), &context, [&result](const SecretResult &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs));
    EXPECT_TRUE(result->ok());
    EXPECT_EQ(store.size(), 1);
}

TEST(QtKeychainSecretStore, KeepsItsServiceName) {
    EXPECT_EQ(QtKeychainSecretStore().service(), QStringLiteral("Callbridge"));
    EXPECT_EQ(QtKeychainSecretStore(QStringLiteral("Other")).service(), QStringLiteral("Other"));
}

TEST(QtKeychainSecretStore, InvalidRequestsFailWithoutTouchingTheKeychain) {
    QtKeychainSecretStore store(QStringLiteral("Callbridge-contract-test"));
    QObject context;
    std::optional<SecretResult> result;
    store.write(SecretKey{}, QStringLiteral("tok"), &context,
                [&result](const SecretResult &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs));
    EXPECT_EQ(result->error, SecretError::InvalidRequest);
}
