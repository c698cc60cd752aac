#include "firstrun.h"

#include "policy/settings.h"
#include "ui/firstrunwizard.h"
#include "ui/softphoneconfig.h"

#include <QGuiApplication>
#include <QIcon>

namespace callbridge::app {

QString missingSettings(const Settings &settings) {
    QString problem;
    if (!ui::softphoneConfigFromSettings(settings).isValid(&problem))
        return problem;
    if (settings.zendeskUrl.isEmpty() || settings.zendeskEmail.isEmpty())
        return QStringLiteral("no Zendesk URL or e-mail ([zendesk] url, email)");
    return {};
}

bool desktopIsInteractive() {
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

FirstRunChoice runFirstRunWizard(const QString &settingsPath, SecretStore &keychain) {
    ui::FirstRunWizard wizard(settingsPath, keychain);
    wizard.setWindowIcon(QIcon(QStringLiteral(":/icons/callbridge.svg")));
    const int result = wizard.exec();
    if (result == ui::FirstRunWizard::kDemoRequested)
        return FirstRunChoice::Demo;
    return result == QDialog::Accepted ? FirstRunChoice::Configured : FirstRunChoice::Cancelled;
}

} // namespace callbridge::app
