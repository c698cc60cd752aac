#include "journalsql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QTimeZone>
#include <algorithm>

namespace callbridge::journal::detail {

QVariant msOrNull(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &value) {
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant textOrEmpty(const QString &text) {
    // QSQLITE binds a null QString as NULL; NOT NULL text columns get "" instead.
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString reversedDigits(const QString &phone) {
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        }
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

QString describe(const QSqlError &error) {
    const QString driver = error.driverText();
    const QString database = error.databaseText();
    if (database.isEmpty()) {
        return driver;
    }
    return driver.isEmpty() ? database : driver + u": " + database;
}

StatementCache::StatementCache(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

Statement StatementCache::get(const QString &sql, QString *error) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!query->prepare(sql)) {
            *error = describe(query->lastError());
            return Statement();
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return Statement(it->second.get());
}

void StatementCache::clear() {
    m_statements.clear();
}

bool execBound(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error) {
    int index = 0;
    for (const QVariant &value : values) {
        query.bindValue(index++, value);
    }
    if (!query.exec()) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

bool execBound(QSqlQuery &query, const QVariantList &values, QString *error) {
    for (int index = 0; index < values.size(); ++index) {
        query.bindValue(index, values.at(index));
    }
    if (!query.exec()) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

QString contactOfWriteKey(const QString &key) {
    if (!key.startsWith(QLatin1String("cb-")))
        return {};
    QString rest = key.mid(3);
    if (rest.endsWith(QLatin1String("-followup")))
        rest.chop(9);
    const qsizetype dash = rest.lastIndexOf(u'-');
    return dash > 0 ? rest.left(dash) : QString();
}

} // namespace callbridge::journal::detail
