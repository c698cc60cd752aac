#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace callbridge::ui {

namespace {

QString languageOf(const QString &name) {
    return QLocale(name).name().section(u'_', 0, 0);
}

// The first of the system's preferred languages that has a catalog, else English.
QString systemLanguage() {
    const QStringList available = availableUiLanguages();
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        const QString code = languageOf(QString(preferred).replace(u'-', u'_'));
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool load(QCoreApplication &app, const QString &file, const QString &directory) {
    auto *translator = new QTranslator(&app);
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList availableUiLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

UiLanguage installUiLanguage(QCoreApplication &app, const QString &requested) {
    UiLanguage chosen;
    if (requested.isEmpty()) {
        chosen.code = systemLanguage();
    } else {
        chosen.code = languageOf(QString(requested).replace(u'-', u'_'));
        if (!availableUiLanguages().contains(chosen.code)) {
            chosen.problem =
                QCoreApplication::translate("callbridge::ui::UiLanguage",
                                            "No translation for \"%1\": using English (available: %2)")
                    .arg(requested, availableUiLanguages().join(QStringLiteral(", ")));
            chosen.code = QStringLiteral("en");
        }
        QLocale::setDefault(QLocale(chosen.code));
    }
    // English plural forms ("1 ticket", "2 tickets") come from a catalog too.
    load(app, QStringLiteral("callbridge_") + chosen.code, QStringLiteral(":/i18n"));
    if (chosen.code != QStringLiteral("en"))
        load(app, QStringLiteral("qtbase_") + chosen.code,
             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return chosen;
}

} // namespace callbridge::ui
