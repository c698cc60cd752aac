#pragma once

#include "outbox/durablegateway.h"
#include "reviewactions.h"

#include <QObject>
#include <QPointer>

namespace callbridge::review {

// The write a failed write's history stands for (its key, kind, target and recorded payload), to send again.
std::optional<zendesk::Write> writeFromHistory(const WriteHistory &history);

// Review actions through the reviewer's own outbox: a failed write already in it is requeued; one from
// another agent's journal (the team database) is stored in it under the same idempotency key and sent, so
// Zendesk applies it once whoever sends it. Relinking needs the correction runner (setRelink).
class OutboxReviewActions final : public QObject, public ReviewActions {
    Q_OBJECT
public:
    using Relink = std::function<void(const OutcomeRecord &, const LinkCorrection &, Done)>;
    // `outbox` null: nothing can be sent, and `why` says so.
    OutboxReviewActions(DurableGateway *outbox, QString why, QObject *parent = nullptr);

    void setRelink(Relink relink) { m_relink = std::move(relink); }
    QString retryUnavailable() const override;
    void retryWrite(const WriteHistory &write, Done done) override;
    QString relinkUnavailable() const override;
    void relink(const OutcomeRecord &decision, const LinkCorrection &correction, Done done) override;

private:
    QPointer<DurableGateway> m_outbox;
    QString m_why;
    Relink m_relink;
};

} // namespace callbridge::review
