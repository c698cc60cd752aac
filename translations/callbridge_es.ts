<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>callbridge</name>
    <message>
        <source>Callbridge — sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AgentPanel</name>
    <message>
        <source>Name, e-mail, phone or ticket text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chosen user, or for a new user with the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is linked to ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the user&apos;s tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the user&apos;s tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) requested by this user</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactPanel</name>
    <message>
        <source>Anonymous caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (caller ID, unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred (first contact %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user #%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent ticket reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket from the IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket followed the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the chosen ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created at the end of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::MainWindow</name>
    <message>
        <source>Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Zendesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored a softphone message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Zendesk as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call to apply this to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Zendesk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PopupWindow</name>
    <message>
        <source>(no page yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Callbridge softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Callbridge softphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UiLanguage</name>
    <message>
        <source>No translation for &quot;%1&quot;: using English (available: %2)</source>
        <translation>No hay traducción para «%1»: se usa el inglés (disponibles: %2)</translation>
    </message>
</context>
</TS>
