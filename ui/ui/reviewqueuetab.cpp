#include "reviewqueuetab.h"

#include "model/reviewconcerns.h"
#include "reviewrelinkdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace callbridge::ui {

ReviewQueueTab::ReviewQueueTab(review::ReviewSource &source, review::ReviewActions *actions, QString reviewer,
                               QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_actions(actions)
    , m_reviewer(std::move(reviewer)) {
    m_concern = new QComboBox(this);
    m_concern->setAccessibleName(tr("Concern"));
    m_concern->setAccessibleDescription(tr("Which links worth a look the queue shows"));
    m_concern->addItem(tr("Every concern"), 0);
    for (ReviewConcern concern : reviewConcernList())
        m_concern->addItem(ReviewDetailPane::concernTitle(concern), int(concern));
    m_includeReviewed = new QCheckBox(tr("Include &reviewed"), this);
    m_includeReviewed->setAccessibleName(tr("Include reviewed contacts"));
    m_list = new ReviewListView(source, tr("Review queue"), this);
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(tr("note (optional)"));
    m_approve = new QPushButton(tr("A&pprove"), this);
    m_approve->setAccessibleName(tr("Approve: mark the contact reviewed"));
    m_relink = new QPushButton(tr("Re&link…"), this);
    m_relink->setAccessibleName(tr("Relink to another ticket or user"));
    m_retry = new QPushButton(tr("Retry &failed write"), this);
    m_retry->setAccessibleName(tr("Retry failed write"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Queue status"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_concern);
    top->addWidget(m_includeReviewed);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_approve);
    bottom->addWidget(m_relink);
    bottom->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_concern, &QComboBox::currentIndexChanged, this, &ReviewQueueTab::reload);
    connect(m_includeReviewed, &QCheckBox::toggled, this, &ReviewQueueTab::reload);
    connect(m_list, &ReviewListView::selectionChanged, this, &ReviewQueueTab::updateButtons);
    connect(&m_list->model(), &ReviewTableModel::failed, this, &ReviewQueueTab::say);
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueTab::approve);
    connect(m_relink, &QPushButton::clicked, this, &ReviewQueueTab::relink);
    connect(m_retry, &QPushButton::clicked, this, &ReviewQueueTab::retry);
    reload();
}

void ReviewQueueTab::reload() {
    m_list->model().setFilter(
        review::queueFilter({}, m_concern->currentData().toInt(), m_includeReviewed->isChecked()));
    updateButtons();
}

QString ReviewQueueTab::statusText() const {
    return m_status->text();
}

void ReviewQueueTab::say(const QString &message) {
    m_status->setText(message);
}

const review::WriteHistory *ReviewQueueTab::failedWrite() const {
    for (const review::WriteHistory &w : m_list->selectedDetail().writes) {
        if (w.isFailed())
            return &w;
    }
    return nullptr;
}

void ReviewQueueTab::updateButtons() {
    const bool any = m_list->selected() != nullptr;
    m_approve->setEnabled(any);
    const QString noRelink =
        m_actions ? m_actions->relinkUnavailable() : tr("Relinking needs a Zendesk account");
    m_relink->setEnabled(any && noRelink.isEmpty());
    m_relink->setToolTip(noRelink);
    const QString noRetry =
        m_actions ? m_actions->retryUnavailable() : tr("Retrying needs a Zendesk account");
    m_retry->setEnabled(any && failedWrite() && noRetry.isEmpty());
    m_retry->setToolTip(noRetry);
}

void ReviewQueueTab::approve() {
    const journal::OutcomeRecord *record = m_list->selected();
    if (!record)
        return;
    journal::ReviewMark mark;
    mark.contactId = record->contactId;
    mark.journalId = record->journalId;
    mark.by = m_reviewer;
    mark.note = m_note->text().trimmed();
    const QString contact = record->contactId;
    if (!m_source.markReviewed(mark)) {
        say(tr("Could not mark %1 reviewed: %2").arg(contact, m_source.lastError()));
        return;
    }
    m_note->clear();
    say(tr("Marked %1 reviewed.").arg(contact));
    reload();
    Q_EMIT changed();
}

void ReviewQueueTab::relink() {
    const journal::OutcomeRecord *record = m_list->selected();
    if (!record || !m_actions)
        return;
    const journal::OutcomeRecord decision = *record;
    ReviewRelinkDialog dialog(
        tr("the call from %1 (contact %2)").arg(decision.customerNumber, decision.contactId), this);
    const bool accepted = m_relinkHook ? m_relinkHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    LinkCorrection correction = dialog.correction();
    correction.by = m_reviewer;
    say(tr("Relinking %1…").arg(decision.contactId));
    QPointer<ReviewQueueTab> self(this);
    m_actions->relink(decision, correction, [self](bool ok, const QString &message) {
        if (!self)
            return;
        self->say(ok ? message : tr("Relink failed: %1").arg(message));
        self->m_list->refreshDetail();
        Q_EMIT self->changed();
    });
}

void ReviewQueueTab::retry() {
    const review::WriteHistory *write = failedWrite();
    if (!write || !m_actions)
        return;
    say(tr("Sending %1 again…").arg(write->idempotencyKey));
    QPointer<ReviewQueueTab> self(this);
    m_actions->retryWrite(*write, [self](bool ok, const QString &message) {
        if (!self)
            return;
        self->say(ok ? message : tr("Retry failed: %1").arg(message));
        self->m_list->refreshDetail();
        self->updateButtons();
        Q_EMIT self->changed();
    });
}

} // namespace callbridge::ui
