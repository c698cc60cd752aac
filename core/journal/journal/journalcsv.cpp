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
