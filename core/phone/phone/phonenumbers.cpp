#include "phonenumbers.h"

#include <QRegularExpression>
#include <algorithm>
#include <set>
#include <string>

// libphonenumber's headers are not clean under our warning flags; they stay quiet in this file only.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Woverloaded-virtual"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace callbridge {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMaxRawLength = 64; // longer input is not a phone number (libphonenumber's own cap is 250)

const PhoneNumberUtil &util() {
    return *PhoneNumberUtil::GetInstance();
}

bool isWithheldWord(const QString &text) {
    static const QLatin1String words[] = {QLatin1String("anonymous"), QLatin1String("private"),
                                          QLatin1String("unknown"),   QLatin1String("restricted"),
                                          QLatin1String("withheld"),  QLatin1String("unavailable")};
    return std::any_of(std::begin(words), std::end(words),
                       [&text](QLatin1String word) { return text.compare(word, Qt::CaseInsensitive) == 0; });
}

// "Bob" <sip:+15551234567@host;user=phone> → +15551234567; tel:+1-555-123-4567;ext=9 → +1-555-123-4567
QString stripUriSyntax(const QString &raw) {
    QString text = raw.trimmed();
    const qsizetype open = text.indexOf(u'<');
    const qsizetype close = text.lastIndexOf(u'>');
    if (open >= 0 && close > open) {
        text = text.mid(open + 1, close - open - 1).trimmed();
    }
    static const QRegularExpression scheme(QStringLiteral("^(sips?|tel):"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.remove(scheme);
    for (const QChar separator : {QChar(u'@'), QChar(u';')}) {
        const qsizetype at = text.indexOf(separator);
        if (at >= 0) {
            text.truncate(at);
        }
    }
    return text.trimmed();
}

} // namespace

PhoneNormalizer::PhoneNormalizer(QString defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().toUpper()) {}

CallerNumber PhoneNormalizer::normalize(const QString &raw) const {
    if (raw.size() > kMaxRawLength) {
        return CallerNumber::anonymousCaller(raw);
    }
    const QString text = stripUriSyntax(raw);
    if (text.isEmpty() || isWithheldWord(text)
        || !std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return CallerNumber::anonymousCaller(raw);
    }
    // An unknown default region still lets "+…" numbers parse; libphonenumber calls that region "ZZ".
    const std::string region =
        isKnownRegion(m_defaultRegion) ? m_defaultRegion.toStdString() : std::string("ZZ");
    PhoneNumber number;
    if (util().Parse(text.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsPossibleNumber(number)) {
        return CallerNumber::anonymousCaller(raw);
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    // A number whose E.164 form reads back as another number (leading zeros in the national part, e.g. "011"
    // dialled into an odd country code) cannot identify anyone: Zendesk and the link memory store the E.164.
    PhoneNumber again;
    if (util().Parse(e164, "ZZ", &again) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return CallerNumber::anonymousCaller(raw);
    }
    std::string e164Again;
    util().Format(again, PhoneNumberUtil::E164, &e164Again);
    if (e164Again != e164) {
        return CallerNumber::anonymousCaller(raw);
    }
    std::string national;
    util().GetNationalSignificantNumber(number, &national);

    CallerNumber result;
    result.anonymous = false;
    result.e164 = QString::fromStdString(e164);
    result.nationalNumber = QString::fromStdString(national);
    result.raw = raw;
    result.valid = util().IsValidNumber(number);
    return result;
}

bool PhoneNormalizer::sameNumber(const QString &a, const QString &b) const {
    const CallerNumber first = normalize(a);
    const CallerNumber second = normalize(b);
    return !first.anonymous && !second.anonymous && first.e164 == second.e164;
}

bool PhoneNormalizer::isKnownRegion(const QString &region) {
    static const std::set<std::string> regions = [] {
        std::set<std::string> supported;
        util().GetSupportedRegions(&supported);
        return supported;
    }();
    return region.size() == 2 && regions.count(region.toUpper().toStdString()) > 0;
}

} // namespace callbridge
