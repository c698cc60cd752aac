#pragma once

#include <QPointer>
#include <QWidget>

class QWebEngineView;

namespace callbridge::ui {

class SoftphonePage;

// A top-level window for a page the softphone opened (the Connect login, SSO). It closes itself — and drops
// the page — when the page asks (window.close()) or has nothing to show; closing it by hand drops the page
// too. Its title starts with the page's origin.
class PopupWindow : public QWidget {
    Q_OBJECT
public:
    explicit PopupWindow(SoftphonePage *page, QWidget *parent = nullptr);
    ~PopupWindow() override;

    SoftphonePage *page() const { return m_page; }

private:
    void updateTitle();

    QPointer<SoftphonePage> m_page;
    QWebEngineView *m_view = nullptr;
};

} // namespace callbridge::ui
