#include "externalopener.h"

#include <QDesktopServices>
#include <QLoggingCategory>

namespace callbridge::ui {

namespace {
Q_LOGGING_CATEGORY(lcOpener, "callbridge.ui.opener")
}

ExternalOpener::ExternalOpener()
    : m_launcher([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {}

ExternalOpener::ExternalOpener(Launcher launcher)
    : m_launcher(std::move(launcher)) {}

bool ExternalOpener::isOpenable(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http");
}

bool ExternalOpener::open(const QUrl &url) const {
    if (!isOpenable(url)) {
        qCWarning(lcOpener) << "refused to open a URL that is not plain http(s) with a host; scheme:"
                            << url.scheme();
        return false;
    }
    qCInfo(lcOpener) << "opening in the system browser:" << url.toDisplayString(QUrl::RemoveQuery);
    return m_launcher && m_launcher(url);
}

} // namespace callbridge::ui
