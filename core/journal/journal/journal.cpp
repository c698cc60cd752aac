#include "journal.h"

#include "journalschema.h"
#include "journalsql.h"
#include "journaltransaction.h"
#include "secrets/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

const QString kDriver = u"QSQLITE"_s;
const QString kMemoryPath = u":memory:"_s;

QString uniqueConnectionName() {
    static std::atomic<int> counter{0};
    return u"callbridge-journal-"_s + QString::number(++counter);
}

// The journal holds personal data: the directory Callbridge creates (or its default one) is 0700, the
// database and its WAL and shared-memory files 0600. SQLite gives the WAL files the database file's mode. A
// directory the user chose and that already exists (say /tmp) is left as it is.
QString makeJournalFilesPrivate(const QString &path) {
    const QString directory = QFileInfo(path).absolutePath();
    const bool ours =
        !QFileInfo::exists(directory) || directory == QFileInfo(Journal::defaultPath()).absolutePath();
    QString error;
    if (ours ? !makePrivateDirectory(directory, &error) : !QDir().mkpath(directory))
        return error.isEmpty() ? u"cannot create the directory %1"_s.arg(directory) : error;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString file = path + suffix;
        if ((suffix.isEmpty() || QFileInfo::exists(file)) && !makePrivateFile(file, &error))
            return error;
    }
    return QString();
}

} // namespace

Journal::Batch::Batch(Journal &journal)
    : m_transaction(std::make_unique<Transaction>(journal, Durability::Full)) {}

Journal::Batch::~Batch() = default;

bool Journal::Batch::commit() {
    return m_transaction->commit();
}

JournalOpenResult Journal::open(const QString &path, const Clock *clock) {
    JournalOpenResult result;
    if (path.isEmpty()) {
        result.error = u"no journal path given"_s;
        return result;
    }
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        result.error = u"the Qt SQLite driver (QSQLITE) is not available"_s;
        return result;
    }
    if (path != kMemoryPath) {
        const QString problem = makeJournalFilesPrivate(path);
        if (!problem.isEmpty()) {
            result.error = u"cannot open the journal at %1: %2"_s.arg(path, problem);
            return result;
        }
    }
    std::unique_ptr<Journal> journal(new Journal(uniqueConnectionName(), path, clock));
    const QString error = journal->initialise();
    if (!error.isEmpty()) {
        result.error = u"cannot open the journal at %1: %2"_s.arg(path, error);
        return result;
    }
    result.journal = std::move(journal);
    return result;
}

QString Journal::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

JournalOpenResult Journal::openDefault(const Clock *clock) {
    return open(defaultPath(), clock);
}

Journal::Journal(QString connectionName, QString path, const Clock *clock)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_clock(clock ? clock : &m_systemClock)
    , m_statements(std::make_unique<detail::StatementCache>(m_connectionName)) {
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    db.setDatabaseName(m_path);
}

Journal::~Journal() {
    m_statements->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery optimize(db);
            optimize.exec(u"PRAGMA optimize"_s); // best effort: keeps the planner's statistics fresh
            optimize.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Journal::initialise() {
    QSqlDatabase db = database();
    if (!db.open()) {
        return detail::describe(db.lastError());
    }
    // busy_timeout first: switching to WAL needs a lock another process may hold for a moment.
    const QStringList pragmas{u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
                              u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s};
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return detail::describe(query.lastError());
        }
    }
    const MigrationResult migrated = runMigrations(db, journalMigrations());
    return migrated.ok ? QString() : migrated.error;
}

QSqlDatabase Journal::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Journal::schemaVersion() const {
    QString error;
    const int version = userVersion(database(), &error);
    if (version < 0) {
        m_lastError = error;
    }
    return version;
}

bool Journal::fail(const QString &error) const {
    m_lastError = error;
    return false;
}

bool Journal::exec(const QString &sql, std::initializer_list<QVariant> values) const {
    detail::Statement query = m_statements->get(sql, &m_lastError);
    if (!query || !detail::execBound(*query, values, &m_lastError)) {
        return false;
    }
    return true;
}

int Journal::execChanges(const QString &sql, std::initializer_list<QVariant> values) {
    detail::Statement query = m_statements->get(sql, &m_lastError);
    if (!query || !detail::execBound(*query, values, &m_lastError)) {
        return -1;
    }
    const int changed = query->numRowsAffected();
    return changed;
}

} // namespace callbridge::journal
