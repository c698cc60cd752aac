#include "connectioncheck.h"

#include "zendeskjson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <memory>

namespace callbridge::zendesk {

using namespace Qt::StringLiterals;

namespace {

bool isTlsFailure(QNetworkReply::NetworkError code) {
    return code == QNetworkReply::SslHandshakeFailedError || code == QNetworkReply::InsecureRedirectError;
}

ConnectionCheck problem(QString summary) {
    return ConnectionCheck{false, std::move(summary)};
}

} // namespace

ConnectionCheck describeSignIn(const QString &host, const Result<User> &me, bool tlsFailure) {
    if (me.ok()) {
        const User &user = me.value;
        const QString who = user.name.isEmpty() ? user.email : user.name;
        if (user.role == u"end-user"_s)
            return problem(
                u"%1 is an end user at %2: Callbridge needs an agent or admin account"_s.arg(who, host));
        return ConnectionCheck{true, u"%1, %2, %3"_s.arg(who, user.role, host)};
    }
    const Error &error = me.error;
    switch (error.kind) {
    case ErrorKind::Auth:
        return problem(u"%1 refused the credentials (401): check the e-mail, the API token, and that token "
                       "access is on in Zendesk's Admin Center"_s.arg(host));
    case ErrorKind::Forbidden:
        return problem(u"%1 signed the account in but refused it (403): it must be an agent or admin, not an "
                       "end user"_s.arg(host));
    case ErrorKind::NotFound:
        return problem(u"no Zendesk API at %1 (404): check the Zendesk URL"_s.arg(host));
    case ErrorKind::Timeout:
        return problem(u"%1 did not answer: %2"_s.arg(host, error.message));
    case ErrorKind::Network:
        if (tlsFailure)
            return problem(
                u"TLS error with %1: %2 (the certificate or the secure connection was refused)"_s.arg(
                    host, error.message));
        return problem(u"%1 is unreachable: %2"_s.arg(host, error.message));
    case ErrorKind::Malformed:
        return problem(u"%1 answered, but not as Zendesk does: %2"_s.arg(host, error.message));
    case ErrorKind::Refused:
        return problem(error.message);
    default:
        return problem(u"%1 answered HTTP %2: %3"_s.arg(host).arg(error.httpStatus).arg(error.message));
    }
}

void checkConnection(ClientConfig config, const Clock &clock, Scheduler &scheduler, QObject *context,
                     std::function<void(const ConnectionCheck &)> done) {
    config.maxSends = 1; // an answer now, not after retries
    const QString host = config.baseUrl.host();
    auto *network = new QNetworkAccessManager(context);
    auto *client = new ZendeskClient(std::move(config), clock, scheduler, network, network);
    // QNetworkAccessManager::finished runs before the client's own handler: the reply's code is known then.
    auto tls = std::make_shared<bool>(false);
    QObject::connect(network, &QNetworkAccessManager::finished, network,
                     [tls](QNetworkReply *reply) { *tls = *tls || isTlsFailure(reply->error()); });
    QObject::connect(network, &QNetworkAccessManager::sslErrors, network,
                     [tls](QNetworkReply *, const QList<QSslError> &) { *tls = true; });
    QPointer<QNetworkAccessManager> guard(network);
    client->send(Request::get(u"/api/v2/users/me"_s), network,
                 [guard, host, tls, done = std::move(done)](const Reply &reply) {
                     const Result<User> me =
                         reply.ok() ? json::userFromEnvelope(reply.json) : Result<User>::failure(reply.error);
                     const ConnectionCheck check = describeSignIn(host, me, *tls);
                     if (guard)
                         guard->deleteLater();
                     done(check);
                 });
}

} // namespace callbridge::zendesk
