#include "launchhardening.h"
#include "relinkcommand.h"
#include "replaycommand.h"
#include "reviewcommand.h"
#include "secrets/apitoken.h"
#include "teamsetupcommand.h"
#include "timingtrace.h"
#include "tokencommand.h"

#ifdef CALLBRIDGE_HAVE_UI
#include "desktopcommand.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv) {
    callbridge::app::TimingTrace::startClock();
    // First of all: nothing below (WebEngine, the sandbox, the browser) may inherit the session's secrets or
    // enable remote debugging.
    callbridge::app::hardenLaunch(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Callbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("callbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBRIDGE_VERSION));

    if (argc == 2 && (qstrcmp(argv[1], "--version") == 0 || qstrcmp(argv[1], "-v") == 0)) {
        std::printf("callbridge %s (Qt %s)\n", CALLBRIDGE_VERSION, qVersion());
        return 0;
    }

    // Headless commands: `callbridge <command> [options]`, each with a QCoreApplication only.
    const struct {
        const char *name;
        int (*run)(const QStringList &arguments);
    } commands[] = {{"replay", callbridge::app::runReplay},
                    {"relink", callbridge::app::runRelink},
                    {"review", callbridge::app::runReview},
                    {"store-token", callbridge::app::runStoreToken},
                    {"team-setup", callbridge::app::runTeamSetup}};
    for (const auto &command : commands) {
        if (argc >= 2 && qstrcmp(argv[1], command.name) == 0) {
            QCoreApplication app(argc, argv);
            QStringList args = QCoreApplication::arguments();
            args.removeAt(1); // the command's name
            return command.run(args);
        }
    }
#ifdef CALLBRIDGE_HAVE_UI
    QCoreApplication::setAttribute(
        Qt::AA_ShareOpenGLContexts); // Qt WebEngine needs it before the application
    QApplication app(argc, argv);
    return callbridge::app::runDesktop(QCoreApplication::arguments());
#else
    QTextStream(stderr) << "usage: callbridge replay [--dry-run] [--settings FILE] [--zendesk-url URL] "
                           "[--zendesk-email EMAIL] [--journal PATH] FILE|-\n"
                           "       callbridge review [--journal PATH] [--from T] [--to T] [--agent NAME] "
                           "[--outcome O] [--mode M] [--phone P] [--ticket N] [--links] [--csv FILE|-]\n"
                           "       callbridge relink CONTACT_ID (--new-ticket | --ticket N | --user N) "
                           "[--reason TEXT] --journal PATH [--settings FILE] [--sandbox URL]\n"
                           "(this build has no desktop UI: configure with -DCALLBRIDGE_UI=ON)\n";
    return 2;
#endif
}
