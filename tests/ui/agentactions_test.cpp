#include "ui/agentactions.h"

#include <gtest/gtest.h>

using namespace callbridge;

TEST(AgentActions, CarriesTheContactsLatestDataAndTheChoice) {
    ContactEvent latest;
    latest.kind = ContactEventKind::Connected;
    latest.contact.contactId = QStringLiteral("c-1");
    latest.contact.customerPhone = QStringLiteral("+15555550123");
    latest.contact.attributes.insert(QStringLiteral("crmId"), QStringLiteral("CRM-1"));
    latest.agent.name = QStringLiteral("Ann");
    AgentAction action;
    action.kind = AgentAction::Kind::Attach;
    action.ticketId = 34;
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-25T10:05:00Z"), Qt::ISODate);

    const ContactEvent event = ui::agentActionEvent(latest, action, at);
    EXPECT_EQ(event.kind, ContactEventKind::AgentAction);
    EXPECT_EQ(event.at, at);
    EXPECT_EQ(event.contact.contactId, QStringLiteral("c-1"));
    EXPECT_EQ(event.contact.attributes.value(QStringLiteral("crmId")), QStringLiteral("CRM-1"));
    ASSERT_TRUE(event.action.has_value());
    EXPECT_EQ(event.action->kind, AgentAction::Kind::Attach);
    EXPECT_EQ(event.action->ticketId, 34);

    // core's contract: what the agent panel sends parses back to the same action
    const ContactEventParse parsed = parseContactEvent(toJson(event));
    ASSERT_TRUE(parsed.event.has_value()) << parsed.error->message.toStdString();
    EXPECT_EQ(parsed.event->action->ticketId, 34);
}
