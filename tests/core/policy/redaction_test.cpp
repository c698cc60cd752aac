#include "policy/redaction.h"

#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

// Secret attribute names: whole words of the name
// ------------------------------------------------------------------------------------------------

struct NameCase {
    const char *name;
    bool secret;
};

class SecretNameWords : public ::testing::TestWithParam<NameCase> {};

TEST_P(SecretNameWords, Classify) {
    EXPECT_EQ(isSecretAttributeName(q(GetParam().name)), GetParam().secret) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, SecretNameWords,
    ::testing::Values(NameCase{"pin", true}, NameCase{"PIN", true}, NameCase{"pinCode", true},
                      NameCase{"account_pin", true}, NameCase{"pin2", true}, NameCase{"cvv", true},
                      NameCase{"card_cvc", true}, NameCase{"ssn", true}, NameCase{"customer-SSN", true},
                      NameCase{"dob", true}, NameCase{"dateOfBirth", true}, NameCase{"otp", true},
                      NameCase{"otp_code", true}, NameCase{"passcode", true},
                      NameCase{"account_number", true}, NameCase{"accountNumber", true},
                      NameCase{"card_number", true}, NameCase{"CardNumber", true},
                      NameCase{"cardnumber", true}, NameCase{"credit_card", true}, NameCase{"api_key", true},
                      NameCase{"z2cStatusApiKey", true}, NameCase{"crm_api_token", true},
                      NameCase{"sak", true}, NameCase{"keyword", false}, NameCase{"spinner", false},
                      NameCase{"pinned_note", false}, NameCase{"tokenizer", false},
                      NameCase{"card_type", false}, NameCase{"account_id", false},
                      NameCase{"order_number", false}, NameCase{"customer_name", false},
                      NameCase{"zendesk_ticket", false}, NameCase{"", false}));

// Card numbers anywhere in a value
// ------------------------------------------------------------------------------------------------

struct CardCase {
    const char *value;
    const char *redacted;
};

class CardNumbers : public ::testing::TestWithParam<CardCase> {};

TEST_P(CardNumbers, RedactLuhnValidNumbersOnly) {
    bool changed = false;
    const QString result = redactCardNumbers(q(GetParam().value), &changed);
    EXPECT_EQ(result, q(GetParam().redacted)) << GetParam().value;
    EXPECT_EQ(changed, result != q(GetParam().value));
}

INSTANTIATE_TEST_SUITE_P(
    Table, CardNumbers,
    ::testing::Values(
        CardCase{"4111111111111111", "[redacted]"}, CardCase{"4111 1111 1111 1111", "[redacted]"},
        CardCase{"4111-1111-1111-1111", "[redacted]"}, CardCase{"3782 822463 10005", "[redacted]"},
        CardCase{"4222222222222", "[redacted]"}, // 13 digits
        CardCase{"my card is 5555555555554444, exp 12/29", "my card is [redacted], exp 12/29"},
        CardCase{"card 4111 1111 1111 1111 12 34", "card [redacted] 12 34"},
        CardCase{"a4111111111111111b", "a[redacted]b"},
        CardCase{"4111111111111112", "4111111111111112"},         // fails the Luhn check
        CardCase{"411111111111", "411111111111"},                 // 12 digits: too short
        CardCase{"41111111111111111111", "41111111111111111111"}, // 20 digits: too long
        CardCase{"4111  1111 1111 1111", "4111  1111 1111 1111"}, // two spaces: not one number
        CardCase{"+4111111111111111", "+4111111111111111"},       // a phone number
        CardCase{"order 12345, call back at 3 pm", "order 12345, call back at 3 pm"}, CardCase{"", ""}));

// Attributes as stored and written
// ------------------------------------------------------------------------------------------------

TEST(RedactAttributes, SecretNamesAndCardNumbersAreRedactedOthersKept) {
    QStringList names;
    const QHash<QString, QString> out =
        redactAttributes({{q("pin"), q("1234")},
                          {q("keyword"), q("billing")},
                          {q("note"), q("paid with 4111 1111 1111 1111 yesterday")},
                          {q("customer_number"), q("4111111111111111")},
                          {q("crmId"), q("CRM-1")}},
                         &names);
    EXPECT_EQ(out.value(q("pin")), q("[redacted]"));
    EXPECT_EQ(out.value(q("keyword")), q("billing"));
    EXPECT_EQ(out.value(q("note")), q("paid with [redacted] yesterday"));
    EXPECT_EQ(out.value(q("customer_number")), q("4111111111111111")); // a number the connector validates
    EXPECT_EQ(out.value(q("crmId")), q("CRM-1"));
    EXPECT_EQ(names, QStringList({q("note"), q("pin")}));

    QStringList again;
    EXPECT_EQ(redactAttributes(out, &again), out); // idempotent
    EXPECT_EQ(again, names);
}

// Secret-looking values
// ------------------------------------------------------------------------------------------------

TEST(LooksLikeSecret, TokensAndCardNumbersButNotOrdinarySettings) {
    EXPECT_TRUE(looksLikeSecret(q("6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv")));
    EXPECT_TRUE(looksLikeSecret(q("agent@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1E")));
    EXPECT_TRUE(looksLikeSecret(q("4111 1111 1111 1111")));
    EXPECT_FALSE(looksLikeSecret(q("https://acme.zendesk.com")));
    EXPECT_FALSE(looksLikeSecret(q("agent@example.com")));
    EXPECT_FALSE(looksLikeSecret(q("Australia/Sydney")));
    EXPECT_FALSE(looksLikeSecret(q("yes please")));
    EXPECT_FALSE(looksLikeSecret(q("1000000000000000"))); // digits only, not Luhn-valid
}

// [policy] note_attributes
// ------------------------------------------------------------------------------------------------

TEST(NoteAttributeRule, AllNoneOrAnAllowList) {
    bool ok = false;
    const NoteAttributeRule all = parseNoteAttributeRule(q("all"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_TRUE(all.shows(q("anything")));
    const NoteAttributeRule none = parseNoteAttributeRule(q(" NONE "), &ok);
    EXPECT_TRUE(ok);
    EXPECT_FALSE(none.shows(q("crmId")));
    const NoteAttributeRule list = parseNoteAttributeRule(q("crmId, customer_name"), &ok);
    EXPECT_TRUE(ok);
    EXPECT_TRUE(list.shows(q("crmId")));
    EXPECT_TRUE(list.shows(q("customer_name")));
    EXPECT_FALSE(list.shows(q("reason")));
    parseNoteAttributeRule(q("crmId, bad name!"), &ok);
    EXPECT_FALSE(ok);
    parseNoteAttributeRule(q(","), &ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(NoteAttributeRule().shows(q("anything"))); // the default: every attribute
}
