#include "launchhardening.h"

#include "secrets/apitoken.h"

#include <QByteArray>
#include <QByteArrayList>
#include <cstdio>

namespace callbridge::app {

#ifndef CALLBRIDGE_DEVELOPER_BUILD
namespace {

constexpr char kRemoteDebuggingVariable[] = "QTWEBENGINE_REMOTE_DEBUGGING";
constexpr char kChromiumFlagsVariable[] = "QTWEBENGINE_CHROMIUM_FLAGS";

bool isRemoteDebuggingFlag(const QByteArray &argument) {
    return argument.startsWith("--remote-debugging-") || argument.startsWith("-remote-debugging-")
           || argument.startsWith("--remote-allow-origins");
}

void refused(const char *what) {
    std::fprintf(stderr, "callbridge: remote debugging is disabled in this build; ignoring %s\n", what);
}

} // namespace
#endif

void hardenLaunch(int &argc, char **argv) {
    takeApiTokenFromEnvironment();
#ifndef CALLBRIDGE_DEVELOPER_BUILD
    if (qEnvironmentVariableIsSet(kRemoteDebuggingVariable)) {
        refused(kRemoteDebuggingVariable);
        qunsetenv(kRemoteDebuggingVariable);
    }
    int kept = argc > 0 ? 1 : 0;
    for (int i = kept; i < argc; ++i) {
        if (isRemoteDebuggingFlag(QByteArray(argv[i])))
            refused(argv[i]);
        else
            argv[kept++] = argv[i];
    }
    for (int i = kept; i < argc; ++i)
        argv[i] = nullptr;
    argc = kept;

    const QByteArrayList flags = qgetenv(kChromiumFlagsVariable).split(' ');
    QByteArrayList keptFlags;
    bool dropped = false;
    for (const QByteArray &flag : flags) {
        const bool debugging = isRemoteDebuggingFlag(flag);
        dropped = dropped || debugging;
        if (!debugging && !flag.isEmpty())
            keptFlags << flag;
    }
    if (dropped) {
        refused("--remote-debugging-* in QTWEBENGINE_CHROMIUM_FLAGS");
        qputenv(kChromiumFlagsVariable, keptFlags.join(' '));
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
}

} // namespace callbridge::app
