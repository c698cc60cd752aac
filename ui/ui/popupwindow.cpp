#include "popupwindow.h"

#include "origin.h"
#include "softphonepage.h"

#include <QVBoxLayout>
#include <QWebEngineView>

namespace callbridge::ui {

PopupWindow::PopupWindow(SoftphonePage *page, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_page(page)
    , m_view(new QWebEngineView(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    updateTitle();
    m_view->setPage(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(480, 640);
    connect(page, &SoftphonePage::popupFinished, this, &QWidget::close);
    connect(page, &QWebEnginePage::titleChanged, this, &PopupWindow::updateTitle);
    connect(page, &QWebEnginePage::urlChanged, this, &PopupWindow::updateTitle);
}

// The origin first, from the URL and not the page: a page cannot make its window look like another site's.
void PopupWindow::updateTitle() {
    const Origin origin = m_page ? Origin::fromUrl(m_page->url()) : Origin();
    const QString where = origin.isValid() ? origin.toString() : tr("(no page yet)");
    const QString title = m_page ? m_page->title().left(80) : QString();
    setWindowTitle(title.isEmpty() || title == m_page->url().toString()
                       ? tr("%1 — Callbridge softphone").arg(where)
                       : tr("%1 — %2 — Callbridge softphone").arg(where, title));
}

PopupWindow::~PopupWindow() {
    delete m_view; // the view lets go of the page first
    if (m_page)
        m_page->deleteLater();
}

} // namespace callbridge::ui
