#include "externalopener.h"

#include <QDesktopServices>
#include <QLoggingCategory>

namespace callbridge::ui {

namespace {
Q_LOGGING_CATEGORY(lcOpener, "callbridge.ui.opener")
}

ExternalOpener::ExternalOpener()
    : ExternalOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {}

ExternalOpener::ExternalOpener(Launcher launcher, RateLimiter::Now now)
    : m_launcher(std::move(launcher))
    , m_limiter(std::make_shared<RateLimiter>(kMaxOpens, kWindowMs, std::move(now))) {}

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
    switch (m_limiter->take()) {
    case RateLimiter::Verdict::Flooding:
        qCWarning(lcOpener) << "refused to open more than" << kMaxOpens << "URLs in" << kWindowMs / 1000
                            << "s in the system browser (reported once per flood)";
        return false;
    case RateLimiter::Verdict::Refused:
        return false;
    case RateLimiter::Verdict::Recovered:
        qCWarning(lcOpener) << "refused" << m_limiter->droppedInFlood() << "URLs to the system browser";
        break;
    case RateLimiter::Verdict::Allowed:
        break;
    }
    qCInfo(lcOpener) << "opening in the system browser:" << url.toDisplayString(QUrl::RemoveQuery);
    return m_launcher && m_launcher(url);
}

} // namespace callbridge::ui
