// What the page and the caller supply is shown as plain text, and the caller ID as a claim.
#include "ui/contactpanel.h"

#include <QLabel>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;

TEST(ContactPanel, ShowsPageTextAsPlainTextAndTheCallerIdAsUnverified) {
    ContactPanel panel;
    ContactEvent event;
    event.kind = ContactEventKind::Connecting;
    event.contact.contactId = QStringLiteral("c-1");
    event.contact.direction = CallDirection::Inbound;
    event.contact.customerPhone = QStringLiteral("+15550100001");
    event.contact.queue.name = QStringLiteral("<img src='https://tracker.example/x'><b>VIP</b>");
    panel.showContactEvent(event);

    auto *caller = panel.findChild<QLabel *>(QStringLiteral("caller"));
    auto *details = panel.findChild<QLabel *>(QStringLiteral("contactDetails"));
    ASSERT_NE(caller, nullptr);
    ASSERT_NE(details, nullptr);
    EXPECT_EQ(caller->textFormat(), Qt::PlainText);
    EXPECT_EQ(details->textFormat(), Qt::PlainText);
    EXPECT_TRUE(caller->text().contains(QStringLiteral("+15550100001")));
    EXPECT_TRUE(caller->text().contains(QStringLiteral("unverified"))) << caller->text().toStdString();
    EXPECT_TRUE(details->text().contains(QStringLiteral("<b>VIP</b>"))); // shown as typed, not as markup
}
