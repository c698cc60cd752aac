// What the page and the caller supply is shown as plain text, and the caller ID as a claim.
#include "model/decisionphrases.h"
#include "ui/contactcard.h"
#include "ui/contactpanel.h"
#include "ui/contactviewtext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
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

TEST(ContactPanel, DecisionsArePlainTextAndTheirTicketOpensFromAButton) {
    ContactPanel panel;
    panel.setZendeskUrl(QUrl(QStringLiteral("https://acme.zendesk.com")));
    CallOutcome outcome;
    outcome.contactId = QStringLiteral("c-1");
    outcome.outcome = Outcome::TicketFromIvr;
    outcome.ticketId = 42;
    outcome.userId = 7;
    outcome.reason =
        QStringLiteral("IVR ticket #42 belongs to the caller <a href='https://evil.example'>x</a>");
    outcome.notices = {QStringLiteral("<img src='https://tracker.example/x'>")};
    panel.addOutcome(outcome);

    for (const QLabel *label : panel.findChildren<QLabel *>())
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
    ASSERT_EQ(panel.outcomeCount(), 1);
    EXPECT_TRUE(panel.outcomeText(0).contains(outcome.reason.english()))
        << panel.outcomeText(0).toStdString();
    EXPECT_TRUE(panel.outcomeText(0).contains(QStringLiteral("ticket #42")));
    EXPECT_TRUE(panel.outcomeText(0).contains(outcome.notices.first().english()));

    QPushButton *open = nullptr;
    for (QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Open ticket #42 in Zendesk"))
            open = button;
    }
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    EXPECT_FALSE(open->accessibleName().isEmpty());
    QSignalSpy opened(&panel, &ContactPanel::linkActivated);
    open->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().first().toUrl(),
              QUrl(QStringLiteral("https://acme.zendesk.com/agent/tickets/42")));
}

TEST(ContactPanel, ADayOfCallsKeepsOnlyTheNewestDecisionsOnScreen) {
    ContactPanel panel;
    for (int i = 1; i <= ContactPanel::kMaxDecisionCards + 20; ++i) {
        CallOutcome outcome;
        outcome.contactId = QStringLiteral("c-%1").arg(i);
        outcome.outcome = Outcome::TicketCreated;
        outcome.ticketId = 1000 + i;
        panel.addOutcome(outcome);
    }
    EXPECT_EQ(panel.outcomeCount(), ContactPanel::kMaxDecisionCards);
    EXPECT_TRUE(panel.outcomeText(0).contains(
        QStringLiteral("#%1").arg(1000 + ContactPanel::kMaxDecisionCards + 20))); // the newest first
    int cards = 0;
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->accessibleName().startsWith(QStringLiteral("Decision:")))
            ++cards;
    }
    EXPECT_EQ(cards, ContactPanel::kMaxDecisionCards); // the dropped cards are gone, not hidden
}

// The window words a decision in its own language, whatever language the notes are written in: the reason
// is a phrase, the card and the decisions list translate it with the application's catalogue.
TEST(ContactPanel, ReasonsAndNoticesAreShownInTheWindowsLanguage) {
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("callbridge_de"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    ContactPanel panel;
    CallOutcome outcome;
    outcome.contactId = QStringLiteral("c-9");
    outcome.outcome = Outcome::TicketCreated;
    outcome.ticketId = 43;
    outcome.reason = Phrase::of(phrases::kIvrTicketOtherUser, {7001});
    outcome.notices = {Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Requested ticket #%1 was not found"), {7002})};
    panel.addOutcome(outcome);
    const QString shown = panel.outcomeText(0);
    QCoreApplication::removeTranslator(&german);

    EXPECT_TRUE(shown.contains(QStringLiteral("7001"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(outcome.reason.english())) << shown.toStdString();
    EXPECT_FALSE(shown.contains(outcome.notices.first().english())) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("7002"))) << shown.toStdString();
    // Without the catalogue the same outcome reads in English.
    panel.addOutcome(outcome);
    EXPECT_TRUE(panel.outcomeText(0).contains(outcome.reason.english())
                || panel.outcomeText(1).contains(outcome.reason.english()));
}

// Zendesk's ticket statuses are a fixed set the window translates; one Zendesk adds later shows as it comes.
TEST(ContactPanel, TicketStatusesAreShownInTheWindowsLanguage) {
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("callbridge_de"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    const QString open = viewtext::ticketStatus(QStringLiteral("open"));
    const QString later = viewtext::ticketStatus(QStringLiteral("archived"));
    QCoreApplication::removeTranslator(&german);
    EXPECT_NE(open, QStringLiteral("open"));
    EXPECT_FALSE(open.isEmpty());
    EXPECT_EQ(later, QStringLiteral("archived"));
    EXPECT_EQ(viewtext::ticketStatus(QStringLiteral("hold")), QStringLiteral("on hold"));
}
