#include "httpconnection.h"

#include <QTimer>

namespace callbridge::sandbox {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;

} // namespace

struct HttpResponder::State {
    QPointer<HttpConnection> connection;
    bool answered = false;
};

HttpResponder::HttpResponder(HttpConnection *connection)
    : d(std::make_shared<State>()) {
    d->connection = connection;
}

void HttpResponder::send(const HttpResponse &response) const {
    if (!d || d->answered)
        return;
    d->answered = true;
    if (d->connection)
        d->connection->writeResponse(response, false);
}

void HttpResponder::abortConnection() const {
    if (!d || d->answered)
        return;
    d->answered = true;
    if (d->connection)
        d->connection->abort();
}

void HttpResponder::sendTruncatedAndAbort(const HttpResponse &response) const {
    if (!d || d->answered)
        return;
    d->answered = true;
    if (d->connection)
        d->connection->writeResponse(response, true);
}

bool HttpResponder::isAnswered() const {
    return d && d->answered;
}

bool HttpResponder::isConnected() const {
    return d && d->connection && d->connection->isConnected();
}

HttpConnection::HttpConnection(QTcpSocket *socket, RequestCallback onRequest, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_onRequest(std::move(onRequest)) {
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

bool HttpConnection::isConnected() const {
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead() {
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer() {
    while (!m_busy && m_socket) {
        if (m_expectedBody < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > maxHeadBytes)
                    failAndClose(413, QByteArrayLiteral("request head too large"));
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head))
                return;
        }
        if (m_buffer.size() < m_expectedBody)
            return;
        m_pending.body = m_buffer.left(m_expectedBody);
        m_buffer.remove(0, m_expectedBody);
        m_expectedBody = -1;
        m_busy = true;
        HttpRequest request = std::move(m_pending);
        m_pending = HttpRequest();
        m_onRequest(std::move(request), HttpResponder(this));
    }
}

bool HttpConnection::parseHead(const QByteArray &head) {
    RequestHead parsed = parseRequestHead(head);
    if (parsed.errorStatus != 0) {
        failAndClose(parsed.errorStatus, parsed.error);
        return false;
    }
    parsed.request.peer = m_socket->peerAddress();
    m_closeAfterResponse = parsed.closeAfterResponse;
    m_headRequest = parsed.headRequest;
    m_expectedBody = parsed.bodyLength;
    m_pending = std::move(parsed.request);
    return true;
}

void HttpConnection::writeResponse(const HttpResponse &response, bool truncateAndAbort) {
    if (!m_socket)
        return;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0
            && header.first.compare("Connection", Qt::CaseInsensitive) != 0)
            out += header.first + ": " + header.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += m_closeAfterResponse ? QByteArrayLiteral("Connection: close\r\n\r\n")
                                : QByteArrayLiteral("Connection: keep-alive\r\n\r\n");
    if (truncateAndAbort) {
        out += response.body.left(response.body.size() / 2);
        m_socket->write(out);
        m_socket->flush();
        abort();
        return;
    }
    if (!m_headRequest)
        out += response.body;
    m_socket->write(out);
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    m_busy = false;
    // Continue with a pipelined request, if any, outside the caller's stack.
    QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::abort() {
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void HttpConnection::failAndClose(int status, const QByteArray &message) {
    m_closeAfterResponse = true;
    m_busy = true;
    writeResponse(HttpResponse::text(status, message), false);
}

} // namespace callbridge::sandbox
