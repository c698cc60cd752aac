#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QtGlobal>
#include <gtest/gtest.h>

using namespace callbridge::ui;

namespace {

// One of Callbridge's own strings, as the window would show it now.
QString ownString() {
    return QCoreApplication::translate("callbridge::ui::UiLanguage",
                                       "No translation for \"%1\": using English (available: %2)");
}

QString ticketsFound(int n) {
    return QCoreApplication::translate("callbridge::ui::AgentPanel", "%n ticket(s) found", nullptr, n);
}

} // namespace

// Each test runs in a process of its own (ctest), so the catalogs one installs never leak into another.
TEST(UiLanguage, RequestedLanguageIsUsedForCallbridgeAndForQtsOwnDialogs) {
    const UiLanguage chosen = installUiLanguage(*QCoreApplication::instance(), QStringLiteral("de_AT"));
    EXPECT_EQ(chosen.code, QStringLiteral("de"));
    EXPECT_TRUE(chosen.problem.isEmpty());
    EXPECT_EQ(ownString(),
              QStringLiteral("Keine Übersetzung für „%1“: Englisch wird verwendet (verfügbar: %2)"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
}

TEST(UiLanguage, AppleStyleTagsFindTheirLanguage) {
    EXPECT_EQ(installUiLanguage(*QCoreApplication::instance(), QStringLiteral("fr-CA")).code,
              QStringLiteral("fr"));
    EXPECT_NE(ownString().left(10), QStringLiteral("No transla"));
}

TEST(UiLanguage, UnknownLanguageFallsBackToEnglishAndSaysSo) {
    const UiLanguage chosen = installUiLanguage(*QCoreApplication::instance(), QStringLiteral("xx"));
    EXPECT_EQ(chosen.code, QStringLiteral("en"));
    EXPECT_TRUE(chosen.problem.contains(QStringLiteral("\"xx\""))) << chosen.problem.toStdString();
    EXPECT_TRUE(chosen.problem.contains(QStringLiteral("de, fr, es"))) << chosen.problem.toStdString();
}

TEST(UiLanguage, EnglishPluralFormsComeFromTheEnglishCatalog) {
    installUiLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    EXPECT_EQ(ticketsFound(1), QStringLiteral("1 ticket found"));
    EXPECT_EQ(ticketsFound(3), QStringLiteral("3 tickets found"));
}

TEST(UiLanguage, EveryCatalogIsCompiledIn) {
    for (const QString &code : availableUiLanguages())
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/callbridge_%1.qm").arg(code))) << code.toStdString();
}
