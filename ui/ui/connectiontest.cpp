#include "connectiontest.h"

#include "secretfield.h"
#include "settingfield.h"
#include "zendesk/connectioncheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace callbridge::ui {

ConnectionTest::ConnectionTest(const SettingField &url, const SettingField &email, SecretField &token,
                               QWidget *parent)
    : QWidget(parent)
    , m_url(url)
    , m_email(email)
    , m_token(token) {
    m_button = new QPushButton(tr("Test connection"), this);
    m_button->setObjectName(QStringLiteral("testConnection"));
    m_button->setAccessibleDescription(tr("Signs in to Zendesk with this URL, e-mail and API token"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setTextFormat(Qt::PlainText); // Zendesk's names and error text
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_result, 1);
    connect(m_button, &QPushButton::clicked, this, &ConnectionTest::start);
}

QString ConnectionTest::result() const {
    return m_result->text();
}

void ConnectionTest::start() {
    if (!m_url.isAcceptable() || !m_email.isAcceptable() || m_url.text().isEmpty()
        || m_email.text().isEmpty())
        return show(false, tr("Fill in the Zendesk URL and e-mail first."));
    m_button->setEnabled(false);
    m_result->setText(tr("Signing in to Zendesk…"));
    m_token.withValue([this](const QString &token) {
        if (token.isEmpty()) {
            m_button->setEnabled(true);
            return show(false, tr("Type the API token first (none is stored for this account)."));
        }
        zendesk::ClientConfig config;
        config.baseUrl = QUrl(m_url.text());
        config.email = m_email.text();
        config.apiToken = token;
        config.timeout = kTimeout;
        zendesk::checkConnection(config, m_clock, m_scheduler, this,
                                 [this](const zendesk::ConnectionCheck &check) {
                                     m_button->setEnabled(true);
                                     show(check.ok, check.summary);
                                 });
    });
}

void ConnectionTest::show(bool ok, const QString &text) {
    m_ok = ok;
    m_result->setText(ok ? tr("\u2714 Signed in: %1").arg(text) : tr("\u2716 %1").arg(text));
    Q_EMIT finished(ok);
}

} // namespace callbridge::ui
