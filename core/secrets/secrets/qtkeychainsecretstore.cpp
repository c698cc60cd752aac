#include "qtkeychainsecretstore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace callbridge {

namespace {

SecretError toSecretError(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretError::Other;
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service)) {}

// Jobs are children: they are deleted with the store, and their callbacks with them.
QtKeychainSecretStore::~QtKeychainSecretStore() = default;

void QtKeychainSecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback) {
    if (auto invalid = checkRequest(key, nullptr)) {
        deliverLater(context, std::move(callback), *invalid);
        return;
    }
    start({Operation::Read, key, QString(), context ? context : this, std::move(callback)});
}

void QtKeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *context,
                                  SecretCallback callback) {
    if (auto invalid = checkRequest(key, &value)) {
        deliverLater(context, std::move(callback), *invalid);
        return;
    }
    start({Operation::Write, key, value, context ? context : this, std::move(callback)});
}

void QtKeychainSecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback) {
    if (auto invalid = checkRequest(key, nullptr)) {
        deliverLater(context, std::move(callback), *invalid);
        return;
    }
    start({Operation::Remove, key, QString(), context ? context : this, std::move(callback)});
}

QKeychain::Job *QtKeychainSecretStore::createJob(const Request &request) {
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(request.value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(request.key.storageKey());
    return job;
}

void QtKeychainSecretStore::start(Request request) {
    QKeychain::Job *job = createJob(request);
    // The context may go away while the job runs; remember it weakly.
    QPointer<QObject> context(request.context);
    connect(job, &QKeychain::Job::finished, this,
            [this, context, request = std::move(request)](QKeychain::Job *finished) mutable {
                request.context = context.data();
                finish(finished, std::move(request));
            });
    job->start();
}

void QtKeychainSecretStore::finish(QKeychain::Job *job, Request request) {
    job->deleteLater();
    if (!request.context) {
        return; // the caller is gone
    }
    const SecretError error = toSecretError(job->error());
    if (error == SecretError::NoBackend && !request.retried) {
        request.retried = true;
        QPointer<QObject> context(request.context);
        QTimer::singleShot(kBackendRetryDelayMs, this,
                           [this, context, request = std::move(request)]() mutable {
                               if (context) {
                                   request.context = context.data();
                                   start(std::move(request));
                               }
                           });
        return;
    }
    SecretResult result;
    if (error == SecretError::NotFound && request.operation == Operation::Remove) {
        // Removing what is not there is success: remove is idempotent.
    } else if (error != SecretError::None) {
        result =
            failure(error, QStringLiteral("keychain: %1 for %2: %3")
                               .arg(secretErrorName(error), request.key.storageKey(), job->errorString()));
    } else if (request.operation == Operation::Read) {
        result.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    }
    deliverLater(request.context, std::move(request.callback), result);
}

} // namespace callbridge
