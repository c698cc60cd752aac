// [zendesk] note_language: the ticket notes are written in one language, while the decisions keep their
// phrases for any reader.
#include "enginefixture.h"
#include "model/decisionphrases.h"
#include "model/reviewconcerns.h"

using namespace callbridge;
using namespace callbridge::test;

namespace {

QString q(const char *text) {
    return QString::fromUtf8(text);
}

class NoteLanguageTest : public EngineTest {
protected:
    void SetUp() override {
        settings.noteLanguage = q("de");
        makeEngine();
        jo = gateway.addUser(q("Jo"), q("+15550100001"));
        other = gateway.addUser(q("Sam"), q("+15550100999"));
    }
    QString notesOf(qint64 ticketId) const {
        QStringList bodies;
        for (const QJsonObject &c : gateway.comments.value(ticketId))
            bodies << c.value(q("body")).toString();
        return bodies.join(u'\n');
    }
    zendesk::User jo;
    zendesk::User other;
};

} // namespace

TEST_F(NoteLanguageTest, TheDetailsNoteIsWrittenInTheNoteLanguage) {
    answeredCall(Call(q("de-1")));
    const CallOutcome *created = find(Outcome::TicketCreated);
    ASSERT_NE(created, nullptr);
    const QString note = notesOf(created->ticketId);
    ASSERT_FALSE(note.isEmpty());
    // The values are there, the English labels are not.
    EXPECT_TRUE(note.contains(q("de-1"))) << note.toStdString();
    EXPECT_TRUE(note.contains(q("+15550100001"))) << note.toStdString();
    EXPECT_FALSE(note.contains(q("Contact ID:"))) << note.toStdString();
    EXPECT_FALSE(note.contains(q("Linked by Callbridge:"))) << note.toStdString();
    // The decision's reason inside the note is German too: its English words are absent.
    EXPECT_FALSE(note.contains(created->reason.english())) << note.toStdString();
    EXPECT_TRUE(note.contains(NoteWording::forLanguage(q("de"))->operator()(created->reason)))
        << note.toStdString();
    // The marker that finds a write again is the same in every language.
    EXPECT_TRUE(note.contains(q("[callbridge:cb-de-1-"))) << note.toStdString();
}

TEST_F(NoteLanguageTest, TheSubjectIsWordedInTheNoteLanguageAroundTheCallersName) {
    answeredCall(Call(q("de-2")));
    const CallOutcome *created = find(Outcome::TicketCreated);
    ASSERT_NE(created, nullptr);
    const QString subject = gateway.tickets.value(created->ticketId).subject;
    EXPECT_TRUE(subject.contains(q("Jo"))) << subject.toStdString();
    EXPECT_FALSE(subject.startsWith(q("Incoming call from"))) << subject.toStdString();
}

// The outcome carries phrases, not words: a reader words them in its own language, and a supervisor's
// concern is found by its template whatever the note language.
TEST_F(NoteLanguageTest, TheOutcomeKeepsItsPhrasesAndItsConcernsAreFoundByTemplate) {
    const zendesk::Ticket &t = gateway.addTicket(other.id, q("open"), clock.now().addDays(-3));
    answeredCall(Call(q("de-3")).attr(q("zendesk_ticket"), QString::number(t.id)));
    const CallOutcome *o = find(Outcome::TicketCreated);
    ASSERT_NE(o, nullptr);
    EXPECT_TRUE(o->reason.mentions(QString::fromUtf8(phrases::kIvrTicketOtherUser)));
    EXPECT_TRUE(o->reason.english().contains(q("IVR ticket #%1 belongs to another user").arg(t.id)));
    const int concerns = reviewConcerns(outcomeName(o->outcome), o->userCreated, o->reason, o->notices);
    EXPECT_TRUE(concerns & ConcernIvrRefused);
    // Worded in German the English test would miss it: the template decides, not the words.
    const QString german = NoteWording::forLanguage(q("de"))->operator()(o->reason);
    EXPECT_FALSE(reviewConcernsFromEnglish(outcomeName(o->outcome), false, german, {}) & ConcernIvrRefused)
        << german.toStdString();
}

// A caller without a number is named in the notes' language too, in the subject and in the decision.
TEST_F(NoteLanguageTest, AnAnonymousCallerIsNamedInTheNoteLanguage) {
    answeredCall(Call(q("de-4"), q("anonymous")));
    const CallOutcome *created = find(Outcome::TicketCreated);
    ASSERT_NE(created, nullptr);
    const QString subject = gateway.tickets.value(created->ticketId).subject;
    EXPECT_FALSE(subject.isEmpty());
    EXPECT_FALSE(subject.contains(q("anonymous caller"))) << subject.toStdString();
    EXPECT_EQ(subject, NoteWording::forLanguage(q("de"))->operator()(
                           Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Incoming call from %1"),
                                      {Phrase::of(QT_TRANSLATE_NOOP("Phrase", "anonymous caller"))})));
}

// The agent types no subject: core writes the default in the notes' language, naming the user the agent
// chose by the name the agent saw.
TEST_F(NoteLanguageTest, AnAgentsTicketWithoutATypedSubjectGetsTheDefaultInTheNoteLanguage) {
    const Call call = agentModeCall(q("de-5"));
    send(call.event(ContactEventKind::Connecting));
    send(call.event(ContactEventKind::Connected, 2));
    AgentAction create = act(AgentAction::Kind::CreateTicket, other.id);
    create.requesterName = q("Sam");
    send(call.action(create));
    const CallOutcome *created = find(Outcome::TicketCreated);
    ASSERT_NE(created, nullptr);
    const QString subject = gateway.tickets.value(created->ticketId).subject;
    EXPECT_EQ(subject, NoteWording::forLanguage(q("de"))->operator()(
                           Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Incoming call from %1"), {q("Sam")})));
    EXPECT_EQ(gateway.tickets.value(created->ticketId).requesterId, other.id);
}
