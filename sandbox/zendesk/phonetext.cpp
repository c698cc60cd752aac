#include "phonetext.h"

namespace callbridge::sandbox::zendesk {

QString digitsOnly(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

bool isE164ish(const QString &phone) {
    const QString trimmed = phone.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+')))
        return false;
    for (const QChar c : trimmed.mid(1)) {
        if (!c.isDigit() && !QStringLiteral(" -.()").contains(c))
            return false;
    }
    const QString digits = digitsOnly(trimmed);
    return digits.size() >= 7 && digits.size() <= 15 && !digits.startsWith(QLatin1Char('0'));
}

} // namespace callbridge::sandbox::zendesk
