#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace callbridge {

enum class SecretError {
    None,
    NotFound,       // read: nothing stored under the key
    AccessDenied,   // the user or the OS refused
    NoBackend,      // no keychain service (e.g. no Secret Service daemon on Linux)
    InvalidRequest, // bad key or value; nothing was attempted
    Other,
};

QString secretErrorName(SecretError error);

// Where a secret lives: one per app (the store's service name), Zendesk host, account and purpose.
struct SecretKey {
    QString host;    // "acme.zendesk.com"
    QString account; // "agent@acme.example"
    QString name;    // "zendesk-api-token"

    bool isValid() const; // every part non-empty and at most kMaxSecretKeyPartLength characters
    // Unambiguous storage key: the percent-encoded parts joined by '/'.
    QString storageKey() const;
};

struct SecretResult {
    SecretError error = SecretError::None;
    QString errorMessage; // names the key, never the value
    QString value;        // read only

    bool ok() const { return error == SecretError::None; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

constexpr int kMaxSecretKeyPartLength = 256;
constexpr int kMaxSecretBytes = 2048; // UTF-8; fits every platform keychain in one item (Windows: 2560)

// Asynchronous secret storage. Contract (tests/core/secrets runs it against every implementation):
// - every callback runs later from the event loop, never inside read/write/remove, in the context's thread;
// - a callback is dropped when its context (nullptr = the store) is destroyed first, or when the store is;
// - write replaces; remove of a missing key succeeds; empty values are rejected (use remove);
// - implementations never log or echo values.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void read(const SecretKey &key, QObject *context, SecretCallback callback) = 0;
    virtual void write(const SecretKey &key, const QString &value, QObject *context,
                       SecretCallback callback) = 0;
    virtual void remove(const SecretKey &key, QObject *context, SecretCallback callback) = 0;

protected:
    // The InvalidRequest result for a bad key or value (value may be null for read/remove), or nothing.
    static std::optional<SecretResult> checkRequest(const SecretKey &key, const QString *value);
    static SecretResult failure(SecretError error, const QString &message);
    // Queues the callback on context (or this store) so that it never runs re-entrantly.
    void deliverLater(QObject *context, SecretCallback callback, SecretResult result);
};

} // namespace callbridge
