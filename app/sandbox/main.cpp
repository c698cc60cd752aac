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
    if (!sandbox.start(options, &error)) {
        std::fprintf(stderr, "callbridge-sandbox: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(sandbox.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
