// The review window over a local journal (no PostgreSQL needed): paging, filters, the detail pane, the
// queue's buttons, charts and CSV. With CALLBRIDGE_SCREENSHOT_DIR set, it also saves the window's tabs in a
// light and a dark palette.
#include "darkpalette.h"
#include "journal/journal.h"
#include "model/reviewconcerns.h"
#include "review/journalreviewsource.h"
#include "reviewfixture.h"
#include "ui/reviewchartstab.h"
#include "ui/reviewdetailpane.h"
#include "ui/reviewfilterbar.h"
#include "ui/reviewlistview.h"
#include "ui/reviewqueuetab.h"
#include "ui/reviewrelinkdialog.h"
#include "ui/reviewtablemodel.h"
#include "ui/reviewwindow.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace callbridge;
using namespace callbridge::ui;
using callbridge::testing::ReviewFixture;

namespace {

class FakeActions final : public review::ReviewActions {
public:
    QString retryUnavailable() const override { return {}; }
    void retryWrite(const review::WriteHistory &write, Done done) override {
        retried << write.idempotencyKey;
        done(true, QStringLiteral("sent again"));
    }
    QString relinkUnavailable() const override { return {}; }
    void relink(const journal::OutcomeRecord &decision, const LinkCorrection &correction,
                Done done) override {
        relinked << decision.contactId;
        corrections << correction;
        done(true, QStringLiteral("moved"));
    }
    QStringList retried;
    QStringList relinked;
    QList<LinkCorrection> corrections;
};

class ReviewWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        journal::JournalOpenResult opened = journal::Journal::open(QStringLiteral(":memory:"));
        ASSERT_TRUE(opened) << opened.error.toStdString();
        journal = std::move(opened.journal);
        for (const ReviewFixture &f : fixtures)
            ASSERT_TRUE(callbridge::testing::fillReviewJournal(*journal, f))
                << journal->lastError().toStdString();
        source = std::make_unique<review::JournalReviewSource>(*journal);
    }

    int rowOf(ReviewListView *list, const QString &contact) {
        for (int row = 0; row < list->model().rowCount(); ++row) {
            if (list->model().record(row)->contactId == contact)
                return row;
        }
        return -1;
    }

    const QDateTime day{QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()};
    const QList<ReviewFixture> fixtures{{QStringLiteral("a"), QStringLiteral("ann"), day},
                                        {QStringLiteral("b"), QStringLiteral("bob"), day.addSecs(3600)},
                                        {QStringLiteral("c"), QStringLiteral("cat"), day.addSecs(7200)}};
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<review::JournalReviewSource> source;
    FakeActions actions;
};

} // namespace

TEST_F(ReviewWindowTest, TheModelFetchesAPageAtATimeUntilTheSourceHasNoMore) {
    ReviewTableModel model(*source);
    model.setPageSize(10);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 20);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 24); // 3 journals' fixtures × 8
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.data(model.index(0, ReviewTableModel::Agent)).toString(), QStringLiteral("CAT (cat)"));
    EXPECT_EQ(model.data(model.index(0, ReviewTableModel::Outcome)).toString(),
              QStringLiteral("ticket_created / auto"));
    model.sort(ReviewTableModel::Time, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.record(0)->contactId, QStringLiteral("a-plain"));
}

