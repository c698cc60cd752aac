#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge replay [--dry-run] [--settings FILE] [--zendesk-url URL] [--zendesk-email EMAIL] FILE|-`
// Runs a QCoreApplication event loop; returns the process exit code.
int runReplay(const QStringList &arguments);

} // namespace callbridge::app
