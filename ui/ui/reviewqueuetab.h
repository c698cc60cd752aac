#pragma once

#include "review/reviewactions.h"
#include "review/reviewsource.h"
#include "reviewlistview.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace callbridge::ui {

class ReviewRelinkDialog;

// The links worth a look (ambiguous matches, refused IVR tickets, forced creations, anonymous callers, new
// users with a number close to another user's, failed writes, corrections) not yet reviewed. Approve marks
// the contact reviewed; Relink moves its link; Retry sends a failed write again — both through ReviewActions.
class ReviewQueueTab : public QWidget {
    Q_OBJECT
public:
    // `actions` may be null: Relink and Retry then say why they are unavailable.
    ReviewQueueTab(review::ReviewSource &source, review::ReviewActions *actions, QString reviewer,
                   QWidget *parent = nullptr);

    void reload();
    ReviewListView *list() const { return m_list; }
    QComboBox *concernBox() const { return m_concern; }
    QCheckBox *includeReviewedBox() const { return m_includeReviewed; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *relinkButton() const { return m_relink; }
    QPushButton *retryButton() const { return m_retry; }
    QString statusText() const;
    // Tests and scripted runs answer the relink dialog here instead of a person (returns false = cancel).
    void setRelinkDialogHook(std::function<bool(ReviewRelinkDialog &)> hook) {
        m_relinkHook = std::move(hook);
    }

Q_SIGNALS:
    void changed(); // a contact was reviewed, relinked or retried: other views may refresh

private:
    void approve();
    void relink();
    void retry();
    void updateButtons();
    void say(const QString &message);
    const review::WriteHistory *failedWrite() const;

    review::ReviewSource &m_source;
    review::ReviewActions *m_actions;
    QString m_reviewer;
    QComboBox *m_concern = nullptr;
    QCheckBox *m_includeReviewed = nullptr;
    ReviewListView *m_list = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_relink = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    std::function<bool(ReviewRelinkDialog &)> m_relinkHook;
};

} // namespace callbridge::ui
