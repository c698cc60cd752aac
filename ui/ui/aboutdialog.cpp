#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

#ifndef CALLBRIDGE_STREAMS_VERSION
#define CALLBRIDGE_STREAMS_VERSION "unknown"
#endif

namespace callbridge::ui {

QList<std::pair<QString, QString>> AboutDialog::versions() {
    QList<std::pair<QString, QString>> rows{
        {tr("Callbridge"), QCoreApplication::applicationVersion()},
        {tr("Qt"), QString::fromLatin1(qVersion())},
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 2, 0)
    rows.append({tr("Qt WebEngine"), QString::fromLatin1(qWebEngineVersion())});
    rows.append({tr("Chromium"), QString::fromLatin1(qWebEngineChromiumVersion())});
#endif
    rows.append({tr("Amazon Connect Streams"), QStringLiteral(CALLBRIDGE_STREAMS_VERSION)});
    return rows;
}

AboutDialog::AboutDialog(const AboutPaths &paths, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Callbridge"));
    m_rows = versions();
    m_rows.append({tr("Settings file"), paths.settingsFile});
    m_rows.append({tr("System-wide settings"), paths.systemSettingsFile});
    m_rows.append({tr("Journal"), paths.journal});
    m_rows.append({tr("Softphone profile"), paths.softphoneProfile});

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/callbridge.svg")).pixmap(64, 64));
    logo->setAccessibleName(tr("Callbridge logo"));
    auto *heading = new QLabel(tr("Callbridge links Amazon Connect calls to Zendesk tickets."), this);
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *form = new QFormLayout;
    for (const auto &[name, value] : std::as_const(m_rows)) {
        auto *label = new QLabel(value.isEmpty() ? tr("(none)") : value, this);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAccessibleName(name);
        label->setWordWrap(true);
        form->addRow(name + u':', label);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addWidget(heading, 1, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString AboutDialog::text() const {
    QStringList lines;
    for (const auto &[name, value] : m_rows)
        lines << name + QStringLiteral(": ") + value;
    return lines.join(u'\n');
}

} // namespace callbridge::ui
