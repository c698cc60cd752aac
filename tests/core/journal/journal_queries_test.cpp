#include "journal/journalqueries.h"
#include "journaltestsupport.h"

#include <QBuffer>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

struct Call {
    QString contactId;
    QString agent;
    QString phone;
    QDateTime at;
    Outcome outcome;
    qint64 ticketId;
};

class JournalQueriesTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_journal = openMemory(&m_clock);
        const QList<Call> calls{
            {u"q1"_s, u"alice"_s, u"+4930111111"_s, utc(2, 9), Outcome::TicketCreated, 101},
            {u"q2"_s, u"bob"_s, u"+4930222222"_s, utc(2, 10), Outcome::TicketReused, 102},
            {u"q3"_s, u"alice"_s, u"+4940333333"_s, utc(3, 9), Outcome::TicketFromIvr, 103},
            {u"q4"_s, u"carol"_s, u"+4930111111"_s, utc(3, 11), Outcome::Attached, 101},
            {u"q5"_s, u"bob"_s, u"anonymous"_s, utc(4, 9), Outcome::Nothing, 0},
            {u"q6"_s, u"alice"_s, u"+4930222222"_s, utc(4, 12), Outcome::ForceCreated, 106},
        };
        for (const Call &call : calls) {
            m_clock.set(call.at);
            ASSERT_TRUE(m_journal->recordEvent(
                makeEvent(ContactEventKind::Connected, call.contactId, call.at, call.agent, call.phone)));
            ASSERT_TRUE(m_journal->recordOutcome(
                makeOutcome(call.contactId, call.outcome, 7, call.ticketId, u"reason of "_s + call.contactId),
                call.at));
        }
    }

    QStringList outcomeIds(const JournalFilter &filter) const {
        QStringList ids;
        const QList<OutcomeRecord> records = JournalQueries(*m_journal).outcomes(filter);
        for (const OutcomeRecord &r : records) {
            ids.append(r.contactId);
        }
        return ids;
    }

    QStringList linkIds(const JournalFilter &filter) const {
        QStringList ids;
        const QList<LinkRecord> records = JournalQueries(*m_journal).links(filter);
        for (const LinkRecord &r : records) {
            ids.append(r.contactId);
        }
        return ids;
    }

    FixedClock m_clock;
    std::unique_ptr<Journal> m_journal;
};

QStringList ids(std::initializer_list<const char16_t *> values) {
    QStringList list;
    for (const char16_t *value : values) {
        list.append(QString::fromUtf16(value));
    }
    return list;
}

TEST_F(JournalQueriesTest, NoFilterListsEverythingNewestFirst) {
    EXPECT_EQ(outcomeIds({}), ids({u"q6", u"q5", u"q4", u"q3", u"q2", u"q1"}));
    EXPECT_EQ(linkIds({}), ids({u"q6", u"q4", u"q3", u"q2", u"q1"})); // "nothing" links nothing
    const QList<OutcomeRecord> records = JournalQueries(*m_journal).outcomes({});
    EXPECT_EQ(records.first().reason, u"reason of q6"_s);
    EXPECT_EQ(records.first().agentUsername, u"alice"_s);
}

TEST_F(JournalQueriesTest, TimeRangeIsFromInclusiveToExclusive) {
    JournalFilter filter;
    filter.from = utc(2, 10);
    filter.to = utc(3, 11);
    EXPECT_EQ(outcomeIds(filter), ids({u"q3", u"q2"}));
    EXPECT_EQ(linkIds(filter), ids({u"q3", u"q2"}));
}

TEST_F(JournalQueriesTest, ByAgent) {
    JournalFilter filter;
    filter.agent = u"alice"_s;
    EXPECT_EQ(outcomeIds(filter), ids({u"q6", u"q3", u"q1"}));
    filter.agent = u"ALICE"_s; // usernames are exact
    EXPECT_TRUE(outcomeIds(filter).isEmpty());
}

TEST_F(JournalQueriesTest, ByOutcomeAndMode) {
    JournalFilter filter;
    filter.outcomes = QStringList{u"ticket_created"_s, u"nothing"_s};
    EXPECT_EQ(outcomeIds(filter), ids({u"q5", u"q1"}));
    filter = {};
    filter.modes = QStringList{u"agent"_s, u"forced"_s};
    EXPECT_EQ(outcomeIds(filter), ids({u"q6", u"q4"}));
    EXPECT_EQ(linkIds(filter), ids({u"q6", u"q4"}));
}

