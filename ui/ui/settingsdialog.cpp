#include "settingsdialog.h"

#include "connectiontest.h"
#include "plainlabel.h"
#include "policy/settings.h"
#include "policy/settingspecs.h"
#include "policy/teamurl.h"
#include "secretfield.h"
#include "secrets/apitoken.h"
#include "settingfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace callbridge::ui {

SettingsDialog::SettingsDialog(QString iniPath, const QString &systemIniPath, SecretStore &keychain,
                               QWidget *parent)
    : QDialog(parent)
    , m_iniPath(std::move(iniPath))
    , m_keychain(keychain) {
    setWindowTitle(tr("Callbridge settings"));
    m_pages = new QListWidget(this);
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_stack = new QStackedWidget(this);
    const QHash<QString, QString> inherited = readSettingTexts(systemIniPath);
    for (const QString &group : settingGroups()) {
        auto *item = new QListWidgetItem(pageTitle(group), m_pages);
        item->setData(Qt::UserRole, group);
        m_stack->addWidget(buildPage(group, inherited));
    }
    m_pages->setFixedWidth(m_pages->sizeHintForColumn(0) + 4 * m_pages->frameWidth() + 16);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    const QHash<QString, QString> texts = readSettingTexts(m_iniPath);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(texts.value(it.key()));
    updateSecretKeys();

    m_message = plainLabel(tr("Settings file: %1 — changes apply at the next start.").arg(m_iniPath), this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 620);
}

QString SettingsDialog::pageTitle(const QString &group) {
    static const QHash<QString, const char *> titles{{QStringLiteral("connect"), QT_TR_NOOP("Connect")},
                                                     {QStringLiteral("softphone"), QT_TR_NOOP("Softphone")},
                                                     {QStringLiteral("zendesk"), QT_TR_NOOP("Zendesk")},
                                                     {QStringLiteral("policy"), QT_TR_NOOP("Policy")},
                                                     {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
                                                     {QStringLiteral("journal"), QT_TR_NOOP("Journal")},
                                                     {QStringLiteral("team"), QT_TR_NOOP("Team database")},
                                                     {QStringLiteral("ui"), QT_TR_NOOP("Interface")}};
    const auto it = titles.constFind(group);
    return it == titles.cend() ? group : tr(it.value());
}

QWidget *SettingsDialog::buildPage(const QString &group, const QHash<QString, QString> &inherited) {
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("page-") + group);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.group != group)
            continue;
        auto *field = new SettingField(spec, inherited.value(spec.key()), page);
        auto *label = new QLabel(field->title(), page);
        label->setBuddy(field->editor());
        form->addRow(label, field);
        m_fields.insert(spec.key(), field);
        connect(field, &SettingField::edited, this, &SettingsDialog::updateSecretKeys);
    }
    if (group == QLatin1String("zendesk"))
        addZendeskAccount(page);
    if (group == QLatin1String("team"))
        addTeamPassword(page);
    scroll->setWidget(page);
    return scroll;
}

void SettingsDialog::addZendeskAccount(QWidget *page) {
    auto *form = static_cast<QFormLayout *>(page->layout());
    m_apiToken = new SecretField(m_keychain, tr("Zendesk API token"),
                                 tr("Kept in the system keychain for this Zendesk and e-mail"), page);
    m_apiToken->edit()->setObjectName(QStringLiteral("apiToken"));
    auto *label = new QLabel(tr("API token"), page);
    label->setBuddy(m_apiToken->edit());
    form->insertRow(2, label, m_apiToken);
    m_connectionTest = new ConnectionTest(*field(QStringLiteral("zendesk/url")),
                                          *field(QStringLiteral("zendesk/email")), *m_apiToken, page);
    form->insertRow(3, QString(), m_connectionTest);
}

void SettingsDialog::addTeamPassword(QWidget *page) {
    auto *form = static_cast<QFormLayout *>(page->layout());
    m_teamPassword =
        new SecretField(m_keychain, tr("Team database password"),
                        tr("Kept in the system keychain for the database's user and host"), page);
    m_teamPassword->edit()->setObjectName(QStringLiteral("teamPassword"));
    m_teamPassword->setMissingKeyHint(
        tr("Set the database above first: the password is kept for its user and host."));
    auto *label = new QLabel(tr("Password"), page);
    label->setBuddy(m_teamPassword->edit());
    form->addRow(label, m_teamPassword);
}

void SettingsDialog::updateSecretKeys() {
    if (!m_apiToken || !m_teamPassword)
        return; // still building the pages
    const SettingField *url = field(QStringLiteral("zendesk/url"));
    const SettingField *email = field(QStringLiteral("zendesk/email"));
    const bool account = url->isAcceptable() && email->isAcceptable();
    m_apiToken->setKey(account ? apiTokenKey(QUrl(url->text()), email->text()) : SecretKey{});
    const TeamUrlParse team = parseTeamDatabaseUrl(field(QStringLiteral("team/database"))->text());
    m_teamPassword->setKey(team.url ? teamPasswordKey(team.url->host, team.url->user) : SecretKey{});
}

void SettingsDialog::showPage(const QString &group) {
    m_pages->setCurrentRow(static_cast<int>(settingGroups().indexOf(group)));
}

QString SettingsDialog::message() const {
    return m_message->text();
}

void SettingsDialog::fail(const QString &message) {
    m_message->setText(tr("Not saved: %1").arg(message));
}

void SettingsDialog::save() {
    QHash<QString, QString> texts;
    for (const SettingSpec &spec : settingSpecs()) {
        SettingField *field = m_fields.value(spec.key());
        if (!field->isAcceptable()) {
            showPage(spec.group);
            field->editor()->setFocus();
            return fail(field->problem());
        }
        texts.insert(spec.key(), field->text());
    }
    QString error;
    if (!saveSettingTexts(m_iniPath, texts, &error))
        return fail(error);
    m_apiToken->save([this](const QString &tokenError) {
        if (!tokenError.isEmpty())
            return fail(tr("the settings file is saved, but not the API token: %1").arg(tokenError));
        m_teamPassword->save([this](const QString &passwordError) {
            if (!passwordError.isEmpty())
                return fail(tr("the settings file is saved, but not the team database password: %1")
                                .arg(passwordError));
            m_message->setText(tr("Saved to %1; the changes apply at the next start.").arg(m_iniPath));
            Q_EMIT saved();
            accept();
        });
    });
}

} // namespace callbridge::ui
