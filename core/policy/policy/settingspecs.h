#pragma once

#include "wording/phrase.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace callbridge {

struct Settings;

// How a form edits a setting: free text, yes/no, or one word of a few.
enum class SettingType { Text, Boolean, Choice };

// One INI setting, described once: the loader reads with it and the settings dialog edits with it, so both
// accept the same values and report the same problem for a bad one.
struct SettingSpec {
    QString group;       // the INI section, which is also the dialog's page: "connect"
    QString name;        // "instance_url"
    QString defaultText; // what applies when the key is absent or blank ("" = nothing)
    // One line for the admin, in English; translated where it is shown (context "callbridge::SettingSpec").
    const char *explanation = "";
    Phrase expectation; // "expected an https URL"
    SettingType type = SettingType::Text;
    QStringList choices; // Choice: the accepted words, the default first
    // A refused value is never quoted back: a connection URL may carry a password by mistake.
    bool mayHoldSecret = false;
    std::function<bool(const QString &text, Settings *settings)> apply; // false = a bad value

    QString key() const { return group + QLatin1Char('/') + name; } // "connect/instance_url"
    QString displayKey() const;                                     // "[connect] instance_url"
};

// Every setting, grouped by section in the order an admin sets them up: connect, softphone, zendesk, policy,
// phone, journal, team, ui.
const std::vector<SettingSpec> &settingSpecs();
const SettingSpec *findSettingSpec(const QString &key);
QStringList settingGroups(); // the sections, in that order

// Why `text` is refused for the setting, worded as the loader reports it after "Ignored setting ":
// `[connect] instance_url="ftp://x": expected an https URL` (the value is hidden when it looks like a secret
// or the setting may hold one). Empty when the value is accepted; blank text is accepted (the default
// applies).
QString settingProblem(const SettingSpec &spec, const QString &text); // in English, for the loader's notices
Phrase settingProblemPhrase(const SettingSpec &spec, const QString &text); // for a window to word

} // namespace callbridge
