#include "apitoken.h"

#include <QPointer>
#include <QTimer>

namespace callbridge {

namespace {
QString &sessionToken() {
    static QString token;
    return token;
}
QString &teamPassword() {
    static QString password;
    return password;
}
bool &tokenTaken() {
    static bool taken = false;
    return taken;
}

// Runs `work` from the event loop (on `context`, or `fallback` when there is none), never inside the call;
// dropped when `context` is destroyed first.
void later(QObject *context, QObject *fallback, std::function<void()> work) {
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, context ? context : fallback, [guard, guarded, work = std::move(work)] {
        if (!guarded || guard)
            work();
    });
}
} // namespace

void takeApiTokenFromEnvironment() {
    if (tokenTaken())
        return;
    tokenTaken() = true;
    sessionToken() = qEnvironmentVariable(kApiTokenVariable);
    qunsetenv(kApiTokenVariable);
    teamPassword() = qEnvironmentVariable(kTeamPasswordVariable);
    qunsetenv(kTeamPasswordVariable);
}

QString teamPasswordFromEnvironment() {
    takeApiTokenFromEnvironment();
    return teamPassword();
}

SecretKey apiTokenKey(const QUrl &zendeskUrl, const QString &email) {
    return SecretKey{zendeskUrl.host(), email, QStringLiteral("zendesk-api-token")};
}

SecretKey teamPasswordKey(const QString &databaseHost, const QString &databaseUser) {
    return SecretKey{databaseHost, databaseUser, QStringLiteral("team-database-password")};
}

void lookUpTeamPassword(SecretStore &keychain, const SecretKey &key, QObject *context,
                        std::function<void(const QString &, const QString &)> done) {
    if (const QString session = teamPasswordFromEnvironment(); !session.isEmpty())
        return later(context, &keychain, [session, done = std::move(done)] { done(session, {}); });
    keychain.read(key, context, [done = std::move(done)](const SecretResult &r) {
        if (r.ok())
            return done(r.value, {});
        done({}, r.error == SecretError::NotFound
                     ? QString()
                     : QStringLiteral("the team database password could not be read from the keychain: %1")
                           .arg(r.errorMessage));
    });
}

void lookUpApiToken(SecretStore &keychain, const SecretKey &key, QObject *context,
                    std::function<void(const ApiToken &)> done) {
    takeApiTokenFromEnvironment(); // a command that did not take it yet still never leaves it behind
    if (!sessionToken().isEmpty())
        return later(context, &keychain, [done = std::move(done)] {
            done(ApiToken{sessionToken(), QStringLiteral("environment"), {}});
        });
    keychain.read(key, context, [key, done = std::move(done)](const SecretResult &r) {
        if (r.ok() && !r.value.isEmpty())
            return done(ApiToken{r.value, QStringLiteral("keychain"), {}});
        const QString why = r.error == SecretError::NotFound
                                ? QStringLiteral("none is stored for %1 at %2").arg(key.account, key.host)
                                : r.errorMessage;
        done(ApiToken{{},
                      {},
                      QStringLiteral("no Zendesk API token: set %1 or store it in the keychain with "
                                     "`callbridge store-token` (%2)")
                          .arg(QLatin1String(kApiTokenVariable), why)});
    });
}

} // namespace callbridge