TEST_F(JournalQueriesTest, ByPhoneExactOrDigitsSuffix) {
    JournalFilter filter;
    filter.phone = u"+4930111111"_s;
    EXPECT_EQ(outcomeIds(filter), ids({u"q4", u"q1"}));
    filter.phone = u"+49301111"_s; // E.164 means the whole number
    EXPECT_TRUE(outcomeIds(filter).isEmpty());
    filter.phone = u"222222"_s;
    EXPECT_EQ(outcomeIds(filter), ids({u"q6", u"q2"}));
    filter.phone = u"0333 333"_s; // separators ignored
    EXPECT_EQ(outcomeIds(filter), ids({u"q3"}));
    filter.phone = u"9"_s;
    EXPECT_TRUE(outcomeIds(filter).isEmpty());
    filter.phone = u"anonymous"_s;
    EXPECT_EQ(outcomeIds(filter), ids({u"q5"}));
    filter.phone = u"222222"_s;
    EXPECT_EQ(linkIds(filter), ids({u"q6", u"q2"}));
}

TEST_F(JournalQueriesTest, ByTicket) {
    JournalFilter filter;
    filter.ticketId = 101;
    EXPECT_EQ(outcomeIds(filter), ids({u"q4", u"q1"}));
    EXPECT_EQ(linkIds(filter), ids({u"q4", u"q1"}));
}

TEST_F(JournalQueriesTest, FiltersCombine) {
    JournalFilter filter;
    filter.agent = u"alice"_s;
    filter.from = utc(3, 0);
    filter.phone = u"+4930222222"_s;
    EXPECT_EQ(outcomeIds(filter), ids({u"q6"}));
}

TEST_F(JournalQueriesTest, PagingWalksTheWholeListOnce) {
    JournalFilter filter;
    filter.limit = 4;
    EXPECT_EQ(outcomeIds(filter), ids({u"q6", u"q5", u"q4", u"q3"}));
    filter.offset = 4;
    EXPECT_EQ(outcomeIds(filter), ids({u"q2", u"q1"}));
    filter.offset = 6;
    EXPECT_TRUE(outcomeIds(filter).isEmpty());
    filter.limit = 0; // no limit, offset still applies
    filter.offset = 5;
    EXPECT_EQ(outcomeIds(filter), ids({u"q1"}));
    filter = {};
    filter.limit = 2;
    filter.agent = u"alice"_s;
    JournalQueries queries(*m_journal);
    EXPECT_EQ(queries.countOutcomes(filter), 3); // counts ignore paging
    EXPECT_EQ(queries.countLinks({}), 5);
}

TEST_F(JournalQueriesTest, EqualTimesAreOrderedNewestRecordedFirst) {
    m_clock.set(utc(4, 12));
    ASSERT_TRUE(m_journal->recordOutcome(makeOutcome(u"q6"_s, Outcome::DetailsAppended, 7, 106), utc(4, 12)));
    const QList<OutcomeRecord> records = JournalQueries(*m_journal).outcomes({});
    ASSERT_GE(records.size(), 2);
    EXPECT_EQ(records[0].outcome, u"details_appended"_s);
    EXPECT_EQ(records[1].outcome, u"force_created"_s);
}

TEST_F(JournalQueriesTest, QueryPlansUseTheIndexes) {
    JournalQueries queries(*m_journal);
    JournalFilter filter;
    filter.agent = u"alice"_s;
    EXPECT_TRUE(queries.explainOutcomes(filter).join(u'\n').contains(u"outcomes_agent"_s))
        << queries.explainOutcomes(filter).join(u'\n').toStdString();
    filter = {};
    filter.phone = u"1111"_s;
    EXPECT_TRUE(queries.explainLinks(filter).join(u'\n').contains(u"links_phone"_s))
        << queries.explainLinks(filter).join(u'\n').toStdString();
    filter = {};
    filter.ticketId = 101;
    EXPECT_TRUE(queries.explainOutcomes(filter).join(u'\n').contains(u"outcomes_ticket"_s));
    filter = {};
    const QString all = queries.explainOutcomes(filter).join(u'\n');
    EXPECT_TRUE(all.contains(u"outcomes_at"_s)) << all.toStdString();
    EXPECT_FALSE(all.contains(u"TEMP B-TREE"_s)) << all.toStdString(); // newest first straight from the index
}

} // namespace
} // namespace callbridge::journal
