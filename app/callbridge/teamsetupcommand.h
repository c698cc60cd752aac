#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge team-setup [--settings FILE]`: the database owner brings the team database to this build's
// schema (tables, indexes, the callbridge_agent and callbridge_supervisor roles, row-level security).
int runTeamSetup(const QStringList &arguments);

} // namespace callbridge::app
