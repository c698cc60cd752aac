#include "manualtime.h"

#include <QObject>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using namespace callbridge::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

TEST(ManualTime, NowMovesOnlyWhenAdvanced) {
    ManualTime time;
    const QDateTime start = time.now();
    EXPECT_EQ(time.now(), start);
    time.advance(1500ms);
    EXPECT_EQ(start.msecsTo(time.now()), 1500);
}

TEST(ManualTime, RunsDueTasksInDueOrderAndTiesInScheduleOrder) {
    ManualTime time;
    QObject context;
    QStringList ran;
    const QDateTime start = time.now();
    QList<qint64> ranAt;
    const auto task = [&](const QString &name) {
        return [&, name] {
            ran << name;
            ranAt << start.msecsTo(time.now());
        };
    };
    time.schedule(300ms, &context, task(QStringLiteral("c")));
    time.schedule(100ms, &context, task(QStringLiteral("a")));
    time.schedule(300ms, &context, task(QStringLiteral("d")));
    time.schedule(200ms, &context, task(QStringLiteral("b")));
    time.schedule(900ms, &context, task(QStringLiteral("later")));
    EXPECT_EQ(time.pending(), 5);
    EXPECT_EQ(time.nextDelay(), std::optional<std::chrono::milliseconds>(100ms));

    time.advance(300ms);
    EXPECT_EQ(ran, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    EXPECT_EQ(ranAt, (QList<qint64>{100, 200, 300, 300})) << "each task sees now() at its due time";
    EXPECT_EQ(start.msecsTo(time.now()), 300);
    EXPECT_EQ(time.pending(), 1);
    EXPECT_EQ(time.nextDelay(), std::optional<std::chrono::milliseconds>(600ms));
}

TEST(ManualTime, TasksScheduledWhileAdvancingRunWhenTheyFallInside) {
    ManualTime time;
    QObject context;
    int second = 0;
    time.schedule(100ms, &context, [&] { time.schedule(100ms, &context, [&] { ++second; }); });
    time.advance(150ms);
    EXPECT_EQ(second, 0);
    time.advance(50ms);
    EXPECT_EQ(second, 1);
}

TEST(ManualTime, AdvanceToNextJumpsToTheNextTaskOnly) {
    ManualTime time;
    QObject context;
    int ran = 0;
    const QDateTime start = time.now();
    time.schedule(30s, &context, [&] { ++ran; });
    time.schedule(45s, &context, [&] { ++ran; });
    ASSERT_TRUE(time.advanceToNext());
    EXPECT_EQ(ran, 1);
    EXPECT_EQ(start.secsTo(time.now()), 30);
    ASSERT_TRUE(time.advanceToNext());
    EXPECT_EQ(ran, 2);
    EXPECT_FALSE(time.advanceToNext());
    EXPECT_EQ(time.nextDelay(), std::nullopt);
}

TEST(ManualTime, TaskWhoseContextIsGoneIsSkipped) {
    ManualTime time;
    auto context = std::make_unique<QObject>();
    QObject survivor;
    bool dropped = false;
    bool kept = false;
    time.schedule(10ms, context.get(), [&] { dropped = true; });
    time.schedule(20ms, &survivor, [&] { kept = true; });
    context.reset();
    EXPECT_EQ(time.pending(), 1);
    EXPECT_EQ(time.nextDelay(), std::optional<std::chrono::milliseconds>(20ms));
    time.advance(1s);
    EXPECT_FALSE(dropped);
    EXPECT_TRUE(kept);
}

TEST(ManualTime, WaitAdvancingRunsQtEventsFirstThenJumpsToTheNextManualTask) {
    ManualTime time;
    QObject context;
    QStringList order;
    time.schedule(30s, &context, [&] { order << QStringLiteral("retry"); });
    QTimer::singleShot(0, &context, [&] {
        order << QStringLiteral("reply");
        QTimer::singleShot(0, &context, [&] { order << QStringLiteral("next step"); });
    });
    const QDateTime start = time.now();
    ASSERT_TRUE(waitAdvancing(time, [&] { return order.size() == 3; }));
    EXPECT_EQ(order, (QStringList{u"reply"_s, u"next step"_s, u"retry"_s}));
    EXPECT_EQ(start.secsTo(time.now()), 30);
}

TEST(ManualTime, WaitAdvancingGivesUpWhenNothingCanMakeTheConditionTrue) {
    ManualTime time;
    EXPECT_FALSE(waitAdvancing(
        time, [] { return false; }, 100));
}