TEST_F(ReviewWindowTest, TheFilterBarNarrowsTheDecisionsAndClearShowsAllAgain) {
    ReviewWindow window(*source, &actions, QStringLiteral("sue"),
                        QUrl(QStringLiteral("https://acme.zendesk.com")),
                        ExternalOpener([](const QUrl &) { return true; }));
    ReviewFilterBar *bar = window.filterBar();
    EXPECT_EQ(window.decisions()->model().rowCount(), 24);
    bar->agentField()->setText(QStringLiteral("bob"));
    bar->reasonField()->setText(QStringLiteral("NEW USER"));
    QTest::mouseClick(bar->applyButton(), Qt::LeftButton);
    ASSERT_EQ(window.decisions()->model().rowCount(), 2);
    EXPECT_EQ(window.decisions()->model().record(0)->contactId, QStringLiteral("b-unique"));
    EXPECT_EQ(window.countText(), QStringLiteral("2 decision(s) match"));
    bar->clear();
    bar->phoneField()->setText(QStringLiteral("1234567"));
    bar->outcomeBox()->setCurrentIndex(bar->outcomeBox()->findData(QStringLiteral("ticket_created")));
    QTest::keyClick(bar->phoneField(), Qt::Key_Return);
    EXPECT_EQ(window.decisions()->model().rowCount(), 6); // plain and close, per agent
    bar->clear();
    EXPECT_EQ(window.decisions()->model().rowCount(), 24);
    // Every control can be named by a screen reader.
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w) || qobject_cast<QComboBox *>(w)
             || qobject_cast<QCheckBox *>(w) || qobject_cast<QAbstractItemView *>(w))
            && w->focusPolicy() != Qt::NoFocus) {
            if (qobject_cast<QLineEdit *>(w)
                && (qobject_cast<QComboBox *>(w->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
                continue; // a combo box's or date field's own editor: the field is named
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
        }
    }
}

TEST_F(ReviewWindowTest, TheDetailPaneShowsTheContactsStoryAndOpensItsTicketThroughTheOpener) {
    QList<QUrl> opened;
    ReviewWindow window(*source, &actions, QStringLiteral("sue"),
                        QUrl(QStringLiteral("https://acme.zendesk.com")),
                        ExternalOpener([&opened](const QUrl &url) {
                            opened << url;
                            return true;
                        }));
    ReviewListView *list = window.decisions();
    const int row = rowOf(list, QStringLiteral("b-failed"));
    ASSERT_GE(row, 0);
    list->select(row);
    const QString text = list->detailPane()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("connected, queue Support, agent bob"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Zendesk answered “422 subject is too long”")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not reviewed yet")));
    EXPECT_FALSE(list->detailPane()->openTicketButton()->isEnabled()); // a failed call has no ticket
    list->select(rowOf(list, QStringLiteral("b-plain")));
    ASSERT_TRUE(list->detailPane()->openTicketButton()->isEnabled());
    QTest::mouseClick(list->detailPane()->openTicketButton(), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(QStringLiteral("https://acme.zendesk.com/agent/tickets/5001")));
}

TEST_F(ReviewWindowTest, TheQueueApprovesRetriesAndRelinksThroughTheActions) {
    ReviewQueueTab queue(*source, &actions, QStringLiteral("sue"));
    ReviewListView *list = queue.list();
    EXPECT_EQ(list->model().rowCount(), 18); // 6 queued per agent
    EXPECT_FALSE(queue.approveButton()->isEnabled());

    list->select(rowOf(list, QStringLiteral("a-forced")));
    EXPECT_FALSE(queue.retryButton()->isEnabled()); // nothing failed there
    queue.noteField()->setText(QStringLiteral("late choice, fine"));
    QTest::mouseClick(queue.approveButton(), Qt::LeftButton);
    EXPECT_EQ(list->model().rowCount(), 17);
    EXPECT_EQ(rowOf(list, QStringLiteral("a-forced")), -1);
    ASSERT_EQ(journal->reviews(QStringLiteral("a-forced")).size(), 1);
    EXPECT_EQ(journal->reviews(QStringLiteral("a-forced")).first().note, QStringLiteral("late choice, fine"));
    queue.includeReviewedBox()->setChecked(true);
    EXPECT_EQ(list->model().rowCount(), 18);
    queue.includeReviewedBox()->setChecked(false);

    list->select(rowOf(list, QStringLiteral("c-failed")));
    ASSERT_TRUE(queue.retryButton()->isEnabled());
    QTest::mouseClick(queue.retryButton(), Qt::LeftButton);
    EXPECT_EQ(actions.retried, QStringList{QStringLiteral("cb-c-failed-ticket")});
    EXPECT_EQ(queue.statusText(), QStringLiteral("sent again"));

    queue.setRelinkDialogHook([](ReviewRelinkDialog &dialog) {
        dialog.otherTicketChoice()->setChecked(true);
        dialog.idField()->setText(QStringLiteral("4242"));
        dialog.reasonField()->setText(QStringLiteral("the caller's open ticket"));
        return true;
    });
    list->select(rowOf(list, QStringLiteral("b-shared")));
    QTest::mouseClick(queue.relinkButton(), Qt::LeftButton);
    ASSERT_EQ(actions.relinked, QStringList{QStringLiteral("b-shared")});
    EXPECT_EQ(actions.corrections.first().kind, LinkCorrection::Kind::OtherTicket);
    EXPECT_EQ(actions.corrections.first().ticketId, 4242);
    EXPECT_EQ(actions.corrections.first().by, QStringLiteral("sue"));

    queue.concernBox()->setCurrentIndex(queue.concernBox()->findData(int(ConcernNewUser)));
    ASSERT_EQ(list->model().rowCount(), 3);
    EXPECT_EQ(list->model().record(0)->contactId, QStringLiteral("c-close"));
}

