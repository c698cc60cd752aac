#pragma once

#include <QByteArray>
#include <QString>

namespace callbridge::sandbox::zendesk {

struct BasicTokenCredentials {
    QString email;
    QString token;
};

// Parses `Authorization: Basic base64("{email}/token:{token}")`. Returns false for anything else (password
// basic auth, Bearer, malformed base64).
bool parseApiTokenAuth(const QByteArray &authorization, BasicTokenCredentials *credentials);

} // namespace callbridge::sandbox::zendesk
