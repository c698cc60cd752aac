#include "dialrequest.h"

#include <QRegularExpression>
#include <QUrl>

namespace callbridge {

std::optional<QString> dialRequestFromArgument(const QString &argument) {
    static const QRegularExpression scheme(QStringLiteral("^(tel|callto):(//)?"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = scheme.match(argument.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString number = QUrl::fromPercentEncoding(argument.trimmed().mid(match.capturedLength()).toUtf8());
    number = number.section(u';', 0, 0).section(u'?', 0, 0).trimmed();
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ().\\-]+$"));
    const qsizetype digits =
        std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
    if (!allowed.match(number).hasMatch() || digits < 3 || digits > 32)
        return std::nullopt;
    return number;
}

std::optional<QString> dialRequestFromArguments(const QStringList &arguments) {
    for (const QString &argument : arguments) {
        if (auto number = dialRequestFromArgument(argument))
            return number;
    }
    return std::nullopt;
}

} // namespace callbridge
