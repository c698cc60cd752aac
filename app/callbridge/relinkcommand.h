#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge relink CONTACT_ID (--new-ticket | --ticket N | --user N) [--reason TEXT] [--subject TEXT]
//  --journal J [--settings FILE] [--sandbox URL]`: a supervisor's correction of a journalled call's link
// (no correction window), made by the signed-in Zendesk user. Prints the outcome as one JSON line; exit code
// 0 when the call was moved, 1 when it was refused or failed, 2 for bad arguments.
int runRelink(const QStringList &arguments);

} // namespace callbridge::app
