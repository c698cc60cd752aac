#include "journaltestsupport.h"
#include "model/decisionphrases.h"
#include "model/reviewconcerns.h"

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

const Outcome kAllOutcomes[] = {Outcome::TicketCreated,     Outcome::TicketReused,    Outcome::TicketFromIvr,
                                Outcome::TicketTransferred, Outcome::Attached,        Outcome::AgentMode,
                                Outcome::ForceCreated,      Outcome::DetailsAppended, Outcome::Corrected,
                                Outcome::Nothing,           Outcome::Failed};

TEST(JournalOutcomes, NamesMatchTheEngineAndModesFollowTheOutcome) {
    for (const Outcome outcome : kAllOutcomes) {
        EXPECT_EQ(outcomeName(outcome), outcomeName(outcome));
        EXPECT_EQ(outcomeFromName(outcomeName(outcome)), std::optional<Outcome>(outcome));
    }
    EXPECT_EQ(linkModeName(Outcome::TicketCreated), u"auto"_s);
    EXPECT_EQ(linkModeName(Outcome::TicketFromIvr), u"ivr"_s);
    EXPECT_EQ(linkModeName(Outcome::TicketReused), u"recent"_s);
    EXPECT_EQ(linkModeName(Outcome::TicketTransferred), u"transfer"_s);
    EXPECT_EQ(linkModeName(Outcome::Attached), u"agent"_s);
    EXPECT_EQ(linkModeName(Outcome::ForceCreated), u"forced"_s);
    EXPECT_EQ(linkModeName(Outcome::AgentMode), u"agent"_s);
    // Every mode once (the review window's mode filter offers these).
    QStringList modes;
    for (const Outcome outcome : kAllOutcomes) {
        if (!modes.contains(linkModeName(outcome)))
            modes << linkModeName(outcome);
    }
    EXPECT_EQ(linkModeNames(), modes);
    EXPECT_TRUE(linkModeNames().contains(u"corrected"_s));
    EXPECT_EQ(linkModeName(Outcome::Nothing), u"none"_s);
    EXPECT_EQ(linkModeName(Outcome::Failed), u"failed"_s);
    EXPECT_EQ(linkModeName(Outcome::DetailsAppended), u"details"_s);
    EXPECT_EQ(linkModeName(Outcome::Corrected), u"corrected"_s);
    EXPECT_TRUE(outcomeUpdatesLink(Outcome::Corrected));
    EXPECT_EQ(outcomeFromName(u"bogus"_s), std::nullopt);
}

TEST(JournalOutcomes, AnOutcomeRoundTripsWithTheContactsAgentAndNumber) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(
        journal->recordEvent(makeEvent(ContactEventKind::Connected, u"c-1"_s, utc(2, 9)), u"+4930123456"_s));
    CallOutcome outcome = makeOutcome(u"c-1"_s, Outcome::TicketCreated, 11, 22, u"new caller, ticket #22"_s);
    outcome.userCreated = true;
    outcome.ticketCreated = true;
    outcome.notices = Phrases{u"zendesk_user #77 not found"_s, u"second, with comma"_s};
    ASSERT_TRUE(journal->recordOutcome(outcome, utc(2, 9, 0, 3))) << journal->lastError().toStdString();

    const QList<OutcomeRecord> stored = journal->outcomes(u"c-1"_s);
    ASSERT_EQ(stored.size(), 1);
    const OutcomeRecord &r = stored[0];
    EXPECT_GT(r.id, 0);
    EXPECT_EQ(r.at, utc(2, 9, 0, 3));
    EXPECT_EQ(r.contactId, u"c-1"_s);
    EXPECT_EQ(r.outcome, u"ticket_created"_s);
    EXPECT_EQ(r.mode, u"auto"_s);
    EXPECT_EQ(r.userId, 11);
    EXPECT_TRUE(r.userCreated);
    EXPECT_EQ(r.ticketId, 22);
    EXPECT_TRUE(r.ticketCreated);
    EXPECT_EQ(r.reason, u"new caller, ticket #22"_s);
    EXPECT_EQ(r.notices, englishOf(outcome.notices));
    EXPECT_EQ(r.agentUsername, u"alice"_s);
    EXPECT_EQ(r.agentName, u"ALICE"_s);
    EXPECT_EQ(r.customerNumber, u"+4930123456"_s);

    const std::optional<LinkRecord> link = journal->link(u"c-1"_s);
    ASSERT_TRUE(link);
    EXPECT_EQ(link->userId, 11);
    EXPECT_EQ(link->ticketId, 22);
    EXPECT_EQ(link->mode, u"auto"_s);
    EXPECT_EQ(link->outcome, u"ticket_created"_s);
    EXPECT_EQ(link->reason, u"new caller, ticket #22"_s);
    EXPECT_EQ(link->linkedAt, utc(2, 9, 0, 3));
    EXPECT_EQ(link->agentUsername, u"alice"_s);
    EXPECT_EQ(link->customerNumber, u"+4930123456"_s);
}

