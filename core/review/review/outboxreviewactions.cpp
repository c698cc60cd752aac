#include "outboxreviewactions.h"

#include <QJsonDocument>

namespace callbridge::review {

std::optional<zendesk::Write> writeFromHistory(const WriteHistory &history) {
    const std::optional<zendesk::Write::Kind> kind = zendesk::writeKindFromName(history.kind);
    const QJsonDocument payload = QJsonDocument::fromJson(history.payload());
    if (!kind || history.idempotencyKey.isEmpty() || !payload.isObject())
        return std::nullopt;
    zendesk::Write w;
    w.kind = *kind;
    w.targetId = history.targetId;
    w.idempotencyKey = history.idempotencyKey;
    w.payload = payload.object();
    w.mayHaveBeenApplied = true; // it was tried before: look it up before sending
    return w;
}

OutboxReviewActions::OutboxReviewActions(DurableGateway *outbox, QString why, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_why(std::move(why)) {}

QString OutboxReviewActions::retryUnavailable() const {
    return m_outbox ? QString() : m_why;
}

void OutboxReviewActions::retryWrite(const WriteHistory &write, Done done) {
    if (!m_outbox)
        return done(false, m_why);
    auto answer = [done, key = write.idempotencyKey](const zendesk::Result<zendesk::WriteResult> &r) {
        if (r.ok())
            done(true, tr("Zendesk accepted %1 (#%2).").arg(key).arg(r.value.id));
        else
            done(false, r.error.message);
    };
    if (m_outbox->retryFailed(write.idempotencyKey, this, answer))
        return;
    const std::optional<zendesk::Write> again = writeFromHistory(write);
    if (!again)
        return done(false,
                    tr("the write %1 was not recorded with its content; it cannot be sent again from here")
                        .arg(write.idempotencyKey));
    m_outbox->write(*again, this, answer);
}

QString OutboxReviewActions::relinkUnavailable() const {
    if (!m_outbox)
        return m_why;
    return m_relink ? QString() : tr("relinking is not available in this build");
}

void OutboxReviewActions::relink(const OutcomeRecord &decision, const LinkCorrection &correction, Done done) {
    if (!relinkUnavailable().isEmpty())
        return done(false, relinkUnavailable());
    m_relink(decision, correction, std::move(done));
}

} // namespace callbridge::review
