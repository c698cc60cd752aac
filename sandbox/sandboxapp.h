#pragma once

#include "sandbox/sandboxserver.h"
#include "sandbox/zendesk/knobs.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace callbridge::sandbox {

namespace zendesk {
class ZendeskService;
}

// What `callbridge-sandbox` is told on its command line (see parseSandboxArguments()).
struct SandboxOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;       // 0 = any free port
    bool ephemeral = false; // SQLite in memory instead of <dataDir>/zendesk.sqlite
    QString dataDir;        // default: <generic data location>/callbridge-sandbox
    zendesk::ZendeskConfig zendesk;
};

// Parses: --listen HOST:PORT, --ephemeral, --data-dir DIR, --index-lag S, --rate-limit N, --fault-rate R,
// --fault-kinds 429,500,503,reset,timeout, --latency-ms MS, --jitter-ms MS, --seed N, --email E, --token T.
// `arguments` includes the program name. Returns false with a message for bad input; `--help` sets *helpText.
bool parseSandboxArguments(const QStringList &arguments, SandboxOptions *options, QString *error,
                           QString *helpText = nullptr);

// The sandbox with its local Zendesk, ready to run in-process (tests, `callbridge --demo`) or in the
// executable. More route groups (the simulated CCP) are registered on server().
class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens the store (seeding it when new) and listens. Refuses non-loopback addresses.
    bool start(const SandboxOptions &options, QString *error);
    QUrl baseUrl() const { return m_server.baseUrl(); }
    SandboxServer &server() { return m_server; }
    zendesk::ZendeskService &zendesk() { return *m_zendesk; }

private:
    SandboxServer m_server;
    std::unique_ptr<zendesk::ZendeskService> m_zendesk;
};

} // namespace callbridge::sandbox
