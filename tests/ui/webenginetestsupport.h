#pragma once

#include <QString>
#include <QVariant>
#include <QWebEngineScript>
#include <functional>

class QWebEnginePage;

namespace callbridge::ui::test {

constexpr int kPageTimeoutMs = 20'000;

// Runs the event loop until `condition` holds or `timeoutMs` passes (no sleeps). Returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = kPageTimeoutMs);

// Evaluates `code` in `world` and waits for the result; an invalid QVariant when it does not come.
QVariant evaluate(QWebEnginePage *page, const QString &code, quint32 world = QWebEngineScript::MainWorld,
                  int timeoutMs = kPageTimeoutMs);

// A valid contact event as the host page sends it.
QString validContactEventJson(const QString &contactId, const QString &event = QStringLiteral("connecting"));

} // namespace callbridge::ui::test
