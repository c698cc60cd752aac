#pragma once

#include "zendesk/zendeskgateway.h"

#include <QStringList>

namespace callbridge {

// A rehearsal's writer (`callbridge replay --dry-run`): sends nothing and stores nothing. Every write
// "succeeds" at once: an update with its own target id, a create with a made-up negative id, so that the
// decisions show without touching tickets, users or any outbox. It sits where the outbox would be, so a
// dry run never leaves a write behind for a later real run to send or to take as already done.
class DryRunWriter final : public zendesk::Writer {
public:
    void write(const zendesk::Write &write, QObject *context, Callback<zendesk::WriteResult> done) override;
    // A rehearsal shows nothing on anyone's screen.
    void screenPop(qint64 agentId, PopTarget target, qint64 id, QObject *context,
                   Callback<bool> done) override;

    int writesSkipped() const { return m_skipped; }
    // "CreateTicket cb-c1-ticket", … in the order they were asked for.
    const QStringList &skipped() const { return m_log; }

private:
    int m_skipped = 0;
    QStringList m_log;
};

} // namespace callbridge
