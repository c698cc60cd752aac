#include "timingtrace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

namespace callbridge::app {

namespace {
QElapsedTimer &processClock() {
    static QElapsedTimer clock;
    return clock;
}
} // namespace

void TimingTrace::startClock() {
    processClock().start();
}

qint64 TimingTrace::elapsedMs() {
    return processClock().isValid() ? processClock().elapsed() : 0;
}

void TimingTrace::mark(const QString &what, QJsonObject fields) const {
    if (!m_enabled)
        return;
    fields.insert(QStringLiteral("trace"), what);
    fields.insert(QStringLiteral("ms"), elapsedMs());
    QTextStream(stdout) << QJsonDocument(fields).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace callbridge::app
