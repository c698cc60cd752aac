#pragma once

#include <QString>

namespace callbridge::sandbox::zendesk {

// "+1 (513) 555-7611" -> "15135557611".
QString digitsOnly(const QString &text);
// Zendesk's "Validate user phone numbers" rule as the sandbox applies it: "+", a country code and 7–15 digits
// in total; spaces, dashes, dots and parentheses are tolerated.
bool isE164ish(const QString &phone);

} // namespace callbridge::sandbox::zendesk
