// The settings table: every key described once, read by the loader and written by saveSettingTexts, with
// the system-wide file under the user's.
#include "policy/settings.h"
#include "policy/settingspecs.h"
#include "settingsamples.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

class SettingsTable : public ::testing::Test {
protected:
    QString write(const char *name, const QByteArray &ini) {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
        return path;
    }
    QByteArray contents(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST(SettingSpecs, EveryKeyIsDescribedOnceWithAnExplanationAndAnExpectation) {
    QStringList keys;
    for (const SettingSpec &spec : settingSpecs()) {
        EXPECT_FALSE(keys.contains(spec.key())) << spec.key().toStdString();
        keys << spec.key();
        EXPECT_GT(qstrlen(spec.explanation), 10u) << spec.key().toStdString();
        EXPECT_TRUE(spec.expectation.english().startsWith(q("expected "))) << spec.key().toStdString();
        EXPECT_EQ(findSettingSpec(spec.key()), &spec);
    }
    EXPECT_EQ(settingGroups(), (QStringList{q("connect"), q("softphone"), q("zendesk"), q("policy"),
                                            q("phone"), q("journal"), q("team"), q("ui")}));
    EXPECT_EQ(findSettingSpec(q("connect/nothing")), nullptr);
}

TEST(SettingSpecs, EachDefaultIsAcceptedAndIsWhatAnAbsentKeyGives) {
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.defaultText.isEmpty())
            continue;
        EXPECT_EQ(settingProblem(spec, spec.defaultText), QString()) << spec.key().toStdString();
        // The built-in default, spelled out, parses to what the absent key gives: the same load either way.
        Settings untouched;
        Settings viaText;
        ASSERT_TRUE(spec.apply(spec.defaultText, &viaText)) << spec.key().toStdString();
        EXPECT_EQ(viaText.defaultRegion, untouched.defaultRegion) << spec.key().toStdString();
        EXPECT_EQ(viaText.ticketAttributeName, untouched.ticketAttributeName) << spec.key().toStdString();
        EXPECT_EQ(viaText.ticketAssignment, untouched.ticketAssignment) << spec.key().toStdString();
        EXPECT_EQ(viaText.createTicketAfterMinutes, untouched.createTicketAfterMinutes);
        EXPECT_EQ(viaText.forceTicketCreation, untouched.forceTicketCreation) << spec.key().toStdString();
        EXPECT_EQ(viaText.popIncoming, untouched.popIncoming) << spec.key().toStdString();
        EXPECT_EQ(viaText.voiceComment, untouched.voiceComment) << spec.key().toStdString();
        EXPECT_EQ(viaText.downloadRecording, untouched.downloadRecording) << spec.key().toStdString();
        EXPECT_EQ(viaText.allOutbound, untouched.allOutbound) << spec.key().toStdString();
        EXPECT_EQ(viaText.rememberCallerNumber, untouched.rememberCallerNumber) << spec.key().toStdString();
        EXPECT_EQ(viaText.noteAttributes.allowListOnly, untouched.noteAttributes.allowListOnly);
        EXPECT_EQ(viaText.journalKeepDays, untouched.journalKeepDays) << spec.key().toStdString();
        EXPECT_EQ(viaText.screenPop, untouched.screenPop) << spec.key().toStdString();
        EXPECT_EQ(viaText.talkPartnerEdition, untouched.talkPartnerEdition) << spec.key().toStdString();
        EXPECT_EQ(viaText.medialess, untouched.medialess) << spec.key().toStdString();
        EXPECT_EQ(viaText.closeToTray, untouched.closeToTray) << spec.key().toStdString();
        EXPECT_EQ(viaText.raiseOnRing, untouched.raiseOnRing) << spec.key().toStdString();
    }
}

TEST_F(SettingsTable, TheProblemIsWordForWordTheLoadersNotice) {
    const struct {
        const char *key;
        const char *value;
    } bad[] = {{"connect/instance_url", "ftp://acme.example"},
               {"policy/pop_incoming", "sometimes"},
               {"zendesk/email", "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"},
               {"team/database", "postgresql://ann:hunter2@db/x"},
               {"ui/close_to_tray", "maybe"}};
    for (const auto &c : bad) {
        const SettingSpec &spec = *findSettingSpec(q(c.key));
        const QString group = spec.group;
        const QString path =
            write("bad.ini", QStringLiteral("[%1]\n%2=%3\n").arg(group, spec.name, q(c.value)).toUtf8());
        const SettingsLoad loaded = loadSettings(path);
        ASSERT_EQ(loaded.notices.size(), 1) << c.key;
        const QString problem = settingProblem(spec, q(c.value));
        EXPECT_FALSE(problem.isEmpty()) << c.key;
        EXPECT_EQ(loaded.notices.first(), q("Ignored setting ") + problem) << c.key;
    }
    EXPECT_FALSE(
        settingProblem(*findSettingSpec(q("zendesk/email")), q("6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"))
            .contains(q("6wiIBWbGkBMo")));
    EXPECT_FALSE(settingProblem(*findSettingSpec(q("team/database")), q("postgresql://ann:hunter2@db/x"))
                     .contains(q("hunter2")));
    EXPECT_EQ(settingProblem(*findSettingSpec(q("connect/instance_url")), q("  ")),
              QString()); // blank: default
}

