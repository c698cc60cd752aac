#include "environmenttoken.h"

#include <QByteArray>

namespace callbridge {

namespace {

struct TakenToken {
    bool taken = false;
    QString value;
};

TakenToken &takenToken() {
    static TakenToken token;
    return token;
}

} // namespace

void takeEnvironmentToken() {
    TakenToken &token = takenToken();
    if (!token.taken) {
        token.taken = true;
        token.value = QString::fromLocal8Bit(qgetenv(kTokenVariable)).trimmed();
    }
    qunsetenv(kTokenVariable);
}

QString environmentToken() {
    return takenToken().value;
}

} // namespace callbridge
