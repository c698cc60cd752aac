#pragma once

#include "review/reviewsource.h"
#include "reviewdetailpane.h"
#include "reviewtablemodel.h"

#include <QWidget>

class QTableView;

namespace callbridge::ui {

// Decisions in a table (paged as it scrolls) beside the selected contact's detail.
class ReviewListView : public QWidget {
    Q_OBJECT
public:
    ReviewListView(review::ReviewSource &source, const QString &name, QWidget *parent = nullptr);

    ReviewTableModel &model() { return *m_model; }
    QTableView *table() const { return m_table; }
    ReviewDetailPane *detailPane() const { return m_detail; }
    const journal::OutcomeRecord *selected() const; // null when nothing is selected
    const review::ContactDetail &selectedDetail() const { return m_selectedDetail; }
    void select(int row);
    void refreshDetail(); // reads the selected contact again (after a review mark, a retry)

Q_SIGNALS:
    void selectionChanged();

private:
    review::ReviewSource &m_source;
    ReviewTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ReviewDetailPane *m_detail = nullptr;
    review::ContactDetail m_selectedDetail;
};

} // namespace callbridge::ui
