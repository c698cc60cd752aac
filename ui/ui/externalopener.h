#pragma once

#include "policy/ratelimiter.h"

#include <QUrl>
#include <functional>
#include <memory>

namespace callbridge::ui {

// The one way web content reaches the operating system: opens http/https URLs in the system browser and
// refuses every other scheme (file:, smb:, custom handlers — the classic "open arbitrary URL → code
// execution" hole), URLs without a host and URLs with user info. The launcher is a seam for tests; by default
// QDesktopServices::openUrl. At most kMaxOpens URLs per kWindowMs leave, for every copy of one opener
// together (the host page and its popups share it): a page cannot flood the desktop with browser tabs.
class ExternalOpener {
public:
    using Launcher = std::function<bool(const QUrl &)>;
    static constexpr int kMaxOpens = 3;
    static constexpr qint64 kWindowMs = 10'000;

    ExternalOpener();
    explicit ExternalOpener(Launcher launcher, RateLimiter::Now now = {});

    static bool isOpenable(const QUrl &url);
    bool open(const QUrl &url) const; // false when refused or the launcher failed

private:
    Launcher m_launcher;
    std::shared_ptr<RateLimiter> m_limiter;
};

} // namespace callbridge::ui
