#include "reviewlistview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>

namespace callbridge::ui {

ReviewListView::ReviewListView(review::ReviewSource &source, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_source(source) {
    m_model = new ReviewTableModel(source, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(name);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewTableModel::Time, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ReviewTableModel::Time, 150);
    m_table->setColumnWidth(ReviewTableModel::Agent, 120);
    m_table->setColumnWidth(ReviewTableModel::Caller, 130);
    m_table->setColumnWidth(ReviewTableModel::Outcome, 170);
    m_table->setColumnWidth(ReviewTableModel::Ticket, 70);
    m_detail = new ReviewDetailPane(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshDetail();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_selectedDetail = {};
        m_detail->clear();
        Q_EMIT selectionChanged();
    });
}

const journal::OutcomeRecord *ReviewListView::selected() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->record(current.row()) : nullptr;
}

void ReviewListView::select(int row) {
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void ReviewListView::refreshDetail() {
    const journal::OutcomeRecord *record = selected();
    if (!record) {
        m_selectedDetail = {};
        m_detail->clear();
        return;
    }
    m_selectedDetail = m_source.detail(record->contactId);
    m_detail->show(m_selectedDetail, *record);
}

} // namespace callbridge::ui
