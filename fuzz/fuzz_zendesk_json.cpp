// Zendesk's answers: any body a proxy, a captive portal or a broken Zendesk could send back.
#include "zendesk/zendeskhttperror.h"
#include "zendesk/zendeskjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace callbridge::zendesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const int status = 200 + data[0] * 2; // 200…710: successes, refusals, outages
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // The message stays short whatever the body (a detail's field name once multiplied an 8 KiB body into 8
    // MiB).
    if (errorForHttpStatus(status, body).message.size() > 2000)
        std::abort();
    (void)parseRetryAfter(body.left(64), QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    (void)json::userFromEnvelope(object);
    (void)json::ticketFromEnvelope(object);
    (void)json::usersFromList(object);
    (void)json::ticketsFromList(object);
    (void)json::usersFromSearch(object);
    (void)json::ticketsFromSearch(object);
    return 0;
}
