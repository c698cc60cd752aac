// What the page and the caller supply is shown as plain text, and the caller ID as a claim.
#include "ui/contactcard.h"
#include "ui/contactpanel.h"

#include <QLabel>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;

TEST(ContactPanel, ShowsCallerTextAsPlainTextAndTheCallerIdAsUnverified) {
    ContactPanel panel;
    ContactView view;
    view.contactId = QStringLiteral("c-1");
    view.sequence = 1;
    view.customerPhone = view.customerE164 = QStringLiteral("+15550100001");
    view.identity = ContactView::Identity::Known;
    view.identifiedBy = ContactView::IdentifiedBy::Phone;
    view.callerIdUnverified = true;
    view.caller.id = 7;
    view.caller.name = QStringLiteral("<img src='https://tracker.example/x'><b>VIP</b>");
    panel.onViewChanged(view);

    const QList<QLabel *> labels = panel.card()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
    auto *caller = panel.findChild<QLabel *>(QStringLiteral("caller"));
    auto *identification = panel.findChild<QLabel *>(QStringLiteral("identification"));
    ASSERT_NE(caller, nullptr);
    ASSERT_NE(identification, nullptr);
    EXPECT_EQ(caller->text(), view.caller.name); // shown as typed, not as markup
    EXPECT_TRUE(identification->text().contains(QStringLiteral("unverified")))
        << identification->text().toStdString();
}
