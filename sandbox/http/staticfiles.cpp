#include "staticfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace callbridge::sandbox {

QByteArray mimeTypeForFile(const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (suffix == QLatin1String("css"))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (suffix == QLatin1String("json"))
        return QByteArrayLiteral("application/json; charset=utf-8");
    if (suffix == QLatin1String("svg"))
        return QByteArrayLiteral("image/svg+xml");
    if (suffix == QLatin1String("png"))
        return QByteArrayLiteral("image/png");
    if (suffix == QLatin1String("ico"))
        return QByteArrayLiteral("image/x-icon");
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md"))
        return QByteArrayLiteral("text/plain; charset=utf-8");
    return QByteArrayLiteral("application/octet-stream");
}

HttpResponse serveFile(const QString &directory, const QString &relativePath) {
    const HttpResponse notFound =
        HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("InvalidEndpoint")}});
    const QString cleaned = QDir::cleanPath(relativePath);
    if (cleaned == QLatin1String("..") || cleaned.startsWith(QLatin1String("../"))
        || cleaned.startsWith(QLatin1Char('/')))
        return notFound;
    QString filePath = directory + QLatin1Char('/') + (cleaned == QLatin1String(".") ? QString() : cleaned);
    if (QFileInfo(filePath).isDir())
        filePath += QStringLiteral("/index.html");
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return notFound;
    HttpResponse response = HttpResponse::text(200, file.readAll(), mimeTypeForFile(filePath));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace callbridge::sandbox
