#pragma once

#include "enginefixture.h"
#include "eventloopwait.h"
#include "replay/replayrunner.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <optional>

namespace callbridge::test {

// One contact event as a replay file holds it: compact JSON, one line.
inline QByteArray jsonLine(const ContactEvent &event) {
    return QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n';
}

// Ringing, answered, hung up `seconds` later: the lines of one answered call.
inline QByteArray answeredCallLines(const Call &call, int seconds = 90) {
    return jsonLine(call.event(ContactEventKind::Connecting))
           + jsonLine(call.event(ContactEventKind::Connected, 5))
           + jsonLine(call.event(ContactEventKind::Ended, 5 + seconds));
}

// What one replay printed and how it ended.
struct ReplayRun {
    std::optional<int> exitCode; // empty: the runner did not finish in time
    QString out;
    QString err;
    int rejectedLines = 0;
    int failedOutcomes = 0;

    QList<QJsonObject> outcomes() const {
        QList<QJsonObject> parsed;
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            parsed << QJsonDocument::fromJson(line.toUtf8()).object();
        return parsed;
    }
};

// Runs a ReplayRunner over `engine` with `input` (opened here if it is not open yet) until it finishes,
// waiting at most `timeoutMs`. With `time` (the engine's scheduler), manual time moves on whenever only its
// tasks are left.
inline ReplayRun replay(CallEngine &engine, QIODevice &input, ManualTime *time = nullptr,
                        int timeoutMs = 20000) {
    if (!input.isOpen())
        input.open(QIODevice::ReadOnly);
    ReplayRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    ReplayRunner runner(engine, input, out, err);
    QObject::connect(&runner, &ReplayRunner::finished, &runner, [&run](int code) { run.exitCode = code; });
    runner.start();
    const auto finished = [&run] {
        return run.exitCode.has_value();
    };
    if (time)
        waitAdvancing(*time, finished, timeoutMs);
    else
        waitUntil(finished, timeoutMs);
    out.flush();
    err.flush();
    run.rejectedLines = runner.rejectedLines();
    run.failedOutcomes = runner.failedOutcomes();
    return run;
}

inline ReplayRun replay(CallEngine &engine, const QByteArray &lines, ManualTime *time = nullptr,
                        int timeoutMs = 20000) {
    QBuffer input;
    input.setData(lines);
    return replay(engine, input, time, timeoutMs);
}

} // namespace callbridge::test
