#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace callbridge {
class CoreStack;
struct Settings;
namespace review {
class ReviewSource;
class OutboxReviewActions;
class ReviewRelinker;
} // namespace review
namespace team {
class TeamDatabase;
}
namespace ui {
class ReviewWindow;
}
} // namespace callbridge

namespace callbridge::app {

// The review window inside the running desktop app, over what the app has: the team database when [team]
// database is set (a connection of its own), else — or when it cannot be reached, with notice() saying why —
// the app's own journal. Retries and relinks go through the app's own outbox and engine.
class DesktopReview {
public:
    DesktopReview(CoreStack &core, const Settings &settings, const QString &teamPassword);
    ~DesktopReview();
    DesktopReview(const DesktopReview &) = delete;
    DesktopReview &operator=(const DesktopReview &) = delete;

    ui::ReviewWindow *window() const { return m_window.get(); } // null without a journal
    QString notice() const { return m_notice; }

private:
    std::unique_ptr<team::TeamDatabase> m_team;
    std::unique_ptr<review::ReviewSource> m_source;
    std::unique_ptr<review::OutboxReviewActions> m_actions;
    std::unique_ptr<review::ReviewRelinker> m_relinker;
    std::unique_ptr<ui::ReviewWindow> m_window;
    QString m_notice;
};

// `callbridge --review [--settings FILE] [--journal J]`: the supervisors' review window over the team
// database
// ([team] database in the settings) or a local journal (--journal, or the app's own). Needs a QApplication.
// Returns the process exit code.
int runReviewWindow(const QStringList &arguments);

} // namespace callbridge::app
