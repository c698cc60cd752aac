#include "dryrunwriter.h"

#include <QPointer>
#include <QTimer>

namespace callbridge {

using namespace zendesk;

namespace {
template <typename T> void answerLater(QObject *context, Callback<T> done, const Result<T> &result) {
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    });
}
} // namespace

void DryRunWriter::write(const Write &write, QObject *context, Callback<WriteResult> done) {
    ++m_skipped;
    m_log << writeKindName(write.kind) + u' ' + write.idempotencyKey;
    WriteResult result;
    const bool update = write.kind == Write::Kind::UpdateTicket || write.kind == Write::Kind::UpdateUser
                        || write.kind == Write::Kind::AddUserIdentity;
    result.id = update ? write.targetId : -m_skipped;
    answerLater(context, std::move(done), Result<WriteResult>::success(result));
}

void DryRunWriter::screenPop(qint64, PopTarget, qint64, QObject *context, Callback<bool> done) {
    answerLater(context, std::move(done), Result<bool>::success(true));
}

} // namespace callbridge
