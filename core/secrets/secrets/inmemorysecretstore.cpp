#include "inmemorysecretstore.h"

namespace callbridge {

std::optional<SecretResult> InMemorySecretStore::rejection(const SecretKey &key, const QString *value) const {
    if (auto invalid = checkRequest(key, value)) {
        return invalid;
    }
    if (m_failure != SecretError::None) {
        return failure(m_failure, QStringLiteral("simulated failure: %1").arg(secretErrorName(m_failure)));
    }
    return std::nullopt;
}

void InMemorySecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback) {
    SecretResult result;
    if (auto rejected = rejection(key, nullptr)) {
        result = *rejected;
    } else if (const auto it = m_values.constFind(key.storageKey()); it != m_values.constEnd()) {
        result.value = *it;
    } else {
        result =
            failure(SecretError::NotFound, QStringLiteral("no secret stored for %1").arg(key.storageKey()));
    }
    deliverLater(context, std::move(callback), result);
}

void InMemorySecretStore::write(const SecretKey &key, const QString &value, QObject *context,
                                SecretCallback callback) {
    SecretResult result;
    if (auto rejected = rejection(key, &value)) {
        result = *rejected;
    } else {
        m_values.insert(key.storageKey(), value);
    }
    deliverLater(context, std::move(callback), result);
}

void InMemorySecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback) {
    SecretResult result;
    if (auto rejected = rejection(key, nullptr)) {
        result = *rejected;
    } else {
        m_values.remove(key.storageKey());
    }
    deliverLater(context, std::move(callback), result);
}

} // namespace callbridge
