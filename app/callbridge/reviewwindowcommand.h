#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge --review [--settings FILE] [--journal J]`: the supervisors' review window over the team
// database
// ([team] database in the settings) or a local journal (--journal, or the app's own). Needs a QApplication.
// Returns the process exit code.
int runReviewWindow(const QStringList &arguments);

} // namespace callbridge::app
