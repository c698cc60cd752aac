#include "journalcsv.h"

#include <algorithm>
#include <iterator>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

// Spreadsheets skip leading spaces before they decide whether a cell is a formula, and treat the full-width
// forms of = + - @ like the ASCII ones.
bool startsLikeFormula(const QString &value) {
    for (const QChar c : value) {
        if (c == u'\t' || c == u'\r')
            return true;
        if (c == u' ' || c == QChar(0x3000)) // ASCII and ideographic space
            continue;
        static const char16_t kFormulaStarts[] = {u'=', u'+', u'-', u'@', 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20};
        return std::find(std::begin(kFormulaStarts), std::end(kFormulaStarts), c.unicode())
               != std::end(kFormulaStarts);
    }
    return false;
}

} // namespace

QString csvField(const QString &value) {
    QString field = startsLikeFormula(value) ? u"'"_s + value : value;
    field.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + field + u"\""_s;
}

QByteArray csvRecord(const QStringList &fields) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(u',');
        }
        line.append(csvField(fields.at(i)));
    }
    line.append(u"\r\n"_s);
    return line.toUtf8();
}

} // namespace callbridge::journal
