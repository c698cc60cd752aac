#pragma once

#include "httpmessage.h"
#include "httpresponder.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <functional>

namespace callbridge::sandbox {

// Reads HTTP/1.1 requests (Content-Length bodies, keep-alive) from one socket, one at a time: the next
// request is parsed only after the current one has been answered.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using RequestCallback = std::function<void(HttpRequest, HttpResponder)>;

    HttpConnection(QTcpSocket *socket, RequestCallback onRequest, QObject *parent = nullptr);

    void writeResponse(const HttpResponse &response, bool truncateAndAbort);
    void abort();
    bool isConnected() const;

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(const QByteArray &head);
    void failAndClose(int status, const QByteArray &message);

    QPointer<QTcpSocket> m_socket;
    RequestCallback m_onRequest;
    QByteArray m_buffer;
    HttpRequest m_pending;
    qint64 m_expectedBody = -1; // -1: still reading the head
    bool m_busy = false;        // a request is waiting for its answer
    bool m_closeAfterResponse = false;
    bool m_headRequest = false; // answer without a body
};

} // namespace callbridge::sandbox
