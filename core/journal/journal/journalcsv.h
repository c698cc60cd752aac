#pragma once

#include "journaltypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace callbridge::journal {

// RFC 4180 CSV with a guard against formula injection: reasons and notices can carry caller-typed attribute
// values, and a spreadsheet would run a cell such as "=HYPERLINK(…)". A cell whose first character is TAB or
// CR, or whose first non-space character is = + - @ (or their full-width forms ＝ ＋ － ＠), gets a leading
// single quote (so "+4930…" exports as "'+4930…", which spreadsheets show as text). Every field is quoted,
// quotes doubled, so that no cell content can end a field or a record.
QString csvField(const QString &value);
QByteArray csvRecord(const QStringList &fields); // UTF-8, fields joined by ',', ending in CRLF

// One decision per row: the header, and a decision's fields in that order (the journal's and the team
// database's exports are the same file format).
QStringList outcomeCsvHeader();
QStringList outcomeCsvFields(const OutcomeRecord &record);

} // namespace callbridge::journal
