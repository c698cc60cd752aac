#pragma once

#include <QStringList>

namespace callbridge::sandbox {

class CcpSimulator;
class SandboxServer;

// Mounts the simulated CCP on the sandbox server (see CcpHttpApi for the paths). `simulator` must outlive the
// server. `GET /sandbox/ccp/snapshot?version=N&wait=S` long-polls: it answers when the state changes or after
// S seconds (at most 25). `approvedOrigins` may frame /ccp-v2/ besides the sandbox's own origin.
void registerCcpRoutes(SandboxServer &server, CcpSimulator &simulator,
                       const QStringList &approvedOrigins = {});

} // namespace callbridge::sandbox