TEST_F(SettingsTable, TheUsersFileOverridesTheSystemWideDefaultsKeyByKey) {
    const QString system =
        write("system.ini", "[zendesk]\nurl=https://acme.zendesk.com\n[policy]\npop_incoming=false\n"
                            "voice_comment=false\n");
    const QString user = write("user.ini", "[policy]\npop_incoming=true\n");
    const SettingsLoad both = loadSettings(system, user);
    EXPECT_TRUE(both.notices.isEmpty()) << both.notices.join(u'\n').toStdString();
    EXPECT_EQ(both.settings.zendeskUrl, QUrl(q("https://acme.zendesk.com"))); // from the system file
    EXPECT_TRUE(both.settings.popIncoming);                                   // the user's wins
    EXPECT_FALSE(both.settings.voiceComment);                                 // the system's stays

    const SettingsLoad systemOnly = loadSettings(system, m_dir.filePath(q("absent.ini")));
    EXPECT_TRUE(systemOnly.notices.isEmpty()) << systemOnly.notices.join(u'\n').toStdString();
    EXPECT_FALSE(systemOnly.settings.popIncoming);
    const SettingsLoad neither = loadSettings(m_dir.filePath(q("none.ini")), m_dir.filePath(q("absent.ini")));
    ASSERT_EQ(neither.notices.size(), 1);
    EXPECT_TRUE(neither.notices.first().contains(q("not found")));
}

TEST_F(SettingsTable, SystemWideDefaultsLiveInQSettingsSystemScope) {
    const QString path = systemSettingsPath();
    EXPECT_TRUE(path.endsWith(q(".ini"))) << path.toStdString();
    EXPECT_NE(path, defaultSettingsPath());
}

TEST_F(SettingsTable, EverySettingRoundTripsThroughSaveAndLoad) {
    const QHash<QString, QString> texts = test::nonDefaultSettingTexts();
    for (const SettingSpec &spec : settingSpecs())
        ASSERT_TRUE(texts.contains(spec.key())) << "no sample for " << spec.key().toStdString();
    const QString path = m_dir.filePath(q("saved/callbridge.ini"));
    QString error;
    ASSERT_TRUE(saveSettingTexts(path, texts, &error)) << error.toStdString();
    EXPECT_EQ(readSettingTexts(path), texts);
    const SettingsLoad loaded = loadSettings(path);
    EXPECT_TRUE(loaded.notices.isEmpty()) << loaded.notices.join(u'\n').toStdString();
    EXPECT_EQ(loaded.settings.connectInstanceUrl, QUrl(q("https://acme.awsapps.com")));
    EXPECT_EQ(loaded.settings.ticketAssignment, TicketAssignment::Agent);
    EXPECT_EQ(loaded.settings.identityProviderHosts,
              (QStringList{q("acme.okta.com"), q("login.acme.example")}));
    EXPECT_FALSE(loaded.settings.closeToTray);
    EXPECT_TRUE(loaded.settings.raiseOnRing);
    EXPECT_EQ(loaded.settings.journalKeepDays, 90);
}

TEST_F(SettingsTable, SavingKeepsUnknownKeysAndRemovesBlankOnes) {
    const QString path =
        write("callbridge.ini", "[zendesk]\nurl=https://old.zendesk.com\nemail=ann@acme.example\n"
                                "[custom]\nkept=yes\n[policy]\nlegacy_option=1\n");
    QString error;
    ASSERT_TRUE(saveSettingTexts(
        path, {{q("zendesk/url"), q("https://new.zendesk.com")}, {q("zendesk/email"), q("")}}, &error))
        << error.toStdString();
    const QSettings ini(path, QSettings::IniFormat);
    EXPECT_EQ(ini.value(q("zendesk/url")).toString(), q("https://new.zendesk.com"));
    EXPECT_FALSE(ini.contains(q("zendesk/email")));
    EXPECT_EQ(ini.value(q("custom/kept")).toString(), q("yes"));
    EXPECT_EQ(ini.value(q("policy/legacy_option")).toString(), q("1"));
}

TEST_F(SettingsTable, ABadValueIsRefusedWithTheLoadersWordsAndNothingIsWritten) {
    const QString path = write("callbridge.ini", "[zendesk]\nurl=https://acme.zendesk.com\n");
    const QByteArray before = contents(path);
    QString error;
    EXPECT_FALSE(saveSettingTexts(path, {{q("zendesk/url"), q("http://acme.zendesk.com")}}, &error));
    EXPECT_EQ(error, settingProblem(*findSettingSpec(q("zendesk/url")), q("http://acme.zendesk.com")));
    EXPECT_FALSE(saveSettingTexts(path, {{q("zendesk/api_token"), q("abc")}}, &error));
    EXPECT_TRUE(error.contains(q("unknown setting")));
    EXPECT_FALSE(error.contains(q("abc")));
    EXPECT_EQ(contents(path), before);
}
