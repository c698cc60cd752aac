#pragma once

#include <QHash>
#include <QString>

namespace callbridge::test {

// A valid value other than the default for every INI setting, as an admin would write it. Tests that walk
// every setting (round trips through a file or the settings dialog) check that this covers settingSpecs().
inline QHash<QString, QString> nonDefaultSettingTexts() {
    return {
        {QStringLiteral("connect/instance_url"), QStringLiteral("https://acme.awsapps.com")},
        {QStringLiteral("connect/sso_url"), QStringLiteral("https://sso.acme.example/start?app=1")},
        {QStringLiteral("connect/region"), QStringLiteral("eu-west-2")},
        {QStringLiteral("connect/entry_point_number"), QStringLiteral("+442071234567")},
        {QStringLiteral("connect/time_zone"), QStringLiteral("Europe/London")},
        {QStringLiteral("softphone/host_origin"), QStringLiteral("https://callbridge.acme.example")},
        {QStringLiteral("softphone/identity_provider_hosts"),
         QStringLiteral("acme.okta.com,login.acme.example")},
        {QStringLiteral("softphone/medialess"), QStringLiteral("true")},
        {QStringLiteral("zendesk/url"), QStringLiteral("https://acme.zendesk.com")},
        {QStringLiteral("zendesk/email"), QStringLiteral("ann@acme.example")},
        {QStringLiteral("zendesk/screen_pop"), QStringLiteral("true")},
        {QStringLiteral("zendesk/talk_partner_edition"), QStringLiteral("true")},
        {QStringLiteral("zendesk/note_language"), QStringLiteral("de")},
        {QStringLiteral("policy/ticket_assignment"), QStringLiteral("agent")},
        {QStringLiteral("policy/create_ticket_after_minutes"), QStringLiteral("30")},
        {QStringLiteral("policy/correction_minutes"), QStringLiteral("5")},
        {QStringLiteral("policy/force_ticket_creation"), QStringLiteral("false")},
        {QStringLiteral("policy/pop_incoming"), QStringLiteral("false")},
        {QStringLiteral("policy/voice_comment"), QStringLiteral("false")},
        {QStringLiteral("policy/download_recording"), QStringLiteral("false")},
        {QStringLiteral("policy/all_outbound"), QStringLiteral("true")},
        {QStringLiteral("policy/remember_caller_number"), QStringLiteral("false")},
        {QStringLiteral("policy/ticket_attribute"), QStringLiteral("ticket_no")},
        {QStringLiteral("policy/note_attributes"), QStringLiteral("crmId,customer_name")},
        {QStringLiteral("phone/default_region"), QStringLiteral("GB")},
        {QStringLiteral("journal/keep_days"), QStringLiteral("90")},
        {QStringLiteral("team/database"), QStringLiteral("postgresql://ann@db.acme.example:5432/callbridge")},
        {QStringLiteral("ui/close_to_tray"), QStringLiteral("false")},
        {QStringLiteral("ui/raise_on_ring"), QStringLiteral("true")},
    };
}

} // namespace callbridge::test
