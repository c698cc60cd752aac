#include "dryrungateway.h"

#include <QPointer>
#include <QTimer>

namespace callbridge {

using namespace zendesk;

void DryRunGateway::write(const Write &write, QObject *context, Callback<WriteResult> done) {
    ++m_skipped;
    WriteResult result;
    const bool update = write.kind == Write::Kind::UpdateTicket || write.kind == Write::Kind::UpdateUser;
    result.id = update ? write.targetId : -m_skipped;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result] {
        if (guard)
            done(Result<WriteResult>::success(result));
    });
}

void DryRunGateway::screenPop(qint64, PopTarget, qint64, QObject *context, Callback<bool> done) {
    QPointer<QObject> guard(context); // a rehearsal shows nothing on anyone's screen
    QTimer::singleShot(0, context, [guard, done = std::move(done)] {
        if (guard)
            done(Result<bool>::success(true));
    });
}

} // namespace callbridge
