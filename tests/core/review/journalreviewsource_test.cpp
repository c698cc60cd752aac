#include "journal/journal.h"
#include "model/reviewconcerns.h"
#include "review/journalreviewsource.h"
#include "review/reviewcounts.h"
#include "reviewfixture.h"

#include <QBuffer>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::review;
using callbridge::testing::ReviewFixture;

namespace {

std::unique_ptr<journal::Journal> filled(const ReviewFixture &f) {
    journal::JournalOpenResult opened = journal::Journal::open(QStringLiteral(":memory:"));
    EXPECT_TRUE(opened) << opened.error.toStdString();
    EXPECT_TRUE(callbridge::testing::fillReviewJournal(*opened.journal, f))
        << opened.journal->lastError().toStdString();
    return std::move(opened.journal);
}

ReviewFixture fixture() {
    return {QStringLiteral("c"), QStringLiteral("ann"),
            QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc())};
}

QStringList contactsOf(const QList<OutcomeRecord> &rows) {
    QStringList ids;
    for (const OutcomeRecord &r : rows)
        ids << r.contactId;
    return ids;
}

} // namespace

TEST(ReviewConcerns, EachPhraseOfTheEngineMapsToItsConcern) {
    EXPECT_EQ(reviewConcerns(QStringLiteral("ticket_reused"), false,
                             QStringLiteral("x (3 users share it; took #1, the most recently updated)"), {}),
              ConcernSharedNumber);
    EXPECT_EQ(reviewConcerns(QStringLiteral("ticket_created"), false, QStringLiteral("new"),
                             {QStringLiteral("IVR ticket #9 not found: new ticket")}),
              ConcernIvrRefused);
    EXPECT_EQ(reviewConcerns(QStringLiteral("force_created"), false, {}, {}), ConcernForced);
    EXPECT_EQ(reviewConcerns(QStringLiteral("corrected"), false, {}, {}), ConcernCorrected);
    EXPECT_EQ(reviewConcerns(QStringLiteral("failed"), false, {}, {}), ConcernFailed);
    EXPECT_EQ(reviewConcerns(QStringLiteral("ticket_created"), true, {}, {}), ConcernNewUser);
    EXPECT_EQ(reviewConcerns(QStringLiteral("ticket_from_ivr"), false,
                             QStringLiteral("IVR ticket #4 belongs to the caller"), {}),
              ConcernNone);
}

TEST(JournalReviewSource, PagesByKeyNewestFirstWithoutGapsOrRepeats) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    JournalReviewSource source(*journal);
    JournalFilter filter;
    QStringList seen;
    ReviewPage page = source.page(filter, {}, 3);
    ASSERT_TRUE(page.error.isEmpty()) << page.error.toStdString();
    int pages = 1;
    seen << contactsOf(page.rows);
    while (page.hasMore) {
        page = source.page(filter, page.next, 3);
        seen << contactsOf(page.rows);
        ++pages;
    }
    EXPECT_EQ(pages, 3); // 8 decisions, 3 a page
    QStringList expected;
    for (const QString &kind : ReviewFixture::kinds())
        expected.prepend(f.id(kind));
    EXPECT_EQ(seen, expected);
    filter.oldestFirst = true;
    page = source.page(filter, {}, 2);
    EXPECT_EQ(contactsOf(page.rows),
              (QStringList{f.id(QStringLiteral("plain")), f.id(QStringLiteral("shared"))}));
    page = source.page(filter, page.next, 2);
    EXPECT_EQ(contactsOf(page.rows),
              (QStringList{f.id(QStringLiteral("ivr")), f.id(QStringLiteral("forced"))}));
}

TEST(JournalReviewSource, FiltersCombineAndTextInTheReasonIgnoresCase) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    JournalReviewSource source(*journal);
    JournalFilter filter;
    filter.reasonText = QStringLiteral("ZENDESK REFUSED");
    EXPECT_EQ(contactsOf(source.page(filter, {}, 10).rows), QStringList{f.id(QStringLiteral("failed"))});
    filter.reasonText = QStringLiteral("100%_"); // LIKE's wildcards are plain text here
    EXPECT_TRUE(source.page(filter, {}, 10).rows.isEmpty());
    filter = {};
    filter.phone = QStringLiteral("1234567");
    EXPECT_EQ(source.count(filter), 2);
    filter.modes = {QStringLiteral("auto")};
    filter.from = f.at(5);
    EXPECT_EQ(contactsOf(source.page(filter, {}, 10).rows), QStringList{f.id(QStringLiteral("close"))});
    filter = {};
    filter.agent = QStringLiteral("bob");
    EXPECT_EQ(source.count(filter), 0);
}

