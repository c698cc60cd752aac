#include "journaltestsupport.h"

using namespace callbridge;
using namespace callbridge::journal;
using namespace callbridge::journal::testing;
using namespace Qt::StringLiterals;

namespace {

zendesk::Write note(const QString &key) {
    zendesk::Write w;
    w.kind = zendesk::Write::Kind::UpdateTicket;
    w.targetId = 5;
    w.idempotencyKey = key;
    w.payload = QJsonObject{{u"ticket"_s, QJsonObject{}}};
    return w;
}

} // namespace

TEST(JournalRetention, PurgesOldFinishedContactsAndKeepsWhatIsStillNeeded) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(journal);

    clock.set(utc(1, 9));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"old"_s, utc(1, 9))));
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"old"_s, Outcome::TicketCreated, 7, 70)));
    ASSERT_TRUE(journal->markFinished(u"old"_s));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"old-unfinished"_s, utc(1, 9))));
    ASSERT_TRUE(journal->enqueueWrite(note(u"cb-old-done"_s)));
    ASSERT_TRUE(journal->markSending(u"cb-old-done"_s));
    ASSERT_TRUE(journal->markDone(u"cb-old-done"_s, zendesk::WriteResult{5, {}, false}));
    ASSERT_TRUE(journal->enqueueWrite(note(u"cb-old-pending"_s)));
    ASSERT_TRUE(journal->rememberUser(u"+4930111"_s, 7));

    clock.set(utc(20, 9));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"new"_s, utc(20, 9))));
    ASSERT_TRUE(journal->markFinished(u"new"_s));
    ASSERT_TRUE(journal->rememberUser(u"+4930222"_s, 8));

    const std::optional<int> removed = journal->purgeBefore(utc(10, 0));
    ASSERT_TRUE(removed.has_value()) << journal->lastError().toStdString();
    EXPECT_EQ(*removed, 1);
    EXPECT_FALSE(journal->contact(u"old"_s));
    EXPECT_TRUE(journal->events(u"old"_s).isEmpty());
    EXPECT_TRUE(journal->outcomes(u"old"_s).isEmpty());
    EXPECT_TRUE(journal->contact(u"old-unfinished"_s)); // still to be resumed
    EXPECT_TRUE(journal->contact(u"new"_s));
    EXPECT_FALSE(journal->write(u"cb-old-done"_s));
    EXPECT_TRUE(journal->write(u"cb-old-pending"_s)); // not yet in Zendesk: never dropped
    EXPECT_FALSE(journal->knownUser(u"+4930111"_s));
    EXPECT_EQ(journal->knownUser(u"+4930222"_s), std::optional<qint64>(8));
}
