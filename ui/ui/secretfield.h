#pragma once

#include "secrets/secretstore.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;

namespace callbridge::ui {

// A password kept in the OS keychain under a key that follows other fields (the Zendesk account, the team
// database's user@host). It says whether one is stored for the current key; what is typed replaces it on
// save. The value never leaves this widget except to the keychain and to `withValue`.
class SecretField : public QWidget {
    Q_OBJECT
public:
    SecretField(SecretStore &keychain, const QString &title, const QString &description,
                QWidget *parent = nullptr);

    // An invalid key (an account not yet complete) disables the field.
    void setKey(const SecretKey &key);
    void setMissingKeyHint(const QString &hint); // what the status line says while the key is incomplete
    SecretKey key() const { return m_key; }
    bool hasTyped() const;
    QLineEdit *edit() const { return m_edit; }
    QString storedState() const; // what the status line says

    // Stores what was typed (nothing typed: nothing to do); `done` gets an error message or an empty string.
    void save(std::function<void(const QString &error)> done);
    // The typed value, else the stored one (empty when there is none).
    void withValue(std::function<void(const QString &value)> done);

Q_SIGNALS:
    void edited();

private:
    void refreshStored();

    SecretStore &m_keychain;
    SecretKey m_key;
    QLineEdit *m_edit = nullptr;
    QLabel *m_state = nullptr;
    QString m_missingKeyHint;
    quint64 m_generation = 0; // a newer key's answer wins over an older one's
};

} // namespace callbridge::ui
