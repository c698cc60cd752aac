#include "replayrunner.h"

#include <QJsonDocument>
#include <QTimer>

namespace callbridge {

ReplayRunner::ReplayRunner(CallEngine &engine, QIODevice &input, QTextStream &out, QTextStream &err,
                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_input(input)
    , m_out(out)
    , m_err(err) {
    connect(&m_engine, &CallEngine::outcome, this, [this](const CallOutcome &o) {
        if (o.outcome == Outcome::Failed)
            ++m_failed;
        m_out << QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact)) << '\n';
        m_out.flush();
    });
    connect(&m_engine, &CallEngine::fatalError, this, [this](const QString &message) {
        m_err << "callbridge replay: " << message << '\n';
        m_err.flush();
        finish(1);
    });
    connect(&m_engine, &CallEngine::signInRetrying, this, [this](const QString &message) {
        m_err << "callbridge replay: " << message << '\n';
        m_err.flush();
    });
    connect(&m_engine, &CallEngine::idle, this, [this] {
        if (m_waiting) {
            m_waiting = false;
            QTimer::singleShot(0, this, &ReplayRunner::next);
        }
    });
    connect(&m_engine, &CallEngine::ready, this,
            [this] { QTimer::singleShot(0, this, &ReplayRunner::next); });
}

void ReplayRunner::start() {
    if (m_engine.isReady())
        QTimer::singleShot(0, this, &ReplayRunner::next);
    else
        m_engine.start();
}

void ReplayRunner::next() {
    if (m_done)
        return;
    while (!m_input.atEnd() || m_input.canReadLine()) {
        const QByteArray line = m_input.readLine(256 * 1024).trimmed();
        ++m_line;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (const auto error = m_engine.handleJson(line)) {
            ++m_rejected;
            m_err << "callbridge replay: line " << m_line << " rejected: " << error->message << '\n';
            m_err.flush();
            continue;
        }
        return afterEvent();
    }
    finish(m_rejected > 0 ? 2 : (m_failed > 0 ? 3 : 0));
}

void ReplayRunner::afterEvent() {
    if (m_engine.isIdle()) {
        QTimer::singleShot(0, this, &ReplayRunner::next);
        return;
    }
    m_waiting = true;
}

void ReplayRunner::finish(int exitCode) {
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(exitCode);
}

} // namespace callbridge
