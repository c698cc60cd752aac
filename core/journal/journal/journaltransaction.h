#pragma once

// Internal: the journal's SAVEPOINT-based transaction. Nests inside a Batch. When any transaction of the
// outermost one asked for Full durability, the outermost commit runs with synchronous=FULL.

#include "journal.h"

namespace callbridge::journal {

class Journal::Transaction {
public:
    Transaction(Journal &journal, Durability durability)
        : m_journal(journal) {
        // SQLite refuses to change the safety level inside a transaction, so only the outermost transaction
        // (or Batch, which is always Full) decides it.
        if (durability == Durability::Full && m_journal.m_transactionDepth == 0) {
            if (!m_journal.exec(QStringLiteral("PRAGMA synchronous = FULL"), {})) {
                return;
            }
            m_journal.m_fullSync = true;
        }
        m_open = m_journal.exec(QStringLiteral("SAVEPOINT journal_tx"), {});
        if (m_open) {
            ++m_journal.m_transactionDepth;
        } else {
            restoreNormalSync();
        }
    }
    ~Transaction() {
        if (m_open) {
            rollback();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }

    bool commit() {
        if (!m_open || !m_journal.exec(QStringLiteral("RELEASE journal_tx"), {})) {
            return false; // the destructor rolls back
        }
        finish();
        return true;
    }

    void rollback() {
        keepingError([this] {
            m_journal.exec(QStringLiteral("ROLLBACK TO journal_tx"), {});
            m_journal.exec(QStringLiteral("RELEASE journal_tx"), {});
        });
        finish();
    }

private:
    template <typename F> void keepingError(F cleanup) {
        const QString error = m_journal.m_lastError;
        cleanup();
        m_journal.m_lastError = error;
    }

    void finish() {
        m_open = false;
        if (--m_journal.m_transactionDepth == 0) {
            restoreNormalSync();
        }
    }

    void restoreNormalSync() {
        if (m_journal.m_fullSync && m_journal.m_transactionDepth == 0) {
            keepingError([this] { m_journal.exec(QStringLiteral("PRAGMA synchronous = NORMAL"), {}); });
            m_journal.m_fullSync = false;
        }
    }

    Journal &m_journal;
    bool m_open = false;
};

} // namespace callbridge::journal
