#include "trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace callbridge::ui {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu) {
    m_menu->setAccessibleName(tr("Callbridge"));
    m_menu->addAction(tr("&Show Callbridge"), this, &TrayIcon::showRequested);
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false); // a status line, not a command
    m_menu->addSeparator();
    m_menu->addAction(tr("&Settings…"), this, &TrayIcon::settingsRequested);
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    refresh();
}

TrayIcon::~TrayIcon() {
    delete m_menu; // a context menu has no parent
}

bool TrayIcon::isAvailable() {
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::iconPath(WriteState state, bool signedIn) {
    switch (state) {
    case WriteState::Failing:
        return QStringLiteral(":/icons/callbridge-failed.svg");
    case WriteState::Waiting:
        return QStringLiteral(":/icons/callbridge-waiting.svg");
    case WriteState::Clear:
        break;
    }
    return signedIn ? QStringLiteral(":/icons/callbridge.svg")
                    : QStringLiteral(":/icons/callbridge-offline.svg");
}

void TrayIcon::show() {
    m_icon->show();
}

void TrayIcon::setAgentState(const QString &state) {
    m_agentState = state;
    refresh();
}

void TrayIcon::setWriteState(WriteState state, const QString &summary) {
    m_writeState = state;
    m_writeSummary = summary;
    refresh();
}

QString TrayIcon::toolTip() const {
    QStringList lines{tr("Callbridge")};
    lines << (m_agentState.isEmpty() ? tr("Softphone not signed in") : m_agentState);
    if (!m_writeSummary.isEmpty())
        lines << m_writeSummary;
    // Some platforms render a tooltip that looks like markup as rich text; the agent's name is the page's.
    return lines.join(u'\n').replace(u'<', u'\u2039');
}

void TrayIcon::refresh() {
    m_icon->setIcon(QIcon(iconPath(m_writeState, !m_agentState.isEmpty())));
    m_icon->setToolTip(toolTip());
    QString status = m_agentState.isEmpty() ? tr("Softphone not signed in") : m_agentState;
    if (!m_writeSummary.isEmpty())
        status += QStringLiteral(" — ") + m_writeSummary;
    m_status->setText(status);
}

} // namespace callbridge::ui
