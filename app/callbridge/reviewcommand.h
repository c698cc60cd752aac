#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge review [--journal PATH] [filters…] [--links] [--csv FILE|-]`: what was linked, how and why, for
// supervisors. Reads the journal; prints a table, or CSV. Returns the process exit code.
int runReview(const QStringList &arguments);

} // namespace callbridge::app
