#pragma once

#include "secretstore.h"

#include <QHash>

namespace callbridge {

// Keeps secrets in memory for tests and for sessions that must not touch the OS keychain.
class InMemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context,
               SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;

    // Test seam: every following request fails with this error (SecretError::None restores normal service).
    void setFailure(SecretError error) { m_failure = error; }
    int size() const { return static_cast<int>(m_values.size()); }

private:
    std::optional<SecretResult> rejection(const SecretKey &key, const QString *value) const;

    QHash<QString, QString> m_values;
    SecretError m_failure = SecretError::None;
};

} // namespace callbridge
