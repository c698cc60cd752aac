#pragma once

#include <QStringList>

namespace callbridge::app {

// `callbridge store-token [--settings FILE] [--zendesk-url URL] [--zendesk-email EMAIL]` reads the agent's
// Zendesk API token from standard input and stores it in the OS keychain under the key the app reads;
// `--remove` deletes it. The token is never echoed, logged or written to a file. Returns the process exit
// code.
int runStoreToken(const QStringList &arguments);

} // namespace callbridge::app
