#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QWebEnginePage>
#include <functional>

// Stands in for the app's bridge object: the QWebChannel object `bridge` with the methods resources/softphone
// README.md says C++ must expose. It records what arrives.
class TestBridge : public QObject {
    Q_OBJECT
public:
    using Predicate = std::function<bool(const QJsonObject &)>;

    QList<QJsonObject> contactEvents;
    QList<QJsonObject> agentStates;
    QStringList logs;

    // Runs the event loop until a recorded contact event matches, or `timeoutMs` passes. Returns the match or
    // {}.
    QJsonObject waitForContactEvent(const Predicate &predicate, int timeoutMs);
    bool waitForAgentState(int timeoutMs);
    bool waitForLog(const QString &fragment, int timeoutMs);

public Q_SLOTS:
    void contactEvent(const QString &json);
    void agentState(const QString &json);
    void log(const QString &level, const QString &message);

Q_SIGNALS:
    void dialRequested(const QString &e164);
    void received();

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
};

// Prints the page's console (all frames) so that a failing run explains itself.
class LoggingPage : public QWebEnginePage {
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;
};
