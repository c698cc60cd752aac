#include "policy/callpolicy.h"

#include <functional>
#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

PolicyResolution resolve(const QString &name, const QString &value, const Settings &settings = Settings()) {
    return resolvePolicy(settings, {{name, value}});
}

} // namespace

// Words that mean "not given", and booleans
// -------------------------------------------------------------------------------

class IgnoredValues : public ::testing::TestWithParam<const char *> {};

TEST_P(IgnoredValues, AreNotSetAndSilent) {
    const QString value = q(GetParam());
    EXPECT_TRUE(isIgnoredAttributeValue(value));
    Settings settings;
    settings.popIncoming = false;
    settings.createTicketAfterMinutes = 7;
    const QHash<QString, QString> attributes{
        {q("pop_incoming"), value},   {q("recent_ticket_timeout"), value}, {q("ticket_assignment"), value},
        {q("zendesk_ticket"), value}, {q("zendesk_user"), value},          {q("customer_number"), value},
        {q("customer_name"), value},  {q("dialed_number"), value}};
    const PolicyResolution r = resolvePolicy(settings, attributes);
    EXPECT_TRUE(r.notices.isEmpty()) << englishOf(r.notices).join(u'\n').toStdString();
    EXPECT_FALSE(r.policy.popIncoming);
    EXPECT_EQ(r.policy.recentTicketTimeoutMinutes, 7);
    EXPECT_FALSE(r.policy.requestedTicketId);
    EXPECT_FALSE(r.policy.zendeskUserId);
    EXPECT_TRUE(r.policy.customerNumber.isEmpty());
    EXPECT_TRUE(r.policy.customerName.isEmpty());
    EXPECT_TRUE(r.policy.dialedNumber.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Table, IgnoredValues,
                         ::testing::Values("", "   ", "-", " - ", "none", "NONE", "empty", "Empty", "ignore",
                                           "IGNORE", "timeout", " TimeOut "));

TEST(IgnoredValues, OrdinaryValuesAreNotIgnored) {
    for (const char *value : {"0", "no", "--", "nothing", "timeouts", "auto"}) {
        EXPECT_FALSE(isIgnoredAttributeValue(q(value))) << value;
    }
}

struct BooleanCase {
    const char *text;
    std::optional<bool> expected;
};

class Booleans : public ::testing::TestWithParam<BooleanCase> {};

TEST_P(Booleans, Parse) {
    EXPECT_EQ(parseBoolean(q(GetParam().text)), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Booleans,
    ::testing::Values(BooleanCase{"true", true}, BooleanCase{"TRUE", true}, BooleanCase{"t", true},
                      BooleanCase{"T", true}, BooleanCase{"1", true}, BooleanCase{"yes", true},
                      BooleanCase{"Yes", true}, BooleanCase{"y", true}, BooleanCase{" y ", true},
                      BooleanCase{"false", false}, BooleanCase{"False", false}, BooleanCase{"f", false},
                      BooleanCase{"0", false}, BooleanCase{"no", false}, BooleanCase{"NO", false},
                      BooleanCase{"n", false}, BooleanCase{"2", std::nullopt},
                      BooleanCase{"on", std::nullopt}, BooleanCase{"off", std::nullopt},
                      BooleanCase{"yess", std::nullopt}, BooleanCase{"", std::nullopt},
                      BooleanCase{"tru e", std::nullopt}));

// Boolean attributes: each one overrides its setting both ways and rejects garbage
// -----------------------------

struct BooleanAttribute {
    const char *name;
    bool Settings::*setting;
    bool CallPolicy::*policy;
};

class BooleanAttributes : public ::testing::TestWithParam<BooleanAttribute> {};

TEST_P(BooleanAttributes, OverrideTheSettingBothWays) {
    const BooleanAttribute a = GetParam();
    for (const bool settingValue : {false, true}) {
        Settings settings;
        settings.*(a.setting) = settingValue;
        EXPECT_EQ(resolvePolicy(settings, {}).policy.*(a.policy), settingValue) << a.name;
        const PolicyResolution flipped = resolve(q(a.name), settingValue ? q("n") : q("Y"), settings);
        EXPECT_EQ(flipped.policy.*(a.policy), !settingValue) << a.name;
        EXPECT_TRUE(flipped.notices.isEmpty());
    }
}

TEST_P(BooleanAttributes, BadValueKeepsTheSettingAndNamesAttributeAndValue) {
    const BooleanAttribute a = GetParam();
    Settings settings;
    settings.*(a.setting) = true;
    const PolicyResolution r = resolve(q(a.name), q("maybe"), settings);
    EXPECT_TRUE(r.policy.*(a.policy));
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_TRUE(
        r.notices.first().english().startsWith(q("Ignored attribute ") + q(a.name) + q("=\"maybe\": ")))
        << r.notices.first().english().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, BooleanAttributes,
    ::testing::Values(BooleanAttribute{"force_ticket_creation", &Settings::forceTicketCreation,
                                       &CallPolicy::forceTicketCreation},
                      BooleanAttribute{"pop_incoming", &Settings::popIncoming, &CallPolicy::popIncoming},
                      BooleanAttribute{"voice_comment", &Settings::voiceComment, &CallPolicy::voiceComment},
                      BooleanAttribute{"download_recording", &Settings::downloadRecording,
                                       &CallPolicy::downloadRecording},
                      BooleanAttribute{"all_outbound", &Settings::allOutbound, &CallPolicy::allOutbound},
                      BooleanAttribute{"remember_caller_number", &Settings::rememberCallerNumber,
                                       &CallPolicy::rememberCallerNumber}),
    [](const ::testing::TestParamInfo<BooleanAttribute> &paramInfo) {
        return std::string(paramInfo.param.name);
    });

// Every other attribute: one table of (attribute, value) → expected policy or a notice ----------------------

struct AttributeCase {
    const char *label;
    const char *name;
    const char *value;
    std::function<bool(const CallPolicy &)> check; // ignored when expectNotice
    bool expectNotice = false;
};

void PrintTo(const AttributeCase &c, std::ostream *os) {
    *os << c.label;
}

class Attributes : public ::testing::TestWithParam<AttributeCase> {};

TEST_P(Attributes, Resolve) {
    const AttributeCase c = GetParam();
    Settings settings;
    settings.createTicketAfterMinutes = 5;
    const PolicyResolution r = resolve(q(c.name), q(c.value), settings);
    if (c.expectNotice) {
        ASSERT_EQ(r.notices.size(), 1) << c.label;
        EXPECT_TRUE(r.notices.first().english().contains(q(c.name)))
            << r.notices.first().english().toStdString();
        EXPECT_TRUE(r.notices.first().english().contains(quoteValueForNotice(q(c.value))))
            << r.notices.first().english().toStdString();
        // The setting/default stays.
        const CallPolicy defaults = resolvePolicy(settings, {}).policy;
        EXPECT_EQ(r.policy.ticketAssignment, defaults.ticketAssignment);
        EXPECT_EQ(r.policy.recentTicketTimeoutMinutes, 5);
        EXPECT_FALSE(r.policy.requestedTicketId);
        EXPECT_FALSE(r.policy.zendeskUserId);
        EXPECT_TRUE(r.policy.customerNumber.isEmpty());
        EXPECT_TRUE(r.policy.customerName.isEmpty());
        EXPECT_TRUE(r.policy.dialedNumber.isEmpty());
        EXPECT_TRUE(r.policy.customerEmail.isEmpty());
    } else {
        EXPECT_TRUE(r.notices.isEmpty()) << englishOf(r.notices).join(u'\n').toStdString();
        EXPECT_TRUE(c.check(r.policy)) << c.label;
    }
}

const QString kLongName = QString(kMaxNameLength + 1, u'x');

auto assignment(TicketAssignment expected) {
    return [expected](const CallPolicy &p) {
        return p.ticketAssignment == expected;
    };
}
auto minutes(int expected) {
    return [expected](const CallPolicy &p) {
        return p.recentTicketTimeoutMinutes == expected;
    };
}
auto ticket(qint64 expected) {
    return [expected](const CallPolicy &p) {
        return p.requestedTicketId == expected;
    };
}
auto user(qint64 expected) {
    return [expected](const CallPolicy &p) {
        return p.zendeskUserId == expected;
    };
}
auto text(QString CallPolicy::*field, const char *expected) {
    return [field, expected](const CallPolicy &p) {
        return p.*field == q(expected);
    };
}
auto correctionMinutes(int expected) {
    return [expected](const CallPolicy &p) {
        return p.correctionMinutes == expected;
    };
}
const std::function<bool(const CallPolicy &)> kNone;

INSTANTIATE_TEST_SUITE_P(
    Table, Attributes,
    ::testing::Values(
        AttributeCase{"assignment_agent", "ticket_assignment", "agent", assignment(TicketAssignment::Agent)},
        AttributeCase{"assignment_AGENT", "ticket_assignment", " AGENT ",
                      assignment(TicketAssignment::Agent)},
        AttributeCase{"assignment_auto", "ticket_assignment", "Auto", assignment(TicketAssignment::Auto)},
        AttributeCase{"assignment_bad", "ticket_assignment", "manual", kNone, true},
        AttributeCase{"timeout_15", "recent_ticket_timeout", "15", minutes(15)},
        AttributeCase{"timeout_0", "recent_ticket_timeout", "0", minutes(0)},
        AttributeCase{"timeout_spaces", "recent_ticket_timeout", " 30 ", minutes(30)},
        AttributeCase{"timeout_year", "recent_ticket_timeout", "527040", minutes(kMaxRecentTicketMinutes)},
        AttributeCase{"timeout_over_year", "recent_ticket_timeout", "527041", kNone, true},
        AttributeCase{"timeout_negative", "recent_ticket_timeout", "-3", kNone, true},
        AttributeCase{"timeout_plus", "recent_ticket_timeout", "+3", kNone, true},
        AttributeCase{"timeout_fraction", "recent_ticket_timeout", "1.5", kNone, true},
        AttributeCase{"timeout_words", "recent_ticket_timeout", "abc", kNone, true},
        AttributeCase{"timeout_huge", "recent_ticket_timeout", "99999999999999999999", kNone, true},
        AttributeCase{"correction_10", "correction_minutes", "10", correctionMinutes(10)},
        AttributeCase{"correction_0", "correction_minutes", "0", correctionMinutes(0)},
        AttributeCase{"correction_words", "correction_minutes", "soon", kNone, true},
        AttributeCase{"ticket_123", "zendesk_ticket", "123", ticket(123)},
        AttributeCase{"ticket_hash", "zendesk_ticket", "#123", ticket(123)},
        AttributeCase{"ticket_zero_new", "zendesk_ticket", "0", ticket(0)},
        AttributeCase{"ticket_hash_zero", "zendesk_ticket", "#0", ticket(0)},
        AttributeCase{"ticket_negative", "zendesk_ticket", "-1", kNone, true},
        AttributeCase{"ticket_hash_only", "zendesk_ticket", "#", kNone, true},
        AttributeCase{"ticket_words", "zendesk_ticket", "twelve", kNone, true},
        AttributeCase{"ticket_double_hash", "zendesk_ticket", "##5", kNone, true},
        AttributeCase{"user_12", "zendesk_user", "12", user(12)},
        AttributeCase{"user_zero", "zendesk_user", "0", kNone, true},
        AttributeCase{"user_words", "zendesk_user", "ann", kNone, true},
        AttributeCase{"user_hash", "zendesk_user", "#12", kNone, true},
        AttributeCase{"customer_number_e164", "customer_number", " +1 (555) 123-4567 ",
                      text(&CallPolicy::customerNumber, "+1 (555) 123-4567")},
        AttributeCase{"customer_number_dots", "customer_number", "0161.496.0000",
                      text(&CallPolicy::customerNumber, "0161.496.0000")},
        AttributeCase{"customer_number_letters", "customer_number", "call me", kNone, true},
        AttributeCase{"customer_number_too_long", "customer_number",
                      "12345678901234567890123456789012345678901234567890123456789012345", kNone, true},
        AttributeCase{"customer_name", "customer_name", "  Zoë O'Brien ",
                      text(&CallPolicy::customerName, "Zoë O'Brien")},
        AttributeCase{"dialed_number", "dialed_number", "+18005550100",
                      text(&CallPolicy::dialedNumber, "+18005550100")},
        AttributeCase{"dialed_number_bad", "dialed_number", "+1800-FLOWERS", kNone, true},
        AttributeCase{"customer_email", "customer_email", " Dana.Smith@example.co.uk ",
                      text(&CallPolicy::customerEmail, "Dana.Smith@example.co.uk")},
        AttributeCase{"customer_email_without_at", "customer_email", "dana.example.com", kNone, true},
        AttributeCase{"customer_email_with_spaces", "customer_email", "dana smith@example.com", kNone, true},
        AttributeCase{"customer_email_without_domain_dot", "customer_email", "dana@localhost", kNone, true}),
    [](const ::testing::TestParamInfo<AttributeCase> &paramInfo) {
        return std::string(paramInfo.param.label);
    });

TEST(Attributes, OverlongCustomerNameIsIgnored) {
    const PolicyResolution r = resolve(q("customer_name"), kLongName);
    EXPECT_TRUE(r.policy.customerName.isEmpty());
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_TRUE(r.notices.first().english().contains(q("customer_name")));
    EXPECT_TRUE(r.notices.first().english().contains(q("(256 characters)")));
    EXPECT_EQ(resolve(q("customer_name"), QString(kMaxNameLength, u'x')).policy.customerName.size(),
              kMaxNameLength);
}

TEST(Attributes, DefaultsComeFromSettingsWhenNothingIsSet) {
    Settings settings;
    settings.ticketAssignment = TicketAssignment::Agent;
    settings.createTicketAfterMinutes = 42;
    const PolicyResolution r = resolvePolicy(settings, {{q("unrelated"), q("whatever")}});
    EXPECT_TRUE(r.notices.isEmpty());
    EXPECT_EQ(r.policy.ticketAssignment, TicketAssignment::Agent);
    EXPECT_EQ(r.policy.recentTicketTimeoutMinutes, 42);
    EXPECT_TRUE(r.policy.forceTicketCreation);
    EXPECT_TRUE(r.policy.popIncoming);
    EXPECT_TRUE(r.policy.voiceComment);
    EXPECT_TRUE(r.policy.downloadRecording);
    EXPECT_FALSE(r.policy.allOutbound);
    EXPECT_TRUE(r.policy.rememberCallerNumber);
    EXPECT_FALSE(r.policy.requestedTicketId);
}

TEST(Attributes, TicketAttributeNameComesFromSettings) {
    Settings settings;
    settings.ticketAttributeName = q("ticket_no");
    const PolicyResolution r =
        resolvePolicy(settings, {{q("ticket_no"), q("#77")}, {q("zendesk_ticket"), q("5")}});
    EXPECT_EQ(r.policy.requestedTicketId, 77);
    settings.ticketAttributeName.clear();
    EXPECT_EQ(resolvePolicy(settings, {{q("zendesk_ticket"), q("5")}}).policy.requestedTicketId, 5);
}

TEST(Attributes, AttributeNamesAreCaseSensitive) {
    const PolicyResolution r = resolve(q("Pop_Incoming"), q("false"));
    EXPECT_TRUE(r.policy.popIncoming);
    EXPECT_TRUE(r.notices.isEmpty());
}

TEST(Attributes, EveryBadValueGetsItsOwnNotice) {
    const PolicyResolution r = resolvePolicy(
        Settings(),
        {{q("pop_incoming"), q("x")}, {q("zendesk_user"), q("y")}, {q("ticket_assignment"), q("z")}});
    EXPECT_EQ(r.notices.size(), 3);
}

// Notices: quoting, truncation, escaping
// ----------------------------------------------------------------------

TEST(Notices, QuoteEscapesControlCharactersAndTruncates) {
    EXPECT_EQ(quoteValueForNotice(q("abc")), q("\"abc\""));
    EXPECT_EQ(quoteValueForNotice(q("a\"b\\c")), q("\"a\\\"b\\\\c\""));
    EXPECT_EQ(quoteValueForNotice(q("a\nb\tc\r")), q("\"a\\nb\\tc\\r\""));
    EXPECT_EQ(quoteValueForNotice(q("bell\x07")), q("\"bell\\u0007\""));
    EXPECT_EQ(quoteValueForNotice(QString(QChar(0x202E))), q("\"\\u202e\"")); // right-to-left override
    EXPECT_EQ(quoteValueForNotice(q("é✓")), q("\"é✓\""));
    const QString shown = quoteValueForNotice(QString(100, u'z'));
    EXPECT_EQ(shown, q("\"") + QString(40, u'z') + q("\"… (100 characters)"));
}

TEST(Notices, IvrInputWithNewlinesCannotForgeExtraNoticeLines) {
    const PolicyResolution r = resolve(q("recent_ticket_timeout"), q("5\nIgnored nothing"));
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_FALSE(r.notices.first().english().contains(u'\n'));
    EXPECT_EQ(r.notices.first().english(),
              q("Ignored attribute recent_ticket_timeout=\"5\\nIgnored nothing\": expected a whole number of "
                "minutes (0 to 527040)"));
}

TEST(Notices, SecretNamedTicketAttributeHidesTheValue) {
    Settings settings;
    settings.ticketAttributeName = q("ticket_token");
    const PolicyResolution r = resolvePolicy(settings, {{q("ticket_token"), q("s3cr3t")}});
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_FALSE(r.notices.first().english().contains(q("s3cr3t")));
}

// Secret attribute names
// -----------------------------------------------------------------------------------------

struct SecretCase {
    const char *name;
    bool secret;
};

class SecretNames : public ::testing::TestWithParam<SecretCase> {};

TEST_P(SecretNames, Classify) {
    EXPECT_EQ(isSecretAttributeName(q(GetParam().name)), GetParam().secret) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(Table, SecretNames,
                         ::testing::Values(SecretCase{"aid", true}, SecretCase{"sak", true},
                                           SecretCase{"SST", true}, SecretCase{"cfg", true},
                                           SecretCase{"api_token", true}, SecretCase{"clientSecret", true},
                                           SecretCase{"PASSWORD", true}, SecretCase{"z2cStatusApiKey", true},
                                           SecretCase{"keyword", false}, SecretCase{"pin", true},
                                           SecretCase{"card_number", true},
                                           SecretCase{"zendesk_ticket", false}, SecretCase{"aidan", false},
                                           SecretCase{"config", false}, SecretCase{"customer_name", false},
                                           SecretCase{"", false}));

TEST(Integers, ParseNonNegativeInteger) {
    EXPECT_EQ(parseNonNegativeInteger(q("0")), 0);
    EXPECT_EQ(parseNonNegativeInteger(q(" 007 ")), 7);
    EXPECT_EQ(parseNonNegativeInteger(q("999999999999999")), Q_INT64_C(999999999999999));
    EXPECT_FALSE(parseNonNegativeInteger(q("1000000000000000")));
    EXPECT_FALSE(parseNonNegativeInteger(q("1e3")));
    EXPECT_FALSE(parseNonNegativeInteger(q("١٢"))); // Arabic-Indic digits
    EXPECT_FALSE(parseNonNegativeInteger(q("")));
}

TEST(Attributes, OverlongCustomerEmailIsIgnored) {
    const QString overlong = QString(kMaxEmailLength, u'a') + q("@example.com");
    const PolicyResolution r = resolve(q("customer_email"), overlong);
    EXPECT_TRUE(r.policy.customerEmail.isEmpty());
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_TRUE(r.notices.first().english().contains(q("customer_email")));
}
