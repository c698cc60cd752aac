#include "firstrunwizard.h"

#include "connectiontest.h"
#include "plainlabel.h"
#include "policy/connecturls.h"
#include "policy/settings.h"
#include "policy/settingspecs.h"
#include "secretfield.h"
#include "secrets/apitoken.h"
#include "settingfield.h"
#include "wording/notewording.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <functional>

namespace callbridge::ui {

namespace {

// A page that is complete when its fields hold acceptable, non-empty values (and `extra` agrees).
class FieldsPage : public QWizardPage {
public:
    explicit FieldsPage(QWidget *parent)
        : QWizardPage(parent) {}

    void require(SettingField *field) {
        m_required << field;
        connect(field, &SettingField::edited, this, &QWizardPage::completeChanged);
    }
    void alsoRequire(std::function<bool()> extra) { m_extra = std::move(extra); }
    bool isComplete() const override {
        for (const SettingField *field : m_required) {
            if (field->text().isEmpty() || !field->isAcceptable())
                return false;
        }
        return !m_extra || m_extra();
    }

private:
    QList<SettingField *> m_required;
    std::function<bool()> m_extra;
};

} // namespace

FirstRunWizard::FirstRunWizard(QString iniPath, SecretStore &keychain, QWidget *parent)
    : QWizard(parent)
    , m_iniPath(std::move(iniPath))
    , m_keychain(keychain)
    , m_existing(readSettingTexts(m_iniPath)) {
    setWindowTitle(tr("Set up Callbridge"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("Try the demo"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("tryDemo"));
    button(QWizard::CustomButton1)
        ->setAccessibleDescription(tr("Starts Callbridge against a local sandbox; no account is needed"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            done(kDemoRequested);
    });
    addPage(welcomePage());
    addPage(connectPage());
    addPage(originPage());
    addPage(zendeskPage());
    addPage(donePage());
    resize(720, 560);
}

SettingField *FirstRunWizard::addField(QWizardPage *page, const QString &key, Needed needed) {
    auto *form = static_cast<QFormLayout *>(page->layout());
    auto *field = new SettingField(*findSettingSpec(key), QString(), page);
    field->setText(m_existing.value(key));
    auto *label = new QLabel(field->title(), page);
    label->setBuddy(field->editor());
    form->addRow(label, field);
    m_fields.insert(key, field);
    if (needed == Needed::Yes)
        static_cast<FieldsPage *>(page)->require(field);
    return field;
}

QWizardPage *FirstRunWizard::welcomePage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome to Callbridge"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(plainLabel(
        tr("Callbridge shows the Amazon Connect softphone and links every call to the right Zendesk user and "
           "ticket.\n\nTo set it up you need:\n"
           "  • your Amazon Connect instance's URL,\n"
           "  • an origin your Connect administrator has approved for the softphone,\n"
           "  • your Zendesk URL, your Zendesk e-mail and an API token.\n\n"
           "No account at hand? \"Try the demo\" runs Callbridge against a local sandbox that plays Zendesk "
           "and Connect."),
        page));
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::connectPage() {
    auto *page = new FieldsPage(this);
    page->setTitle(tr("Amazon Connect"));
    page->setSubTitle(tr("The instance agents sign in to. Both forms work: https://ALIAS.my.connect.aws and "
                         "https://ALIAS.awsapps.com (Callbridge adds /connect for the latter)."));
    new QFormLayout(page);
    SettingField *instance = addField(page, QStringLiteral("connect/instance_url"));
    auto *softphone = plainLabel(QString(), page);
    softphone->setObjectName(QStringLiteral("ccpPreview"));
    static_cast<QFormLayout *>(page->layout())->addRow(QString(), softphone);
    auto preview = [instance, softphone] {
        const QUrl ccp = instance->isAcceptable() ? ccpUrl(QUrl(instance->text())) : QUrl();
        softphone->setText(ccp.isEmpty() ? QString() : tr("The softphone will load %1").arg(ccp.toString()));
    };
    connect(instance, &SettingField::edited, softphone, preview);
    preview();
    return page;
}

QWizardPage *FirstRunWizard::originPage() {
    auto *page = new FieldsPage(this);
    page->setTitle(tr("Host origin"));
    page->setSubTitle(tr("Callbridge hosts the softphone as an https origin of your choice, for example "
                         "https://callbridge.your-company.example. Nothing needs to be served there."));
    new QFormLayout(page);
    addField(page, QStringLiteral("softphone/host_origin"));
    static_cast<QFormLayout *>(page->layout())
        ->addRow(plainLabel(tr("Connect only lets approved origins embed the softphone. Ask your Connect "
                               "administrator to add "
                               "this origin once:\n"
                               "  1. AWS console → Amazon Connect → your instance,\n"
                               "  2. Approved origins → Add origin,\n"
                               "  3. enter the origin exactly as above and save.\n"
                               "Without it the softphone stays blank."),
                            page));
    return page;
}

QWizardPage *FirstRunWizard::zendeskPage() {
    auto *page = new FieldsPage(this);
    page->setTitle(tr("Zendesk"));
    page->setSubTitle(tr("The Zendesk account Callbridge writes tickets as. Create an API token in Zendesk's "
                         "Admin Center → Apps and integrations → Zendesk API."));
    new QFormLayout(page);
    SettingField *url = addField(page, QStringLiteral("zendesk/url"));
    SettingField *email = addField(page, QStringLiteral("zendesk/email"));
    m_apiToken = new SecretField(m_keychain, tr("Zendesk API token"),
                                 tr("Kept in the system keychain for this Zendesk and e-mail"), page);
    m_apiToken->edit()->setObjectName(QStringLiteral("apiToken"));
    auto *form = static_cast<QFormLayout *>(page->layout());
    auto *label = new QLabel(tr("API token"), page);
    label->setBuddy(m_apiToken->edit());
    form->addRow(label, m_apiToken);
    m_connectionTest = new ConnectionTest(*url, *email, *m_apiToken, page);
    form->addRow(QString(), m_connectionTest);
    // The team's notes are most likely in the language the admin sets Callbridge up in.
    SettingField *notes = addField(page, QStringLiteral("zendesk/note_language"), Needed::No);
    if (notes->text().isEmpty()) {
        const QString language = QLocale().name().section(u'_', 0, 0);
        if (language != u"en" && NoteWording::languages().contains(language))
            notes->setText(language);
    }
    auto updateKey = [this, url, email] {
        const bool account = url->isAcceptable() && email->isAcceptable() && !url->text().isEmpty()
                             && !email->text().isEmpty();
        m_apiToken->setKey(account ? apiTokenKey(QUrl(url->text()), email->text()) : SecretKey{});
    };
    connect(url, &SettingField::edited, this, updateKey);
    connect(email, &SettingField::edited, this, updateKey);
    updateKey();
    page->alsoRequire([this] { return m_apiToken->hasTyped() || m_connectionTest->lastSucceeded(); });
    connect(m_apiToken, &SecretField::edited, page, &QWizardPage::completeChanged);
    connect(m_connectionTest, &ConnectionTest::finished, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *FirstRunWizard::donePage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Done"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        plainLabel(tr("Finish saves the settings to %1 and the API token to the system keychain. "
                      "Everything else can be changed later in Settings…")
                       .arg(m_iniPath),
                   page));
    m_message = plainLabel(QString(), page);
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    layout->addWidget(m_message);
    layout->addStretch();
    return page;
}

QString FirstRunWizard::message() const {
    return m_message->text();
}

void FirstRunWizard::accept() {
    QHash<QString, QString> texts = m_existing;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        texts.insert(it.key(), it.value()->text());
    QString error;
    if (!saveSettingTexts(m_iniPath, texts, &error)) {
        m_message->setText(tr("Not saved: %1").arg(error));
        return;
    }
    m_apiToken->save([this](const QString &tokenError) {
        if (!tokenError.isEmpty()) {
            m_message->setText(tr("The settings are saved, but not the API token: %1").arg(tokenError));
            return;
        }
        QWizard::accept();
    });
}

} // namespace callbridge::ui
