#pragma once

#include "model/linkmemory.h"

#include <QString>
#include <optional>

namespace callbridge::journal {

class Journal;

// LinkMemory kept in the journal (tables known_users and call_tickets), so that what core created or found in
// Zendesk survives restarts: the same unknown caller calling again before Zendesk's search has indexed the
// user reaches the same user. Writes commit with synchronous=FULL. A database error is logged (category
// callbridge.journal) and reads as "not remembered".
class JournalLinkMemory final : public LinkMemory {
public:
    explicit JournalLinkMemory(Journal &journal);

    std::optional<qint64> userForNumber(const QString &e164) const override;
    void rememberUser(const QString &e164, qint64 userId) override;
    void forgetUser(const QString &e164) override;
    std::optional<LinkedTicket> ticketForCall(const QString &callId) const override;
    void rememberTicket(const QString &callId, const LinkedTicket &ticket) override;

private:
    Journal &m_journal;
};

} // namespace callbridge::journal
