#include "popupwindow.h"

#include "softphonepage.h"

#include <QVBoxLayout>
#include <QWebEngineView>

namespace callbridge::ui {

PopupWindow::PopupWindow(SoftphonePage *page, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_page(page)
    , m_view(new QWebEngineView(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sign in — Callbridge softphone"));
    m_view->setPage(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(480, 640);
    connect(page, &SoftphonePage::popupFinished, this, &QWidget::close);
    connect(page, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        if (!title.isEmpty())
            setWindowTitle(title);
    });
}

PopupWindow::~PopupWindow() {
    delete m_view; // the view lets go of the page first
    if (m_page)
        m_page->deleteLater();
}

} // namespace callbridge::ui
