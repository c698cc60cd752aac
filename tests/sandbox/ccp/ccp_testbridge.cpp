#include "ccp_testbridge.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <algorithm>
#include <cstdio>

void TestBridge::contactEvent(const QString &json) {
    contactEvents.append(QJsonDocument::fromJson(json.toUtf8()).object());
    Q_EMIT received();
}

void TestBridge::agentState(const QString &json) {
    agentStates.append(QJsonDocument::fromJson(json.toUtf8()).object());
    Q_EMIT received();
}

void TestBridge::log(const QString &level, const QString &message) {
    logs.append(level + QStringLiteral(": ") + message);
    std::fprintf(stderr, "[bridge log] %s: %s\n", qPrintable(level), qPrintable(message));
    Q_EMIT received();
}

QJsonObject TestBridge::waitForContactEvent(const Predicate &predicate, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    QSignalSpy spy(this, &TestBridge::received);
    qsizetype checked = 0;
    while (true) {
        for (; checked < contactEvents.size(); ++checked) {
            if (predicate(contactEvents.at(checked)))
                return contactEvents.at(checked);
        }
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0 || !spy.wait(int(remaining)))
            return {};
    }
}

bool TestBridge::waitForAgentState(int timeoutMs) {
    return waitUntil([this] { return !agentStates.isEmpty(); }, timeoutMs);
}

bool TestBridge::waitForLog(const QString &fragment, int timeoutMs) {
    return waitUntil(
        [&] {
            return std::any_of(logs.cbegin(), logs.cend(),
                               [&](const QString &line) { return line.contains(fragment); });
        },
        timeoutMs);
}

bool TestBridge::waitUntil(const std::function<bool()> &condition, int timeoutMs) {
    QSignalSpy spy(this, &TestBridge::received);
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0 || !spy.wait(int(remaining)))
            return false;
    }
    return true;
}

void LoggingPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                           int lineNumber, const QString &sourceID) {
    if (level == InfoMessageLevel && qEnvironmentVariableIsEmpty("CALLBRIDGE_TEST_VERBOSE"))
        return;
    std::fprintf(stderr, "[js %d] %s:%d %s\n", int(level), qPrintable(sourceID), lineNumber,
                 qPrintable(message));
}
