#include <QApplication>
#include <QByteArray>
#include <gtest/gtest.h>

int main(int argc, char **argv) {
    // Before QApplication: WebEngine reads these once. Offscreen unless told otherwise (xvfb screenshots use
    // xcb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // A fake capture device so that getUserMedia reaches the permission request on machines without audio.
    // (--use-fake-ui-for-media-stream is NOT set: it would answer permissions instead of our policy.)
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--use-fake-device-for-media-stream"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags + " --use-fake-device-for-media-stream");
    QApplication::setOrganizationName(QStringLiteral("CallbridgeTests"));
    QApplication::setApplicationName(QStringLiteral("callbridge-ui-tests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
