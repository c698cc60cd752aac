#pragma once

// Internal helpers of the journal: time and phone encodings, and a cache of prepared statements. Every
// statement binds its values; SQL text is only ever assembled from fixed fragments.

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <map>
#include <memory>
#include <utility>

class QSqlError;

namespace callbridge::journal::detail {

QVariant msOrNull(const QDateTime &time); // epoch ms, NULL when invalid
QDateTime fromMs(const QVariant &value);  // invalid when NULL
QVariant textOrEmpty(const QString &text);
// Digits of a phone number, reversed, so that "ends with these digits" is an index range scan.
QString reversedDigits(const QString &phone);
QString describe(const QSqlError &error);
// The contact a write belongs to, from its idempotency key "cb-<contact>-<step>" (steps are one word, or
// "<step>-followup"); empty for a key of another shape.
QString contactOfWriteKey(const QString &key);

// A cached prepared statement in use; finished (cursor and read transaction released) when it goes out of
// scope, so that no idle statement keeps a WAL snapshot open.
class Statement {
public:
    explicit Statement(QSqlQuery *query = nullptr)
        : m_query(query) {}
    ~Statement() {
        if (m_query) {
            m_query->finish();
        }
    }
    Statement(Statement &&other) noexcept
        : m_query(std::exchange(other.m_query, nullptr)) {}
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    explicit operator bool() const { return m_query != nullptr; }
    QSqlQuery &operator*() const { return *m_query; }
    QSqlQuery *operator->() const { return m_query; }

private:
    QSqlQuery *m_query;
};

class StatementCache {
public:
    explicit StatementCache(QString connectionName);
    // A prepared statement for `sql`, reused across calls; nullptr (and *error set) when it does not prepare.
    // Do not hold two Statements of the same SQL at once.
    Statement get(const QString &sql, QString *error);
    void clear();

private:
    QString m_connectionName;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // QSqlQuery is not copyable from Qt 6.5
};

// Binds `values` by position and executes; on failure *error says why.
bool execBound(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error);
bool execBound(QSqlQuery &query, const QVariantList &values, QString *error);

} // namespace callbridge::journal::detail
