#pragma once

#include "ui/externalopener.h"

#include <QList>
#include <QString>
#include <QUrl>
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

// An opener that records what it would have opened in the system browser (and says it did).
ExternalOpener recordingOpener(QList<QUrl> *opened);

// A JavaScript string literal holding `text`.
QString jsString(const QString &text);

} // namespace callbridge::ui::test
