#include "replaycommand.h"
#include "reviewcommand.h"
#include "tokencommand.h"

#ifdef CALLBRIDGE_HAVE_UI
#include "desktopcommand.h"

#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Callbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("callbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLBRIDGE_VERSION));

    if (argc >= 2 && qstrcmp(argv[1], "replay") == 0) {
        QCoreApplication app(argc, argv);
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1); // "replay"
        return callbridge::app::runReplay(args);
    }
    if (argc >= 2 && qstrcmp(argv[1], "store-token") == 0) {
        QCoreApplication app(argc, argv);
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1); // "store-token"
        return callbridge::app::runStoreToken(args);
    }
    if (argc >= 2 && qstrcmp(argv[1], "review") == 0) {
        QCoreApplication app(argc, argv);
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1); // "review"
        return callbridge::app::runReview(args);
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
                           "(this build has no desktop UI: configure with -DCALLBRIDGE_UI=ON)\n";
    return 2;
#endif
}
