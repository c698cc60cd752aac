#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace callbridge::ui {

// One running app per desktop user and settings file. The first start listens on a local socket private to
// the user (in the user's runtime directory, and UserAccessOption); a second start hands its arguments to it
// (`callbridge tel:+442071234567`) and exits, and the first emits argumentsReceived().
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket for this user and settings file: <runtime dir>/callbridge-<hash> (a per-user pipe name on
    // Windows).
    static QString serverNameFor(const QString &settingsPath);

    // Hands `arguments` to a running instance; true once it confirmed them. Waits at most `timeoutMs` in a
    // local event loop (so a listener in this same process still answers).
    bool forwardToRunning(const QStringList &arguments, int timeoutMs = 3000);
    // Becomes the running instance. A socket left by one that crashed is replaced.
    bool listen(QString *error = nullptr);
    QString fullServerName() const;

    static constexpr qint64 kMaxMessageBytes = 64 * 1024;
    static constexpr int kReadTimeoutMs = 5000; // a client that sends no whole message by then is dropped

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void onConnection();
    void onReadable(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace callbridge::ui
