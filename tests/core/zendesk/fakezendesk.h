#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <deque>
#include <utility>

class QTcpSocket;

namespace callbridge::zendesk::test {

// What the fake received: one HTTP request as the client put it on the wire.
struct RecordedRequest {
    QByteArray method;
    QByteArray target;                     // path and raw (still encoded) query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QString path() const;
    QUrlQuery query() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
};

// One scripted answer.
struct CannedResponse {
    enum class Action { Respond, Reset, Hang, Truncate };

    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static CannedResponse json(int status, const QJsonObject &body,
                               QList<std::pair<QByteArray, QByteArray>> headers = {});
    static CannedResponse raw(int status, QByteArray body,
                              QList<std::pair<QByteArray, QByteArray>> headers = {});
    static CannedResponse reset() { return {Action::Reset, 0, {}, {}}; }
    static CannedResponse hang() { return {Action::Hang, 0, {}, {}}; }
    // Announces the whole body, sends half of it, then drops the connection.
    static CannedResponse truncated(int status, QByteArray body) {
        return {Action::Truncate, status, body, {}};
    }
};

// A scripted Zendesk on 127.0.0.1: answers requests in arrival order from a queue of canned responses and
// records them. An unscripted request gets a 418 so that it shows up as an error in the test.
class FakeZendesk : public QObject {
    Q_OBJECT
public:
    FakeZendesk();

    QUrl baseUrl() const;
    // Refuses connections until listenAgain(), which listens on the same port once more.
    void stopListening();
    bool listenAgain();
    void enqueue(CannedResponse response) { m_responses.push_back(std::move(response)); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    int pendingResponses() const { return static_cast<int>(m_responses.size()); }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool takeRequest(QByteArray &buffer, RecordedRequest &request);
    void answer(QTcpSocket *socket, const CannedResponse &response);

    QTcpServer m_server;
    quint16 m_port = 0;
    std::deque<CannedResponse> m_responses;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace callbridge::zendesk::test
