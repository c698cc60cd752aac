#pragma once

#include <QHash>
#include <QWizard>

class QLabel;

namespace callbridge {
class SecretStore;
}

namespace callbridge::ui {

class ConnectionTest;
class SecretField;
class SettingField;

// The first start when nothing is configured: the Connect instance, the host origin (with the admin's
// "Approved origins" step), the Zendesk account and its API token, a connection test, done. Finish writes
// the user's settings file (keys already in it are kept) and puts the token in the OS keychain. "Try the
// demo" on every page ends the wizard with kDemoRequested instead, so a first start is never a dead end.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    static constexpr int kDemoRequested = 2; // result() after "Try the demo"

    FirstRunWizard(QString iniPath, SecretStore &keychain, QWidget *parent = nullptr);

    SettingField *field(const QString &key) const { return m_fields.value(key); }
    SecretField *apiToken() const { return m_apiToken; }
    ConnectionTest *connectionTest() const { return m_connectionTest; }
    QString message() const; // why Finish did not save, or empty

    void accept() override; // saves, then closes; stays open with the reason when saving fails

private:
    QWizardPage *welcomePage();
    QWizardPage *connectPage();
    QWizardPage *originPage();
    QWizardPage *zendeskPage();
    QWizardPage *donePage();
    enum class Needed { Yes, No }; // No: the setting's default will do
    SettingField *addField(QWizardPage *page, const QString &key, Needed needed = Needed::Yes);

    QString m_iniPath;
    SecretStore &m_keychain;
    QHash<QString, SettingField *> m_fields;
    SecretField *m_apiToken = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
    QHash<QString, QString> m_existing; // the file's settings before the wizard
    QLabel *m_message = nullptr;
};

} // namespace callbridge::ui
