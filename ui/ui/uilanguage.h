#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace callbridge::ui {

// The language of the windows: Callbridge's own strings and Qt's standard dialogs and buttons. Chosen by the
// `--lang` option or else by the system's preferred languages; English needs no catalog.
struct UiLanguage {
    QString code;    // "de", "fr", "es" or "en"
    QString problem; // the requested language has no catalog: English is used instead
};

// Languages with a complete catalog, English first.
QStringList availableUiLanguages();

// Installs the catalogs of `requested` ("de", "de_AT", "fr-CA"; empty: the system's) into `app` (they live as
// long as it does) and makes it the default locale for numbers and dates when it was requested.
UiLanguage installUiLanguage(QCoreApplication &app, const QString &requested);

} // namespace callbridge::ui
