#pragma once

#include <QUrl>
#include <functional>

namespace callbridge::ui {

// The one way web content reaches the operating system: opens http/https URLs in the system browser and
// refuses every other scheme (file:, smb:, custom handlers — the classic "open arbitrary URL → code
// execution" hole), URLs without a host and URLs with user info. The launcher is a seam for tests; by default
// QDesktopServices::openUrl.
class ExternalOpener {
public:
    using Launcher = std::function<bool(const QUrl &)>;

    ExternalOpener();
    explicit ExternalOpener(Launcher launcher);

    static bool isOpenable(const QUrl &url);
    bool open(const QUrl &url) const; // false when refused or the launcher failed

private:
    Launcher m_launcher;
};

} // namespace callbridge::ui
