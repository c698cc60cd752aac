// Certificate errors fail closed in a real Qt WebEngine page: a TLS server on loopback with a certificate
// nothing trusts; the page refuses it (never accepted, never deferred to a prompt) and shows nothing from it.
#include "ui/softphonebridge.h"
#include "ui/softphonepage.h"
#include "ui/softphoneview.h"
#include "webenginetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <gtest/gtest.h>
#include <memory>

using namespace callbridge;
using namespace callbridge::ui;
using namespace callbridge::ui::test;

namespace {

QByteArray fixture(const char *name) {
    QFile file(QStringLiteral(CALLBRIDGE_UI_FIXTURES "/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CertificatePolicyInPage, UntrustedCertificateIsRefusedAndNothingLoads) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(fixture("selfsigned-test.crt"), QSsl::Pem));
    tls.setPrivateKey(QSslKey(fixture("selfsigned-test.key"), QSsl::Rsa, QSsl::Pem));
    ASSERT_FALSE(tls.localCertificate().isNull());
    ASSERT_FALSE(tls.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(tls);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const QUrl origin(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()));

    SoftphoneConfig config;
    config.hostUrl = origin; // allowed by the navigation policy: only the certificate is wrong
    config.ccpUrl = QUrl(origin.toString() + QStringLiteral("ccp-v2/"));
    SoftphoneBridge bridge{[](const ContactEvent &) {
    }};
    auto view =
        std::make_unique<SoftphoneView>(config, &bridge, ExternalOpener([](const QUrl &) { return true; }));
    QSignalSpy rejected(view->page(), &SoftphonePage::certificateRejected);

    // The CCP's frame, as Streams adds it (the main frame only ever shows the host document).
    view->loadHostDocument(
        QStringLiteral("<!DOCTYPE html><html><body><iframe src=\"%1\"></iframe></body></html>")
            .arg(config.ccpUrl.toString()),
        {});

    ASSERT_TRUE(waitUntil([&] { return !rejected.isEmpty(); })) << "no certificate error reached the page";
    EXPECT_EQ(rejected.first().at(0).toUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(rejected.first().at(0).toUrl().path(), QStringLiteral("/ccp-v2/"));
    // The frame shows no page of the server's (Chromium's error page has no content for the host to read).
    EXPECT_EQ(evaluate(view->page(),
                       QStringLiteral("(function () { try { return frames[0].document.body.innerHTML; }"
                                      " catch (e) { return ''; } })()"))
                  .toString(),
              QString());
    view.reset();
}
