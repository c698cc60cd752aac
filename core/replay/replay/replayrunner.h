#pragma once

#include "engine/callengine.h"

#include <QIODevice>
#include <QObject>
#include <QTextStream>

namespace callbridge {

// Drives a CallEngine from a stream of contact events, one JSON object per line, exactly as the app would:
// each event's Zendesk work is finished before the next line is read. Prints one JSON line per outcome to
// `out` and a clear message per rejected line to `err`.
class ReplayRunner : public QObject {
    Q_OBJECT
public:
    ReplayRunner(CallEngine &engine, QIODevice &input, QTextStream &out, QTextStream &err,
                 QObject *parent = nullptr);

    void start();
    int rejectedLines() const { return m_rejected; }
    int failedOutcomes() const { return m_failed; }

Q_SIGNALS:
    // 0: every line processed and written; 1: the engine could not start (e.g. Zendesk refused the
    // credentials); 2: some lines were rejected; 3: some writes failed.
    void finished(int exitCode);

private:
    void next();
    void afterEvent();
    void finish(int exitCode);

    CallEngine &m_engine;
    QIODevice &m_input;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_line = 0;
    int m_rejected = 0;
    int m_failed = 0;
    bool m_waiting = false;
    bool m_done = false;
};

} // namespace callbridge
