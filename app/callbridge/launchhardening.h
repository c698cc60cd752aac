#pragma once

namespace callbridge::app {

// Run first in main(), before any QApplication, thread, child process or WebEngine object exists:
// - takes the session's Zendesk token out of the environment (see secrets/apitoken.h);
// - outside developer builds (CMake option CALLBRIDGE_DEVELOPER), refuses remote debugging of the softphone:
//   QTWEBENGINE_REMOTE_DEBUGGING is removed, --remote-debugging-* arguments are dropped from argv and from
//   QTWEBENGINE_CHROMIUM_FLAGS, each with one line on stderr. A debugger on the page would reach the bridge
//   and the agent's Connect session.
// `argc`/`argv` are changed in place.
void hardenLaunch(int &argc, char **argv);

} // namespace callbridge::app
