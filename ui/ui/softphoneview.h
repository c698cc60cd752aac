#pragma once

#include "externalopener.h"
#include "softphoneconfig.h"

#include <QList>
#include <QPointer>
#include <QWebEngineScript>
#include <QWidget>

class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace callbridge::ui {

class PopupWindow;
class SoftphoneBridge;
class SoftphonePage;

// The embedded softphone: the host page under the approved origin in a dedicated profile, the bridge on a
// QWebChannel in the isolated world, and the windows of the popups it opens. Owns the profile, the page and
// the popups (pages are deleted before the profile); the bridge belongs to the caller and must outlive the
// view.
class SoftphoneView : public QWidget {
    Q_OBJECT
public:
    SoftphoneView(SoftphoneConfig config, SoftphoneBridge *bridge, QWidget *parent = nullptr);
    // `opener` replaces the system browser (tests).
    SoftphoneView(SoftphoneConfig config, SoftphoneBridge *bridge, ExternalOpener opener,
                  QWidget *parent = nullptr);
    ~SoftphoneView() override;

    // Loads resources/softphone/host.html under config.hostUrl with Streams, host.js and bridge.js injected.
    bool load(QString *error);
    // The same with another document and scripts (test fixtures).
    void loadHostDocument(const QString &html, const QList<QWebEngineScript> &scripts);

    const SoftphoneConfig &config() const { return m_config; }
    SoftphonePage *page() const { return m_page; }
    QWebEngineProfile *profile() const { return m_profile; }
    QList<PopupWindow *> popups() const;

Q_SIGNALS:
    void loadFinished(bool ok);
    void popupOpened(callbridge::ui::PopupWindow *window);

private:
    void showPopup(SoftphonePage *popup);

    SoftphoneConfig m_config;
    QWebEngineProfile *m_profile = nullptr;
    SoftphonePage *m_page = nullptr;
    QWebChannel *m_channel = nullptr;
    QWebEngineView *m_view = nullptr;
    QList<QPointer<PopupWindow>> m_popups;
};

} // namespace callbridge::ui
