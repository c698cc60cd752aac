#include "journal/journallinkmemory.h"
#include "journaltestsupport.h"

#include <QTemporaryDir>

namespace callbridge::journal {
namespace {

using namespace Qt::StringLiterals;
using namespace testing;

// The LinkMemory contract, run against the in-memory reference and the journal.
template <typename T> class LinkMemoryContract : public ::testing::Test {
protected:
    LinkMemory &memory() { return m_holder.memory(); }
    T m_holder;
};

struct InMemoryHolder {
    LinkMemory &memory() { return m_memory; }
    InMemoryLinkMemory m_memory;
};

struct JournalHolder {
    JournalHolder()
        : m_journal(openMemory())
        , m_memory(*m_journal) {}
    LinkMemory &memory() { return m_memory; }
    std::unique_ptr<Journal> m_journal;
    JournalLinkMemory m_memory;
};

using Holders = ::testing::Types<InMemoryHolder, JournalHolder>;
TYPED_TEST_SUITE(LinkMemoryContract, Holders);

TYPED_TEST(LinkMemoryContract, ForgetsNothingAndInventsNothing) {
    LinkMemory &memory = this->memory();
    EXPECT_EQ(memory.userForNumber(u"+4930123456"_s), std::nullopt);
    EXPECT_FALSE(memory.ticketForCall(u"call-1"_s));

    memory.rememberUser(u"+4930123456"_s, 77);
    memory.rememberTicket(u"call-1"_s, LinkedTicket{500, 77});
    EXPECT_EQ(memory.userForNumber(u"+4930123456"_s), std::optional<qint64>(77));
    EXPECT_EQ(memory.userForNumber(u"+4930123457"_s), std::nullopt);
    ASSERT_TRUE(memory.ticketForCall(u"call-1"_s));
    EXPECT_EQ(memory.ticketForCall(u"call-1"_s)->ticketId, 500);
    EXPECT_EQ(memory.ticketForCall(u"call-1"_s)->requesterId, 77);

    memory.rememberUser(u"+4930123456"_s, 78); // the latest wins
    memory.rememberTicket(u"call-1"_s, LinkedTicket{501, 78});
    EXPECT_EQ(memory.userForNumber(u"+4930123456"_s), std::optional<qint64>(78));
    EXPECT_EQ(memory.ticketForCall(u"call-1"_s)->ticketId, 501);

    memory.forgetUser(u"+4930123456"_s); // merged or deleted in Zendesk
    EXPECT_EQ(memory.userForNumber(u"+4930123456"_s), std::nullopt);
    EXPECT_TRUE(memory.ticketForCall(u"call-1"_s));
}

TEST(JournalLinkMemory, SurvivesARestart) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    {
        auto journal = openOrFail(path);
        JournalLinkMemory memory(*journal);
        memory.rememberUser(u"+4930123456"_s, 77);
        memory.rememberTicket(u"call-1"_s, LinkedTicket{500, 77});
    }
    auto journal = openOrFail(path);
    JournalLinkMemory memory(*journal);
    EXPECT_EQ(memory.userForNumber(u"+4930123456"_s), std::optional<qint64>(77));
    ASSERT_TRUE(memory.ticketForCall(u"call-1"_s));
    EXPECT_EQ(memory.ticketForCall(u"call-1"_s)->ticketId, 500);
}

TEST(JournalLinkMemory, RefusesEmptyKeysAndNonPositiveIds) {
    auto journal = openMemory();
    EXPECT_FALSE(journal->rememberUser(QString(), 5));
    EXPECT_FALSE(journal->rememberUser(u"+1"_s, 0));
    EXPECT_FALSE(journal->rememberCallTicket(u"call"_s, LinkedTicket{0, 1}));
    EXPECT_EQ(journal->knownUser(u"+1"_s), std::nullopt);
    EXPECT_FALSE(journal->callTicket(u"call"_s));
}

} // namespace
} // namespace callbridge::journal
