#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace callbridge {
class SecretStore;
}

namespace callbridge::ui {

class ConnectionTest;
class SecretField;
class SettingField;

// Every INI setting on pages as an admin thinks of them (Connect, Softphone, Zendesk, Policy, Phone, Journal,
// Team database, Interface), each with its explanation and default and core's message for a bad value. Save
// writes the user's file atomically (unknown keys kept); the Zendesk API token and the team database's
// password go to the OS keychain, never the file. Settings apply at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `systemIniPath` holds the system-wide defaults shown as each field's default (may not exist).
    SettingsDialog(QString iniPath, const QString &systemIniPath, SecretStore &keychain,
                   QWidget *parent = nullptr);

    static QString pageTitle(const QString &group); // "team" → "Team database"

    SettingField *field(const QString &key) const { return m_fields.value(key); }
    SecretField *apiToken() const { return m_apiToken; }
    SecretField *teamPassword() const { return m_teamPassword; }
    ConnectionTest *connectionTest() const { return m_connectionTest; }
    void showPage(const QString &group);
    QString message() const; // the last problem Save reported, or that it saved

    // Refuses (and shows why, on the field's page) while a value is bad; else writes the file, then the
    // keychain, then emits saved() and closes.
    void save();

Q_SIGNALS:
    void saved();

private:
    QWidget *buildPage(const QString &group, const QHash<QString, QString> &inherited);
    void addZendeskAccount(QWidget *page);
    void addTeamPassword(QWidget *page);
    void updateSecretKeys();
    void fail(const QString &message);

    QString m_iniPath;
    SecretStore &m_keychain;
    QHash<QString, SettingField *> m_fields;
    QListWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    SecretField *m_apiToken = nullptr;
    SecretField *m_teamPassword = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace callbridge::ui
