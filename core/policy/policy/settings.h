#pragma once

#include "redaction.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace callbridge {

enum class TicketAssignment { Auto, Agent };

// Installation settings that apply to a desktop app (the connector's per-installation options). Read from an
// INI file. Secrets are never here: the Zendesk API token lives in the OS keychain.
struct Settings {
    QUrl connectInstanceUrl;         // [connect] instance_url, e.g. https://acme.my.connect.aws
    QUrl ssoSignInUrl;               // [connect] sso_url (optional)
    QString region;                  // [connect] region, e.g. us-east-1
    QString defaultEntryPointNumber; // [connect] entry_point_number (E.164), "outboundCli"
    // [phone] default_region (ISO 3166 alpha-2 for libphonenumber)
    QString defaultRegion = QStringLiteral("US");
    QString timeZone; // [connect] time_zone (IANA id; empty = UTC)
    QString ticketAttributeName = QStringLiteral("zendesk_ticket"); // [policy] ticket_attribute

    // Defaults for the per-contact policy (overridden by contact attributes).
    TicketAssignment ticketAssignment = TicketAssignment::Auto; // [policy] ticket_assignment
    int createTicketAfterMinutes = 0; // [policy] create_ticket_after_minutes (0 = never reuse)
    bool forceTicketCreation = true;  // [policy] force_ticket_creation
    bool popIncoming = true;          // [policy] pop_incoming
    bool voiceComment = true;         // [policy] voice_comment
    bool downloadRecording = true;    // [policy] download_recording
    bool allOutbound = false;         // [policy] all_outbound
    // [policy] remember_caller_number: a caller identified by zendesk_user or customer_number who calls from
    // another number gets that number as an extra phone identity, so the next call from it finds them.
    bool rememberCallerNumber = true;
    // [policy] correction_minutes: how long after the end of a call its agent may still correct the link
    int correctionMinutes = 2;
    // [policy] note_attributes: all (default), none, or the names the ticket note may list
    NoteAttributeRule noteAttributes;

    QUrl zendeskUrl; // [zendesk] url
    QString zendeskEmail;
    int journalKeepDays = 0; // [journal] keep_days: finished calls older than this are deleted (0 = keep all)
    bool screenPop = false;  // [zendesk] screen_pop: open the caller/ticket in the agent's Zendesk tab (TPE)
                             // // [zendesk] email
    // [zendesk] talk_partner_edition: tickets are created on the Talk Partner Edition endpoint as voice
    // tickets (via_id 45 inbound, 46 outbound).
    bool talkPartnerEdition = false;
    QString noteLanguage = QStringLiteral("en"); // [zendesk] note_language: ticket notes and journal text
    QString hostOrigin;                          // [softphone] host_origin: the origin approved in Connect
    // [softphone] medialess: the softphone starts without call audio (VDI: the audio runs in a CCP opened
    // elsewhere); calls are still linked.
    bool medialess = false;
    QStringList identityProviderHosts; // [softphone] identity_provider_hosts: where the SSO login may go
    // [team] database: the team's PostgreSQL (postgresql://USER@HOST:PORT/DBNAME); empty = local journal
    // only.
    QString teamDatabase;
    // [ui] close_to_tray: closing the window keeps the app in the system tray (where there is one).
    bool closeToTray = true;
    bool raiseOnRing = false; // [ui] raise_on_ring: a ringing call brings the window to the front
};

struct SettingsLoad {
    Settings settings;
    QStringList notices; // bad values ignored, with the key and value named
};

// Blank or absent keys keep the defaults silently. A bad value is ignored with a notice naming the key and
// the quoted value. URLs must be https (http only for localhost/127.0.0.1/::1, for the sandbox); host_origin
// must be a bare origin. Unknown keys get a notice naming the key only (a misplaced secret is never echoed).
// A missing file gives defaults and one notice.
// Every key and its rule: settingspecs.h.
SettingsLoad loadSettings(const QString &iniPath);
// The system-wide file first (an admin's defaults for every user; absent = none), then the user's, key by key
// overriding it. One "not found" notice only when neither exists.
SettingsLoad loadSettings(const QString &systemIniPath, const QString &iniPath);
QString defaultSettingsPath(); // QStandardPaths::AppConfigLocation + "/callbridge.ini"
// The system-wide defaults: QSettings' system scope for the organisation and application names, e.g.
// /etc/xdg/Callbridge/callbridge.ini on Linux and macOS, %ProgramData%\Callbridge\callbridge.ini on Windows.
QString systemSettingsPath();

// The file's text for every known setting that is set ("connect/instance_url" → text); unknown keys are left
// out.
QHash<QString, QString> readSettingTexts(const QString &iniPath);
// Writes every known setting from `texts` (absent or blank: the key is removed, so the default applies) and
// keeps every other key of the file as it was. Refuses, writing nothing, when a value is bad (`error` is the
// loader's wording) or a key is unknown. The file is replaced atomically. Comments in the file are not kept.
bool saveSettingTexts(const QString &iniPath, const QHash<QString, QString> &texts, QString *error = nullptr);

} // namespace callbridge
