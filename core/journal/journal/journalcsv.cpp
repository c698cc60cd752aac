#include "journalcsv.h"

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

bool startsLikeFormula(const QString &value) {
    if (value.isEmpty()) {
        return false;
    }
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
           || first == u'\r';
}

bool needsQuotes(const QString &value) {
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            return true;
        }
    }
    return false;
}

} // namespace

QString csvField(const QString &value) {
    QString field = startsLikeFormula(value) ? u"'"_s + value : value;
    if (!needsQuotes(field)) {
        return field;
    }
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