TEST(JournalReviewSource, TheQueueHoldsEachConcernOnceAndReviewedContactsLeaveIt) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    JournalReviewSource source(*journal);
    ReviewPage queue = source.page(queueFilter({}), {}, 50);
    QStringList expected = f.queued();
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(contactsOf(queue.rows), expected);
    // One category at a time.
    const QList<std::pair<int, QString>> single{
        {ConcernSharedNumber, QStringLiteral("shared")}, {ConcernIvrRefused, QStringLiteral("ivr")},
        {ConcernForced, QStringLiteral("forced")},       {ConcernAnonymous, QStringLiteral("anonymous")},
        {ConcernNewUser, QStringLiteral("close")},       {ConcernFailed, QStringLiteral("failed")}};
    for (const auto &[concern, kind] : single)
        EXPECT_EQ(contactsOf(source.page(queueFilter({}, concern), {}, 50).rows), QStringList{f.id(kind)})
            << kind.toStdString();
    EXPECT_TRUE(source.page(queueFilter({}, ConcernCorrected), {}, 50).rows.isEmpty());

    journal::ReviewMark mark;
    mark.contactId = f.id(QStringLiteral("forced"));
    mark.by = QStringLiteral("sue");
    mark.note = QStringLiteral("agent chose late, fine");
    ASSERT_TRUE(source.markReviewed(mark)) << source.lastError().toStdString();
    EXPECT_FALSE(contactsOf(source.page(queueFilter({}), {}, 50).rows).contains(mark.contactId));
    EXPECT_TRUE(contactsOf(source.page(queueFilter({}, 0, true), {}, 50).rows).contains(mark.contactId));
    const ContactDetail detail = source.detail(mark.contactId);
    ASSERT_EQ(detail.reviews.size(), 1);
    EXPECT_EQ(detail.reviews.first().by, QStringLiteral("sue"));
    EXPECT_EQ(detail.reviews.first().note, mark.note);
}

TEST(JournalReviewSource, TheDetailHasTheTimelineDecisionsAndEveryStateOfEachWrite) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    JournalReviewSource source(*journal);
    const ContactDetail detail = source.detail(f.id(QStringLiteral("failed")));
    ASSERT_EQ(detail.timeline.size(), 2);
    EXPECT_EQ(detail.timeline.at(0).kind, QStringLiteral("connected"));
    EXPECT_EQ(detail.timeline.at(0).queue, QStringLiteral("Support"));
    EXPECT_EQ(detail.timeline.at(0).agent, QStringLiteral("ann"));
    EXPECT_EQ(detail.timeline.at(1).kind, QStringLiteral("ended"));
    ASSERT_EQ(detail.decisions.size(), 1);
    EXPECT_EQ(detail.decisions.first().outcome, QStringLiteral("failed"));
    ASSERT_EQ(detail.writes.size(), 1);
    const WriteHistory &write = detail.writes.first();
    QStringList states;
    for (const journal::WriteTransition &t : write.transitions)
        states << t.state;
    EXPECT_EQ(states,
              (QStringList{QStringLiteral("pending"), QStringLiteral("sending"), QStringLiteral("failed")}));
    EXPECT_TRUE(write.isFailed());
    EXPECT_EQ(write.error(), QStringLiteral("422 subject is too long"));
    EXPECT_TRUE(write.payload().contains("Call"));
    EXPECT_FALSE(detail.isReviewed());
}

TEST(JournalReviewSource, ARequeuedFailedWriteIsPendingAgainAndLogged) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    const QString key = QStringLiteral("cb-") + f.id(QStringLiteral("failed")) + QStringLiteral("-ticket");
    ASSERT_TRUE(journal->requeueFailed(key)) << journal->lastError().toStdString();
    EXPECT_EQ(journal->write(key)->state, StoredWrite::State::Pending);
    EXPECT_FALSE(journal->requeueFailed(key)); // only a failed write
    EXPECT_EQ(journal->writeHistory(f.id(QStringLiteral("failed"))).last().state, QStringLiteral("pending"));
}

TEST(JournalReviewSource, CountsPerHourAgentAndOutcomeAddUpToTheCalls) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    JournalReviewSource source(*journal);
    JournalFilter period;
    period.from = f.start.addSecs(-3600);
    period.to = f.start.addSecs(3600);
    const ReviewCounts counts = countsFor(source, period);
    ASSERT_TRUE(counts.error.isEmpty()) << counts.error.toStdString();
    EXPECT_EQ(counts.total(), 8);
    EXPECT_EQ(counts.byAgent, 1);   // forced
    EXPECT_EQ(counts.notLinked, 1); // failed
    EXPECT_EQ(counts.automatic, 6);
    ASSERT_EQ(counts.perAgent.size(), 1);
    EXPECT_EQ(counts.perAgent.first().key, QStringLiteral("ann"));
    EXPECT_EQ(counts.perAgent.first().count, 8);
    qint64 hourly = 0;
    for (const CountRow &row : counts.perPeriodByOutcome) {
        EXPECT_EQ(row.period, f.start); // all in the 09:00 hour
        hourly += row.count;
    }
    EXPECT_EQ(hourly, 8);
}

TEST(JournalReviewSource, CsvOfTheFilterIsQuotedAndFormulaGuarded) {
    const ReviewFixture f = fixture();
    auto journal = filled(f);
    JournalReviewSource source(*journal);
    JournalFilter filter;
    filter.phone = QStringLiteral("+4930200200");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(source.exportCsv(filter, out)) << source.lastError().toStdString();
    const QString text = QString::fromUtf8(out.data());
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 2); // header and the one decision
    EXPECT_TRUE(text.contains(QStringLiteral("\"'+4930200200\"")));
}
