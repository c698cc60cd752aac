#include "secretstore.h"

#include <QUrl>

namespace callbridge {

QString secretErrorName(SecretError error) {
    switch (error) {
    case SecretError::None:
        return QStringLiteral("none");
    case SecretError::NotFound:
        return QStringLiteral("not found");
    case SecretError::AccessDenied:
        return QStringLiteral("access denied");
    case SecretError::NoBackend:
        return QStringLiteral("no keychain available");
    case SecretError::InvalidRequest:
        return QStringLiteral("invalid request");
    case SecretError::Other:
        break;
    }
    return QStringLiteral("keychain error");
}

bool SecretKey::isValid() const {
    for (const QString *part : {&host, &account, &name}) {
        if (part->isEmpty() || part->size() > kMaxSecretKeyPartLength) {
            return false;
        }
    }
    return true;
}

QString SecretKey::storageKey() const {
    QStringList parts;
    for (const QString *part : {&host, &account, &name}) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(*part)));
    }
    return parts.join(u'/');
}

std::optional<SecretResult> SecretStore::checkRequest(const SecretKey &key, const QString *value) {
    if (!key.isValid()) {
        return failure(
            SecretError::InvalidRequest,
            QStringLiteral("a secret key needs a host, an account and a name of at most %1 characters")
                .arg(kMaxSecretKeyPartLength));
    }
    if (value && value->isEmpty()) {
        return failure(SecretError::InvalidRequest, QStringLiteral("an empty secret cannot be stored"));
    }
    if (value && value->toUtf8().size() > kMaxSecretBytes) {
        return failure(SecretError::InvalidRequest,
                       QStringLiteral("a secret may be at most %1 bytes").arg(kMaxSecretBytes));
    }
    return std::nullopt;
}

SecretResult SecretStore::failure(SecretError error, const QString &message) {
    SecretResult result;
    result.error = error;
    result.errorMessage = message;
    return result;
}

void SecretStore::deliverLater(QObject *context, SecretCallback callback, SecretResult result) {
    if (!callback) {
        return;
    }
    // A queued call dies with its target object, which gives the "dropped with the context" rule for free.
    QMetaObject::invokeMethod(
        context ? context : this,
        [callback = std::move(callback), result = std::move(result)]() { callback(result); },
        Qt::QueuedConnection);
}

} // namespace callbridge
