#pragma once

#include "externalopener.h"
#include "review/reviewactions.h"
#include "review/reviewsource.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QPushButton;
class QTabWidget;

namespace callbridge::ui {

class ReviewChartsTab;
class ReviewFilterBar;
class ReviewListView;
class ReviewQueueTab;

// The supervisors' review: every decision (filtered, sorted by time, paged as it scrolls) with the contact's
// detail, the review queue, and charts; CSV export of what is filtered. Shows and forwards: the data is the
// ReviewSource's, changes go through ReviewActions.
class ReviewWindow : public QMainWindow {
    Q_OBJECT
public:
    ReviewWindow(review::ReviewSource &source, review::ReviewActions *actions, QString reviewer,
                 QUrl zendeskUrl, ExternalOpener opener = ExternalOpener(), QWidget *parent = nullptr);

    bool exportCsv(const QString &path, QString *error = nullptr); // what the Decisions tab filters
    QTabWidget *tabs() const { return m_tabs; }
    ReviewFilterBar *filterBar() const { return m_filters; }
    ReviewListView *decisions() const { return m_decisions; }
    ReviewQueueTab *queue() const { return m_queue; }
    ReviewChartsTab *charts() const { return m_charts; }
    QPushButton *exportButton() const { return m_export; }
    QString countText() const;

private:
    void applyFilter(const journal::JournalFilter &filter);
    void chooseExportFile();
    void showCount();

    review::ReviewSource &m_source;
    ExternalOpener m_opener;
    QTabWidget *m_tabs = nullptr;
    ReviewFilterBar *m_filters = nullptr;
    ReviewListView *m_decisions = nullptr;
    ReviewQueueTab *m_queue = nullptr;
    ReviewChartsTab *m_charts = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace callbridge::ui
