#include "fakezendesk.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

namespace callbridge::zendesk::test {

QString RecordedRequest::path() const {
    const qsizetype question = target.indexOf('?');
    return QString::fromLatin1(question < 0 ? target : target.left(question));
}

QUrlQuery RecordedRequest::query() const {
    const qsizetype question = target.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1)));
}

QJsonObject RecordedRequest::json() const {
    return QJsonDocument::fromJson(body).object();
}

CannedResponse CannedResponse::json(int status, const QJsonObject &body,
                                    QList<std::pair<QByteArray, QByteArray>> headers) {
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(headers));
}

CannedResponse CannedResponse::raw(int status, QByteArray body,
                                   QList<std::pair<QByteArray, QByteArray>> headers) {
    return {Action::Respond, status, std::move(body), std::move(headers)};
}

FakeZendesk::FakeZendesk() {
    m_server.listen(QHostAddress::LocalHost, 0);
    m_port = m_server.serverPort();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeZendesk::onNewConnection);
}

void FakeZendesk::stopListening() {
    m_server.close();
}

bool FakeZendesk::listenAgain() {
    return m_server.listen(QHostAddress::LocalHost, m_port);
}

QUrl FakeZendesk::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void FakeZendesk::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeZendesk::onReadyRead(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    RecordedRequest request;
    while (takeRequest(buffer, request)) {
        m_requests << request;
        CannedResponse response = CannedResponse::raw(418, "{\"error\":\"NoCannedResponse\"}");
        if (!m_responses.empty()) {
            response = std::move(m_responses.front());
            m_responses.pop_front();
        }
        answer(socket, response);
        Q_EMIT requestReceived();
        if (response.action
            != CannedResponse::Action::Respond) { // Reset, Hang and Truncate end the connection
            return;
        }
    }
}

bool FakeZendesk::takeRequest(QByteArray &buffer, RecordedRequest &request) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request = RecordedRequest{};
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return false;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

void FakeZendesk::answer(QTcpSocket *socket, const CannedResponse &response) {
    switch (response.action) {
    case CannedResponse::Action::Hang:
        return;
    case CannedResponse::Action::Reset:
        socket->abort();
        return;
    case CannedResponse::Action::Respond:
    case CannedResponse::Action::Truncate:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.toLower() == "content-type";
    }
    if (!hasContentType) {
        head += "Content-Type: application/json\r\n";
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (response.action == CannedResponse::Action::Truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(head + response.body);
}

} // namespace callbridge::zendesk::test
