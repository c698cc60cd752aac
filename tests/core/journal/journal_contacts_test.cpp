#include "journal/journalcontactjournal.h"
#include "journaltestsupport.h"

#include <QJsonDocument>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

TEST(JournalContacts, AnEventCreatesTheContactAndIsStoredAsReceived) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ContactEvent event = makeEvent(ContactEventKind::Connecting, u"c-1"_s, utc(2, 8, 59, 58), u"alice"_s,
                                   u"sip:+4930123456@carrier"_s);
    event.contact.initialContactId = u"c-0"_s;
    event.contact.direction = CallDirection::Outbound;
    ASSERT_TRUE(journal->recordEvent(event, u"+4930123456"_s)) << journal->lastError().toStdString();

    const std::optional<ContactRecord> contact = journal->contact(u"c-1"_s);
    ASSERT_TRUE(contact);
    EXPECT_EQ(contact->initialContactId, u"c-0"_s);
    EXPECT_EQ(contact->direction, u"outbound"_s);
    EXPECT_EQ(contact->customerNumber, u"+4930123456"_s);
    EXPECT_EQ(contact->agentUsername, u"alice"_s);
    EXPECT_EQ(contact->agentName, u"ALICE"_s);
    EXPECT_EQ(contact->firstSeen, clock.now());
    EXPECT_FALSE(contact->finished);
    EXPECT_FALSE(contact->finishedAt.isValid());

    const QList<EventRecord> events = journal->events(u"c-1"_s);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, u"connecting"_s);
    EXPECT_EQ(events[0].at, event.at);
    EXPECT_EQ(events[0].receivedAt, clock.now());
    EXPECT_EQ(QJsonDocument::fromJson(events[0].json).object(), toJson(event));
}

TEST(JournalContacts, WithoutE164TheRawNumberIsKeptAndAnE164IsNeverReplacedByARawOne) {
    auto journal = openMemory();
    ASSERT_TRUE(journal->recordEvent(
        makeEvent(ContactEventKind::Connecting, u"c-1"_s, utc(2, 9), u""_s, u"030 123456"_s)));
    EXPECT_EQ(journal->contact(u"c-1"_s)->customerNumber, u"030 123456"_s);
    EXPECT_EQ(journal->contact(u"c-1"_s)->agentUsername, QString());

    ASSERT_TRUE(journal->recordEvent(
        makeEvent(ContactEventKind::Connected, u"c-1"_s, utc(2, 9, 0, 5), u"bob"_s, u"030 123456"_s),
        u"+4930123456"_s));
    EXPECT_EQ(journal->contact(u"c-1"_s)->customerNumber, u"+4930123456"_s);
    EXPECT_EQ(journal->contact(u"c-1"_s)->agentUsername, u"bob"_s); // filled in by a later event

    ASSERT_TRUE(journal->recordEvent(
        makeEvent(ContactEventKind::Ended, u"c-1"_s, utc(2, 9, 3), u""_s, u"030 123456"_s)));
    EXPECT_EQ(journal->contact(u"c-1"_s)->customerNumber, u"+4930123456"_s);
    EXPECT_EQ(journal->contact(u"c-1"_s)->agentUsername, u"bob"_s); // an empty agent does not erase it
}

TEST(JournalContacts, RefusesAnEventWithoutContactId) {
    auto journal = openMemory();
    EXPECT_FALSE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, QString(), utc(2, 9))));
    EXPECT_FALSE(journal->lastError().isEmpty());
}

TEST(JournalContacts, UnfinishedContactsReturnTheirEventsInArrivalOrder) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    // Interleaved arrival; the event times are deliberately out of order to prove arrival order wins.
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, u"a"_s, utc(2, 9, 0, 10))));
    clock.advanceMs(1);
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, u"b"_s, utc(2, 9, 0, 1))));
    clock.advanceMs(1);
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"a"_s, utc(2, 9, 0, 5))));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, u"c"_s, utc(2, 9, 0, 7))));
    ContactEvent action = makeEvent(ContactEventKind::AgentAction, u"a"_s, utc(2, 9, 0, 6));
    action.action = AgentAction{AgentAction::Kind::Attach, 0, 4242};
    ASSERT_TRUE(journal->recordEvent(action));
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Ended, u"b"_s, utc(2, 9, 1))));
    ASSERT_TRUE(journal->markFinished(u"b"_s));

    const QList<UnfinishedContact> unfinished = journal->unfinishedContacts();
    ASSERT_EQ(unfinished.size(), 2);
    EXPECT_EQ(unfinished[0].contactId, u"a"_s);
    EXPECT_EQ(unfinished[1].contactId, u"c"_s);
    ASSERT_EQ(unfinished[0].events.size(), 3);
    EXPECT_EQ(unfinished[0].events[0].kind, ContactEventKind::Connecting);
    EXPECT_EQ(unfinished[0].events[1].kind, ContactEventKind::Connected);
    EXPECT_EQ(unfinished[0].events[2].kind, ContactEventKind::AgentAction);
    ASSERT_TRUE(unfinished[0].events[2].action);
    EXPECT_EQ(unfinished[0].events[2].action->ticketId, 4242);
    EXPECT_EQ(unfinished[0].events[0].contact.attributes.value(u"lang"_s), u"de"_s);
    EXPECT_EQ(unfinished[0].unreadableEvents, 0);
    EXPECT_EQ(unfinished[1].events.size(), 1);
}

TEST(JournalContacts, MarkFinished) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connecting, u"a"_s, utc(2, 9))));
    EXPECT_FALSE(journal->isFinished(u"a"_s));
    clock.advanceMs(5000);
    ASSERT_TRUE(journal->markFinished(u"a"_s));
    EXPECT_TRUE(journal->isFinished(u"a"_s));
    EXPECT_EQ(journal->contact(u"a"_s)->finishedAt, clock.now());
    clock.advanceMs(5000);
    EXPECT_TRUE(journal->markFinished(u"a"_s)); // again: harmless, first time kept
    EXPECT_EQ(journal->contact(u"a"_s)->finishedAt, clock.now().addMSecs(-5000));
    EXPECT_FALSE(journal->markFinished(u"nobody"_s));
    EXPECT_FALSE(journal->isFinished(u"nobody"_s));
    EXPECT_TRUE(journal->unfinishedContacts().isEmpty());
}

TEST(JournalContacts, ContactJournalAdapterFeedsTheEngineHooks) {
    auto journal = openMemory();
    JournalContactJournal hooks(*journal);
    hooks.recordEvent(makeEvent(ContactEventKind::Connecting, u"a"_s, utc(2, 9)));
    hooks.recordEvent(makeEvent(ContactEventKind::Connecting, u"b"_s, utc(2, 9)));
    hooks.recordEvent(makeEvent(ContactEventKind::Connected, u"a"_s, utc(2, 9, 1)));
    hooks.recordOutcome(makeOutcome(u"a"_s, Outcome::TicketCreated, 5, 6));
    hooks.markFinished(u"b"_s);
    EXPECT_TRUE(hooks.isFinished(u"b"_s));
    EXPECT_FALSE(hooks.isFinished(u"a"_s));
    const QList<ContactEvent> events = hooks.unfinishedEvents();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, ContactEventKind::Connecting);
    EXPECT_EQ(events[1].kind, ContactEventKind::Connected);
    EXPECT_EQ(journal->outcomes(u"a"_s).size(), 1);
}

} // namespace
} // namespace callbridge::journal
