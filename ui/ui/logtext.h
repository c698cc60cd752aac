#pragma once

#include <QString>

namespace callbridge::ui {

// Text from a web page made safe for one log line: control characters, bidi and other invisible format
// characters (U+202E and friends, which can make a log line read backwards), line and paragraph separators
// and lone surrogates become \uXXXX (\n, \r, \t as such); cut after `maxChars` with "…".
QString escapedForLog(const QString &text, int maxChars);

} // namespace callbridge::ui
