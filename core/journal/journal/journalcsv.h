#pragma once

#include "journaltypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace callbridge::journal {

// RFC 4180 CSV with a guard against formula injection: reasons and notices can carry caller-typed attribute
// values, and a spreadsheet would run a cell such as "=HYPERLINK(…)". A cell starting with = + - @ TAB or CR
// gets a leading single quote (so "+4930…" exports as "'+4930…", which spreadsheets show as text). Fields
// with a comma, quote, CR or LF are quoted, quotes doubled.
QString csvField(const QString &value);
QByteArray csvRecord(const QStringList &fields); // UTF-8, fields joined by ',', ending in CRLF

// One decision per row: the header, and a decision's fields in that order (the journal's and the team
// database's exports are the same file format).
QStringList outcomeCsvHeader();
QStringList outcomeCsvFields(const OutcomeRecord &record);

} // namespace callbridge::journal
