#include "replaycommand.h"

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
    QTextStream(stderr) << "usage: callbridge replay [--dry-run] [--settings FILE] [--zendesk-url URL] "
                           "[--zendesk-email EMAIL] FILE|-\n";
    return 2;
}
