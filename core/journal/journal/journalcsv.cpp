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

QStringList outcomeCsvHeader() {
    return {QStringLiteral("time"),       QStringLiteral("contact_id"),     QStringLiteral("agent_username"),
            QStringLiteral("agent_name"), QStringLiteral("customer_phone"), QStringLiteral("outcome"),
            QStringLiteral("mode"),       QStringLiteral("user_id"),        QStringLiteral("user_created"),
            QStringLiteral("ticket_id"),  QStringLiteral("ticket_created"), QStringLiteral("reason"),
            QStringLiteral("notices")};
}

QStringList outcomeCsvFields(const OutcomeRecord &r) {
    auto id = [](qint64 value) {
        return value > 0 ? QString::number(value) : QString();
    };
    auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    return {r.at.toUTC().toString(Qt::ISODateWithMs),
            r.contactId,
            r.agentUsername,
            r.agentName,
            r.customerNumber,
            r.outcome,
            r.mode,
            id(r.userId),
            flag(r.userCreated),
            id(r.ticketId),
            flag(r.ticketCreated),
            r.reason,
            r.notices.join(QStringLiteral("; "))};
}

} // namespace callbridge::journal
