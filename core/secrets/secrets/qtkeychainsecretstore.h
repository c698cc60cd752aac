#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

namespace callbridge {

// The OS keychain through QtKeychain (Keychain on macOS, Credential Manager on Windows, Secret Service on
// Linux). The store owns every job it starts: destroying the store cancels outstanding callbacks. The
// insecure plain-text fallback is always off, and values are never logged.
class QtKeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    // service names the app in the keychain; tests use their own so they never touch the app's secrets.
    explicit QtKeychainSecretStore(QString service = QStringLiteral("Callbridge"), QObject *parent = nullptr);
    ~QtKeychainSecretStore() override;

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context,
               SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;

    QString service() const { return m_service; }

    // The Linux Secret Service can start after us (login); a request that finds no backend is retried once.
    static constexpr int kBackendRetryDelayMs = 1500;

private:
    enum class Operation { Read, Write, Remove };
    struct Request {
        Operation operation;
        SecretKey key;
        QString value;
        QObject *context;
        SecretCallback callback;
        bool retried = false;
    };

    void start(Request request);
    void finish(QKeychain::Job *job, Request request);
    QKeychain::Job *createJob(const Request &request);

    QString m_service;
};

} // namespace callbridge
