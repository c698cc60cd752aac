#pragma once

#include "zendesk/forwardinggateway.h"

namespace callbridge {

// Reads from Zendesk for real, writes nothing: every write "succeeds" with a made-up negative id, so that a
// rehearsal (`callbridge replay --dry-run`) shows the decisions without touching tickets or users.
class DryRunGateway final : public zendesk::ForwardingGateway {
public:
    using ForwardingGateway::ForwardingGateway;

    void write(const zendesk::Write &write, QObject *context, Callback<zendesk::WriteResult> done) override;
    void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                   Callback<bool> done) override;
    int writesSkipped() const { return m_skipped; }

private:
    int m_skipped = 0;
};

} // namespace callbridge