TEST(JournalOutcomes, OnlyLinkingOutcomesChangeTheLink) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    ASSERT_TRUE(journal->recordEvent(makeEvent(ContactEventKind::Connected, u"c-1"_s, utc(2, 9))));
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::AgentMode, 0, 0)));
    EXPECT_FALSE(journal->link(u"c-1"_s));

    ASSERT_TRUE(
        journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::Attached, 5, 100, u"agent chose #100"_s)));
    ASSERT_TRUE(
        journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::DetailsAppended, 5, 100, u"details"_s)));
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::Failed, 0, 0, u"zendesk down"_s)));
    ASSERT_EQ(journal->link(u"c-1"_s)->ticketId, 100);
    EXPECT_EQ(journal->link(u"c-1"_s)->mode, u"agent"_s);
    EXPECT_EQ(journal->link(u"c-1"_s)->reason, u"agent chose #100"_s);

    // A later link replaces the current one; a zero user id keeps the known user.
    ASSERT_TRUE(
        journal->recordOutcome(makeOutcome(u"c-1"_s, Outcome::TicketTransferred, 0, 200, u"moved"_s)));
    EXPECT_EQ(journal->link(u"c-1"_s)->ticketId, 200);
    EXPECT_EQ(journal->link(u"c-1"_s)->userId, 5);
    EXPECT_EQ(journal->link(u"c-1"_s)->mode, u"transfer"_s);
    EXPECT_EQ(journal->outcomes(u"c-1"_s).size(), 5); // every decision is kept, in order
    EXPECT_EQ(journal->outcomes(u"c-1"_s).constLast().outcome, u"ticket_transferred"_s);
}

TEST(JournalOutcomes, AnOutcomeForAnUnseenContactCreatesIt) {
    auto journal = openMemory();
    ASSERT_TRUE(journal->recordOutcome(makeOutcome(u"ghost"_s, Outcome::Nothing, 0, 0, u"missed"_s)));
    EXPECT_TRUE(journal->contact(u"ghost"_s));
    EXPECT_EQ(journal->outcomes(u"ghost"_s).size(), 1);
    EXPECT_FALSE(journal->recordOutcome(makeOutcome(QString(), Outcome::Nothing, 0, 0)));
    const QList<UnfinishedContact> unfinished = journal->unfinishedContacts();
    ASSERT_EQ(unfinished.size(), 1);
    EXPECT_TRUE(unfinished[0].events.isEmpty());
}

// The text columns are in the notes' language; the phrases beside them let a window word the decision in
// its own, and the review concerns come from the templates, not from the words.
TEST(JournalOutcomes, ReasonsAndNoticesAreKeptAsPhrasesAndAsTextInTheNoteLanguage) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    journal->setNoteWording(*NoteWording::forLanguage(u"de"_s));
    CallOutcome outcome = makeOutcome(u"c-7"_s, Outcome::TicketCreated, 11, 22, {});
    outcome.reason = Phrase::of(phrases::kIvrTicketOtherUser, {7001});
    outcome.notices = {Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Requested ticket #%1 was not found"), {7002})};
    ASSERT_TRUE(journal->recordOutcome(outcome, utc(2, 9)));

    const QList<OutcomeRecord> records = journal->outcomes(u"c-7"_s);
    ASSERT_EQ(records.size(), 1);
    const OutcomeRecord &r = records.first();
    EXPECT_EQ(r.reasonPhrase, outcome.reason);
    EXPECT_EQ(r.noticePhrases, outcome.notices);
    EXPECT_EQ(r.reason, journal->noteWording()(outcome.reason));
    EXPECT_NE(r.reason, outcome.reason.english());
    EXPECT_TRUE(r.reason.contains(u"7001"_s)) << r.reason.toStdString();
    EXPECT_EQ(r.notices, journal->noteWording()(outcome.notices));
    EXPECT_TRUE(r.concerns & ConcernIvrRefused);
    EXPECT_EQ(callOutcomeOf(r).reason, outcome.reason);
    EXPECT_EQ(journal->link(u"c-7"_s)->reason, r.reason);
}

// A decision kept before reasons were phrases (or copied from such a journal) has text only: it is shown
// as it is, in every language.
TEST(JournalOutcomes, AReasonKeptAsTextOnlyIsReadBackAsAValue) {
    FixedClock clock;
    auto journal = openMemory(&clock);
    const CallOutcome outcome = makeOutcome(u"c-8"_s, Outcome::TicketCreated, 11, 22,
                                            u"anonymous caller (no caller number): new ticket"_s);
    ASSERT_TRUE(journal->recordOutcome(outcome, utc(2, 9)));
    const OutcomeRecord r = journal->outcomes(u"c-8"_s).first();
    EXPECT_TRUE(r.reasonPhrase.isEmpty());
    EXPECT_FALSE(r.reasonOrText().isTemplate());
    EXPECT_EQ(r.reasonOrText().english(), u"anonymous caller (no caller number): new ticket"_s);
    EXPECT_TRUE(r.concerns & ConcernAnonymous); // the English rules still find it
}

} // namespace
} // namespace callbridge::journal
