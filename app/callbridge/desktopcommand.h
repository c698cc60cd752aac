#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge [--settings FILE]`            the desktop app against the configured Connect instance and
// Zendesk `callbridge [--settings FILE] --sandbox URL`  both from a running callbridge-sandbox at URL
// `callbridge [--settings FILE] --demo`     starts its own ephemeral callbridge-sandbox and uses it
// Needs a QApplication; runs its event loop and returns the exit code. Works offscreen
// (QT_QPA_PLATFORM=offscreen): every outcome is also printed to stdout as one JSON line, like `callbridge
// replay`.
int runDesktop(const QStringList &arguments);

} // namespace callbridge::app
