#pragma once

#include <QDateTime>
#include <QString>

namespace callbridge::sandbox::zendesk {

class ZendeskStore;

// Stable ids of the seeded demo data (documented in sandbox/README.md).
namespace seed {
constexpr qint64 agentId = 1000;
constexpr qint64 adaId = 1001;    // "+1 (555) 010-0001", tickets 7001 open, 7002 solved, 7003 closed
constexpr qint64 brianId = 1002;  // "+15550100002", ticket 7004 new (external_id "seed-contact-7004")
constexpr qint64 carmenId = 1003; // shared "+1 555-010-0003"
constexpr qint64 danId = 1004;    // shared "+15550100003"
constexpr qint64 eveId = 1005;    // GB "+44 20 7946 0958", ticket 7005 closed
constexpr qint64 frankId = 1006;  // "+1 513.555.7611", external_id "crm-1006", ticket 7006 open
constexpr qint64 graceId = 1007;  // no phone
constexpr qint64 firstTicketId = 7001;
} // namespace seed

// Replaces the store's content with the demo data; times are relative to `now`.
void seedDemoData(ZendeskStore &store, const QDateTime &now, const QString &agentEmail);

} // namespace callbridge::sandbox::zendesk
