#pragma once

#include "model/reviewconcerns.h"
#include "review/reviewsource.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace callbridge::ui {

// One contact's story as plain text: the timeline, every decision with its reason and notices, each write
// with the states it went through (and Zendesk's answer when it failed), corrections and review marks. The
// ticket and caller of the selected decision open in Zendesk through `linkActivated` (the one opener).
class ReviewDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit ReviewDetailPane(QWidget *parent = nullptr);

    void setZendeskUrl(const QUrl &url) { m_zendeskUrl = url; }
    void show(const review::ContactDetail &detail, const journal::OutcomeRecord &selected);
    void clear();
    QString text() const;
    static QString describe(const review::ContactDetail &detail);
    static QString concernTitle(ReviewConcern concern); // "Shared numbers", … (the queue's categories)

    QPushButton *openTicketButton() const { return m_openTicket; }
    QPushButton *openUserButton() const { return m_openUser; }

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_openTicket = nullptr;
    QPushButton *m_openUser = nullptr;
    QUrl m_zendeskUrl;
    qint64 m_ticketId = 0;
    qint64 m_userId = 0;
};

} // namespace callbridge::ui
