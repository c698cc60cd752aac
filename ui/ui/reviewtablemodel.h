#pragma once

#include "review/reviewsource.h"

#include <QAbstractTableModel>

namespace callbridge::ui {

// Decisions from a ReviewSource, a page at a time: the view asks for more (canFetchMore/fetchMore) as it
// scrolls, so the model never holds more rows than were shown. Sorting is by time only (newest or oldest
// first); the source sorts, never the model.
class ReviewTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Agent, Caller, Outcome, Ticket, Reason, ColumnCount };
    static constexpr int kDefaultPageSize = 200;

    explicit ReviewTableModel(const review::ReviewSource &source, QObject *parent = nullptr);

    void setFilter(const journal::JournalFilter &filter); // resets and reads the first page
    const journal::JournalFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void reload() { setFilter(m_filter); }
    const journal::OutcomeRecord *record(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    QString text(const journal::OutcomeRecord &r, int column) const;

    const review::ReviewSource &m_source;
    journal::JournalFilter m_filter;
    QList<journal::OutcomeRecord> m_rows;
    journal::JournalFilter::Position m_next;
    bool m_hasMore = false;
    int m_pageSize = kDefaultPageSize;
    QString m_error;
};

} // namespace callbridge::ui
