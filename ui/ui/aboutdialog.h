#pragma once

#include <QDialog>
#include <QList>
#include <utility>

namespace callbridge::ui {

// Where the app keeps what it keeps, for the About dialog.
struct AboutPaths {
    QString settingsFile;
    QString systemSettingsFile;
    QString journal;
    QString softphoneProfile;
};

// Versions (the app, Qt, Qt WebEngine and its Chromium, amazon-connect-streams) and the paths of the
// settings, the journal and the softphone's profile, as selectable plain text.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const AboutPaths &paths, QWidget *parent = nullptr);

    static QList<std::pair<QString, QString>> versions(); // ("Qt", "6.4.2"), …
    QString text() const;                                 // everything shown, one "name: value" a line

private:
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace callbridge::ui
