// callbridge-sandbox: wiring only. Flags and control API: sandbox/README.md.
#include "ccproutes.h"
#include "ccpsimulator.h"
#include "sandbox/sandboxapp.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callbridge-sandbox"));

    callbridge::sandbox::SandboxOptions options;
    QString error;
    QString help;
    if (!callbridge::sandbox::parseSandboxArguments(QCoreApplication::arguments(), &options, &error, &help)) {
        std::fprintf(stderr, "callbridge-sandbox: %s\n", qUtf8Printable(error));
        return 2;
    }
    if (!help.isEmpty()) {
        std::fputs(qUtf8Printable(help), stdout);
        return 0;
    }

    callbridge::sandbox::Sandbox sandbox;
    callbridge::sandbox::CcpSimulator ccp;
    callbridge::sandbox::registerCcpRoutes(sandbox.server(), ccp);
#ifdef CALLBRIDGE_SANDBOX_HAS_SOFTPHONE
    // The app's host page in served mode: a browser opening /softphone/host.html runs the same Streams bundle
    // and host.js against the simulated CCP (on the same origin, so the CCP lets it frame it).
    sandbox.server().serveStatic(QStringLiteral("/softphone/"), QStringLiteral(":/softphone"));
#endif
    if (!sandbox.start(options, &error)) {
        std::fprintf(stderr, "callbridge-sandbox: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(sandbox.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
