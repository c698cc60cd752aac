#include "webenginetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebEnginePage>
#include <memory>
#include <optional>

namespace callbridge::ui::test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs) {
    return QTest::qWaitFor(condition, timeoutMs);
}

QVariant evaluate(QWebEnginePage *page, const QString &code, quint32 world, int timeoutMs) {
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(code, world, [result](const QVariant &value) { *result = value; });
    waitUntil([result] { return result->has_value(); }, timeoutMs);
    return result->value_or(QVariant());
}

ExternalOpener recordingOpener(QList<QUrl> *opened) {
    return ExternalOpener([opened](const QUrl &url) {
        *opened << url;
        return true;
    });
}

QString jsString(const QString &text) {
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

QString validContactEventJson(const QString &contactId, const QString &event) {
    const QJsonObject contact{
        {QStringLiteral("contactId"), contactId},
        {QStringLiteral("initialContactId"), contactId},
        {QStringLiteral("type"), QStringLiteral("voice")},
        {QStringLiteral("direction"), QStringLiteral("inbound")},
        {QStringLiteral("initiationMethod"), QStringLiteral("inbound")},
        {QStringLiteral("customerPhone"), QStringLiteral("+15555550123")},
        {QStringLiteral("systemPhone"), QStringLiteral("+15550100000")},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Support")},
                                              {QStringLiteral("arn"), QString()}}},
        {QStringLiteral("monitoring"), false},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("crmId"), QStringLiteral("CRM-1")}}}};
    const QJsonObject agent{{QStringLiteral("name"), QStringLiteral("Test Agent")},
                            {QStringLiteral("username"), QStringLiteral("test")},
                            {QStringLiteral("routingProfile"), QStringLiteral("Basic")},
                            {QStringLiteral("extension"), QStringLiteral("softphone")}};
    const QJsonObject root{{QStringLiteral("event"), event},
                           {QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00.000Z")},
                           {QStringLiteral("contact"), contact},
                           {QStringLiteral("agent"), agent}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace callbridge::ui::test
