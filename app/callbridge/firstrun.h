#pragma once

#include <QString>

namespace callbridge {
class SecretStore;
struct Settings;
} // namespace callbridge

namespace callbridge::app {

// What keeps the installed app from starting with these settings, in plain words; empty when nothing does.
QString missingSettings(const Settings &settings);

// True when someone can answer a wizard (not offscreen or minimal, as in tests and scripts).
bool desktopIsInteractive();

enum class FirstRunChoice { Configured, Demo, Cancelled };

// The first-run wizard, modal: writes `settingsPath` and the token when the admin finishes it.
FirstRunChoice runFirstRunWizard(const QString &settingsPath, SecretStore &keychain);

} // namespace callbridge::app