TEST_F(ReviewWindowTest, WithoutActionsRelinkAndRetrySayWhy) {
    ReviewQueueTab queue(*source, nullptr, QStringLiteral("sue"));
    queue.list()->select(rowOf(queue.list(), QStringLiteral("a-failed")));
    EXPECT_TRUE(queue.approveButton()->isEnabled());
    EXPECT_FALSE(queue.retryButton()->isEnabled());
    EXPECT_FALSE(queue.relinkButton()->toolTip().isEmpty());
}

TEST_F(ReviewWindowTest, ChartsCountTheDaysCallsAndShowTheNumbers) {
    ReviewChartsTab charts(*source);
    charts.showPeriod(day.toLocalTime().date(), false);
    EXPECT_EQ(charts.counts().total(), 24);
    EXPECT_EQ(charts.agentTable()->rowCount(), 3);
    EXPECT_EQ(charts.agentTable()->item(0, 1)->text(), QStringLiteral("8"));
    EXPECT_EQ(charts.shareTable()->item(0, 1)->text(), QStringLiteral("18")); // automatic
    qint64 hourly = 0;
    for (int row = 0; row < charts.periodTable()->rowCount(); ++row)
        hourly += charts.periodTable()->item(row, 1)->text().toLongLong();
    EXPECT_EQ(hourly, 24);
}

TEST_F(ReviewWindowTest, CsvExportHasWhatIsFiltered) {
    ReviewWindow window(*source, &actions, QStringLiteral("sue"), QUrl());
    window.filterBar()->agentField()->setText(QStringLiteral("ann"));
    window.filterBar()->apply();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(window.exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 9); // header + ann's 8
    EXPECT_FALSE(csv.contains(QStringLiteral("\"bob\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'+491511234567\"")));
}

TEST_F(ReviewWindowTest, Screenshots) {
    const QString dir = qEnvironmentVariable("CALLBRIDGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set CALLBRIDGE_SCREENSHOT_DIR to save the review window's screenshots";
    QDir().mkpath(dir);
    const QPalette original = QApplication::palette();
    const QPalette dark = test::darkPalette();
    for (const auto &[name, palette] :
         {std::pair{QStringLiteral("light"), original}, std::pair{QStringLiteral("dark"), dark}}) {
        QApplication::setPalette(palette);
        ReviewWindow window(*source, &actions, QStringLiteral("sue"),
                            QUrl(QStringLiteral("https://acme.zendesk.com")));
        window.resize(1500, 900);
        window.show();
        window.decisions()->select(rowOf(window.decisions(), QStringLiteral("b-failed")));
        QTest::qWait(50);
        EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/review-decisions-%1.png").arg(name)));
        window.tabs()->setCurrentIndex(1);
        window.queue()->list()->select(1);
        QTest::qWait(50);
        EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/review-queue-%1.png").arg(name)));
        window.tabs()->setCurrentIndex(2);
        window.charts()->showPeriod(day.toLocalTime().date(), false);
        QTest::qWait(50);
        EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/review-charts-%1.png").arg(name)));
    }
    QApplication::setPalette(original);
}
