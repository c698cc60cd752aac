<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LinkCorrection</name>
    <message>
        <source>The correction is on its way to Zendesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not linked to a ticket yet: there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction window for this call has closed; a supervisor can still relink it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is already linked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ticket or user number to move the call to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction must name who makes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>callbridge::app::DesktopShell</name>
    <message>
        <source>Settings saved; they apply when Callbridge starts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::app::ReviewRelinker</name>
    <message>
        <source>relinking needs a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call&apos;s events are not in the team database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in to Zendesk yet; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction of this call is already on its way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::review::OutboxReviewActions</name>
    <message>
        <source>Zendesk accepted %1 (#%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write %1 was not recorded with its content; it cannot be sent again from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relinking is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AboutDialog</name>
    <message>
        <source>Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebEngine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Connect Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbridge logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbridge links Amazon Connect calls to Zendesk tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AgentPanel</name>
    <message>
        <source>Create ticket</source>
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
        <source>Ticket search failed: %1</source>
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
    <message>
        <source>Name, e-mail, phone, ticket number or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users and tickets (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users and tickets (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen user is the one calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the call to the chosen ticket (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the chosen user, or the requester of the chosen ticket (the call is added to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Zendesk user for the caller first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user&apos;s e-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chosen user, the caller, or the new user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s tickets (reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the user&apos;s tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching the call to #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 has no requester to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester of #%1 has no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the requester: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::CallerPicker</name>
    <message>
        <source>Users who share the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users share the caller&apos;s number — who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading their tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their tickets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to Zendesk with this URL, e-mail and API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the Zendesk URL and e-mail first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Zendesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the API token first (none is stored for this account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactCard</name>
    <message>
        <source>Current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user as the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which of the users with this number is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the caller in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket candidate in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked ticket in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the call to a new ticket for the same caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to another ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the call to another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different caller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who really called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the caller&apos;s recent tickets from Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen ticket in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call about ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the caller; the call is added to the chosen ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact flow names them %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller has no tickets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong? Correct it now or shortly after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong? Until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactPanel</name>
    <message>
        <source>Current contact</source>
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
        <source>Contact on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several contacts at once: choose the one to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::DialBar</name>
    <message>
        <source>Sign in to Amazon Connect first: the softphone cannot call yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot call now: the softphone is busy with a contact (%1). Finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot call now: the softphone reports an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in any usual format (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number through the softphone (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FirstRunWizard</name>
    <message>
        <source>Set up Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Callbridge against a local sandbox; no account is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbridge shows the Amazon Connect softphone and links every call to the right Zendesk user and ticket.

To set it up you need:
  • your Amazon Connect instance&apos;s URL,
  • an origin your Connect administrator has approved for the softphone,
  • your Zendesk URL, your Zendesk e-mail and an API token.

No account at hand? &quot;Try the demo&quot; runs Callbridge against a local sandbox that plays Zendesk and Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance agents sign in to. Both forms work: https://ALIAS.my.connect.aws and https://ALIAS.awsapps.com (Callbridge adds /connect for the latter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone will load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbridge hosts the softphone as an https origin of your choice, for example https://callbridge.your-company.example. Nothing needs to be served there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect only lets approved origins embed the softphone. Ask your Connect administrator to add this origin once:
  1. AWS console → Amazon Connect → your instance,
  2. Approved origins → Add origin,
  3. enter the origin exactly as above and save.
Without it the softphone stays blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zendesk account Callbridge writes tickets as. Create an API token in Zendesk&apos;s Admin Center → Apps and integrations → Zendesk API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish saves the settings to %1 and the API token to the system keychain. Everything else can be changed later in Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved, but not the API token: %1</source>
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
    <message>
        <source>&amp;Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach to the chosen ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone is not signed in: calls cannot reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Amazon Connect sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect in the window that opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softphone could not place the call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Zendesk address is set: cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk could not be opened in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s Zendesk user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections are not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction sent to Zendesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot call &quot;%1&quot;: not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 — the call will be added to ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::Notifier</name>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk has not taken the call yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
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
    <name>callbridge::ui::ReviewChartsTab</name>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven days, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per period by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of automatic, agent and corrected links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per period, numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link share, numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per agent, numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per day by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per hour by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calls were linked (%1 calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per agent (the %1 busiest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewDetailPane</name>
    <message>
        <source>Shared numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR tickets refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced creations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users with a close number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a decision to see its contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, decisions, writes, corrections and reviews of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;ticket in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;caller in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open caller in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no events recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, user created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: Zendesk answered “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  to ticket %2, user %3 by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  reviewed by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agent&apos;s decisions (exact username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+E.164 or last digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number starting with +, or the last digits of the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions about this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions whose reason contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewQueueTab</name>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which links worth a look the queue shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include reviewed contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: mark the contact reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relink to another ticket or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relinking needs a Zendesk account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying needs a Zendesk account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark %1 reviewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call from %1 (contact %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relinking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relink failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewRelinkDialog</name>
    <message>
        <source>Relink call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the link of %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the call to another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ca&amp;ller (Zendesk user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller was another Zendesk user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new ticket for the same caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new ticket for the same caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket or user number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the journal and the old ticket&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewWindow</name>
    <message>
        <source>Callbridge review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered decisions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SecretField</name>
    <message>
        <source>Fill in the account above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain for %1 at %2; type to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stored for %1 at %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret has no account to be stored for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingField</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Default: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingsDialog</name>
    <message>
        <source>Callbridge settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1 — changes apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain for the database&apos;s user and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the database above first: the password is kept for its user and host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file is saved, but not the API token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file is saved, but not the team database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1; the changes apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::TrayIcon</name>
    <message>
        <source>Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Callbridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UiLanguage</name>
    <message>
        <source>No translation for &quot;%1&quot;: using English (available: %2)</source>
        <translation>Pas de traduction pour « %1 » : l’anglais est utilisé (disponibles : %2)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::viewtext</name>
    <message>
        <source>from the IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s recent ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call — looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call — your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call — linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked up in Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the caller in Zendesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld: nobody to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — find them, or create one with the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — New user will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Zendesk user has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by phone %1 (caller ID, unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you called, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified from the contact flow (zendesk_user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by e-mail from the contact flow (customer_email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by the number given in the contact flow (customer_number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester of the transferred call&apos;s ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user of this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — remembered from an earlier call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a new ticket (dry run: nothing sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to new ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to Zendesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Zendesk — %1; nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other user shares this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other users share this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When answered: the call goes to ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When answered: a new user and a new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When answered: a new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When answered: nothing is written to Zendesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: this call is not known any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: the call is not linked to a ticket yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: the time for corrections has passed (a supervisor can still move it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: the call is already linked there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: give a ticket number or a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: it does not say who made it (sign in to Zendesk first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
