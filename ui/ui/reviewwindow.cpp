#include "reviewwindow.h"

#include "reviewchartstab.h"
#include "reviewfilterbar.h"
#include "reviewlistview.h"
#include "reviewqueuetab.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace callbridge::ui {

ReviewWindow::ReviewWindow(review::ReviewSource &source, review::ReviewActions *actions, QString reviewer,
                           QUrl zendeskUrl, ExternalOpener opener, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_opener(std::move(opener)) {
    setWindowTitle(tr("Callbridge review — %1").arg(source.describe()));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Review views"));

    auto *decisionsPage = new QWidget(m_tabs);
    m_filters = new ReviewFilterBar(decisionsPage);
    m_decisions = new ReviewListView(source, tr("Decisions"), decisionsPage);
    m_export = new QPushButton(tr("&Export CSV…"), decisionsPage);
    m_export->setAccessibleName(tr("Export the filtered decisions as CSV"));
    m_count = new QLabel(decisionsPage);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Number of decisions"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_export);
    auto *decisionsLayout = new QVBoxLayout(decisionsPage);
    decisionsLayout->addWidget(m_filters);
    decisionsLayout->addWidget(m_decisions, 1);
    decisionsLayout->addLayout(footer);

    m_queue = new ReviewQueueTab(source, actions, std::move(reviewer), m_tabs);
    m_charts = new ReviewChartsTab(source, m_tabs);
    m_tabs->addTab(decisionsPage, tr("&Decisions"));
    m_tabs->addTab(m_queue, tr("&Queue"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    setCentralWidget(m_tabs);
    statusBar()->showMessage(source.describe());

    for (ReviewListView *list : {m_decisions, m_queue->list()}) {
        list->detailPane()->setZendeskUrl(zendeskUrl);
        connect(list->detailPane(), &ReviewDetailPane::linkActivated, this, [this](const QUrl &url) {
            if (!m_opener.open(url))
                statusBar()->showMessage(tr("Could not open %1").arg(url.toDisplayString()));
        });
        connect(&list->model(), &ReviewTableModel::failed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("The review failed: %1").arg(message));
        });
    }
    connect(m_filters, &ReviewFilterBar::filterChanged, this, &ReviewWindow::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &ReviewWindow::chooseExportFile);
    connect(m_queue, &ReviewQueueTab::changed, m_decisions, &ReviewListView::refreshDetail);
    applyFilter(m_filters->filter());
    m_charts->showPeriod(QDate::currentDate(), false);
    resize(1400, 860);
}

void ReviewWindow::applyFilter(const journal::JournalFilter &filter) {
    journal::JournalFilter sorted = filter;
    sorted.oldestFirst = m_decisions->model().filter().oldestFirst;
    m_decisions->model().setFilter(sorted);
    showCount();
}

void ReviewWindow::showCount() {
    const qint64 n = m_source.count(m_decisions->model().filter());
    m_count->setText(n < 0 ? tr("Could not count the decisions: %1").arg(m_source.lastError())
                           : tr("%n decision(s) match", nullptr, int(qMin<qint64>(n, INT_MAX))));
}

QString ReviewWindow::countText() const {
    return m_count->text();
}

bool ReviewWindow::exportCsv(const QString &path, QString *error) {
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly))
        why = file.errorString();
    else if (!m_source.exportCsv(m_decisions->model().filter(), file))
        why = m_source.lastError();
    else if (!file.commit())
        why = file.errorString();
    if (!why.isEmpty()) {
        file.cancelWriting();
        if (error)
            *error = why;
        statusBar()->showMessage(tr("CSV not written: %1").arg(why));
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(path));
    return true;
}

void ReviewWindow::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export decisions"), QStringLiteral("decisions.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace callbridge::ui
