#include "secretfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace callbridge::ui {

SecretField::SecretField(SecretStore &keychain, const QString &title, const QString &description,
                         QWidget *parent)
    : QWidget(parent)
    , m_keychain(keychain) {
    m_edit = new QLineEdit(this);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(title);
    m_edit->setAccessibleDescription(description);
    m_edit->setClearButtonEnabled(true);
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::PlainText); // names the account, which the admin typed
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_state);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::edited);
    setKey({});
}

void SecretField::setKey(const SecretKey &key) {
    const bool same = key.storageKey() == m_key.storageKey() && key.isValid() == m_key.isValid();
    m_key = key;
    m_edit->setEnabled(key.isValid());
    if (!same || !key.isValid())
        refreshStored();
}

void SecretField::setMissingKeyHint(const QString &hint) {
    m_missingKeyHint = hint;
    if (!m_key.isValid())
        refreshStored();
}

bool SecretField::hasTyped() const {
    return !m_edit->text().isEmpty();
}

QString SecretField::storedState() const {
    return m_state->text();
}

void SecretField::refreshStored() {
    const quint64 generation = ++m_generation;
    if (!m_key.isValid()) {
        m_state->setText(m_missingKeyHint.isEmpty() ? tr("Fill in the account above first.")
                                                    : m_missingKeyHint);
        m_edit->setPlaceholderText(QString());
        return;
    }
    m_state->setText(tr("Looking in the system keychain…"));
    m_keychain.read(m_key, this, [this, generation](const SecretResult &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_state->setText(tr("Stored in the system keychain for %1 at %2; type to replace it.")
                                 .arg(m_key.account, m_key.host));
            m_edit->setPlaceholderText(tr("(stored)"));
        } else if (result.error == SecretError::NotFound) {
            m_state->setText(tr("None stored for %1 at %2 yet.").arg(m_key.account, m_key.host));
            m_edit->setPlaceholderText(QString());
        } else {
            m_state->setText(tr("The system keychain cannot be read: %1").arg(result.errorMessage));
        }
    });
}

void SecretField::save(std::function<void(const QString &)> done) {
    if (!hasTyped())
        return done({});
    if (!m_key.isValid())
        return done(tr("the secret has no account to be stored for"));
    m_keychain.write(m_key, m_edit->text(), this, [this, done = std::move(done)](const SecretResult &result) {
        if (!result.ok())
            return done(tr("the system keychain refused it: %1").arg(result.errorMessage));
        m_edit->clear();
        ++m_generation;
        refreshStored();
        done({});
    });
}

void SecretField::withValue(std::function<void(const QString &)> done) {
    if (hasTyped() || !m_key.isValid())
        return done(m_edit->text());
    m_keychain.read(m_key, this, [done = std::move(done)](const SecretResult &result) {
        done(result.ok() ? result.value : QString());
    });
}

} // namespace callbridge::ui
