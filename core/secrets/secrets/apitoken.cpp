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

void lookUpApiToken(SecretStore &keychain, const SecretKey &key, QObject *context,
                    std::function<void(const ApiToken &)> done) {
    takeApiTokenFromEnvironment(); // a command that did not take it yet still never leaves it behind
    if (!sessionToken().isEmpty()) {
        QPointer<QObject> guard(context);
        const bool guarded = context != nullptr;
        QTimer::singleShot(0, context ? context : &keychain, [guard, guarded, done = std::move(done)] {
            if (!guarded || guard)
                done(ApiToken{sessionToken(), QStringLiteral("environment"), {}});
        });
        return;
    }
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
