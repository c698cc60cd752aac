#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace callbridge {

struct LinkedTicket {
    qint64 ticketId = 0;
    qint64 requesterId = 0;
};

// What core itself created or found, so that it never depends on Zendesk's search index (which lags minutes
// behind): the user for a phone number, the ticket of a call (across transfers). The journal persists it.
class LinkMemory {
public:
    virtual ~LinkMemory() = default;
    virtual std::optional<qint64> userForNumber(const QString &e164) const = 0;
    virtual void rememberUser(const QString &e164, qint64 userId) = 0;
    virtual void forgetUser(const QString &e164) = 0; // the user was merged or deleted in Zendesk
    virtual std::optional<LinkedTicket> ticketForCall(const QString &callId) const = 0;
    virtual void rememberTicket(const QString &callId, const LinkedTicket &ticket) = 0;
};

class InMemoryLinkMemory final : public LinkMemory {
public:
    std::optional<qint64> userForNumber(const QString &e164) const override {
        const auto it = m_users.constFind(e164);
        return it == m_users.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
    void rememberUser(const QString &e164, qint64 userId) override { m_users.insert(e164, userId); }
    void forgetUser(const QString &e164) override { m_users.remove(e164); }
    std::optional<LinkedTicket> ticketForCall(const QString &callId) const override {
        const auto it = m_tickets.constFind(callId);
        return it == m_tickets.cend() ? std::nullopt : std::optional<LinkedTicket>(*it);
    }
    void rememberTicket(const QString &callId, const LinkedTicket &ticket) override {
        m_tickets.insert(callId, ticket);
    }

private:
    QHash<QString, qint64> m_users;
    QHash<QString, LinkedTicket> m_tickets;
};

} // namespace callbridge
