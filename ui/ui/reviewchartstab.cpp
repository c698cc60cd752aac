#include "reviewchartstab.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <map>

namespace callbridge::ui {

namespace {

constexpr int kAgentsShown = 15; // the chart's bars; the table lists every agent

QTableWidget *numbers(QWidget *parent, const QString &name, const QStringList &headers) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumWidth(220);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells) {
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QChartView *chartView(QWidget *parent, const QString &name) {
    auto *view = new QChartView(parent);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

ReviewChartsTab::ReviewChartsTab(const review::ReviewSource &source, QWidget *parent)
    : QWidget(parent)
    , m_source(source) {
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setAccessibleName(tr("First day of the period"));
    m_span = new QComboBox(this);
    m_span->setAccessibleName(tr("Period"));
    m_span->addItem(tr("One day, per hour"), false);
    m_span->addItem(tr("Seven days, per day"), true);
    m_refresh = new QPushButton(tr("&Show"), this);
    m_refresh->setAccessibleName(tr("Show the charts for the period"));
    m_periodChart = chartView(this, tr("Calls per period by outcome"));
    m_shareChart = chartView(this, tr("Share of automatic, agent and corrected links"));
    m_agentChart = chartView(this, tr("Calls per agent"));
    m_periodTable = numbers(this, tr("Calls per period, numbers"), {tr("Period"), tr("Calls")});
    m_shareTable = numbers(this, tr("Link share, numbers"), {tr("Linked"), tr("Calls"), tr("Share")});
    m_agentTable = numbers(this, tr("Calls per agent, numbers"), {tr("Agent"), tr("Calls")});

    auto *top = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&From:"), this);
    periodLabel->setBuddy(m_day);
    top->addWidget(periodLabel);
    top->addWidget(m_day);
    top->addWidget(m_span);
    top->addWidget(m_refresh);
    top->addStretch();
    auto *grid = new QGridLayout;
    grid->addWidget(m_periodChart, 0, 0);
    grid->addWidget(m_periodTable, 0, 1);
    grid->addWidget(m_shareChart, 1, 0);
    grid->addWidget(m_shareTable, 1, 1);
    grid->addWidget(m_agentChart, 2, 0);
    grid->addWidget(m_agentTable, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewChartsTab::refresh);
}

void ReviewChartsTab::showPeriod(const QDate &day, bool week) {
    m_day->setDate(day);
    m_span->setCurrentIndex(week ? 1 : 0);
    refresh();
}

void ReviewChartsTab::refresh() {
    const bool week = m_span->currentData().toBool();
    const QDateTime from = m_day->date().startOfDay(QTimeZone::systemTimeZone()).toUTC();
    journal::JournalFilter filter;
    filter.from = from;
    filter.to = from.addDays(week ? 7 : 1);
    m_counts = review::countsFor(m_source, filter,
                                 week ? journal::CountDimension::Day : journal::CountDimension::Hour);
    showPerPeriod(from, week);
    showShare();
    showAgents();
}

void ReviewChartsTab::styleChart(QChart *chart) const {
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setTitleBrush(p.brush(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void ReviewChartsTab::showPerPeriod(const QDateTime &from, bool week) {
    const int buckets = week ? 7 : 24;
    QStringList labels;
    for (int i = 0; i < buckets; ++i) {
        const QDateTime at = week ? from.addDays(i) : from.addSecs(3600 * i);
        labels << at.toLocalTime().toString(week ? QStringLiteral("ddd dd") : QStringLiteral("HH"));
    }
    std::map<QString, QList<qreal>> perOutcome;
    QList<qint64> totals(buckets, 0);
    for (const journal::CountRow &row : m_counts.perPeriodByOutcome) {
        const qint64 offset = from.secsTo(row.period);
        const int bucket = int(week ? offset / 86400 : offset / 3600);
        if (bucket < 0 || bucket >= buckets)
            continue;
        QList<qreal> &values = perOutcome[row.secondKey];
        if (values.isEmpty())
            values = QList<qreal>(buckets, 0);
        values[bucket] += qreal(row.count);
        totals[bucket] += row.count;
    }
    auto *series = new QStackedBarSeries;
    for (const auto &[outcome, values] : perOutcome) {
        auto *set = new QBarSet(outcome);
        set->append(values);
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(week ? tr("Calls per day by outcome") : tr("Calls per hour by outcome"));
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart);
    QChart *old = m_periodChart->chart();
    m_periodChart->setChart(chart);
    delete old;

    m_periodTable->setRowCount(buckets);
    for (int i = 0; i < buckets; ++i)
        setRow(m_periodTable, i, {labels.at(i), QString::number(totals.at(i))});
}

void ReviewChartsTab::showShare() {
    const QList<std::pair<QString, qint64>> shares{{tr("Automatic"), m_counts.automatic},
                                                   {tr("By the agent"), m_counts.byAgent},
                                                   {tr("Corrected"), m_counts.corrected},
                                                   {tr("Not linked"), m_counts.notLinked}};
    auto *series = new QPieSeries;
    const qint64 total = m_counts.total();
    m_shareTable->setRowCount(int(shares.size()));
    int row = 0;
    for (const auto &[label, count] : shares) {
        const QString share =
            total > 0 ? QStringLiteral("%1 %").arg(100.0 * double(count) / double(total), 0, 'f', 1)
                      : QStringLiteral("—");
        if (count > 0)
            series->append(QStringLiteral("%1 %2").arg(label, share), qreal(count));
        setRow(m_shareTable, row++, {label, QString::number(count), share});
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("How calls were linked (%1 calls)").arg(total));
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart);
    QChart *old = m_shareChart->chart();
    m_shareChart->setChart(chart);
    delete old;
}

void ReviewChartsTab::showAgents() {
    QList<journal::CountRow> agents = m_counts.perAgent; // largest first
    m_agentTable->setRowCount(int(agents.size()));
    for (int i = 0; i < agents.size(); ++i)
        setRow(m_agentTable, i, {agents.at(i).key, QString::number(agents.at(i).count)});
    auto *set = new QBarSet(tr("Calls"));
    QStringList names;
    const int shown = int(qMin<qsizetype>(agents.size(), kAgentsShown));
    for (int i = shown - 1; i >= 0; --i) { // the busiest on top
        names << agents.at(i).key;
        set->append(qreal(agents.at(i).count));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(agents.size() > kAgentsShown ? tr("Calls per agent (the %1 busiest)").arg(kAgentsShown)
                                                 : tr("Calls per agent"));
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    styleChart(chart);
    QChart *old = m_agentChart->chart();
    m_agentChart->setChart(chart);
    delete old;
}

} // namespace callbridge::ui
