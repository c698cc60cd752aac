#include "seed.h"

#include "store.h"

#include <QJsonObject>

namespace callbridge::sandbox::zendesk {

namespace {

struct SeedUser {
    qint64 id;
    const char *name;
    const char *email;
    const char *phone;
    const char *externalId;
    bool shared;
};

struct SeedTicket {
    qint64 id;
    qint64 requesterId;
    const char *subject;
    const char *status;
    const char *externalId;
    qint64 ageSeconds; // since the last update
};

User makeUser(const SeedUser &seedUser, const QDateTime &now) {
    User user;
    user.id = seedUser.id;
    user.name = QString::fromUtf8(seedUser.name);
    user.email = QString::fromUtf8(seedUser.email);
    user.phone = QString::fromUtf8(seedUser.phone);
    user.externalId = QString::fromUtf8(seedUser.externalId);
    user.sharedPhoneNumber = seedUser.shared;
    user.createdAt = now.addDays(-90);
    user.updatedAt = now.addDays(-30);
    return user;
}

} // namespace

void seedDemoData(ZendeskStore &store, const QDateTime &now, const QString &agentEmail) {
    store.clear();
    User agent;
    agent.id = seed::agentId;
    agent.name = QStringLiteral("Alex Agent");
    agent.email = agentEmail;
    agent.role = QStringLiteral("agent");
    agent.createdAt = now.addDays(-365);
    agent.updatedAt = now.addDays(-365);
    store.insertUser(agent);

    const SeedUser users[] = {
        {seed::adaId, "Ada Lovelace", "ada@example.com", "+1 (555) 010-0001", "", false},
        {seed::brianId, "Brian Kernighan", "brian@example.com", "+15550100002", "", false},
        {seed::carmenId, "Carmen Shared", "carmen@example.com", "+1 555-010-0003", "", true},
        {seed::danId, "Dan Shared", "dan@example.com", "+15550100003", "", true},
        {seed::eveId, "Eve Fairfax", "eve@example.co.uk", "+44 20 7946 0958", "", false},
        {seed::frankId, "Frank Callback", "frank@example.com", "+1 513.555.7611", "crm-1006", false},
        {seed::graceId, "Grace Hopper", "grace@example.com", "", "", false},
    };
    for (const SeedUser &user : users)
        store.insertUser(makeUser(user, now));

    const SeedTicket tickets[] = {
        {7001, seed::adaId, "Router keeps rebooting", "open", "", 2 * 86400},
        {7002, seed::adaId, "Billing question", "solved", "", 3 * 3600},
        {7003, seed::adaId, "Outage last month", "closed", "", 40 * 86400},
        {7004, seed::brianId, "Install appointment", "new", "seed-contact-7004", 86400},
        {7005, seed::eveId, "Roaming charges", "closed", "", 10 * 86400},
        {7006, seed::frankId, "Callback request", "open", "", 30 * 60},
    };
    for (const SeedTicket &seedTicket : tickets) {
        Ticket ticket;
        ticket.id = seedTicket.id;
        ticket.subject = QString::fromUtf8(seedTicket.subject);
        ticket.description = ticket.subject + QStringLiteral(" (seeded demo ticket)");
        ticket.status = QString::fromUtf8(seedTicket.status);
        ticket.requesterId = seedTicket.requesterId;
        ticket.submitterId = seedTicket.requesterId;
        ticket.assigneeId = ticket.status == QLatin1String("new") ? 0 : seed::agentId;
        ticket.externalId = QString::fromUtf8(seedTicket.externalId);
        ticket.tags = {QStringLiteral("demo")};
        ticket.via = QJsonObject{{QStringLiteral("channel"), QStringLiteral("email")},
                                 {QStringLiteral("source"), QJsonObject{}}};
        ticket.updatedAt = now.addSecs(-seedTicket.ageSeconds);
        ticket.createdAt = ticket.updatedAt.addDays(-1);
        store.insertTicket(ticket);

        Comment comment;
        comment.ticketId = ticket.id;
        comment.body = ticket.description;
        comment.htmlBody = QStringLiteral("<p>") + ticket.description + QStringLiteral("</p>");
        comment.authorId = ticket.requesterId;
        comment.via = ticket.via;
        comment.createdAt = ticket.createdAt;
        store.insertComment(comment);
    }
}

} // namespace callbridge::sandbox::zendesk
