#include "journal/journalcontactjournal.h"
#include "journal/journalcorrectionlog.h"
#include "journaltestsupport.h"

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

CorrectionRecord asked(const QString &contactId, int sequence, const QDateTime &at) {
    CorrectionRecord r;
    r.contactId = contactId;
    r.sequence = sequence;
    r.correction.kind = LinkCorrection::Kind::OtherCaller;
    r.correction.userId = 12;
    r.correction.subject = u"Billing"_s;
    r.correction.by = u"Ann Agent"_s;
    r.correction.reason = u"wrong caller"_s;
    r.supervisor = true;
    r.endWritten = true;
    r.fromTicketId = 7001;
    r.fromUserId = 11;
    r.fromTicketCreated = true;
    r.requestedAt = at;
    return r;
}

TEST(JournalCorrections, ACorrectionIsKeptFromTheRequestUntilDoneWithTheTicketItMovedFrom) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    JournalCorrectionLog log(*journal);
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"c-1"_s, utc(2, 9))));
    ASSERT_TRUE(log.recordRequested(asked(u"c-1"_s, 1, utc(2, 9, 5))));
    ASSERT_TRUE(log.recordRequested(asked(u"c-1"_s, 1, utc(2, 9, 6)))); // asked again: kept as first stored

    const QList<CorrectionRecord> open = log.unfinishedCorrections();
    ASSERT_EQ(open.size(), 1);
    const CorrectionRecord &r = open.first();
    EXPECT_EQ(r.contactId, u"c-1"_s);
    EXPECT_EQ(r.sequence, 1);
    EXPECT_EQ(r.correction.kind, LinkCorrection::Kind::OtherCaller);
    EXPECT_EQ(r.correction.userId, 12);
    EXPECT_EQ(r.correction.subject, u"Billing"_s);
    EXPECT_EQ(r.correction.by, u"Ann Agent"_s);
    EXPECT_EQ(r.correction.reason, u"wrong caller"_s);
    EXPECT_TRUE(r.supervisor);
    EXPECT_TRUE(r.endWritten);
    EXPECT_EQ(r.fromTicketId, 7001);
    EXPECT_EQ(r.fromUserId, 11);
    EXPECT_TRUE(r.fromTicketCreated);
    EXPECT_EQ(r.requestedAt, utc(2, 9, 5));
    EXPECT_FALSE(r.done());

    CorrectionRecord ran = r;
    ran.fromTicketId = 7002; // it waited behind another correction
    ASSERT_TRUE(log.recordDone(ran, 7005, utc(2, 9, 7)));
    EXPECT_TRUE(log.unfinishedCorrections().isEmpty());
    const QList<CorrectionRecord> kept = log.corrections(u"c-1"_s);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().fromTicketId, 7002);
    EXPECT_EQ(kept.first().toTicketId, 7005);
    EXPECT_EQ(kept.first().doneAt, utc(2, 9, 7));
    ASSERT_TRUE(log.recordDone(ran, 9999, utc(2, 9, 8))); // done once
    EXPECT_EQ(log.corrections(u"c-1"_s).first().toTicketId, 7005);
    EXPECT_FALSE(journal->recordCorrection(asked(u"c-1"_s, 0, utc(2, 9))));
}

TEST(JournalCorrections, CorrectionsGoWithTheirContactWhenRetentionRemovesIt) {
    FixedClock clock;
    clock.set(utc(1, 9));
    auto journal = openMemory(&clock);
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"old"_s, utc(1, 9))));
    ASSERT_TRUE(journal->recordCorrection(asked(u"old"_s, 1, utc(1, 9))));
    ASSERT_TRUE(journal->markFinished(u"old"_s));
    clock.set(utc(20, 9));
    ASSERT_TRUE(journal->purgeBefore(utc(10, 0)).has_value());
    EXPECT_TRUE(journal->corrections(u"old"_s).isEmpty());
}

TEST(JournalCorrections, TheHistoryOfAContactHasItsEventsAndOutcomes) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    JournalContactJournal contacts(*journal);
    EXPECT_FALSE(contacts.history(u"c-2"_s));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"c-2"_s, utc(2, 9))));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Ended, u"c-2"_s, utc(2, 9, 2))));
    CallOutcome created = makeOutcome(u"c-2"_s, Outcome::TicketCreated, 11, 7001);
    created.ticketCreated = true;
    ASSERT_TRUE(journal->recordOutcome(created));
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"c-2"_s, Outcome::Corrected, 11, 7005, u"moved"_s)));
    ASSERT_TRUE(journal->markFinished(u"c-2"_s));

    const std::optional<ContactHistory> history = contacts.history(u"c-2"_s);
    ASSERT_TRUE(history);
    EXPECT_TRUE(history->finished);
    ASSERT_EQ(history->events.size(), 2);
    EXPECT_EQ(history->events.at(1).kind, ContactEventKind::Ended);
    ASSERT_EQ(history->outcomes.size(), 2);
    EXPECT_TRUE(history->outcomes.at(0).ticketCreated);
    EXPECT_EQ(history->outcomes.at(1).outcome, Outcome::Corrected);
    EXPECT_EQ(history->outcomes.at(1).ticketId, 7005);
    EXPECT_EQ(journal->link(u"c-2"_s)->ticketId, 7005); // a correction replaces the link
    EXPECT_EQ(journal->link(u"c-2"_s)->mode, u"corrected"_s);
}

} // namespace
} // namespace callbridge::journal
