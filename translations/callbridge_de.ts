<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Phrase</name>
    <message>
        <source>Contact attributes changed during the call (contact %1):</source>
        <translation>Während des Anrufs geänderte Kontaktattribute (Kontakt %1):</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>Contact attributes (set by the contact flow, partly from what the caller typed; claims, not verified):</source>
        <translation>Kontaktattribute (vom Kontaktfluss gesetzt, teils aus Eingaben des Anrufers; Angaben, nicht verifiziert):</translation>
    </message>
    <message>
        <source>Redacted by Callbridge: %1</source>
        <translation>Von Callbridge geschwärzt: %1</translation>
    </message>
    <message>
        <source>  … %1 more</source>
        <translation>  … %1 weitere</translation>
    </message>
    <message>
        <source>Amazon Connect call (%1)</source>
        <translation>Amazon-Connect-Anruf (%1)</translation>
    </message>
    <message>
        <source>Contact ID: %1</source>
        <translation>Kontakt-ID: %1</translation>
    </message>
    <message>
        <source>Initial contact ID: %1</source>
        <translation>Ursprüngliche Kontakt-ID: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Agent: %1 (%2), routing profile %3, extension %4</source>
        <translation>Agent: %1 (%2), Routingprofil %3, Durchwahl %4</translation>
    </message>
    <message>
        <source>Caller ID (unverified): %1</source>
        <translation>Anrufer-ID (nicht verifiziert): %1</translation>
    </message>
    <message>
        <source>Customer number: %1</source>
        <translation>Telefonnummer des Kunden: %1</translation>
    </message>
    <message>
        <source>System number: %1</source>
        <translation>Systemnummer: %1</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Kontaktdetails: %1</translation>
    </message>
    <message>
        <source>Recording: %1 (available a few minutes after the call)</source>
        <translation>Aufzeichnung: %1 (einige Minuten nach dem Anruf verfügbar)</translation>
    </message>
    <message>
        <source>Linked by Callbridge: %1</source>
        <translation>Von Callbridge verknüpft: %1</translation>
    </message>
    <message>
        <source>Call ended (contact %1)</source>
        <translation>Anruf beendet (Kontakt %1)</translation>
    </message>
    <message>
        <source>Call from %1 to %2</source>
        <translation>Anruf von %1 an %2</translation>
    </message>
    <message>
        <source>Call from %1 (caller ID, unverified) to %2</source>
        <translation>Anruf von %1 (Anrufer-ID, nicht verifiziert) an %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation>Ausgehender Anruf an %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>transfer of %1: the call&apos;s ticket %2</source>
        <translation>Weiterleitung von %1: Ticket %2 des Anrufs</translation>
    </message>
    <message>
        <source>looking up the ticket of transferred call %1</source>
        <translation>Suche nach dem Ticket des weitergeleiteten Anrufs %1</translation>
    </message>
    <message>
        <source>searching comments for transferred call %1</source>
        <translation>Kommentarsuche nach dem weitergeleiteten Anruf %1</translation>
    </message>
    <message>
        <source>transfer of %1: no ticket found for the call (not by this app, external_id or a comment naming it, searched for %2 s)</source>
        <translation>Weiterleitung von %1: kein Ticket für den Anruf gefunden (weder von dieser App noch über external_id oder einen Kommentar, der ihn nennt; %2 s lang gesucht)</translation>
    </message>
    <message>
        <source>transfer of %1: ticket #%2, whose comments name the call (the newest of %3)</source>
        <translation>Weiterleitung von %1: Ticket #%2, dessen Kommentare den Anruf nennen (das neueste von %3)</translation>
    </message>
    <message>
        <source>IVR asked for a new ticket</source>
        <translation>die IVR hat ein neues Ticket angefordert</translation>
    </message>
    <message>
        <source>Requested ticket #%1 was not found</source>
        <translation>Angefordertes Ticket #%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>reading IVR ticket #%1</source>
        <translation>Lesen des IVR-Tickets #%1</translation>
    </message>
    <message>
        <source>requester of ticket #%1</source>
        <translation>den Anfragenden von Ticket #%1</translation>
    </message>
    <message>
        <source>zendesk_user #%1 was not found: identified by phone</source>
        <translation>zendesk_user #%1 nicht gefunden: über Telefon identifiziert</translation>
    </message>
    <message>
        <source>reading zendesk_user #%1</source>
        <translation>Lesen von zendesk_user #%1</translation>
    </message>
    <message>
        <source>zendesk_user #%1</source>
        <translation>zendesk_user #%1</translation>
    </message>
    <message>
        <source>searching customer_email %1</source>
        <translation>Suche nach customer_email %1</translation>
    </message>
    <message>
        <source>customer_email %1</source>
        <translation>customer_email %1</translation>
    </message>
    <message>
        <source>customer_number %1</source>
        <translation>customer_number %1</translation>
    </message>
    <message>
        <source>customer_number &quot;%1&quot; is not a phone number: used the caller&apos;s number</source>
        <translation>customer_number „%1“ ist keine Telefonnummer: Nummer des Anrufers verwendet</translation>
    </message>
    <message>
        <source>no caller number</source>
        <translation>keine Anrufernummer</translation>
    </message>
    <message>
        <source>caller number &quot;%1&quot; withheld or not a phone number</source>
        <translation>Anrufernummer „%1“ unterdrückt oder keine Telefonnummer</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>user #%1 no longer has %2: searched again</source>
        <translation>Benutzer #%1 hat %2 nicht mehr: erneut gesucht</translation>
    </message>
    <message>
        <source>reading user #%1</source>
        <translation>Lesen von Benutzer #%1</translation>
    </message>
    <message>
        <source>reading the phone numbers of a remembered user</source>
        <translation>Lesen der Telefonnummern eines gemerkten Benutzers</translation>
    </message>
    <message>
        <source>%1 (remembered from an earlier call)</source>
        <translation>%1 (von einem früheren Anruf übernommen)</translation>
    </message>
    <message>
        <source>reading the phone numbers of user #%1</source>
        <translation>Lesen der Telefonnummern von Benutzer #%1</translation>
    </message>
    <message>
        <source>%1: no Zendesk user</source>
        <translation>%1: kein Zendesk-Benutzer</translation>
    </message>
    <message>
        <source>%1: new ticket</source>
        <translation>%1: neues Ticket</translation>
    </message>
    <message>
        <source>IVR ticket #%1 belongs to the caller</source>
        <translation>IVR-Ticket #%1 gehört dem Anrufer</translation>
    </message>
    <message>
        <source>reading the caller&apos;s recent tickets</source>
        <translation>Lesen der letzten Tickets des Anrufers</translation>
    </message>
    <message>
        <source>no open ticket of the caller to reuse</source>
        <translation>kein offenes Ticket des Anrufers zum Wiederverwenden</translation>
    </message>
    <message>
        <source>reused #%1: updated %2 min ago, within %3</source>
        <translation>#%1 wiederverwendet: vor %2 Min. aktualisiert, innerhalb von %3 Min.</translation>
    </message>
    <message>
        <source>newest ticket #%1 was updated %2 min ago, not within %3</source>
        <translation>neuestes Ticket #%1 wurde vor %2 Min. aktualisiert, nicht innerhalb von %3 Min.</translation>
    </message>
    <message>
        <source>missed or rejected: nothing written</source>
        <translation>verpasst oder abgelehnt: nichts geschrieben</translation>
    </message>
    <message>
        <source>ended before it was answered: nothing written</source>
        <translation>vor der Annahme beendet: nichts geschrieben</translation>
    </message>
    <message>
        <source>resuming the link made before a restart</source>
        <translation>Fortsetzen der vor einem Neustart begonnenen Verknüpfung</translation>
    </message>
    <message>
        <source>resumed after a restart: the call was already linked to %1</source>
        <translation>nach einem Neustart fortgesetzt: der Anruf war bereits mit %1 verknüpft</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>no user created: &quot;%1&quot; is not a phone number</source>
        <translation>kein Benutzer erstellt: „%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>creating the caller&apos;s user</source>
        <translation>Erstellen des Benutzers für den Anrufer</translation>
    </message>
    <message>
        <source>%1 (user #%2 already existed for this number)</source>
        <translation>%1 (Benutzer #%2 gab es für diese Nummer bereits)</translation>
    </message>
    <message>
        <source>creating the ticket</source>
        <translation>Erstellen des Tickets</translation>
    </message>
    <message>
        <source>%1 (Zendesk already had it: not created twice)</source>
        <translation>%1 (Zendesk hatte es bereits: nicht doppelt erstellt)</translation>
    </message>
    <message>
        <source>creating a follow-up of closed ticket #%1</source>
        <translation>Erstellen eines Folgetickets zum geschlossenen Ticket #%1</translation>
    </message>
    <message>
        <source>#%1 is closed: follow-up %2</source>
        <translation>#%1 ist geschlossen: Folgeticket %2</translation>
    </message>
    <message>
        <source>adding the call to ticket #%1</source>
        <translation>Hinzufügen des Anrufs zu Ticket #%1</translation>
    </message>
    <message>
        <source>%1 added to user #%2&apos;s phone numbers</source>
        <translation>%1 zu den Telefonnummern von Benutzer #%2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 not added to user #%2: Zendesk says it is taken</source>
        <translation>%1 nicht zu Benutzer #%2 hinzugefügt: laut Zendesk bereits vergeben</translation>
    </message>
    <message>
        <source>the search for it failed: %1</source>
        <translation>die Suche danach ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 not added to user #%2: %3</source>
        <translation>%1 nicht zu Benutzer #%2 hinzugefügt: %3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>a note lists %1 attribute(s) added or changed during the call</source>
        <translation>eine Notiz listet %1 während des Anrufs hinzugefügte oder geänderte Attribut(e) auf</translation>
    </message>
    <message>
        <source>end-of-call details</source>
        <translation>Details zum Anrufende</translation>
    </message>
    <message>
        <source>call ended after %1; #%2 is closed: follow-up %3</source>
        <translation>Anruf nach %1 beendet; #%2 ist geschlossen: Folgeticket %3</translation>
    </message>
    <message>
        <source>end-of-call details for %1</source>
        <translation>Details zum Anrufende für %1</translation>
    </message>
    <message>
        <source>call ended after %1: %2 added to %3</source>
        <translation>Anruf nach %1 beendet: %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>voice comment</source>
        <translation>Sprachkommentar</translation>
    </message>
    <message>
        <source>duration note</source>
        <translation>Notiz zur Dauer</translation>
    </message>
    <message>
        <source>the ticket&apos;s requester</source>
        <translation>der Anfragende des Tickets</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>chosen by the agent</source>
        <translation>vom Agent gewählt</translation>
    </message>
    <message>
        <source>agent chose user #%1 as the caller</source>
        <translation>Agent hat Benutzer #%1 als Anrufer gewählt</translation>
    </message>
    <message>
        <source>agent action ignored: the call is already linked to %1</source>
        <translation>Agent-Aktion ignoriert: der Anruf ist bereits mit %1 verknüpft</translation>
    </message>
    <message>
        <source>agent action ignored: not in agent mode</source>
        <translation>Agent-Aktion ignoriert: nicht im Agent-Modus</translation>
    </message>
    <message>
        <source>correction by %1 not made: %2</source>
        <translation>Korrektur durch %1 nicht vorgenommen: %2</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>korrigiert von %1</translation>
    </message>
    <message>
        <source>the caller&apos;s recent tickets could not be read: %1</source>
        <translation>die letzten Tickets des Anrufers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 durch %2: %3</translation>
    </message>
    <message>
        <source>moved here from %1</source>
        <translation>von %1 hierher verschoben</translation>
    </message>
    <message>
        <source>Caller corrected to user #%1</source>
        <translation>Anrufer korrigiert auf Benutzer #%1</translation>
    </message>
    <message>
        <source>Call moved to %1</source>
        <translation>Anruf verschoben nach %1</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>caller changed from %1 to %2 on %3</source>
        <translation>Anrufer in %3 von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>%1 is closed: a new ticket for user #%2</source>
        <translation>%1 ist geschlossen: ein neues Ticket für Benutzer #%2</translation>
    </message>
    <message>
        <source>a follow-up of closed ticket %1</source>
        <translation>Folgeticket zum geschlossenen Ticket %1</translation>
    </message>
    <message>
        <source>%1 is closed: follow-up %2</source>
        <translation>%1 ist geschlossen: Folgeticket %2</translation>
    </message>
    <message>
        <source>the new ticket</source>
        <translation>das neue Ticket</translation>
    </message>
    <message>
        <source>the first write</source>
        <translation>der erste Schreibvorgang</translation>
    </message>
    <message>
        <source>%1 is closed: end-of-call follow-up %2</source>
        <translation>%1 ist geschlossen: Folgeticket zum Anrufende %2</translation>
    </message>
    <message>
        <source>end-of-call comment not written: %1</source>
        <translation>Kommentar zum Anrufende nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 is closed: no note there</source>
        <translation>%1 ist geschlossen: dort keine Notiz</translation>
    </message>
    <message>
        <source>note on %1 not written: %2</source>
        <translation>Notiz in %1 nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Call moved from %1 to %2</source>
        <translation>Anruf von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>correction by %1 not made: %2 failed (%3): %4; the call stays on %5</source>
        <translation>Korrektur durch %1 nicht vorgenommen: %2 fehlgeschlagen (%3): %4; der Anruf bleibt bei %5</translation>
    </message>
    <message>
        <source>outbound call</source>
        <translation>ausgehender Anruf</translation>
    </message>
    <message>
        <source>%1 to known user %2 via %3</source>
        <translation>%1 an bekannten Benutzer %2, erkannt über %3</translation>
    </message>
    <message>
        <source>%1 to unknown number %2: new user and ticket (all_outbound)</source>
        <translation>%1 an unbekannte Nummer %2: neuer Benutzer und neues Ticket (all_outbound)</translation>
    </message>
    <message>
        <source>%1 to unknown number %2: no ticket (all_outbound is off)</source>
        <translation>%1 an unbekannte Nummer %2: kein Ticket (all_outbound ist aus)</translation>
    </message>
    <message>
        <source>%1 to %2: no ticket</source>
        <translation>%1 (%2): kein Ticket</translation>
    </message>
    <message>
        <source>a new ticket (dry run)</source>
        <translation>neues Ticket (Testlauf)</translation>
    </message>
    <message>
        <source>a new user (dry run)</source>
        <translation>neuer Benutzer (Testlauf)</translation>
    </message>
    <message>
        <source>supervisor monitoring: nothing written</source>
        <translation>Mithören durch Supervisor: nichts geschrieben</translation>
    </message>
    <message>
        <source>chat contact: only voice calls are linked</source>
        <translation>Chat-Kontakt: nur Sprachanrufe werden verknüpft</translation>
    </message>
    <message>
        <source>task contact: only voice calls are linked</source>
        <translation>Aufgabenkontakt: nur Sprachanrufe werden verknüpft</translation>
    </message>
    <message>
        <source>the agent decides</source>
        <translation>der Agent entscheidet</translation>
    </message>
    <message>
        <source>agent mode (ticket_assignment=agent): the agent decides</source>
        <translation>Agent-Modus (ticket_assignment=agent): der Agent entscheidet</translation>
    </message>
    <message>
        <source>Request to open a new ticket received</source>
        <translation>Anfrage zum Öffnen eines neuen Tickets erhalten</translation>
    </message>
    <message>
        <source>known caller %1 via %2: new ticket</source>
        <translation>bekannter Anrufer %1, erkannt über %2: neues Ticket</translation>
    </message>
    <message>
        <source>unknown caller %1: new user and ticket</source>
        <translation>unbekannter Anrufer %1: neuer Benutzer und neues Ticket</translation>
    </message>
    <message>
        <source>agent attached the call to #%1</source>
        <translation>Agent hat den Anruf an #%1 angehängt</translation>
    </message>
    <message>
        <source>agent created a ticket for user #%1</source>
        <translation>Agent hat ein Ticket für Benutzer #%1 erstellt</translation>
    </message>
    <message>
        <source>agent created a ticket for a new user %1</source>
        <translation>Agent hat ein Ticket für einen neuen Benutzer %1 erstellt</translation>
    </message>
    <message>
        <source>the agent called the customer from ticket #%1</source>
        <translation>der Agent hat den Kunden aus Ticket #%1 angerufen</translation>
    </message>
    <message>
        <source>agent mode: outbound call to a number no user has, nothing linked by the end of the call: no ticket (all_outbound is off)</source>
        <translation>Agent-Modus: ausgehender Anruf an eine Nummer ohne Benutzer, bis zum Ende des Anrufs nichts verknüpft: kein Ticket (all_outbound ist aus)</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call (force_ticket_creation is off)</source>
        <translation>Agent-Modus: bis zum Ende des Anrufs nichts verknüpft (force_ticket_creation ist aus)</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call, ticket forced for caller #%1</source>
        <translation>Agent-Modus: bis zum Ende des Anrufs nichts verknüpft, Ticket für Anrufer #%1 erzwungen</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call, ticket forced with the agent as requester</source>
        <translation>Agent-Modus: bis zum Ende des Anrufs nichts verknüpft, Ticket mit dem Agent als Anfragendem erzwungen</translation>
    </message>
    <message>
        <source>%1 (Zendesk said %2 already belongs to #%3: used them)</source>
        <translation>%1 (laut Zendesk gehört %2 bereits zu #%3: dieser Benutzer wurde verwendet)</translation>
    </message>
    <message>
        <source>%1 (Zendesk refused a second user for %2; the agent is requester until the owner is found)</source>
        <translation>%1 (Zendesk hat einen zweiten Benutzer für %2 abgelehnt; der Agent ist Anfragender, bis der Inhaber gefunden ist)</translation>
    </message>
    <message>
        <source>Zendesk says %1 already belongs to a user that search cannot find yet: set the ticket&apos;s requester</source>
        <translation>Laut Zendesk gehört %1 bereits zu einem Benutzer, den die Suche noch nicht findet: Legen Sie den Anfragenden des Tickets fest</translation>
    </message>
    <message>
        <source>remember_caller_number is off</source>
        <translation>remember_caller_number ist aus</translation>
    </message>
    <message>
        <source>the caller was not identified by zendesk_user, customer_email or customer_number</source>
        <translation>der Anrufer wurde nicht über zendesk_user, customer_email oder customer_number identifiziert</translation>
    </message>
    <message>
        <source>no calling number to remember</source>
        <translation>keine Anrufernummer zum Merken</translation>
    </message>
    <message>
        <source>%1 is the user&apos;s phone already</source>
        <translation>%1 ist bereits die Telefonnummer des Benutzers</translation>
    </message>
    <message>
        <source>%1 is one of user #%2&apos;s numbers already</source>
        <translation>%1 ist bereits eine der Nummern von Benutzer #%2</translation>
    </message>
    <message>
        <source>%1 is user #%2&apos;s number</source>
        <translation>%1 ist die Nummer von Benutzer #%2</translation>
    </message>
    <message>
        <source>%1 (%2 users share it; took #%3, the most recently updated)</source>
        <translation>%1 (%2 Benutzer haben diese Nummer; #%3 gewählt, der zuletzt aktualisierte)</translation>
    </message>
    <message>
        <source>IVR ticket #%1 not found: new ticket</source>
        <translation>IVR-Ticket #%1 nicht gefunden: neues Ticket</translation>
    </message>
    <message>
        <source>IVR ticket #%1 ignored: an anonymous caller cannot be verified</source>
        <translation>IVR-Ticket #%1 ignoriert: ein anonymer Anrufer kann nicht verifiziert werden</translation>
    </message>
    <message>
        <source>IVR ticket #%1 ignored: the caller is not a Zendesk user</source>
        <translation>IVR-Ticket #%1 ignoriert: der Anrufer ist kein Zendesk-Benutzer</translation>
    </message>
    <message>
        <source>IVR ticket #%1 belongs to another user</source>
        <translation>IVR-Ticket #%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>anonymous caller (%1): new ticket with the agent as requester</source>
        <translation>anonymer Anrufer (%1): neues Ticket mit dem Agent als Anfragendem</translation>
    </message>
    <message>
        <source>agent created a ticket for an anonymous caller (the agent is requester)</source>
        <translation>Agent hat ein Ticket für einen anonymen Anrufer erstellt (der Agent ist Anfragender)</translation>
    </message>
    <message>
        <source>The correction is on its way to Zendesk.</source>
        <translation>Die Korrektur wird an Zendesk übermittelt.</translation>
    </message>
    <message>
        <source>This call is not known here.</source>
        <translation>Dieser Anruf ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>The call is not linked to a ticket yet: there is nothing to correct.</source>
        <translation>Der Anruf ist noch mit keinem Ticket verknüpft: Es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>The correction window for this call has closed; a supervisor can still relink it.</source>
        <translation>Die Korrekturfrist für diesen Anruf ist abgelaufen; ein Supervisor kann ihn noch neu verknüpfen.</translation>
    </message>
    <message>
        <source>The call is already linked there.</source>
        <translation>Der Anruf ist bereits dort verknüpft.</translation>
    </message>
    <message>
        <source>Give the ticket or user number to move the call to.</source>
        <translation>Geben Sie die Ticket- oder Benutzernummer an, zu der der Anruf verschoben werden soll.</translation>
    </message>
    <message>
        <source>A correction must name who makes it.</source>
        <translation>Bei einer Korrektur muss angegeben werden, wer sie vornimmt.</translation>
    </message>
    <message>
        <source>expected true/false, yes/no, y/n, t/f or 1/0</source>
        <translation>erwartet: true/false, yes/no, y/n, t/f oder 1/0</translation>
    </message>
    <message>
        <source>expected auto or agent</source>
        <translation>erwartet: auto oder agent</translation>
    </message>
    <message>
        <source>expected a whole number of minutes (0 to %1)</source>
        <translation>erwartet: eine ganze Zahl von Minuten (0 bis %1)</translation>
    </message>
    <message>
        <source>expected a ticket number (0 = a new ticket)</source>
        <translation>erwartet: eine Ticketnummer (0 = ein neues Ticket)</translation>
    </message>
    <message>
        <source>expected a Zendesk user id</source>
        <translation>erwartet: eine Zendesk-Benutzer-ID</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>erwartet: eine Telefonnummer</translation>
    </message>
    <message>
        <source>expected an email address such as jo@example.com</source>
        <translation>erwartet: eine E-Mail-Adresse wie jo@example.com</translation>
    </message>
    <message>
        <source>&lt;hidden&gt;</source>
        <translation>&lt;verborgen&gt;</translation>
    </message>
    <message>
        <source>Ignored attribute %1=%2: %3</source>
        <translation>Attribut %1=%2 ignoriert: %3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No journal to review: this run keeps none.</source>
        <translation>Kein Journal zu prüfen: Dieser Lauf führt keins.</translation>
    </message>
    <message>
        <source>%1 contacts are already being worked on: new contacts from the softphone page are refused until one finishes (first: %2)</source>
        <translation>%1 Kontakte sind bereits in Bearbeitung: Neue Kontakte der Softphone-Seite werden abgelehnt, bis einer abgeschlossen ist (erster: %2)</translation>
    </message>
    <message>
        <source>The team database cannot be read (%1): showing this computer&apos;s journal.</source>
        <translation>Die Team-Datenbank kann nicht gelesen werden (%1): Das Journal dieses Computers wird angezeigt.</translation>
    </message>
    <message>
        <source>Zendesk is not answering (%1); trying again in %2 s</source>
        <translation>Zendesk antwortet nicht (%1); neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Zendesk did not say who the agent is</source>
        <translation>Zendesk hat nicht gesagt, wer der Agent ist</translation>
    </message>
    <message>
        <source>Cannot sign in to Zendesk (%1): %2</source>
        <translation>Anmeldung bei Zendesk nicht möglich (%1): %2</translation>
    </message>
    <message>
        <source>anonymous caller</source>
        <translation>anonymer Anrufer</translation>
    </message>
    <message>
        <source>Caller %1</source>
        <translation>Anrufer %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet true oder false</translation>
    </message>
    <message>
        <source>expected an https URL</source>
        <translation>erwartet eine https-URL</translation>
    </message>
    <message>
        <source>expected an AWS region such as us-east-1</source>
        <translation>erwartet eine AWS-Region wie us-east-1</translation>
    </message>
    <message>
        <source>expected an E.164 number such as +18005550100</source>
        <translation>erwartet eine E.164-Nummer wie +18005550100</translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Australia/Sydney</source>
        <translation>erwartet eine IANA-Zeitzone wie Australia/Sydney</translation>
    </message>
    <message>
        <source>expected an https origin such as https://callbridge.example.com</source>
        <translation>erwartet einen https-Origin wie https://callbridge.example.com</translation>
    </message>
    <message>
        <source>expected host names separated by commas, e.g. login.microsoftonline.com</source>
        <translation>erwartet durch Kommas getrennte Hostnamen, z. B. login.microsoftonline.com</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>erwartet eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet einen von %1</translation>
    </message>
    <message>
        <source>expected an attribute name of letters, digits, _ . - (not a credential name)</source>
        <translation>erwartet einen Attributnamen aus Buchstaben, Ziffern, _ . - (kein Name eines Zugangsdatums)</translation>
    </message>
    <message>
        <source>expected all, none, or attribute names separated by commas</source>
        <translation>erwartet all, none oder durch Kommas getrennte Attributnamen</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as GB</source>
        <translation>erwartet einen zweibuchstabigen Ländercode wie GB</translation>
    </message>
    <message>
        <source>expected a number of days (0 = keep everything)</source>
        <translation>erwartet eine Anzahl Tage (0 = alles behalten)</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], without a password (the password belongs in the keychain)</source>
        <translation>erwartet postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], ohne Passwort (das Passwort gehört in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>&lt;hidden: it looks like a secret, which belongs in the system keychain&gt;</source>
        <translation>&lt;verborgen: sieht nach einem Geheimnis aus, das in den Schlüsselbund des Systems gehört&gt;</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2: %3</translation>
    </message>
</context>
<context>
    <name>callbridge</name>
    <message>
        <source>Callbridge — sandbox %1</source>
        <translation>Callbridge — Sandbox %1</translation>
    </message>
    <message>
        <source>Callbridge</source>
        <translation>Callbridge</translation>
    </message>
</context>
<context>
    <name>callbridge::SettingSpec</name>
    <message>
        <source>Your Amazon Connect instance: https://ALIAS.my.connect.aws or https://ALIAS.awsapps.com.</source>
        <translation>Ihre Amazon-Connect-Instanz: https://ALIAS.my.connect.aws oder https://ALIAS.awsapps.com.</translation>
    </message>
    <message>
        <source>Your identity provider&apos;s sign-in URL when agents sign in with SSO; empty: Connect&apos;s own login.</source>
        <translation>Die Anmelde-URL Ihres Identitätsanbieters, wenn sich die Agents per SSO anmelden; leer: die eigene Anmeldung von Connect.</translation>
    </message>
    <message>
        <source>The instance&apos;s AWS region, e.g. eu-west-2 (optional for voice).</source>
        <translation>Die AWS-Region der Instanz, z. B. eu-west-2 (für Sprachanrufe optional).</translation>
    </message>
    <message>
        <source>The contact centre&apos;s number: the &quot;to&quot; of inbound and the &quot;from&quot; of outbound calls.</source>
        <translation>Die Nummer des Contact-Centers: das „An“ eingehender und das „Von“ ausgehender Anrufe.</translation>
    </message>
    <message>
        <source>The time zone of the contact-details links; empty: UTC.</source>
        <translation>Die Zeitzone der Links zu den Kontaktdetails; leer: UTC.</translation>
    </message>
    <message>
        <source>The origin added to the instance&apos;s Approved origins; the softphone page is loaded as it.</source>
        <translation>Der Origin, der zu den Approved origins der Instanz hinzugefügt wurde; die Softphone-Seite wird unter diesem Origin geladen.</translation>
    </message>
    <message>
        <source>Hosts an SSO login may pass through, separated by commas.</source>
        <translation>Hosts, über die eine SSO-Anmeldung laufen darf, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>No call audio here: a softphone opened elsewhere (VDI) carries it; calls are still linked.</source>
        <translation>Kein Gesprächsaudio hier: Ein anderswo geöffnetes Softphone (VDI) überträgt es; Anrufe werden trotzdem verknüpft.</translation>
    </message>
    <message>
        <source>Your Zendesk, e.g. https://acme.zendesk.com.</source>
        <translation>Ihr Zendesk, z. B. https://acme.zendesk.com.</translation>
    </message>
    <message>
        <source>The agent&apos;s Zendesk sign-in; the API token is kept in the system keychain for it.</source>
        <translation>Die Zendesk-Anmeldung des Agents; das API-Token wird dafür im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Open the caller or ticket in the agent&apos;s Zendesk tab (Talk Partner Edition; one more request per call).</source>
        <translation>Den Anrufer oder das Ticket im Zendesk-Tab des Agents öffnen (Talk Partner Edition; eine zusätzliche Anfrage pro Anruf).</translation>
    </message>
    <message>
        <source>Create voice tickets on the Talk Partner Edition endpoint (via 45 inbound, 46 outbound).</source>
        <translation>Sprachtickets über den Endpunkt der Talk Partner Edition erstellen (via 45 eingehend, 46 ausgehend).</translation>
    </message>
    <message>
        <source>The language of ticket notes and of the journal&apos;s reasons, the same for every agent whatever their window&apos;s language.</source>
        <translation>Die Sprache der Ticketnotizen und der Gründe im Journal, für alle Agents gleich, unabhängig von der Sprache ihres Fensters.</translation>
    </message>
    <message>
        <source>auto: Callbridge links every call; agent: the agent chooses the user and ticket.</source>
        <translation>auto: Callbridge verknüpft jeden Anruf; agent: Der Agent wählt Benutzer und Ticket.</translation>
    </message>
    <message>
        <source>Reuse the caller&apos;s ticket updated within this many minutes; 0: always a new ticket.</source>
        <translation>Das Ticket des Anrufers wiederverwenden, wenn es innerhalb so vieler Minuten aktualisiert wurde; 0: immer ein neues Ticket.</translation>
    </message>
    <message>
        <source>How long after a call ends its agent may still correct the link (a supervisor can always relink).</source>
        <translation>Wie lange nach dem Ende eines Anrufs sein Agent die Verknüpfung noch korrigieren darf (ein Supervisor kann jederzeit neu verknüpfen).</translation>
    </message>
    <message>
        <source>In agent mode, a call that ends with nothing linked still gets a ticket.</source>
        <translation>Im Agent-Modus erhält ein Anruf, der ohne Verknüpfung endet, trotzdem ein Ticket.</translation>
    </message>
    <message>
        <source>Look the caller up while the call rings (writes still wait for the answer).</source>
        <translation>Den Anrufer schon suchen, während der Anruf klingelt (Schreibvorgänge warten weiterhin auf die Annahme).</translation>
    </message>
    <message>
        <source>End the call with a voice comment (number, duration, recording); otherwise a note.</source>
        <translation>Den Anruf mit einem Sprachkommentar abschließen (Nummer, Dauer, Aufzeichnung); sonst mit einer Notiz.</translation>
    </message>
    <message>
        <source>Link the call recording in the voice comment.</source>
        <translation>Die Anrufaufzeichnung im Sprachkommentar verlinken.</translation>
    </message>
    <message>
        <source>Outbound calls to numbers no user has get a new user and ticket too.</source>
        <translation>Auch ausgehende Anrufe an Nummern ohne Benutzer erhalten einen neuen Benutzer und ein neues Ticket.</translation>
    </message>
    <message>
        <source>A caller identified otherwise gets the number they called from as a phone identity.</source>
        <translation>Ein anderweitig identifizierter Anrufer erhält die Nummer, von der er angerufen hat, als Telefon-Identität.</translation>
    </message>
    <message>
        <source>The contact attribute in which a flow names the caller&apos;s ticket.</source>
        <translation>Das Kontaktattribut, in dem ein Kontaktfluss das Ticket des Anrufers angibt.</translation>
    </message>
    <message>
        <source>Which contact attributes the ticket note lists: all, none, or names separated by commas.</source>
        <translation>Welche Kontaktattribute die Ticketnotiz auflistet: all, none oder durch Kommas getrennte Namen.</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code (two letters, e.g. GB).</source>
        <translation>Das Land für Nummern ohne Ländervorwahl (zwei Buchstaben, z. B. GB).</translation>
    </message>
    <message>
        <source>Finished calls older than this many days leave the journal; 0: keep everything.</source>
        <translation>Beendete Anrufe, die älter als so viele Tage sind, werden aus dem Journal entfernt; 0: alles behalten.</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL, postgresql://USER@HOST:PORT/DBNAME; empty: this computer&apos;s journal only.</source>
        <translation>Die PostgreSQL-Datenbank des Teams, postgresql://USER@HOST:PORT/DBNAME; leer: nur das Journal dieses Computers.</translation>
    </message>
    <message>
        <source>Closing the window keeps Callbridge running in the system tray (where there is one).</source>
        <translation>Beim Schließen des Fensters läuft Callbridge im Infobereich der Taskleiste weiter (sofern vorhanden).</translation>
    </message>
    <message>
        <source>A ringing call brings the Callbridge window to the front.</source>
        <translation>Ein klingelnder Anruf holt das Callbridge-Fenster in den Vordergrund.</translation>
    </message>
</context>
<context>
    <name>callbridge::app::DesktopShell</name>
    <message>
        <source>Settings saved; they apply when Callbridge starts again</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Start von Callbridge</translation>
    </message>
</context>
<context>
    <name>callbridge::review::OutboxReviewActions</name>
    <message>
        <source>Zendesk accepted %1 (#%2).</source>
        <translation>Zendesk hat %1 angenommen (#%2).</translation>
    </message>
    <message>
        <source>the write %1 was not recorded with its content; it cannot be sent again from here</source>
        <translation>der Schreibvorgang %1 wurde ohne Inhalt aufgezeichnet; er kann von hier aus nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>relinking is not available in this build</source>
        <translation>Neuverknüpfen ist in dieser Version nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>callbridge::review::ReviewRelinker</name>
    <message>
        <source>relinking needs a journal</source>
        <translation>zum Neuverknüpfen wird ein Journal benötigt</translation>
    </message>
    <message>
        <source>the call&apos;s events are not in the team database yet</source>
        <translation>die Ereignisse des Anrufs sind noch nicht in der Team-Datenbank</translation>
    </message>
    <message>
        <source>not signed in to Zendesk yet; try again in a moment</source>
        <translation>noch nicht bei Zendesk angemeldet; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>a correction of this call is already on its way</source>
        <translation>eine Korrektur dieses Anrufs wird bereits übermittelt</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AboutDialog</name>
    <message>
        <source>Callbridge</source>
        <translation>Callbridge</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt WebEngine</source>
        <translation>Qt WebEngine</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>Amazon Connect Streams</source>
        <translation>Amazon Connect Streams</translation>
    </message>
    <message>
        <source>About Callbridge</source>
        <translation>Über Callbridge</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>System-wide settings</source>
        <translation>Systemweite Einstellungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Softphone profile</source>
        <translation>Softphone-Profil</translation>
    </message>
    <message>
        <source>Callbridge logo</source>
        <translation>Callbridge-Logo</translation>
    </message>
    <message>
        <source>Callbridge links Amazon Connect calls to Zendesk tickets.</source>
        <translation>Callbridge verknüpft Amazon-Connect-Anrufe mit Zendesk-Tickets.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AgentPanel</name>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Attach to ticket</source>
        <translation>An Ticket anhängen</translation>
    </message>
    <message>
        <source>Set as caller</source>
        <translation>Als Anrufer festlegen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>User search failed: %1</source>
        <translation>Benutzersuche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n Benutzer gefunden</numerusform>
            <numerusform>%n Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket search failed: %1</source>
        <translation>Ticketsuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not list the user&apos;s tickets: %1</source>
        <translation>Die Tickets des Benutzers konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) requested by this user</source>
        <translation>
            <numerusform>%n Ticket von diesem Benutzer angefragt</numerusform>
            <numerusform>%n Tickets von diesem Benutzer angefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, e-mail, phone, ticket number or subject</source>
        <translation>Name, E-Mail, Telefon, Ticketnummer oder Betreff</translation>
    </message>
    <message>
        <source>Search Zendesk</source>
        <translation>Zendesk durchsuchen</translation>
    </message>
    <message>
        <source>Search users and tickets (Ctrl+F)</source>
        <translation>Benutzer und Tickets suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search users and tickets (Enter)</source>
        <translation>Benutzer und Tickets suchen (Enter)</translation>
    </message>
    <message>
        <source>The chosen user is the one calling</source>
        <translation>Der gewählte Benutzer ist der Anrufer</translation>
    </message>
    <message>
        <source>Add the call to the chosen ticket (Ctrl+Enter)</source>
        <translation>Den Anruf an das gewählte Ticket anhängen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call the chosen user, or the requester of the chosen ticket (the call is added to it)</source>
        <translation>Den gewählten Benutzer oder den Anfragenden des gewählten Tickets anrufen (der Anruf wird dem Ticket hinzugefügt)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Subject of the new ticket</source>
        <translation>Betreff des neuen Tickets</translation>
    </message>
    <message>
        <source>For a new user</source>
        <translation>Für einen neuen Benutzer</translation>
    </message>
    <message>
        <source>Create a Zendesk user for the caller first</source>
        <translation>Zuerst einen Zendesk-Benutzer für den Anrufer anlegen</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Name des neuen Benutzers</translation>
    </message>
    <message>
        <source>New user&apos;s phone</source>
        <translation>Telefon des neuen Benutzers</translation>
    </message>
    <message>
        <source>New user&apos;s e-mail (optional)</source>
        <translation>E-Mail des neuen Benutzers (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>For the chosen user, the caller, or the new user (Ctrl+N)</source>
        <translation>Für den gewählten Benutzer, den Anrufer oder den neuen Benutzer (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>  (caller)</source>
        <translation>  (Anrufer)</translation>
    </message>
    <message>
        <source>Caller&apos;s tickets</source>
        <translation>Tickets des Anrufers</translation>
    </message>
    <message>
        <source>Caller&apos;s tickets (reading…)</source>
        <translation>Tickets des Anrufers (wird gelesen…)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Gefundene Tickets</translation>
    </message>
    <message>
        <source>Their tickets</source>
        <translation>Deren Tickets</translation>
    </message>
    <message>
        <source>Reading the user&apos;s tickets…</source>
        <translation>Tickets des Benutzers werden gelesen…</translation>
    </message>
    <message>
        <source>Creating the ticket…</source>
        <translation>Ticket wird erstellt…</translation>
    </message>
    <message>
        <source>Attaching the call to #%1…</source>
        <translation>Anruf wird an #%1 angehängt…</translation>
    </message>
    <message>
        <source>Ticket #%1 has no requester to call</source>
        <translation>Ticket #%1 hat keinen Anfragenden, der angerufen werden kann</translation>
    </message>
    <message>
        <source>The requester of #%1 has no phone number</source>
        <translation>Der Anfragende von #%1 hat keine Telefonnummer</translation>
    </message>
    <message>
        <source>Could not read the requester: %1</source>
        <translation>Der Anfragende konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::CallerPicker</name>
    <message>
        <source>Users who share the caller&apos;s number</source>
        <translation>Benutzer mit der Nummer des Anrufers</translation>
    </message>
    <message>
        <source>These users share the caller&apos;s number — who is calling?</source>
        <translation>Diese Benutzer haben die Nummer des Anrufers — wer ruft an?</translation>
    </message>
    <message>
        <source>Reading their tickets…</source>
        <translation>Deren Tickets werden gelesen…</translation>
    </message>
    <message>
        <source>Current caller</source>
        <translation>Aktueller Anrufer</translation>
    </message>
    <message>
        <source>This is the caller</source>
        <translation>Das ist der Anrufer</translation>
    </message>
    <message>
        <source>%1 is the caller</source>
        <translation>%1 ist der Anrufer</translation>
    </message>
    <message>
        <source>Their tickets could not be read: %1</source>
        <translation>Deren Tickets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>Keine Tickets</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Signs in to Zendesk with this URL, e-mail and API token</source>
        <translation>Meldet sich mit dieser URL, E-Mail und diesem API-Token bei Zendesk an</translation>
    </message>
    <message>
        <source>Fill in the Zendesk URL and e-mail first.</source>
        <translation>Geben Sie zuerst die Zendesk-URL und die E-Mail ein.</translation>
    </message>
    <message>
        <source>Signing in to Zendesk…</source>
        <translation>Anmeldung bei Zendesk…</translation>
    </message>
    <message>
        <source>Type the API token first (none is stored for this account).</source>
        <translation>Geben Sie zuerst das API-Token ein (für dieses Konto ist keines gespeichert).</translation>
    </message>
    <message>
        <source>✔ Signed in: %1</source>
        <translation>✔ Angemeldet: %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactCard</name>
    <message>
        <source>Current contact</source>
        <translation>Aktueller Kontakt</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Choose another user as the caller</source>
        <translation>Einen anderen Benutzer als Anrufer wählen</translation>
    </message>
    <message>
        <source>Choose which of the users with this number is calling</source>
        <translation>Wählen Sie, welcher der Benutzer mit dieser Nummer anruft</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Benutzer öffnen</translation>
    </message>
    <message>
        <source>Open the caller in Zendesk</source>
        <translation>Den Anrufer in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call the caller</source>
        <translation>Den Anrufer anrufen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the ticket candidate in Zendesk</source>
        <translation>Das vorgeschlagene Ticket in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Open the linked ticket in Zendesk</source>
        <translation>Das verknüpfte Ticket in Zendesk öffnen</translation>
    </message>
    <message>
        <source>New ticket instead</source>
        <translation>Stattdessen neues Ticket</translation>
    </message>
    <message>
        <source>Move the call to a new ticket for the same caller</source>
        <translation>Den Anruf in ein neues Ticket für denselben Anrufer verschieben</translation>
    </message>
    <message>
        <source>Attach to another ticket…</source>
        <translation>An anderes Ticket anhängen…</translation>
    </message>
    <message>
        <source>Move the call to another ticket</source>
        <translation>Den Anruf in ein anderes Ticket verschieben</translation>
    </message>
    <message>
        <source>Different caller…</source>
        <translation>Anderer Anrufer…</translation>
    </message>
    <message>
        <source>Say who really called</source>
        <translation>Angeben, wer wirklich angerufen hat</translation>
    </message>
    <message>
        <source>Caller&apos;s recent tickets</source>
        <translation>Letzte Tickets des Anrufers</translation>
    </message>
    <message>
        <source>Show recent tickets</source>
        <translation>Letzte Tickets anzeigen</translation>
    </message>
    <message>
        <source>Read the caller&apos;s recent tickets from Zendesk</source>
        <translation>Die letzten Tickets des Anrufers aus Zendesk lesen</translation>
    </message>
    <message>
        <source>The caller&apos;s recent tickets</source>
        <translation>Die letzten Tickets des Anrufers</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message>
        <source>Open the chosen ticket in Zendesk</source>
        <translation>Das gewählte Ticket in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Call about ticket</source>
        <translation>Zum Ticket anrufen</translation>
    </message>
    <message>
        <source>Call the caller; the call is added to the chosen ticket</source>
        <translation>Den Anrufer anrufen; der Anruf wird dem gewählten Ticket hinzugefügt</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <source>The contact flow names them %1</source>
        <translation>Der Contact Flow nennt sie %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The caller has no tickets yet</source>
        <translation>Der Anrufer hat noch keine Tickets</translation>
    </message>
    <message>
        <source>Wrong? Correct it now or shortly after the call</source>
        <translation>Falsch? Korrigieren Sie es jetzt oder kurz nach dem Anruf</translation>
    </message>
    <message>
        <source>Wrong? Until %1</source>
        <translation>Falsch? Bis %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactPanel</name>
    <message>
        <source>Current contact</source>
        <translation>Aktueller Kontakt</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>ticket #%1 (new)</source>
        <translation>Ticket #%1 (neu)</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>user #%1 (new)</source>
        <translation>Benutzer #%1 (neu)</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Recent ticket reused</source>
        <translation>Letztes Ticket wiederverwendet</translation>
    </message>
    <message>
        <source>Ticket from the IVR</source>
        <translation>Ticket aus der IVR</translation>
    </message>
    <message>
        <source>Ticket followed the transfer</source>
        <translation>Ticket ist der Weiterleitung gefolgt</translation>
    </message>
    <message>
        <source>Attached to the chosen ticket</source>
        <translation>An das gewählte Ticket angehängt</translation>
    </message>
    <message>
        <source>Waiting for your choice</source>
        <translation>Wartet auf Ihre Auswahl</translation>
    </message>
    <message>
        <source>Ticket created at the end of the call</source>
        <translation>Ticket am Ende des Anrufs erstellt</translation>
    </message>
    <message>
        <source>Call details added</source>
        <translation>Anrufdetails hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Nichts geschrieben</translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation>Nicht in Zendesk geschrieben</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Unbekanntes Ergebnis</translation>
    </message>
    <message>
        <source>Contact on show</source>
        <translation>Angezeigter Kontakt</translation>
    </message>
    <message>
        <source>Several contacts at once: choose the one to show</source>
        <translation>Mehrere Kontakte gleichzeitig: Wählen Sie den anzuzeigenden aus</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link corrected</source>
        <translation>Verknüpfung korrigiert</translation>
    </message>
    <message>
        <source>Open %1 in Zendesk</source>
        <translation>%1 in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::DialBar</name>
    <message>
        <source>Sign in to Amazon Connect first: the softphone cannot call yet</source>
        <translation>Melden Sie sich zuerst bei Amazon Connect an: Das Softphone kann noch nicht anrufen</translation>
    </message>
    <message>
        <source>Cannot call now: the softphone is busy with a contact (%1). Finish it first.</source>
        <translation>Anruf jetzt nicht möglich: Das Softphone ist mit einem Kontakt beschäftigt (%1). Schließen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Cannot call now: the softphone reports an error</source>
        <translation>Anruf jetzt nicht möglich: Das Softphone meldet einen Fehler</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Anzurufende Nummer</translation>
    </message>
    <message>
        <source>A phone number in any usual format (Ctrl+D)</source>
        <translation>Eine Telefonnummer in einem beliebigen üblichen Format (Ctrl+D)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Die Nummer anrufen</translation>
    </message>
    <message>
        <source>Call the number through the softphone (Ctrl+D)</source>
        <translation>Die Nummer über das Softphone anrufen (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FirstRunWizard</name>
    <message>
        <source>Set up Callbridge</source>
        <translation>Callbridge einrichten</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Starts Callbridge against a local sandbox; no account is needed</source>
        <translation>Startet Callbridge mit einer lokalen Sandbox; kein Konto erforderlich</translation>
    </message>
    <message>
        <source>Welcome to Callbridge</source>
        <translation>Willkommen bei Callbridge</translation>
    </message>
    <message>
        <source>Callbridge shows the Amazon Connect softphone and links every call to the right Zendesk user and ticket.

To set it up you need:
  • your Amazon Connect instance&apos;s URL,
  • an origin your Connect administrator has approved for the softphone,
  • your Zendesk URL, your Zendesk e-mail and an API token.

No account at hand? &quot;Try the demo&quot; runs Callbridge against a local sandbox that plays Zendesk and Connect.</source>
        <translation>Callbridge zeigt das Amazon-Connect-Softphone an und verknüpft jeden Anruf mit dem richtigen Zendesk-Benutzer und -Ticket.

Für die Einrichtung benötigen Sie:
  • die URL Ihrer Amazon-Connect-Instanz,
  • einen Origin, den Ihr Connect-Administrator für das Softphone freigegeben hat,
  • Ihre Zendesk-URL, Ihre Zendesk-E-Mail und ein API-Token.

Kein Konto zur Hand? „Demo ausprobieren“ startet Callbridge mit einer lokalen Sandbox, die Zendesk und Connect simuliert.</translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation>Amazon Connect</translation>
    </message>
    <message>
        <source>The instance agents sign in to. Both forms work: https://ALIAS.my.connect.aws and https://ALIAS.awsapps.com (Callbridge adds /connect for the latter).</source>
        <translation>Die Instanz, bei der sich die Agents anmelden. Beide Formen funktionieren: https://ALIAS.my.connect.aws und https://ALIAS.awsapps.com (bei Letzterer ergänzt Callbridge /connect).</translation>
    </message>
    <message>
        <source>The softphone will load %1</source>
        <translation>Das Softphone lädt %1</translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation>Host-Origin</translation>
    </message>
    <message>
        <source>Callbridge hosts the softphone as an https origin of your choice, for example https://callbridge.your-company.example. Nothing needs to be served there.</source>
        <translation>Callbridge stellt das Softphone unter einem https-Origin Ihrer Wahl bereit, zum Beispiel https://callbridge.your-company.example. Dort muss nichts ausgeliefert werden.</translation>
    </message>
    <message>
        <source>Connect only lets approved origins embed the softphone. Ask your Connect administrator to add this origin once:
  1. AWS console → Amazon Connect → your instance,
  2. Approved origins → Add origin,
  3. enter the origin exactly as above and save.
Without it the softphone stays blank.</source>
        <translation>Connect erlaubt nur freigegebenen Origins, das Softphone einzubetten. Bitten Sie Ihren Connect-Administrator, diesen Origin einmalig hinzuzufügen:
  1. AWS-Konsole → Amazon Connect → Ihre Instanz,
  2. Approved origins → Add origin,
  3. den Origin genau wie oben eingeben und speichern.
Ohne diesen Schritt bleibt das Softphone leer.</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The Zendesk account Callbridge writes tickets as. Create an API token in Zendesk&apos;s Admin Center → Apps and integrations → Zendesk API.</source>
        <translation>Das Zendesk-Konto, unter dem Callbridge Tickets schreibt. Erstellen Sie ein API-Token in Zendesk unter Admin Center → Apps und Integrationen → Zendesk API.</translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation>Zendesk-API-Token</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation>Wird im Schlüsselbund des Systems für dieses Zendesk und diese E-Mail aufbewahrt</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish saves the settings to %1 and the API token to the system keychain. Everything else can be changed later in Settings…</source>
        <translation>„Fertigstellen“ speichert die Einstellungen in %1 und das API-Token im Schlüsselbund des Systems. Alles andere können Sie später unter Einstellungen… ändern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The settings are saved, but not the API token: %1</source>
        <translation>Die Einstellungen sind gespeichert, das API-Token jedoch nicht: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::MainWindow</name>
    <message>
        <source>Callbridge</source>
        <translation>Callbridge</translation>
    </message>
    <message>
        <source>Agent mode</source>
        <translation>Agent-Modus</translation>
    </message>
    <message>
        <source>Connecting to Zendesk…</source>
        <translation>Verbindung mit Zendesk wird hergestellt…</translation>
    </message>
    <message>
        <source>Ignored a softphone message: %1</source>
        <translation>Softphone-Nachricht ignoriert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed in to Zendesk as %1</source>
        <translation>Bei Zendesk angemeldet als %1</translation>
    </message>
    <message>
        <source>No call to apply this to</source>
        <translation>Kein Anruf, auf den dies angewendet werden kann</translation>
    </message>
    <message>
        <source>Sent to Zendesk…</source>
        <translation>An Zendesk gesendet…</translation>
    </message>
    <message>
        <source>&amp;Callbridge</source>
        <translation>&amp;Callbridge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Callbridge</source>
        <translation>&amp;Über Callbridge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>&amp;Search Zendesk</source>
        <translation>Zendesk &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Neues Ticket</translation>
    </message>
    <message>
        <source>&amp;Attach to the chosen ticket</source>
        <translation>An das gewählte Ticket an&amp;hängen</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>Nummer &amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation>Amazon Connect</translation>
    </message>
    <message>
        <source>The softphone is not signed in: calls cannot reach you.</source>
        <translation>Das Softphone ist nicht angemeldet: Anrufe können Sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect</source>
        <translation>Bei Amazon Connect anmelden</translation>
    </message>
    <message>
        <source>Opens the Amazon Connect sign-in window</source>
        <translation>Öffnet das Anmeldefenster von Amazon Connect</translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect in the window that opened</source>
        <translation>Melden Sie sich im geöffneten Fenster bei Amazon Connect an</translation>
    </message>
    <message>
        <source>The softphone could not place the call (%1)</source>
        <translation>Das Softphone konnte den Anruf nicht tätigen (%1)</translation>
    </message>
    <message>
        <source>No Zendesk address is set: cannot open it</source>
        <translation>Keine Zendesk-Adresse festgelegt: Zendesk kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Zendesk could not be opened in the browser</source>
        <translation>Zendesk konnte nicht im Browser geöffnet werden</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>Wer ruft an?</translation>
    </message>
    <message>
        <source>Attach to another ticket</source>
        <translation>An anderes Ticket anhängen</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>Ticketnummer:</translation>
    </message>
    <message>
        <source>Different caller</source>
        <translation>Anderer Anrufer</translation>
    </message>
    <message>
        <source>The caller&apos;s Zendesk user id:</source>
        <translation>Zendesk-Benutzer-ID des Anrufers:</translation>
    </message>
    <message>
        <source>Corrections are not available</source>
        <translation>Korrekturen sind nicht verfügbar</translation>
    </message>
    <message>
        <source>Correction sent to Zendesk…</source>
        <translation>Korrektur an Zendesk gesendet…</translation>
    </message>
    <message>
        <source>Cannot call &quot;%1&quot;: not a phone number</source>
        <translation>„%1“ kann nicht angerufen werden: keine Telefonnummer</translation>
    </message>
    <message>
        <source>Calling %1 — the call will be added to ticket #%2</source>
        <translation>%1 wird angerufen — der Anruf wird Ticket #%2 hinzugefügt</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
    <message>
        <source>&amp;Review decisions…</source>
        <translation>Entscheidungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Every call&apos;s link and why it was made; approve, retry or relink</source>
        <translation>Die Verknüpfung jedes Anrufs und ihr Grund; bestätigen, erneut senden oder neu verknüpfen</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::Notifier</name>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Zendesk has not taken the call yet</source>
        <translation>Zendesk hat den Anruf noch nicht übernommen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation>Nicht in Zendesk geschrieben</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PopupWindow</name>
    <message>
        <source>(no page yet)</source>
        <translation>(noch keine Seite)</translation>
    </message>
    <message>
        <source>%1 — Callbridge softphone</source>
        <translation>%1 — Callbridge-Softphone</translation>
    </message>
    <message>
        <source>%1 — %2 — Callbridge softphone</source>
        <translation>%1 — %2 — Callbridge-Softphone</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewChartsTab</name>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>One day, per hour</source>
        <translation>Ein Tag, pro Stunde</translation>
    </message>
    <message>
        <source>Seven days, per day</source>
        <translation>Sieben Tage, pro Tag</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the charts for the period</source>
        <translation>Die Diagramme für den Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Calls per period by outcome</source>
        <translation>Anrufe pro Zeitraum nach Ergebnis</translation>
    </message>
    <message>
        <source>Share of automatic, agent and corrected links</source>
        <translation>Anteil automatischer, vom Agent gesetzter und korrigierter Verknüpfungen</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>Anrufe pro Agent</translation>
    </message>
    <message>
        <source>Calls per period, numbers</source>
        <translation>Anrufe pro Zeitraum, Zahlen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Link share, numbers</source>
        <translation>Verknüpfungsanteil, Zahlen</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Calls per agent, numbers</source>
        <translation>Anrufe pro Agent, Zahlen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Calls per day by outcome</source>
        <translation>Anrufe pro Tag nach Ergebnis</translation>
    </message>
    <message>
        <source>Calls per hour by outcome</source>
        <translation>Anrufe pro Stunde nach Ergebnis</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By the agent</source>
        <translation>Durch den Agent</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>How calls were linked (%1 calls)</source>
        <translation>Wie Anrufe verknüpft wurden (%1 Anrufe)</translation>
    </message>
    <message>
        <source>Calls per agent (the %1 busiest)</source>
        <translation>Anrufe pro Agent (die %1 aktivsten)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewDetailPane</name>
    <message>
        <source>Shared numbers</source>
        <translation>Geteilte Nummern</translation>
    </message>
    <message>
        <source>IVR tickets refused</source>
        <translation>Abgelehnte IVR-Tickets</translation>
    </message>
    <message>
        <source>Forced creations</source>
        <translation>Erzwungene Erstellungen</translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation>Anonyme Anrufer</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>Fehlgeschlagene Schreibvorgänge</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>New users with a close number</source>
        <translation>Neue Benutzer mit ähnlicher Nummer</translation>
    </message>
    <message>
        <source>Select a decision to see its contact.</source>
        <translation>Wählen Sie eine Entscheidung aus, um den zugehörigen Kontakt anzuzeigen.</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Timeline, decisions, writes, corrections and reviews of the contact</source>
        <translation>Zeitverlauf, Entscheidungen, Schreibvorgänge, Korrekturen und Prüfungen des Kontakts</translation>
    </message>
    <message>
        <source>Open &amp;ticket in Zendesk</source>
        <translation>&amp;Ticket in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Open ticket in Zendesk</source>
        <translation>Ticket in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Open &amp;caller in Zendesk</source>
        <translation>&amp;Anrufer in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Open caller in Zendesk</source>
        <translation>Anrufer in Zendesk öffnen</translation>
    </message>
    <message>
        <source>Contact %1 — %2, %3</source>
        <translation>Kontakt %1 — %2, %3</translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation>Prüfenswert: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>  (no events recorded)</source>
        <translation>  (keine Ereignisse erfasst)</translation>
    </message>
    <message>
        <source>, queue %1</source>
        <translation>, Warteschlange %1</translation>
    </message>
    <message>
        <source>, agent %1</source>
        <translation>, Agent %1</translation>
    </message>
    <message>
        <source>, action %1</source>
        <translation>, Aktion %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>, user created</source>
        <translation>, Benutzer erstellt</translation>
    </message>
    <message>
        <source>    reason: %1</source>
        <translation>    Grund: %1</translation>
    </message>
    <message>
        <source>    notice: %1</source>
        <translation>    Hinweis: %1</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>: Zendesk answered “%1”</source>
        <translation>: Zendesk antwortete „%1“</translation>
    </message>
    <message>
        <source>  %1  to ticket %2, user %3 by %4: %5</source>
        <translation>  %1  zu Ticket %2, Benutzer %3 durch %4: %5</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>  not reviewed yet</source>
        <translation>  noch nicht geprüft</translation>
    </message>
    <message>
        <source>  %1  reviewed by %2%3</source>
        <translation>  %1  geprüft von %2%3</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewFilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Ab einem Datum filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Bis zu einem Datum filtern</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>agent username</source>
        <translation>Benutzername des Agents</translation>
    </message>
    <message>
        <source>Only this agent&apos;s decisions (exact username)</source>
        <translation>Nur Entscheidungen dieses Agents (exakter Benutzername)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+E.164 or last digits</source>
        <translation>+E.164 oder letzte Ziffern</translation>
    </message>
    <message>
        <source>A whole number starting with +, or the last digits of the caller&apos;s number</source>
        <translation>Eine vollständige Nummer beginnend mit + oder die letzten Ziffern der Nummer des Anrufers</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Only decisions about this ticket</source>
        <translation>Nur Entscheidungen zu diesem Ticket</translation>
    </message>
    <message>
        <source>Text in reason</source>
        <translation>Text im Grund</translation>
    </message>
    <message>
        <source>text in the reason</source>
        <translation>Text im Grund</translation>
    </message>
    <message>
        <source>Decisions whose reason contains this text</source>
        <translation>Entscheidungen, deren Grund diesen Text enthält</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Beliebiger Modus</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewQueueTab</name>
    <message>
        <source>Concern</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>Which links worth a look the queue shows</source>
        <translation>Welche prüfenswerten Verknüpfungen die Warteschlange anzeigt</translation>
    </message>
    <message>
        <source>Every concern</source>
        <translation>Alle Auffälligkeiten</translation>
    </message>
    <message>
        <source>Include &amp;reviewed</source>
        <translation>&amp;Geprüfte einbeziehen</translation>
    </message>
    <message>
        <source>Include reviewed contacts</source>
        <translation>Geprüfte Kontakte einbeziehen</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Approve: mark the contact reviewed</source>
        <translation>Bestätigen: Kontakt als geprüft markieren</translation>
    </message>
    <message>
        <source>Re&amp;link…</source>
        <translation>&amp;Neu verknüpfen…</translation>
    </message>
    <message>
        <source>Relink to another ticket or user</source>
        <translation>Mit einem anderen Ticket oder Benutzer verknüpfen</translation>
    </message>
    <message>
        <source>Retry &amp;failed write</source>
        <translation>&amp;Fehlgeschlagenen Schreibvorgang wiederholen</translation>
    </message>
    <message>
        <source>Retry failed write</source>
        <translation>Fehlgeschlagenen Schreibvorgang wiederholen</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Status der Warteschlange</translation>
    </message>
    <message>
        <source>Relinking needs a Zendesk account</source>
        <translation>Neu verknüpfen erfordert ein Zendesk-Konto</translation>
    </message>
    <message>
        <source>Retrying needs a Zendesk account</source>
        <translation>Wiederholen erfordert ein Zendesk-Konto</translation>
    </message>
    <message>
        <source>Could not mark %1 reviewed: %2</source>
        <translation>%1 konnte nicht als geprüft markiert werden: %2</translation>
    </message>
    <message>
        <source>Marked %1 reviewed.</source>
        <translation>%1 als geprüft markiert.</translation>
    </message>
    <message>
        <source>the call from %1 (contact %2)</source>
        <translation>der Anruf von %1 (Kontakt %2)</translation>
    </message>
    <message>
        <source>Relinking %1…</source>
        <translation>%1 wird neu verknüpft…</translation>
    </message>
    <message>
        <source>Relink failed: %1</source>
        <translation>Neu verknüpfen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sending %1 again…</source>
        <translation>%1 wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Wiederholen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewRelinkDialog</name>
    <message>
        <source>Relink call</source>
        <translation>Anruf neu verknüpfen</translation>
    </message>
    <message>
        <source>Move the link of %1 to:</source>
        <translation>Verknüpfung von %1 verschieben zu:</translation>
    </message>
    <message>
        <source>Another &amp;ticket</source>
        <translation>Anderes &amp;Ticket</translation>
    </message>
    <message>
        <source>Attach the call to another ticket</source>
        <translation>Den Anruf einem anderen Ticket zuordnen</translation>
    </message>
    <message>
        <source>Another ca&amp;ller (Zendesk user)</source>
        <translation>Anderer &amp;Anrufer (Zendesk-Benutzer)</translation>
    </message>
    <message>
        <source>The caller was another Zendesk user</source>
        <translation>Der Anrufer war ein anderer Zendesk-Benutzer</translation>
    </message>
    <message>
        <source>A &amp;new ticket for the same caller</source>
        <translation>Ein &amp;neues Ticket für denselben Anrufer</translation>
    </message>
    <message>
        <source>Create a new ticket for the same caller</source>
        <translation>Ein neues Ticket für denselben Anrufer erstellen</translation>
    </message>
    <message>
        <source>Ticket or user number</source>
        <translation>Ticket- oder Benutzernummer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Written to the journal and the old ticket&apos;s note</source>
        <translation>Wird in das Journal und die Notiz des alten Tickets geschrieben</translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation>Neu &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Relink</source>
        <translation>Neu verknüpfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Outcome / mode</source>
        <translation>Ergebnis / Modus</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewWindow</name>
    <message>
        <source>Callbridge review — %1</source>
        <translation>Callbridge-Prüfung — %1</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Prüfansichten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the filtered decisions as CSV</source>
        <translation>Die gefilterten Entscheidungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Anzahl der Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not count the decisions: %1</source>
        <translation>Die Entscheidungen konnten nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) match</source>
        <translation>
            <numerusform>%n Entscheidung passt</numerusform>
            <numerusform>%n Entscheidungen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV not written: %1</source>
        <translation>CSV nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SecretField</name>
    <message>
        <source>Fill in the account above first.</source>
        <translation>Füllen Sie zuerst das Konto oben aus.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Suche im Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>Stored in the system keychain for %1 at %2; type to replace it.</source>
        <translation>Im Schlüsselbund des Systems für %1 bei %2 gespeichert; tippen Sie, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>None stored for %1 at %2 yet.</source>
        <translation>Für %1 bei %2 ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the secret has no account to be stored for</source>
        <translation>für das Geheimnis gibt es kein Konto, unter dem es gespeichert werden kann</translation>
    </message>
    <message>
        <source>the system keychain refused it: %1</source>
        <translation>der Schlüsselbund des Systems hat es abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingField</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Default: %2 (%3)</source>
        <translation>%1 Standard: %2 (%3)</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>Instanz-URL</translation>
    </message>
    <message>
        <source>SSO sign-in URL</source>
        <translation>SSO-Anmelde-URL</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>Contact centre number</source>
        <translation>Nummer des Contact Centers</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation>Host-Origin</translation>
    </message>
    <message>
        <source>Identity provider hosts</source>
        <translation>Hosts des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Audio elsewhere (VDI)</source>
        <translation>Audio anderswo (VDI)</translation>
    </message>
    <message>
        <source>Zendesk URL</source>
        <translation>Zendesk-URL</translation>
    </message>
    <message>
        <source>Agent&apos;s email</source>
        <translation>E-Mail des Agents</translation>
    </message>
    <message>
        <source>Screen pop</source>
        <translation>Screen Pop</translation>
    </message>
    <message>
        <source>Talk Partner Edition</source>
        <translation>Talk Partner Edition</translation>
    </message>
    <message>
        <source>Language of notes</source>
        <translation>Sprache der Notizen</translation>
    </message>
    <message>
        <source>Ticket assignment</source>
        <translation>Ticketzuordnung</translation>
    </message>
    <message>
        <source>Reuse a ticket updated within (minutes)</source>
        <translation>Ticket wiederverwenden, wenn aktualisiert innerhalb (Minuten)</translation>
    </message>
    <message>
        <source>Correction window (minutes)</source>
        <translation>Korrekturfenster (Minuten)</translation>
    </message>
    <message>
        <source>Force a ticket in agent mode</source>
        <translation>Ticket im Agentenmodus erzwingen</translation>
    </message>
    <message>
        <source>Look up while ringing</source>
        <translation>Beim Klingeln nachschlagen</translation>
    </message>
    <message>
        <source>Voice comment</source>
        <translation>Sprachkommentar</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Link zur Aufnahme</translation>
    </message>
    <message>
        <source>Tickets for all outbound calls</source>
        <translation>Tickets für alle ausgehenden Anrufe</translation>
    </message>
    <message>
        <source>Remember the caller&apos;s number</source>
        <translation>Nummer des Anrufers merken</translation>
    </message>
    <message>
        <source>Ticket attribute</source>
        <translation>Ticket-Attribut</translation>
    </message>
    <message>
        <source>Attributes in notes</source>
        <translation>Attribute in Notizen</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>Keep calls for (days)</source>
        <translation>Anrufe aufbewahren (Tage)</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <source>Bring to front on ring</source>
        <translation>Beim Klingeln in den Vordergrund</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingsDialog</name>
    <message>
        <source>Callbridge settings</source>
        <translation>Callbridge-Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Settings file: %1 — changes apply at the next start.</source>
        <translation>Einstellungsdatei: %1 — Änderungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation>Zendesk-API-Token</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation>Im Schlüsselbund des Systems für dieses Zendesk und diese E-Mail-Adresse gespeichert</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Passwort der Team-Datenbank</translation>
    </message>
    <message>
        <source>Kept in the system keychain for the database&apos;s user and host</source>
        <translation>Im Schlüsselbund des Systems für Benutzer und Host der Datenbank gespeichert</translation>
    </message>
    <message>
        <source>Set the database above first: the password is kept for its user and host.</source>
        <translation>Legen Sie zuerst oben die Datenbank fest: Das Passwort wird für deren Benutzer und Host gespeichert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the settings file is saved, but not the API token: %1</source>
        <translation>die Einstellungsdatei ist gespeichert, aber nicht das API-Token: %1</translation>
    </message>
    <message>
        <source>the settings file is saved, but not the team database password: %1</source>
        <translation>die Einstellungsdatei ist gespeichert, aber nicht das Passwort der Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>Saved to %1; the changes apply at the next start.</source>
        <translation>In %1 gespeichert; die Änderungen gelten ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::TrayIcon</name>
    <message>
        <source>Callbridge</source>
        <translation>Callbridge</translation>
    </message>
    <message>
        <source>&amp;Show Callbridge</source>
        <translation>Callbridge &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Softphone not signed in</source>
        <translation>Softphone nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UiLanguage</name>
    <message>
        <source>No translation for &quot;%1&quot;: using English (available: %2)</source>
        <translation>Keine Übersetzung für „%1“: Englisch wird verwendet (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::viewtext</name>
    <message>
        <source>from the IVR</source>
        <translation>aus der IVR</translation>
    </message>
    <message>
        <source>followed the transfer</source>
        <translation>der Weiterleitung gefolgt</translation>
    </message>
    <message>
        <source>the caller&apos;s recent ticket</source>
        <translation>das letzte Ticket des Anrufers</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Wird gewählt</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Nach dem Anruf</translation>
    </message>
    <message>
        <source>On the call — looking up</source>
        <translation>Im Gespräch — Suche läuft</translation>
    </message>
    <message>
        <source>On the call — your choice</source>
        <translation>Im Gespräch — Ihre Auswahl</translation>
    </message>
    <message>
        <source>On the call — linking</source>
        <translation>Im Gespräch — wird verknüpft</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Unterdrückte Nummer</translation>
    </message>
    <message>
        <source>Not looked up in Zendesk</source>
        <translation>Nicht in Zendesk gesucht</translation>
    </message>
    <message>
        <source>Looking up the caller in Zendesk…</source>
        <translation>Anrufer wird in Zendesk gesucht…</translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld: nobody to look up</source>
        <translation>Die Nummer des Anrufers ist unterdrückt: Es kann niemand gesucht werden</translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — find them, or create one with the ticket</source>
        <translation>Kein Zendesk-Benutzer hat %1 — suchen Sie ihn oder erstellen Sie einen mit dem Ticket</translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — New user will be created</source>
        <translation>Kein Zendesk-Benutzer hat %1 — ein neuer Benutzer wird erstellt</translation>
    </message>
    <message>
        <source>No Zendesk user has %1</source>
        <translation>Kein Zendesk-Benutzer hat %1</translation>
    </message>
    <message>
        <source>Identified by phone %1 (caller ID, unverified)</source>
        <translation>Identifiziert über Telefon %1 (Anrufer-ID, nicht verifiziert)</translation>
    </message>
    <message>
        <source>The number you called, %1</source>
        <translation>Die von Ihnen angerufene Nummer, %1</translation>
    </message>
    <message>
        <source>Identified from the contact flow (zendesk_user)</source>
        <translation>Identifiziert über den Kontaktfluss (zendesk_user)</translation>
    </message>
    <message>
        <source>Identified by e-mail from the contact flow (customer_email)</source>
        <translation>Identifiziert über die E-Mail-Adresse aus dem Kontaktfluss (customer_email)</translation>
    </message>
    <message>
        <source>Identified by the number given in the contact flow (customer_number)</source>
        <translation>Identifiziert über die im Kontaktfluss angegebene Nummer (customer_number)</translation>
    </message>
    <message>
        <source>The requester of the transferred call&apos;s ticket</source>
        <translation>Der Anfragende des Tickets des weitergeleiteten Anrufs</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Von Ihnen ausgewählt</translation>
    </message>
    <message>
        <source>The user of this call</source>
        <translation>Der Benutzer dieses Anrufs</translation>
    </message>
    <message>
        <source> — remembered from an earlier call</source>
        <translation> — von einem früheren Anruf übernommen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Ticket %1 — %2</source>
        <translation>Ticket %1 — %2</translation>
    </message>
    <message>
        <source>Linked to a new ticket (dry run: nothing sent)</source>
        <translation>Mit einem neuen Ticket verknüpft (Testlauf: nichts gesendet)</translation>
    </message>
    <message>
        <source>Linked to new ticket %1</source>
        <translation>Mit neuem Ticket %1 verknüpft</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Mit Ticket %1 verknüpft</translation>
    </message>
    <message>
        <source>Sending to Zendesk…</source>
        <translation>Wird an Zendesk gesendet…</translation>
    </message>
    <message>
        <source>Sent to Zendesk</source>
        <translation>An Zendesk gesendet</translation>
    </message>
    <message>
        <source>Waiting for Zendesk — %1; nothing is lost</source>
        <translation>Warten auf Zendesk — %1; es geht nichts verloren</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>1 other user shares this number</source>
        <translation>1 weiterer Benutzer hat dieselbe Nummer</translation>
    </message>
    <message>
        <source>%1 other users share this number</source>
        <translation>%1 weitere Benutzer haben dieselbe Nummer</translation>
    </message>
    <message>
        <source>When answered: the call goes to ticket #%1</source>
        <translation>Bei Annahme: Der Anruf wird Ticket #%1 zugeordnet</translation>
    </message>
    <message>
        <source>When answered: a new user and a new ticket</source>
        <translation>Bei Annahme: ein neuer Benutzer und ein neues Ticket</translation>
    </message>
    <message>
        <source>When answered: a new ticket</source>
        <translation>Bei Annahme: ein neues Ticket</translation>
    </message>
    <message>
        <source>When answered: nothing is written to Zendesk</source>
        <translation>Bei Annahme: Es wird nichts in Zendesk geschrieben</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>Organisation #%1</translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation>Ausgehender Anruf an %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <source>Not corrected: this call is not known any more</source>
        <translation>Nicht korrigiert: Dieser Anruf ist nicht mehr bekannt</translation>
    </message>
    <message>
        <source>Not corrected: the call is not linked to a ticket yet</source>
        <translation>Nicht korrigiert: Der Anruf ist noch mit keinem Ticket verknüpft</translation>
    </message>
    <message>
        <source>Not corrected: the time for corrections has passed (a supervisor can still move it)</source>
        <translation>Nicht korrigiert: Die Frist für Korrekturen ist abgelaufen (ein Supervisor kann ihn noch verschieben)</translation>
    </message>
    <message>
        <source>Not corrected: the call is already linked there</source>
        <translation>Nicht korrigiert: Der Anruf ist bereits dort verknüpft</translation>
    </message>
    <message>
        <source>Not corrected: give a ticket number or a user</source>
        <translation>Nicht korrigiert: Geben Sie eine Ticketnummer oder einen Benutzer an</translation>
    </message>
    <message>
        <source>Not corrected: it does not say who made it (sign in to Zendesk first)</source>
        <translation>Nicht korrigiert: Es ist nicht angegeben, wer sie vorgenommen hat (melden Sie sich zuerst bei Zendesk an)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
</TS>
