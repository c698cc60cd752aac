#pragma once

#include <QJsonObject>

namespace callbridge::sandbox {

class CcpSimulator;
struct CcpContact;

// The JSON the sandbox's CCP page turns into Streams' `agent::update` payload. Timestamps are ISO 8601
// strings here; the page converts every `*timestamp`/`*Timestamp`/`timeStamp` field to a Date before posting,
// because Streams calls getTime() on them (it turns them into Date objects itself).
QJsonObject ccpConfigurationJson(const CcpSimulator &simulator);
QJsonObject ccpSnapshotJson(const CcpSimulator &simulator);
// {"version", "configuration", "snapshot"}
QJsonObject ccpAgentUpdateJson(const CcpSimulator &simulator);

// What `GET /sandbox/contacts/{id}` answers: the contact as the control API describes it.
QJsonObject ccpContactStatusJson(const CcpContact &contact);

} // namespace callbridge::sandbox
