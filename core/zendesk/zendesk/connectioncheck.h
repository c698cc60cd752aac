#pragma once

#include "zendeskclient.h"
#include "zendeskmodels.h"

#include <QString>
#include <functional>

class QObject;

namespace callbridge::zendesk {

// What "Test connection" found: who the credentials sign in as, or exactly what is wrong.
struct ConnectionCheck {
    bool ok = false;
    // ok: "Ann Agent, agent, acme.zendesk.com". Otherwise the problem in plain words: bad credentials (401),
    // not an agent (403, or an end user), unreachable, a TLS error, no Zendesk API at the URL, no answer.
    QString summary;
};

// Reads users/me once with `config` (sent once, never resent). `done` runs later from the event loop, unless
// `context` is destroyed first; the request's client lives under `context` until then.
void checkConnection(ClientConfig config, const Clock &clock, Scheduler &scheduler, QObject *context,
                     std::function<void(const ConnectionCheck &)> done);

// The words for a users/me answer (exposed for tests). `tlsFailure`: the transport failed in the TLS
// handshake or on the certificate.
ConnectionCheck describeSignIn(const QString &host, const Result<User> &me, bool tlsFailure);

} // namespace callbridge::zendesk
