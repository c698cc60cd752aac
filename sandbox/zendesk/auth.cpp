#include "auth.h"

namespace callbridge::sandbox::zendesk {

bool parseApiTokenAuth(const QByteArray &authorization, BasicTokenCredentials *credentials) {
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.startsWith("Basic ") && !trimmed.startsWith("basic "))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(trimmed.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype marker = text.indexOf(QLatin1String("/token:"));
    if (marker <= 0)
        return false;
    credentials->email = text.left(marker);
    credentials->token = text.mid(marker + 7);
    return !credentials->token.isEmpty();
}

} // namespace callbridge::sandbox::zendesk
