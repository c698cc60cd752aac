#pragma once

#include <QString>

namespace callbridge {

// The environment variable that may carry the Zendesk API token for one session (instead of the keychain).
inline constexpr char kTokenVariable[] = "CALLBRIDGE_ZENDESK_TOKEN";

// Reads the token variable once and removes it from the process environment, so that no child process (Qt
// WebEngine's renderers, the system browser, the sandbox) inherits it. Call it first thing in main(), before
// any thread or child process exists. Later calls keep what the first one found.
void takeEnvironmentToken();

// What takeEnvironmentToken() found; empty when the variable was not set (or not taken yet).
QString environmentToken();

} // namespace callbridge
