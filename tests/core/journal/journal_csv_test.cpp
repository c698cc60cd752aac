#include "journal/journalcsv.h"
#include "journal/journalqueries.h"
#include "journaltestsupport.h"

#include <QBuffer>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

// A strict RFC 4180 reader, to prove that what we write parses back to the same fields.
QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return records;
}

TEST(JournalCsv, QuotesEveryField) {
    EXPECT_EQ(csvField(u"plain text"_s), u"\"plain text\""_s);
    EXPECT_EQ(csvField(QString()), u"\"\""_s);
    EXPECT_EQ(csvField(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(csvField(u"cr\rinside"_s), u"\"cr\rinside\""_s);
    EXPECT_EQ(csvRecord({u"a"_s, u"b,c"_s, QString()}), QByteArray("\"a\",\"b,c\",\"\"\r\n"));
    EXPECT_EQ(csvRecord({u"Zürich"_s}), u"\"Zürich\"\r\n"_s.toUtf8());
}

TEST(JournalCsv, GuardsAgainstFormulaInjection) {
    EXPECT_EQ(csvField(u"=HYPERLINK(\"http://x\")"_s), u"\"'=HYPERLINK(\"\"http://x\"\")\""_s);
    EXPECT_EQ(csvField(u"+4930123456"_s), u"\"'+4930123456\""_s);
    EXPECT_EQ(csvField(u"-1+1"_s), u"\"'-1+1\""_s);
    EXPECT_EQ(csvField(u"@SUM(A1)"_s), u"\"'@SUM(A1)\""_s);
    EXPECT_EQ(csvField(u"\tcmd"_s), u"\"'\tcmd\""_s);
    EXPECT_EQ(csvField(u"\rcmd"_s), u"\"'\rcmd\""_s);
    EXPECT_EQ(csvField(u"a=b"_s), u"\"a=b\""_s); // only the start matters
}

TEST(JournalCsv, GuardsBehindLeadingSpacesAndFullWidthForms) {
    EXPECT_EQ(csvField(u"   =1+1"_s), u"\"'   =1+1\""_s);
    EXPECT_EQ(csvField(u" @SUM(A1)"_s), u"\"' @SUM(A1)\""_s);
    EXPECT_EQ(csvField(u"\u3000-2"_s), u"\"'\u3000-2\""_s);
    EXPECT_EQ(csvField(u"\uFF1DHYPERLINK(1)"_s), u"\"'\uFF1DHYPERLINK(1)\""_s);
    EXPECT_EQ(csvField(u"\uFF0B1"_s), u"\"'\uFF0B1\""_s);
    EXPECT_EQ(csvField(u"\uFF0D1"_s), u"\"'\uFF0D1\""_s);
    EXPECT_EQ(csvField(u"\uFF20A1"_s), u"\"'\uFF20A1\""_s);
    EXPECT_EQ(csvField(u"  plain"_s), u"\"  plain\""_s);
    EXPECT_EQ(csvField(u"   "_s), u"\"   \""_s);
}

TEST(JournalCsv, ExportWritesAHeaderAndOneGuardedRowPerDecision) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(
        journal->recordEvent(makeEvent(ContactEventKind::Connected, u"c-1"_s, utc(2, 9)), u"+4930123456"_s));
    CallOutcome outcome = makeOutcome(u"c-1"_s, Outcome::TicketFromIvr, 7, 4242,
                                      u"=cmd|' /C calc'!A0, typed in the IVR: \"4242\"\nverified"_s);
    outcome.notices = Phrases{u"first"_s, u"second"_s};
    ASSERT_TRUE(journal->recordOutcome(outcome, utc(2, 9, 0, 1)));
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::DetailsAppended, 7, 4242, u"ok"_s),
                                       utc(2, 9, 5)));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"c-2"_s, utc(3, 9))));
    ASSERT_TRUE(
        journal->recordOutcome(makeOutcome(u"c-2"_s, Outcome::Nothing, 0, 0, u"missed"_s), utc(3, 9)));

    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    JournalFilter day;
    day.from = utc(2, 0);
    day.to = utc(3, 0);
    day.limit = 0;
    ASSERT_TRUE(JournalQueries(*journal).exportCsv(day, buffer));
    const QString text = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(text.endsWith(u"\r\n"_s));

    const QList<QStringList> rows = parseCsv(text);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].first(), u"time"_s);
    EXPECT_EQ(rows[0].size(), 13);
    EXPECT_EQ(rows[1].size(), 13);
    EXPECT_EQ(rows[1][0], u"2026-03-02T09:05:00.000Z"_s);
    EXPECT_EQ(rows[1][5], u"details_appended"_s);
    const QStringList &ivr = rows[2];
    EXPECT_EQ(ivr[1], u"c-1"_s);
    EXPECT_EQ(ivr[2], u"alice"_s);
    EXPECT_EQ(ivr[4], u"'+4930123456"_s);
    EXPECT_EQ(ivr[5], u"ticket_from_ivr"_s);
    EXPECT_EQ(ivr[6], u"ivr"_s);
    EXPECT_EQ(ivr[7], u"7"_s);
    EXPECT_EQ(ivr[8], u"false"_s);
    EXPECT_EQ(ivr[9], u"4242"_s);
    EXPECT_EQ(ivr[11], u"'"_s + outcome.reason.english()); // intact, but inert
    EXPECT_EQ(ivr[12], u"first; second"_s);
}

TEST(JournalCsv, ExportReportsAFailingDevice) {
    auto journal = openMemory();
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::Nothing, 0, 0)));
    QBuffer closed; // not open: every write fails
    JournalQueries queries(*journal);
    EXPECT_FALSE(queries.exportCsv({}, closed));
    EXPECT_FALSE(queries.lastError().isEmpty());
}

} // namespace
} // namespace callbridge::journal
