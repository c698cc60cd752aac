#include "reviewtablemodel.h"

namespace callbridge::ui {

ReviewTableModel::ReviewTableModel(const review::ReviewSource &source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source) {}

void ReviewTableModel::setFilter(const journal::JournalFilter &filter) {
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_next = {};
    m_hasMore = true;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

const journal::OutcomeRecord *ReviewTableModel::record(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// In the window's language when the decision was kept as phrases; as kept otherwise (the team database, an
// older journal).
QString reasonAndNotices(const journal::OutcomeRecord &r) {
    QStringList notices;
    for (const Phrase &notice : r.noticesOrText())
        notices << notice.translated();
    const QString reason = r.reasonOrText().translated();
    return notices.isEmpty()
               ? reason
               : ReviewTableModel::tr("%1 [%2]").arg(reason, notices.join(QStringLiteral("; ")));
}

} // namespace

QString ReviewTableModel::text(const journal::OutcomeRecord &r, int column) const {
    switch (column) {
    case Time:
        return r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Agent:
        return r.agentName.isEmpty() || r.agentName == r.agentUsername
                   ? r.agentUsername
                   : tr("%1 (%2)").arg(r.agentName, r.agentUsername);
    case Caller:
        return r.customerNumber;
    case Outcome:
        return tr("%1 / %2").arg(r.outcome, r.mode);
    case Ticket:
        return r.ticketId > 0 ? QStringLiteral("#%1").arg(r.ticketId) : QString();
    case Reason:
        return reasonAndNotices(r);
    }
    return {};
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const {
    const journal::OutcomeRecord *r = record(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        QString value = text(*r, index.column());
        if (role == Qt::DisplayRole)
            value.replace(u'\n', u' '); // one line per row, whatever the reason holds
        return value;
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Agent:
        return tr("Agent");
    case Caller:
        return tr("Caller");
    case Outcome:
        return tr("Outcome / mode");
    case Ticket:
        return tr("Ticket");
    case Reason:
        return tr("Reason");
    }
    return {};
}

bool ReviewTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_hasMore && m_error.isEmpty();
}

void ReviewTableModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    const review::ReviewPage page = m_source.page(m_filter, m_next, m_pageSize);
    if (!page.error.isEmpty()) {
        m_error = page.error;
        m_hasMore = false;
        Q_EMIT failed(page.error);
        return;
    }
    m_hasMore = page.hasMore;
    m_next = page.next;
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows += page.rows;
    endInsertRows();
}

void ReviewTableModel::sort(int column, Qt::SortOrder order) {
    if (column != Time)
        return; // the sources sort by time; other columns keep the time order
    const bool oldestFirst = order == Qt::AscendingOrder;
    if (oldestFirst == m_filter.oldestFirst && !m_rows.isEmpty())
        return;
    journal::JournalFilter sorted = m_filter;
    sorted.oldestFirst = oldestFirst;
    setFilter(sorted);
}

} // namespace callbridge::ui
