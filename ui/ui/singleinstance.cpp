#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>
#include <optional>

namespace callbridge::ui {

namespace {

QByteArray encode(const QStringList &arguments) {
    return QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QStringList> decode(const QByteArray &line) {
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isArray())
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        arguments << value.toString();
    }
    return arguments;
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(serverName)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &settingsPath) {
    const QString canonical = QFileInfo(settingsPath).absoluteFilePath();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_WIN
    // Pipe names are global: the user's name keeps users apart, UserAccessOption keeps others out.
    return QStringLiteral("callbridge-%1-%2").arg(qEnvironmentVariable("USERNAME"), hash);
#else
    // The runtime directory is the user's alone (0700), so no other user can take or squat the name.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime).filePath(QStringLiteral("callbridge-") + hash);
#endif
}

QString SingleInstance::fullServerName() const {
    return m_server ? m_server->fullServerName() : QString();
}

bool SingleInstance::forwardToRunning(const QStringList &arguments, int timeoutMs) {
    QLocalSocket socket;
    QEventLoop loop;
    bool confirmed = false;
    QByteArray answer;
    connect(&socket, &QLocalSocket::connected, &loop, [&] { socket.write(encode(arguments)); });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.contains('\n')) {
            confirmed = answer.startsWith("ok\n");
            loop.quit();
        }
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, [&] { loop.quit(); });
    connect(&socket, &QLocalSocket::disconnected, &loop, [&] { loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // transport guard: no answer, no forward
    socket.connectToServer(m_name);
    if (socket.state() != QLocalSocket::UnconnectedState)
        loop.exec();
    return confirmed;
}

bool SingleInstance::listen(QString *error) {
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(8);
    if (!m_server->listen(m_name)) {
        // Nobody answered on it (forwardToRunning came first), so it is a crashed instance's socket.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            if (error)
                *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::onReadable(QLocalSocket *socket) {
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessageBytes)
            socket->abort();
        return;
    }
    const std::optional<QStringList> arguments = decode(socket->readLine(kMaxMessageBytes + 1));
    if (!arguments) {
        socket->abort();
        return;
    }
    socket->write("ok\n");
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(*arguments);
}

} // namespace callbridge::ui
