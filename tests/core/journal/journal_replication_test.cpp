#include "journal/journalreplication.h"
#include "journaltestsupport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::journal;
using namespace callbridge::journal::testing;

namespace {
void seedCall(Journal &journal, const QString &id, const QString &initial, int hour) {
    ContactEvent e = makeEvent(ContactEventKind::Connected, id, utc(2, hour));
    e.contact.initialContactId = initial;
    ASSERT_TRUE(journal.recordEvent(e));
    ASSERT_TRUE(journal.recordOutcome(makeOutcome(id, Outcome::TicketCreated, 10, 700 + hour), utc(2, hour)));
    ASSERT_TRUE(
        journal.recordOutcome(makeOutcome(id, Outcome::DetailsAppended, 10, 700 + hour), utc(2, hour, 5)));
}
} // namespace

TEST(JournalReplication, TheJournalIdIsAUuidThatSurvivesReopening) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QString first;
    {
        auto journal = openOrFail(path);
        first = JournalReplicationLog(*journal).journalId();
    }
    EXPECT_EQ(first.size(), 36) << first.toStdString();
    auto reopened = openOrFail(path);
    EXPECT_EQ(JournalReplicationLog(*reopened).journalId(), first);
    auto other = openMemory();
    EXPECT_NE(JournalReplicationLog(*other).journalId(), first); // two machines never share an id
}

TEST(JournalReplication, DecisionsAfterTheCursorComeOldestFirstWithTheirCall) {
    auto journal = openMemory();
    seedCall(*journal, QStringLiteral("c-1"), QStringLiteral("c-1"), 9);
    seedCall(*journal, QStringLiteral("c-2"), QStringLiteral("c-1"), 10); // a transfer of c-1
    JournalReplicationLog log(*journal);
    const QList<ReplicatedOutcome> all = log.outcomesAfter(0, 100);
    ASSERT_EQ(all.size(), 4);
    for (int i = 1; i < all.size(); ++i)
        EXPECT_LT(all[i - 1].record.id, all[i].record.id);
    EXPECT_EQ(all[2].record.contactId, QStringLiteral("c-2"));
    EXPECT_EQ(all[2].initialContactId, QStringLiteral("c-1"));
    EXPECT_EQ(all[2].record.outcome, QStringLiteral("ticket_created"));
    EXPECT_EQ(all[2].record.ticketId, 710);
    EXPECT_EQ(log.lastOutcomeId(), all.last().record.id);

    const QList<ReplicatedOutcome> page = log.outcomesAfter(all[1].record.id, 1);
    ASSERT_EQ(page.size(), 1);
    EXPECT_EQ(page[0].record.id, all[2].record.id);
}

TEST(JournalReplication, TheCursorIsPerTargetAndNeverMovesBack) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        auto journal = openOrFail(path);
        JournalReplicationLog log(*journal);
        EXPECT_EQ(log.cursor(QStringLiteral("team:a")), 0);
        ASSERT_TRUE(log.setCursor(QStringLiteral("team:a"), 7));
        ASSERT_TRUE(log.setCursor(QStringLiteral("team:a"), 5)); // a late, older confirmation
        ASSERT_TRUE(log.setCursor(QStringLiteral("team:b"), 2));
    }
    auto journal = openOrFail(path);
    JournalReplicationLog log(*journal);
    EXPECT_EQ(log.cursor(QStringLiteral("team:a")), 7);
    EXPECT_EQ(log.cursor(QStringLiteral("team:b")), 2);
}
