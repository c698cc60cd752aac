#include "settings.h"

#include "redaction.h"
#include "settingspecs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace callbridge {

namespace {

// QSettings splits unquoted commas into a list; a setting is one string, so join it back.
QString settingText(const QVariant &value) {
    const bool isList = value.typeId() == QMetaType::QStringList;
    return (isList ? value.toStringList().join(QLatin1Char(',')) : value.toString()).trimmed();
}

QString displayKey(const QString &key) {
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? key : QStringLiteral("[%1] %2").arg(key.left(slash), key.mid(slash + 1));
}

// Applies one file's values over `result` (later files override earlier ones key by key).
void applyFile(const QString &iniPath, SettingsLoad &result) {
    const QSettings ini(iniPath, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        result.notices.append(
            QStringLiteral("Settings file %1 could not be read; using defaults").arg(iniPath));
        return;
    }
    for (const SettingSpec &spec : settingSpecs()) {
        const QString text = settingText(ini.value(spec.key()));
        if (text.isEmpty())
            continue; // absent or blank: the default (or an earlier file's value) stays
        if (!spec.apply(text, &result.settings))
            result.notices.append(QStringLiteral("Ignored setting %1").arg(settingProblem(spec, text)));
    }
    // Unknown keys are reported by name only: a misplaced secret must not be echoed.
    const QStringList keys = ini.allKeys();
    for (const QString &key : keys) {
        if (findSettingSpec(key))
            continue;
        const QString why = isSecretAttributeName(key.mid(key.indexOf(u'/') + 1))
                                ? QStringLiteral("secrets belong in the system keychain, not in this file")
                                : QStringLiteral("unknown setting");
        result.notices.append(QStringLiteral("Ignored setting %1: %2").arg(displayKey(key), why));
    }
}

} // namespace

SettingsLoad loadSettings(const QString &iniPath) {
    SettingsLoad result;
    if (!QFileInfo::exists(iniPath)) {
        result.notices.append(QStringLiteral("Settings file %1 not found; using defaults").arg(iniPath));
        return result;
    }
    applyFile(iniPath, result);
    return result;
}

SettingsLoad loadSettings(const QString &systemIniPath, const QString &iniPath) {
    SettingsLoad result;
    const bool system = !systemIniPath.isEmpty() && QFileInfo::exists(systemIniPath);
    if (system)
        applyFile(systemIniPath, result);
    if (QFileInfo::exists(iniPath))
        applyFile(iniPath, result);
    else if (!system)
        result.notices.append(QStringLiteral("Settings file %1 not found; using defaults").arg(iniPath));
    return result;
}

QString defaultSettingsPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + QStringLiteral("/callbridge.ini");
}

QString systemSettingsPath() {
    return QSettings(QSettings::IniFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
                     QCoreApplication::applicationName())
        .fileName();
}

QHash<QString, QString> readSettingTexts(const QString &iniPath) {
    QHash<QString, QString> texts;
    if (!QFileInfo::exists(iniPath))
        return texts;
    const QSettings ini(iniPath, QSettings::IniFormat);
    for (const SettingSpec &spec : settingSpecs()) {
        const QString text = settingText(ini.value(spec.key()));
        if (!text.isEmpty())
            texts.insert(spec.key(), text);
    }
    return texts;
}

bool saveSettingTexts(const QString &iniPath, const QHash<QString, QString> &texts, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const SettingSpec *spec = findSettingSpec(it.key());
        if (!spec)
            return fail(QStringLiteral("%1: unknown setting").arg(displayKey(it.key())));
        if (const QString problem = settingProblem(*spec, it.value()); !problem.isEmpty())
            return fail(problem);
    }
    // QSettings writes the INI (its escaping is what the loader reads) into a scratch copy; the file itself
    // is replaced in one step, so a crash or a full disk never leaves half a file.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("no temporary folder for writing the settings"));
    const QString draft = scratch.filePath(QStringLiteral("draft.ini"));
    if (QFileInfo::exists(iniPath) && !QFile::copy(iniPath, draft))
        return fail(QStringLiteral("cannot read %1").arg(iniPath));
    {
        QSettings ini(draft, QSettings::IniFormat);
        for (const SettingSpec &spec : settingSpecs()) {
            const QString text = texts.value(spec.key()).trimmed();
            if (text.isEmpty())
                ini.remove(spec.key()); // blank: the default applies
            else
                ini.setValue(spec.key(), text);
        }
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return fail(QStringLiteral("cannot write the settings"));
    }
    QFile written(draft);
    if (!written.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot write the settings"));
    if (!QDir().mkpath(QFileInfo(iniPath).absolutePath()))
        return fail(QStringLiteral("cannot create the folder of %1").arg(iniPath));
    QSaveFile file(iniPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(written.readAll()) < 0 || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(iniPath, file.errorString()));
    return true;
}

} // namespace callbridge
