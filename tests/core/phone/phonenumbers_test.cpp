#include "phone/phonenumbers.h"

#include <gtest/gtest.h>

using namespace callbridge;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

struct NumberCase {
    const char *label;
    const char *region;
    const char *raw;
    const char *e164;     // empty = anonymous
    const char *national; // national significant number
};

void PrintTo(const NumberCase &c, std::ostream *os) {
    *os << c.label;
}

} // namespace

class Normalize : public ::testing::TestWithParam<NumberCase> {};

TEST_P(Normalize, GivesE164AndNationalNumber) {
    const NumberCase c = GetParam();
    const CallerNumber n = PhoneNormalizer(q(c.region)).normalize(q(c.raw));
    EXPECT_EQ(n.raw, q(c.raw));
    if (*c.e164 == '\0') {
        EXPECT_TRUE(n.anonymous) << "got " << n.e164.toStdString();
        EXPECT_TRUE(n.e164.isEmpty());
        EXPECT_TRUE(n.nationalNumber.isEmpty());
    } else {
        EXPECT_FALSE(n.anonymous);
        EXPECT_EQ(n.e164, q(c.e164));
        EXPECT_EQ(n.nationalNumber, q(c.national));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, Normalize,
    ::testing::Values(
        // United States
        NumberCase{"us_e164", "US", "+14155552671", "+14155552671", "4155552671"},
        NumberCase{"us_international_punctuated", "US", "+1 415-555-2671", "+14155552671", "4155552671"},
        NumberCase{"us_national", "US", "(415) 555-2671", "+14155552671", "4155552671"},
        NumberCase{"us_national_trunk_1", "US", "1 415 555 2671", "+14155552671", "4155552671"},
        NumberCase{"us_dots", "US", "415.555.2671", "+14155552671", "4155552671"},
        NumberCase{"us_from_gb_idd", "GB", "00 1 415 555 2671", "+14155552671", "4155552671"},
        NumberCase{"us_idd_011", "US", "011 44 20 7946 0018", "+442079460018", "2079460018"},
        // United Kingdom
        NumberCase{"gb_national", "GB", "(0161) 496 0000", "+441614960000", "1614960000"},
        NumberCase{"gb_mobile", "GB", "07700 900123", "+447700900123", "7700900123"},
        NumberCase{"gb_international", "US", "+44 161 496 0000", "+441614960000", "1614960000"},
        NumberCase{"gb_with_trunk_in_international", "US", "+44 (0)161 496 0000", "+441614960000",
                   "1614960000"},
        // Australia
        NumberCase{"au_national", "AU", "(02) 9374 4000", "+61293744000", "293744000"},
        NumberCase{"au_mobile", "AU", "0412 345 678", "+61412345678", "412345678"},
        NumberCase{"au_international", "GB", "+61 2 9374 4000", "+61293744000", "293744000"},
        NumberCase{"au_region_lowercase", "au", "0412 345 678", "+61412345678", "412345678"},
        // SIP / tel URIs
        NumberCase{"sip", "US", "sip:+15135557611@10.0.0.1", "+15135557611", "5135557611"},
        NumberCase{"sips_params", "US", "SIPS:+15135557611@host.example;user=phone", "+15135557611",
                   "5135557611"},
        NumberCase{"sip_display_name", "US", "\"Bob\" <sip:+15135557611@host>", "+15135557611", "5135557611"},
        NumberCase{"sip_national", "GB", "sip:01614960000@pbx.local", "+441614960000", "1614960000"},
        NumberCase{"tel", "US", "tel:+1-513-555-7611", "+15135557611", "5135557611"},
        NumberCase{"tel_ext", "US", "tel:+1-513-555-7611;ext=22", "+15135557611", "5135557611"},
        NumberCase{"surrounding_space", "US", "  +15135557611  ", "+15135557611", "5135557611"},
        // Anonymous forms
        NumberCase{"empty", "US", "", "", ""}, NumberCase{"blank", "US", "   ", "", ""},
        NumberCase{"anonymous", "US", "anonymous", "", ""},
        NumberCase{"Anonymous_caps", "US", "ANONYMOUS", "", ""},
        NumberCase{"private", "US", "Private", "", ""}, NumberCase{"unknown", "US", "unknown", "", ""},
        NumberCase{"restricted", "US", "restricted", "", ""},
        NumberCase{"withheld", "GB", "Withheld", "", ""},
        NumberCase{"sip_anonymous", "US", "sip:anonymous@anonymous.invalid", "", ""},
        NumberCase{"sip_empty_user", "US", "sip:@host", "", ""},
        // Garbage, too short, too long
        NumberCase{"letters", "US", "hello there", "", ""}, NumberCase{"too_short", "US", "12", "", ""},
        NumberCase{"short_code", "US", "911", "", ""},
        NumberCase{"too_long", "US", "+1 415 555 2671 2671 2671", "", ""},
        NumberCase{"bad_country_code", "US", "+999 1234 5678", "", ""},
        NumberCase{"over_64_characters", "US",
                   "+1 415 555 2671                                                   x", "", ""},
        NumberCase{"national_without_known_region", "ZZ", "4155552671", "", ""},
        NumberCase{"international_without_known_region", "XX", "+14155552671", "+14155552671", "4155552671"}),
    [](const ::testing::TestParamInfo<NumberCase> &paramInfo) { return std::string(paramInfo.param.label); });

TEST(Normalize, ValidityIsAdvisoryAndReported) {
    const PhoneNormalizer gb(q("GB"));
    EXPECT_TRUE(gb.normalize(q("+44 161 496 0000")).valid);
    // Possible length for US but in an unassigned area code (0xx): kept, but flagged as not valid.
    const CallerNumber unassigned = PhoneNormalizer(q("US")).normalize(q("+1 055 555 2671"));
    EXPECT_FALSE(unassigned.valid);
    EXPECT_FALSE(unassigned.anonymous);
    EXPECT_EQ(unassigned.e164, q("+10555552671"));
}

TEST(Normalize, AnonymousCallerHelperKeepsRaw) {
    const CallerNumber n = CallerNumber::anonymousCaller(q("private"));
    EXPECT_TRUE(n.anonymous);
    EXPECT_EQ(n.raw, q("private"));
}

TEST(Normalize, RegionIsKeptUppercase) {
    EXPECT_EQ(PhoneNormalizer(q(" gb ")).defaultRegion(), q("GB"));
    EXPECT_EQ(PhoneNormalizer().defaultRegion(), q("US"));
}

TEST(SameNumber, MatchesAcrossFormats) {
    const PhoneNormalizer gb(q("GB"));
    EXPECT_TRUE(gb.sameNumber(q("+44 161 496 0000"), q("01614960000")));
    EXPECT_TRUE(gb.sameNumber(q("sip:+441614960000@host"), q("(0161) 496-0000")));
    EXPECT_TRUE(gb.sameNumber(q("tel:+441614960000"), q("00441614960000")));
    const PhoneNormalizer us(q("US"));
    EXPECT_TRUE(us.sameNumber(q("415-555-2671"), q("+1 (415) 555 2671")));
}

TEST(SameNumber, DifferentOrAnonymousNumbersDoNotMatch) {
    const PhoneNormalizer gb(q("GB"));
    EXPECT_FALSE(gb.sameNumber(q("+44 161 496 0000"), q("+44 161 496 0001")));
    EXPECT_FALSE(gb.sameNumber(q("+44 161 496 0000"), q("+1 161 496 0000")));
    EXPECT_FALSE(gb.sameNumber(q("anonymous"), q("anonymous")));
    EXPECT_FALSE(gb.sameNumber(q(""), q("")));
    EXPECT_FALSE(gb.sameNumber(q("garbage"), q("garbage")));
    // National forms resolve against the default region: a GB-local number is not the US one.
    EXPECT_FALSE(PhoneNormalizer(q("US")).sameNumber(q("01614960000"), q("+441614960000")));
}

TEST(KnownRegion, UsesLibphonenumberRegions) {
    for (const char *region : {"US", "GB", "AU", "de", "NZ"}) {
        EXPECT_TRUE(PhoneNormalizer::isKnownRegion(q(region))) << region;
    }
    for (const char *region : {"", "ZZ", "UK", "XX", "USA", "U"}) {
        EXPECT_FALSE(PhoneNormalizer::isKnownRegion(q(region))) << region;
    }
}

// Found by fuzzing: "011" (the US exit code) into +53 with leading zeros gave "+5300530001", which reads back
// as
// "+530530001". A number that is not stable in its E.164 form cannot identify a caller.
TEST(Normalize, NumberWhoseE164ReadsBackDifferentlyIsAnonymous) {
    const PhoneNormalizer phones(QStringLiteral("US"));
    const CallerNumber n = phones.normalize(QStringLiteral(") 011-JE000-JE0001"));
    EXPECT_TRUE(n.anonymous) << n.e164.toStdString();
    EXPECT_FALSE(phones.sameNumber(QStringLiteral(") 011-JE000-JE0001"), QStringLiteral("+5300530001")));
}

TEST(Normalize, E164FormIsStable) {
    const PhoneNormalizer phones(QStringLiteral("US"));
    for (const char *raw : {"+15550100001", "sip:+442079460958@carrier", "(555) 010-0001", "+390612345678",
                            "011 44 20 7946 0958"}) {
        const CallerNumber n = phones.normalize(QString::fromLatin1(raw));
        ASSERT_FALSE(n.anonymous) << raw;
        EXPECT_EQ(phones.normalize(n.e164).e164, n.e164) << raw;
    }
}
