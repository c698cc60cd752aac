#include "policy/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

class SettingsFile : public ::testing::Test {
protected:
    SettingsLoad load(const QByteArray &ini) {
        const QString path = m_dir.filePath(QStringLiteral("callbridge.ini"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
        file.close();
        return loadSettings(path);
    }

    QTemporaryDir m_dir;
};

bool anyNoticeContains(const SettingsLoad &load, const QString &text) {
    return std::any_of(load.notices.cbegin(), load.notices.cend(),
                       [&text](const QString &notice) { return notice.contains(text); });
}

} // namespace

TEST_F(SettingsFile, ReadsEveryKey) {
    const SettingsLoad loaded = load(R"([connect]
instance_url = https://acme.my.connect.aws
sso_url = https://sso.example.com/saml?app=1
region = ap-southeast-2
entry_point_number = +61 2 5550 0100
time_zone = Australia/Sydney

[phone]
default_region = au

[policy]
ticket_attribute = ticket_no
ticket_assignment = Agent
create_ticket_after_minutes = 15
correction_minutes = 5
force_ticket_creation = no
pop_incoming = false
voice_comment = 0
download_recording = n
all_outbound = yes
remember_caller_number = no

[zendesk]
url = https://acme.zendesk.com
email = admin@acme.example
screen_pop = yes
talk_partner_edition = yes

[journal]
keep_days = 90

[softphone]
host_origin = https://callbridge.acme.example
identity_provider_hosts = login.microsoftonline.com, Acme.okta.com
medialess = true
)");
    EXPECT_TRUE(loaded.notices.isEmpty()) << loaded.notices.join(u'\n').toStdString();
    const Settings &s = loaded.settings;
    EXPECT_EQ(s.connectInstanceUrl, QUrl(q("https://acme.my.connect.aws")));
    EXPECT_EQ(s.ssoSignInUrl, QUrl(q("https://sso.example.com/saml?app=1")));
    EXPECT_EQ(s.region, q("ap-southeast-2"));
    EXPECT_EQ(s.defaultEntryPointNumber, q("+61255500100"));
    EXPECT_EQ(s.timeZone, q("Australia/Sydney"));
    EXPECT_EQ(s.defaultRegion, q("AU"));
    EXPECT_EQ(s.ticketAttributeName, q("ticket_no"));
    EXPECT_EQ(s.ticketAssignment, TicketAssignment::Agent);
    EXPECT_EQ(s.createTicketAfterMinutes, 15);
    EXPECT_EQ(s.correctionMinutes, 5);
    EXPECT_FALSE(s.forceTicketCreation);
    EXPECT_FALSE(s.popIncoming);
    EXPECT_FALSE(s.voiceComment);
    EXPECT_FALSE(s.downloadRecording);
    EXPECT_TRUE(s.allOutbound);
    EXPECT_FALSE(s.rememberCallerNumber);
    EXPECT_TRUE(s.talkPartnerEdition);
    EXPECT_TRUE(s.medialess);
    EXPECT_EQ(s.zendeskUrl, QUrl(q("https://acme.zendesk.com")));
    EXPECT_EQ(s.zendeskEmail, q("admin@acme.example"));
    EXPECT_EQ(s.hostOrigin, q("https://callbridge.acme.example"));
    EXPECT_TRUE(s.screenPop);
    EXPECT_EQ(s.journalKeepDays, 90);
    EXPECT_EQ(s.identityProviderHosts, (QStringList{q("login.microsoftonline.com"), q("acme.okta.com")}));
}

TEST_F(SettingsFile, EmptyFileGivesDefaults) {
    const SettingsLoad loaded = load(QByteArray());
    EXPECT_TRUE(loaded.notices.isEmpty());
    const Settings defaults;
    EXPECT_EQ(loaded.settings.defaultRegion, q("US"));
    EXPECT_EQ(loaded.settings.ticketAttributeName, q("zendesk_ticket"));
    EXPECT_EQ(loaded.settings.ticketAssignment, TicketAssignment::Auto);
    EXPECT_EQ(loaded.settings.createTicketAfterMinutes, 0);
    EXPECT_EQ(loaded.settings.correctionMinutes, 2);
    EXPECT_TRUE(loaded.settings.forceTicketCreation);
    EXPECT_TRUE(loaded.settings.popIncoming);
    EXPECT_FALSE(loaded.settings.allOutbound);
    EXPECT_TRUE(loaded.settings.connectInstanceUrl.isEmpty());
}

TEST_F(SettingsFile, BlankValuesKeepDefaultsSilently) {
    const SettingsLoad loaded = load("[policy]\npop_incoming =\ncreate_ticket_after_minutes = \n");
    EXPECT_TRUE(loaded.notices.isEmpty());
    EXPECT_TRUE(loaded.settings.popIncoming);
}

TEST_F(SettingsFile, MissingFileIsANoticeNotAFailure) {
    const SettingsLoad loaded = loadSettings(m_dir.filePath(QStringLiteral("absent.ini")));
    ASSERT_EQ(loaded.notices.size(), 1);
    EXPECT_TRUE(loaded.notices.first().contains(q("not found")));
    EXPECT_EQ(loaded.settings.defaultRegion, q("US"));
}

struct BadSetting {
    const char *label;
    const char *ini;
    const char *noticeStart; // notice names the key and the quoted value
};

void PrintTo(const BadSetting &c, std::ostream *os) {
    *os << c.label;
}

class BadSettings : public SettingsFile, public ::testing::WithParamInterface<BadSetting> {};

TEST_P(BadSettings, AreIgnoredWithANoticeNamingKeyAndValue) {
    const BadSetting c = GetParam();
    const SettingsLoad loaded = load(QByteArray(c.ini));
    ASSERT_EQ(loaded.notices.size(), 1) << loaded.notices.join(u'\n').toStdString();
    EXPECT_TRUE(loaded.notices.first().startsWith(q(c.noticeStart))) << loaded.notices.first().toStdString();
    // Nothing from the bad value reached the settings.
    const Settings defaults;
    const Settings &s = loaded.settings;
    EXPECT_TRUE(s.connectInstanceUrl.isEmpty());
    EXPECT_TRUE(s.ssoSignInUrl.isEmpty());
    EXPECT_TRUE(s.zendeskUrl.isEmpty());
    EXPECT_TRUE(s.region.isEmpty());
    EXPECT_TRUE(s.defaultEntryPointNumber.isEmpty());
    EXPECT_TRUE(s.timeZone.isEmpty());
    EXPECT_TRUE(s.zendeskEmail.isEmpty());
    EXPECT_TRUE(s.hostOrigin.isEmpty());
    EXPECT_EQ(s.defaultRegion, defaults.defaultRegion);
    EXPECT_EQ(s.ticketAttributeName, defaults.ticketAttributeName);
    EXPECT_EQ(s.ticketAssignment, defaults.ticketAssignment);
    EXPECT_EQ(s.createTicketAfterMinutes, defaults.createTicketAfterMinutes);
    EXPECT_EQ(s.popIncoming, defaults.popIncoming);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadSettings,
    ::testing::Values(
        BadSetting{"http_instance", "[connect]\ninstance_url=http://acme.my.connect.aws\n",
                   "Ignored setting [connect] instance_url=\"http://acme.my.connect.aws\": "},
        BadSetting{"relative_instance", "[connect]\ninstance_url=acme.my.connect.aws\n",
                   "Ignored setting [connect] instance_url=\"acme.my.connect.aws\""},
        BadSetting{"userinfo_sso", "[connect]\nsso_url=https://me:pw@sso.example.com\n",
                   "Ignored setting [connect] sso_url="},
        BadSetting{"javascript_zendesk", "[zendesk]\nurl=javascript:alert(1)\n",
                   "Ignored setting [zendesk] url=\"javascript:alert(1)\""},
        BadSetting{"region", "[connect]\nregion=US East\n", "Ignored setting [connect] region=\"US East\""},
        BadSetting{"entry_point", "[connect]\nentry_point_number=0800 555 0100\n",
                   "Ignored setting [connect] entry_point_number=\"0800 555 0100\""},
        BadSetting{"time_zone", "[connect]\ntime_zone=Mars/Olympus\n",
                   "Ignored setting [connect] time_zone=\"Mars/Olympus\""},
        BadSetting{"default_region", "[phone]\ndefault_region=USA\n",
                   "Ignored setting [phone] default_region=\"USA\""},
        BadSetting{"ticket_attribute", "[policy]\nticket_attribute=zendesk ticket\n",
                   "Ignored setting [policy] ticket_attribute=\"zendesk ticket\""},
        BadSetting{"ticket_attribute_secret", "[policy]\nticket_attribute=sak\n",
                   "Ignored setting [policy] ticket_attribute=\"sak\""},
        BadSetting{"assignment", "[policy]\nticket_assignment=manual\n",
                   "Ignored setting [policy] ticket_assignment=\"manual\""},
        BadSetting{"minutes", "[policy]\ncreate_ticket_after_minutes=-5\n",
                   "Ignored setting [policy] create_ticket_after_minutes=\"-5\""},
        BadSetting{"boolean", "[policy]\npop_incoming=sometimes\n",
                   "Ignored setting [policy] pop_incoming=\"sometimes\""},
        BadSetting{"email", "[zendesk]\nemail=admin\n", "Ignored setting [zendesk] email=\"admin\""},
        BadSetting{"identity_provider_url_not_host",
                   "[softphone]\nidentity_provider_hosts=https://idp.example/x\n",
                   "Ignored setting [softphone] identity_provider_hosts"},
        BadSetting{"origin_with_path", "[softphone]\nhost_origin=https://acme.example/ccp\n",
                   "Ignored setting [softphone] host_origin=\"https://acme.example/ccp\""},
        BadSetting{"comma_list", "[policy]\nticket_assignment=auto, agent\n",
                   "Ignored setting [policy] ticket_assignment=\"auto,agent\""}),
    [](const ::testing::TestParamInfo<BadSetting> &paramInfo) { return std::string(paramInfo.param.label); });

TEST_F(SettingsFile, LoopbackHttpIsAllowedForTheSandbox) {
    const SettingsLoad loaded =
        load("[zendesk]\nurl=http://127.0.0.1:8089\n[softphone]\nhost_origin=http://localhost:8080\n");
    EXPECT_TRUE(loaded.notices.isEmpty()) << loaded.notices.join(u'\n').toStdString();
    EXPECT_EQ(loaded.settings.zendeskUrl, QUrl(q("http://127.0.0.1:8089")));
    EXPECT_EQ(loaded.settings.hostOrigin, q("http://localhost:8080"));
}

TEST_F(SettingsFile, UnknownKeysAreNamedAndSecretsAreNeverEchoed) {
    const SettingsLoad loaded = load("[zendesk]\napi_token=abcdef123456\n[policy]\npop_incomming=true\n");
    ASSERT_EQ(loaded.notices.size(), 2);
    EXPECT_TRUE(anyNoticeContains(loaded, q("[zendesk] api_token: secrets belong in the system keychain")));
    EXPECT_TRUE(anyNoticeContains(loaded, q("[policy] pop_incomming: unknown setting")));
    EXPECT_FALSE(anyNoticeContains(loaded, q("abcdef123456")));
}

TEST_F(SettingsFile, ARejectedValueThatLooksLikeASecretIsNeverQuoted) {
    const SettingsLoad loaded = load("[zendesk]\nemail=6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv\n");
    ASSERT_EQ(loaded.notices.size(), 1);
    EXPECT_TRUE(loaded.notices.first().startsWith(q("Ignored setting [zendesk] email=<hidden")))
        << loaded.notices.first().toStdString();
    EXPECT_FALSE(anyNoticeContains(loaded, q("6wiIBWbGkBMo")));
}

TEST_F(SettingsFile, NoteAttributesAreAllByDefaultOrAnAllowList) {
    EXPECT_FALSE(load("").settings.noteAttributes.allowListOnly);
    const SettingsLoad listed = load("[policy]\nnote_attributes=\"crmId, customer_name\"\n");
    EXPECT_TRUE(listed.notices.isEmpty()) << listed.notices.join(u'\n').toStdString();
    EXPECT_TRUE(listed.settings.noteAttributes.allowListOnly);
    EXPECT_EQ(listed.settings.noteAttributes.names, QStringList({q("crmId"), q("customer_name")}));
    const SettingsLoad bad = load("[policy]\nnote_attributes=crm id\n");
    EXPECT_TRUE(anyNoticeContains(bad, q("[policy] note_attributes")));
    EXPECT_FALSE(bad.settings.noteAttributes.allowListOnly); // a bad value keeps the default
}

TEST_F(SettingsFile, ControlCharactersInValuesAreEscapedInNotices) {
    const SettingsLoad loaded = load("[policy]\nticket_assignment=\"ag\\tent\"\n");
    ASSERT_EQ(loaded.notices.size(), 1);
    EXPECT_TRUE(loaded.notices.first().contains(q("\"ag\\tent\""))) << loaded.notices.first().toStdString();
}

TEST(SettingsPath, DefaultPathEndsWithTheIniName) {
    EXPECT_TRUE(defaultSettingsPath().endsWith(q("/callbridge.ini")));
    EXPECT_GT(defaultSettingsPath().size(), QStringLiteral("/callbridge.ini").size());
}

TEST_F(SettingsFile, TeamDatabaseIsReadAndAPasswordInItIsRefusedWithoutQuotingIt) {
    const SettingsLoad good =
        load("[team]\ndatabase=postgresql://ann@db.acme.example/callbridge?sslmode=require\n");
    EXPECT_TRUE(good.notices.isEmpty()) << good.notices.join(u'\n').toStdString();
    EXPECT_EQ(good.settings.teamDatabase,
              q("postgresql://ann@db.acme.example:5432/callbridge?sslmode=require"));

    const SettingsLoad bad = load("[team]\ndatabase=postgresql://ann:hunter2@db.acme.example/callbridge\n");
    EXPECT_TRUE(bad.settings.teamDatabase.isEmpty());
    ASSERT_EQ(bad.notices.size(), 1);
    EXPECT_TRUE(bad.notices.first().contains(q("[team] database"))) << bad.notices.first().toStdString();
    EXPECT_FALSE(anyNoticeContains(bad, q("hunter2")));
}
