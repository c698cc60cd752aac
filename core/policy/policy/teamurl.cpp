#include "teamurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace callbridge {

namespace {
TeamUrlParse refuse(const QString &why) {
    return TeamUrlParse{std::nullopt, why};
}
} // namespace

QString TeamDatabaseUrl::display() const {
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!sslMode.isEmpty())
        text += QStringLiteral("?sslmode=") + sslMode;
    return text;
}

TeamUrlParse parseTeamDatabaseUrl(const QString &text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return refuse(QStringLiteral("not a URL (expected postgresql://USER@HOST:PORT/DBNAME)"));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return refuse(
            QStringLiteral("the scheme must be postgresql:// (expected postgresql://USER@HOST:PORT/DBNAME)"));
    if (!url.password().isEmpty())
        return refuse(QStringLiteral("the URL must not contain a password: store it in the keychain or set "
                                     "CALLBRIDGE_TEAM_DB_PASSWORD"));
    TeamDatabaseUrl parsed;
    parsed.user = url.userName(QUrl::FullyDecoded);
    parsed.host = url.host(QUrl::FullyDecoded);
    parsed.port = url.port(5432);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    parsed.database = path;
    if (parsed.user.isEmpty())
        return refuse(QStringLiteral("the URL names no user (postgresql://USER@HOST/DBNAME)"));
    if (parsed.host.isEmpty())
        return refuse(QStringLiteral("the URL names no host"));
    if (parsed.port < 1 || parsed.port > 65535)
        return refuse(QStringLiteral("the port must be between 1 and 65535"));
    if (parsed.database.isEmpty() || parsed.database.contains(u'/'))
        return refuse(QStringLiteral("the URL must name one database (postgresql://USER@HOST/DBNAME)"));
    const QUrlQuery query(url);
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key != QLatin1String("sslmode"))
            return refuse(
                QStringLiteral("unknown option \"%1\" (only sslmode is honoured)").arg(key.left(40)));
        if (!modes.contains(value))
            return refuse(QStringLiteral("sslmode must be one of %1").arg(modes.join(QStringLiteral(", "))));
        parsed.sslMode = value;
    }
    return TeamUrlParse{parsed, {}};
}

} // namespace callbridge
