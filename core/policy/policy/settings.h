#pragma once

#include "redaction.h"

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
    QString hostOrigin; // [softphone] host_origin: the origin approved in Connect
    // [softphone] medialess: the softphone starts without call audio (VDI: the audio runs in a CCP opened
    // elsewhere); calls are still linked.
    bool medialess = false;
    QStringList identityProviderHosts; // [softphone] identity_provider_hosts: where the SSO login may go
    // [team] database: the team's PostgreSQL (postgresql://USER@HOST:PORT/DBNAME); empty = local journal
    // only.
    QString teamDatabase;
};

struct SettingsLoad {
    Settings settings;
    QStringList notices; // bad values ignored, with the key and value named
};

// Blank or absent keys keep the defaults silently. A bad value is ignored with a notice naming the key and
// the quoted value. URLs must be https (http only for localhost/127.0.0.1/::1, for the sandbox); host_origin
// must be a bare origin. Unknown keys get a notice naming the key only (a misplaced secret is never echoed).
// A missing file gives defaults and one notice.
SettingsLoad loadSettings(const QString &iniPath);
QString defaultSettingsPath(); // QStandardPaths::AppConfigLocation + "/callbridge.ini"

} // namespace callbridge
