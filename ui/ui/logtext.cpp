#include "logtext.h"

namespace callbridge::ui {

QString escapedForLog(const QString &text, int maxChars) {
    QString out;
    const QString shown = text.left(maxChars);
    out.reserve(shown.size());
    for (const QChar c : shown) {
        switch (c.unicode()) {
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        case u'\\':
            out += QLatin1String("\\\\");
            continue;
        default:
            break;
        }
        const QChar::Category category = c.category();
        const bool invisible = category == QChar::Other_Control || category == QChar::Other_Format
                               || category == QChar::Other_Surrogate || category == QChar::Separator_Line
                               || category == QChar::Separator_Paragraph;
        if (invisible)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > maxChars)
        out += QChar(0x2026);
    return out;
}

} // namespace callbridge::ui
