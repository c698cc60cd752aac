#pragma once

// Internal: the column lists the journal selects and the readers that turn a row into a record, shared by
// Journal, JournalQueries and the team database's queries (which select the same columns in the same order).

#include "journaltypes.h"

#include <QSqlQuery>
#include <QString>

namespace callbridge::journal::detail {

extern const QString kOutcomeColumns;  // of table outcomes
extern const QString kLinkColumns;     // of table links
extern const QString kWriteColumns;    // of table outbox
extern const QString kWriteLogColumns; // of table write_log
extern const QString kEventColumns;    // of table events

OutcomeRecord outcomeFromRow(const QSqlQuery &row);
LinkRecord linkFromRow(const QSqlQuery &row);
WriteRecord writeFromRow(const QSqlQuery &row);
WriteTransition writeTransitionFromRow(const QSqlQuery &row);
EventRecord eventFromRow(const QSqlQuery &row);

} // namespace callbridge::journal::detail
