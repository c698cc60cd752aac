#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace callbridge::sandbox {

class CcpSimulator;

// Server-neutral request and reply, so that the simulator's HTTP surface is testable without a socket and can
// be mounted on whatever router the sandbox server has (see ccproutes.h).
struct CcpHttpRequest {
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, without the query
    QUrlQuery query;
    QByteArray body;
};

struct CcpHttpReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The simulated CCP's HTTP surface:
//   GET  /ccp-v2/                       the CCP page Streams frames (and its ccp.js, ccp.css)
//   GET  /sandbox/ccp/snapshot?version=N  the agent update, or just {"version"} while N is current
//   POST /sandbox/ccp/api               {"method","params"} → {"data","err"} (Streams api_request)
//   GET  /sandbox/ccp/agent, POST /sandbox/ccp/agent/state {"state"}
//   POST /sandbox/calls, GET /sandbox/contacts[/{id}], POST
//   /sandbox/contacts/{id}/{accept|reject|hangup|clear} GET  /sandbox/ccp/                  the hand-driven
//   control page
class CcpHttpApi {
public:
    explicit CcpHttpApi(CcpSimulator &simulator);

    // Origins (scheme://host[:port]) besides the sandbox's own that may frame /ccp-v2/, like Connect's
    // approved origins. The page is served with `Content-Security-Policy: frame-ancestors 'self' <origins>`.
    void setApprovedOrigins(const QStringList &origins);
    QStringList approvedOrigins() const { return m_approvedOrigins; }

    // nullopt when the path is not the simulator's.
    std::optional<CcpHttpReply> handle(const CcpHttpRequest &request) const;

    // Path patterns this API answers, for routers that register routes one by one ("*" = rest of the path).
    static QStringList pathPrefixes();

private:
    CcpHttpReply staticFile(const QString &name) const;
    CcpHttpReply snapshot(const CcpHttpRequest &request) const;
    CcpHttpReply api(const CcpHttpRequest &request) const;
    CcpHttpReply agent() const;
    CcpHttpReply agentState(const CcpHttpRequest &request) const;
    CcpHttpReply placeCall(const CcpHttpRequest &request) const;
    CcpHttpReply contacts() const;
    std::optional<CcpHttpReply> contactRoute(const CcpHttpRequest &request) const;

    CcpSimulator &m_simulator;
    QStringList m_approvedOrigins;
};

} // namespace callbridge::sandbox
