#pragma once

#include <QUrl>

namespace callbridge {

// Where an Amazon Connect instance serves its pages, from [connect] instance_url. Instances under
// https://<alias>.awsapps.com live below /connect; https://<alias>.my.connect.aws (and any other host) at the
// root. A trailing slash, a query or a fragment in the setting changes nothing.

// "https://acme.awsapps.com/connect", "https://acme.my.connect.aws" (no trailing slash); empty when invalid.
QUrl connectBaseUrl(const QUrl &instanceUrl);
// The softphone (CCP) page: connectBaseUrl + "/ccp-v2/"; empty when invalid.
QUrl ccpUrl(const QUrl &instanceUrl);

} // namespace callbridge
