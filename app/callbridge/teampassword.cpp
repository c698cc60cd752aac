#include "teampassword.h"

#include "secrets/apitoken.h"
#include "secrets/qtkeychainsecretstore.h"

#include <QEventLoop>

namespace callbridge::app {

QString teamPasswordNow(const TeamDatabaseUrl &url, QString *notice) {
    QtKeychainSecretStore keychain;
    QEventLoop loop;
    QString password;
    lookUpTeamPassword(keychain, teamPasswordKey(url.host, url.user), &loop,
                       [&](const QString &value, const QString &problem) {
                           password = value;
                           if (notice)
                               *notice = problem;
                           loop.quit();
                       });
    loop.exec();
    return password;
}

} // namespace callbridge::app
