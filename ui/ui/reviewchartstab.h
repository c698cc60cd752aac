#pragma once

#include "review/reviewcounts.h"
#include "review/reviewsource.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace callbridge::ui {

// Calls per hour (a day) or per day (a week) by outcome, the share of automatic, agent and corrected links,
// and calls per agent — each chart with its numbers in a table beside it.
class ReviewChartsTab : public QWidget {
    Q_OBJECT
public:
    explicit ReviewChartsTab(const review::ReviewSource &source, QWidget *parent = nullptr);

    void showPeriod(const QDate &day, bool week);
    const review::ReviewCounts &counts() const { return m_counts; }
    QTableWidget *periodTable() const { return m_periodTable; }
    QTableWidget *shareTable() const { return m_shareTable; }
    QTableWidget *agentTable() const { return m_agentTable; }

private:
    void refresh();
    void showPerPeriod(const QDateTime &from, bool week);
    void showShare();
    void showAgents();
    void styleChart(QChart *chart) const;

    const review::ReviewSource &m_source;
    review::ReviewCounts m_counts;
    QDateEdit *m_day = nullptr;
    QComboBox *m_span = nullptr;
    QPushButton *m_refresh = nullptr;
    QChartView *m_periodChart = nullptr;
    QChartView *m_shareChart = nullptr;
    QChartView *m_agentChart = nullptr;
    QTableWidget *m_periodTable = nullptr;
    QTableWidget *m_shareTable = nullptr;
    QTableWidget *m_agentTable = nullptr;
};

} // namespace callbridge::ui
