<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Phrase</name>
    <message>
        <source>Contact attributes changed during the call (contact %1):</source>
        <translation>Attributs de contact modifiés pendant l&apos;appel (contact %1)&#xa0;:</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>Contact attributes (set by the contact flow, partly from what the caller typed; claims, not verified):</source>
        <translation>Attributs de contact (définis par le flux de contacts, en partie d&apos;après la saisie de l&apos;appelant&#xa0;; déclarations non vérifiées)&#xa0;:</translation>
    </message>
    <message>
        <source>Redacted by Callbridge: %1</source>
        <translation>Masqué par Callbridge&#xa0;: %1</translation>
    </message>
    <message>
        <source>  … %1 more</source>
        <translation>  … %1 de plus</translation>
    </message>
    <message>
        <source>Amazon Connect call (%1)</source>
        <translation>Appel Amazon Connect (%1)</translation>
    </message>
    <message>
        <source>Contact ID: %1</source>
        <translation>ID de contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Initial contact ID: %1</source>
        <translation>ID de contact initial&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agent: %1 (%2), routing profile %3, extension %4</source>
        <translation>Agent&#xa0;: %1 (%2), profil de routage %3, poste %4</translation>
    </message>
    <message>
        <source>Caller ID (unverified): %1</source>
        <translation>Numéro de l&apos;appelant (non vérifié)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer number: %1</source>
        <translation>Numéro du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>System number: %1</source>
        <translation>Numéro du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Détails du contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording: %1 (available a few minutes after the call)</source>
        <translation>Enregistrement&#xa0;: %1 (disponible quelques minutes après l&apos;appel)</translation>
    </message>
    <message>
        <source>Linked by Callbridge: %1</source>
        <translation>Lié par Callbridge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call ended (contact %1)</source>
        <translation>Appel terminé (contact %1)</translation>
    </message>
    <message>
        <source>Call from %1 to %2</source>
        <translation>Appel de %1 vers %2</translation>
    </message>
    <message>
        <source>Call from %1 (caller ID, unverified) to %2</source>
        <translation>Appel de %1 (numéro de l&apos;appelant, non vérifié) vers %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Durée&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation>Appel sortant vers %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>transfer of %1: the call&apos;s ticket %2</source>
        <translation>transfert de %1&#xa0;: ticket de l&apos;appel %2</translation>
    </message>
    <message>
        <source>looking up the ticket of transferred call %1</source>
        <translation>recherche du ticket de l&apos;appel transféré %1</translation>
    </message>
    <message>
        <source>searching comments for transferred call %1</source>
        <translation>recherche de l&apos;appel transféré %1 dans les commentaires</translation>
    </message>
    <message>
        <source>transfer of %1: no ticket found for the call (not by this app, external_id or a comment naming it, searched for %2 s)</source>
        <translation>transfert de %1&#xa0;: aucun ticket trouvé pour l&apos;appel (ni par cette application, ni par external_id, ni par un commentaire le mentionnant&#xa0;; recherche pendant %2 s)</translation>
    </message>
    <message>
        <source>transfer of %1: ticket #%2, whose comments name the call (the newest of %3)</source>
        <translation>transfert de %1&#xa0;: ticket #%2, dont les commentaires mentionnent l&apos;appel (le plus récent sur %3)</translation>
    </message>
    <message>
        <source>IVR asked for a new ticket</source>
        <translation>l&apos;IVR a demandé un nouveau ticket</translation>
    </message>
    <message>
        <source>Requested ticket #%1 was not found</source>
        <translation>Le ticket demandé #%1 est introuvable</translation>
    </message>
    <message>
        <source>reading IVR ticket #%1</source>
        <translation>lecture du ticket IVR #%1</translation>
    </message>
    <message>
        <source>requester of ticket #%1</source>
        <translation>demandeur du ticket #%1</translation>
    </message>
    <message>
        <source>zendesk_user #%1 was not found: identified by phone</source>
        <translation>zendesk_user #%1 introuvable&#xa0;: identification par téléphone</translation>
    </message>
    <message>
        <source>reading zendesk_user #%1</source>
        <translation>lecture de zendesk_user #%1</translation>
    </message>
    <message>
        <source>zendesk_user #%1</source>
        <translation>zendesk_user #%1</translation>
    </message>
    <message>
        <source>searching customer_email %1</source>
        <translation>recherche de customer_email %1</translation>
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
        <translation>customer_number «&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: numéro de l&apos;appelant utilisé</translation>
    </message>
    <message>
        <source>no caller number</source>
        <translation>pas de numéro d&apos;appelant</translation>
    </message>
    <message>
        <source>caller number &quot;%1&quot; withheld or not a phone number</source>
        <translation>numéro d&apos;appelant «&#xa0;%1&#xa0;» masqué ou invalide</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>téléphone %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>recherche par %1</translation>
    </message>
    <message>
        <source>user #%1 no longer has %2: searched again</source>
        <translation>l&apos;utilisateur #%1 n&apos;a plus le numéro %2&#xa0;: nouvelle recherche</translation>
    </message>
    <message>
        <source>reading user #%1</source>
        <translation>lecture de l&apos;utilisateur #%1</translation>
    </message>
    <message>
        <source>reading the phone numbers of a remembered user</source>
        <translation>lecture des numéros de téléphone d&apos;un utilisateur mémorisé</translation>
    </message>
    <message>
        <source>%1 (remembered from an earlier call)</source>
        <translation>%1 (mémorisé lors d&apos;un appel précédent)</translation>
    </message>
    <message>
        <source>reading the phone numbers of user #%1</source>
        <translation>lecture des numéros de téléphone de l&apos;utilisateur #%1</translation>
    </message>
    <message>
        <source>%1: no Zendesk user</source>
        <translation>%1&#xa0;: aucun utilisateur Zendesk</translation>
    </message>
    <message>
        <source>%1: new ticket</source>
        <translation>%1&#xa0;: nouveau ticket</translation>
    </message>
    <message>
        <source>IVR ticket #%1 belongs to the caller</source>
        <translation>le ticket IVR #%1 appartient à l&apos;appelant</translation>
    </message>
    <message>
        <source>reading the caller&apos;s recent tickets</source>
        <translation>lecture des tickets récents de l&apos;appelant</translation>
    </message>
    <message>
        <source>no open ticket of the caller to reuse</source>
        <translation>aucun ticket ouvert de l&apos;appelant à réutiliser</translation>
    </message>
    <message>
        <source>reused #%1: updated %2 min ago, within %3</source>
        <translation>#%1 réutilisé&#xa0;: mis à jour il y a %2 min, dans la limite de %3 min</translation>
    </message>
    <message>
        <source>newest ticket #%1 was updated %2 min ago, not within %3</source>
        <translation>le ticket le plus récent #%1 a été mis à jour il y a %2 min, hors de la limite de %3 min</translation>
    </message>
    <message>
        <source>missed or rejected: nothing written</source>
        <translation>manqué ou refusé&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>ended before it was answered: nothing written</source>
        <translation>terminé avant d&apos;être décroché&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>resuming the link made before a restart</source>
        <translation>la reprise de la liaison effectuée avant un redémarrage</translation>
    </message>
    <message>
        <source>resumed after a restart: the call was already linked to %1</source>
        <translation>repris après un redémarrage&#xa0;: l&apos;appel était déjà lié à %1</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <source>no user created: &quot;%1&quot; is not a phone number</source>
        <translation>aucun utilisateur créé&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>creating the caller&apos;s user</source>
        <translation>la création de l&apos;utilisateur de l&apos;appelant</translation>
    </message>
    <message>
        <source>%1 (user #%2 already existed for this number)</source>
        <translation>%1 (l&apos;utilisateur #%2 existait déjà pour ce numéro)</translation>
    </message>
    <message>
        <source>creating the ticket</source>
        <translation>la création du ticket</translation>
    </message>
    <message>
        <source>%1 (Zendesk already had it: not created twice)</source>
        <translation>%1 (déjà présent dans Zendesk&#xa0;: non créé deux fois)</translation>
    </message>
    <message>
        <source>creating a follow-up of closed ticket #%1</source>
        <translation>la création d&apos;un ticket de suivi du ticket clos #%1</translation>
    </message>
    <message>
        <source>#%1 is closed: follow-up %2</source>
        <translation>#%1 est clos&#xa0;: ticket de suivi %2</translation>
    </message>
    <message>
        <source>adding the call to ticket #%1</source>
        <translation>l&apos;ajout de l&apos;appel au ticket #%1</translation>
    </message>
    <message>
        <source>%1 added to user #%2&apos;s phone numbers</source>
        <translation>%1 ajouté aux numéros de téléphone de l&apos;utilisateur #%2</translation>
    </message>
    <message>
        <source>%1 not added to user #%2: Zendesk says it is taken</source>
        <translation>%1 non ajouté à l&apos;utilisateur #%2&#xa0;: selon Zendesk, ce numéro est déjà attribué</translation>
    </message>
    <message>
        <source>the search for it failed: %1</source>
        <translation>la recherche de ce numéro a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 not added to user #%2: %3</source>
        <translation>%1 non ajouté à l&apos;utilisateur #%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>a note lists %1 attribute(s) added or changed during the call</source>
        <translation>une note liste %1 attribut(s) ajouté(s) ou modifié(s) pendant l&apos;appel</translation>
    </message>
    <message>
        <source>end-of-call details</source>
        <translation>l&apos;envoi des détails de fin d&apos;appel</translation>
    </message>
    <message>
        <source>call ended after %1; #%2 is closed: follow-up %3</source>
        <translation>appel terminé après %1&#xa0;; #%2 est clos&#xa0;: ticket de suivi %3</translation>
    </message>
    <message>
        <source>end-of-call details for %1</source>
        <translation>l&apos;envoi des détails de fin d&apos;appel pour %1</translation>
    </message>
    <message>
        <source>call ended after %1: %2 added to %3</source>
        <translation>appel terminé après %1&#xa0;: %3 complété par %2</translation>
    </message>
    <message>
        <source>voice comment</source>
        <translation>un commentaire vocal</translation>
    </message>
    <message>
        <source>duration note</source>
        <translation>une note de durée</translation>
    </message>
    <message>
        <source>the ticket&apos;s requester</source>
        <translation>demandeur du ticket</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>%1 a échoué (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>chosen by the agent</source>
        <translation>choisi par l&apos;agent</translation>
    </message>
    <message>
        <source>agent chose user #%1 as the caller</source>
        <translation>l&apos;agent a choisi l&apos;utilisateur #%1 comme appelant</translation>
    </message>
    <message>
        <source>agent action ignored: the call is already linked to %1</source>
        <translation>action de l&apos;agent ignorée&#xa0;: l&apos;appel est déjà lié à %1</translation>
    </message>
    <message>
        <source>agent action ignored: not in agent mode</source>
        <translation>action de l&apos;agent ignorée&#xa0;: pas en mode agent</translation>
    </message>
    <message>
        <source>correction by %1 not made: %2</source>
        <translation>correction par %1 non effectuée&#xa0;: %2</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>corrigé par %1</translation>
    </message>
    <message>
        <source>the caller&apos;s recent tickets could not be read: %1</source>
        <translation>impossible de lire les tickets récents de l&apos;appelant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>moved here from %1</source>
        <translation>déplacé ici depuis %1</translation>
    </message>
    <message>
        <source>Caller corrected to user #%1</source>
        <translation>Appelant corrigé&#xa0;: utilisateur #%1</translation>
    </message>
    <message>
        <source>Call moved to %1</source>
        <translation>Appel déplacé vers %1</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>utilisateur #%1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>caller changed from %1 to %2 on %3</source>
        <translation>appelant sur %3&#xa0;: %1 remplacé par %2</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>déplacé depuis %1 vers %2</translation>
    </message>
    <message>
        <source>%1 is closed: a new ticket for user #%2</source>
        <translation>%1 est clos&#xa0;: nouveau ticket pour l&apos;utilisateur #%2</translation>
    </message>
    <message>
        <source>a follow-up of closed ticket %1</source>
        <translation>un ticket de suivi du ticket clos %1</translation>
    </message>
    <message>
        <source>%1 is closed: follow-up %2</source>
        <translation>%1 est clos&#xa0;: ticket de suivi %2</translation>
    </message>
    <message>
        <source>the new ticket</source>
        <translation>le nouveau ticket</translation>
    </message>
    <message>
        <source>the first write</source>
        <translation>la première écriture</translation>
    </message>
    <message>
        <source>%1 is closed: end-of-call follow-up %2</source>
        <translation>%1 est clos&#xa0;: ticket de suivi de fin d&apos;appel %2</translation>
    </message>
    <message>
        <source>end-of-call comment not written: %1</source>
        <translation>commentaire de fin d&apos;appel non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is closed: no note there</source>
        <translation>%1 est clos&#xa0;: aucune note n&apos;y a été écrite</translation>
    </message>
    <message>
        <source>note on %1 not written: %2</source>
        <translation>note sur %1 non écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>Call moved from %1 to %2</source>
        <translation>Appel déplacé depuis %1 vers %2</translation>
    </message>
    <message>
        <source>correction by %1 not made: %2 failed (%3): %4; the call stays on %5</source>
        <translation>correction par %1 non effectuée&#xa0;: %2 a échoué (%3)&#xa0;: %4&#xa0;; l&apos;appel reste sur %5</translation>
    </message>
    <message>
        <source>outbound call</source>
        <translation>appel sortant</translation>
    </message>
    <message>
        <source>%1 to known user %2 via %3</source>
        <translation>%1 vers l&apos;utilisateur connu %2 via %3</translation>
    </message>
    <message>
        <source>%1 to unknown number %2: new user and ticket (all_outbound)</source>
        <translation>%1 vers le numéro inconnu %2&#xa0;: nouvel utilisateur et nouveau ticket (all_outbound)</translation>
    </message>
    <message>
        <source>%1 to unknown number %2: no ticket (all_outbound is off)</source>
        <translation>%1 vers le numéro inconnu %2&#xa0;: aucun ticket (all_outbound désactivé)</translation>
    </message>
    <message>
        <source>%1 to %2: no ticket</source>
        <translation>%1 vers %2&#xa0;: aucun ticket</translation>
    </message>
    <message>
        <source>a new ticket (dry run)</source>
        <translation>un nouveau ticket (simulation)</translation>
    </message>
    <message>
        <source>a new user (dry run)</source>
        <translation>un nouvel utilisateur (simulation)</translation>
    </message>
    <message>
        <source>supervisor monitoring: nothing written</source>
        <translation>écoute par un superviseur&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>chat contact: only voice calls are linked</source>
        <translation>contact de chat&#xa0;: seuls les appels vocaux sont liés</translation>
    </message>
    <message>
        <source>task contact: only voice calls are linked</source>
        <translation>contact de tâche&#xa0;: seuls les appels vocaux sont liés</translation>
    </message>
    <message>
        <source>the agent decides</source>
        <translation>l&apos;agent décide</translation>
    </message>
    <message>
        <source>agent mode (ticket_assignment=agent): the agent decides</source>
        <translation>mode agent (ticket_assignment=agent)&#xa0;: l&apos;agent décide</translation>
    </message>
    <message>
        <source>Request to open a new ticket received</source>
        <translation>Demande d&apos;ouverture d&apos;un nouveau ticket reçue</translation>
    </message>
    <message>
        <source>known caller %1 via %2: new ticket</source>
        <translation>appelant connu %1 via %2&#xa0;: nouveau ticket</translation>
    </message>
    <message>
        <source>unknown caller %1: new user and ticket</source>
        <translation>appelant inconnu %1&#xa0;: nouvel utilisateur et nouveau ticket</translation>
    </message>
    <message>
        <source>agent attached the call to #%1</source>
        <translation>l&apos;agent a joint l&apos;appel au ticket #%1</translation>
    </message>
    <message>
        <source>agent created a ticket for user #%1</source>
        <translation>l&apos;agent a créé un ticket pour l&apos;utilisateur #%1</translation>
    </message>
    <message>
        <source>agent created a ticket for a new user %1</source>
        <translation>l&apos;agent a créé un ticket pour un nouvel utilisateur %1</translation>
    </message>
    <message>
        <source>the agent called the customer from ticket #%1</source>
        <translation>l&apos;agent a appelé le client depuis le ticket #%1</translation>
    </message>
    <message>
        <source>agent mode: outbound call to a number no user has, nothing linked by the end of the call: no ticket (all_outbound is off)</source>
        <translation>mode agent&#xa0;: appel sortant vers un numéro qu&apos;aucun utilisateur ne possède, rien de lié à la fin de l&apos;appel&#xa0;: aucun ticket (all_outbound désactivé)</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call (force_ticket_creation is off)</source>
        <translation>mode agent&#xa0;: rien de lié à la fin de l&apos;appel (force_ticket_creation désactivé)</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call, ticket forced for caller #%1</source>
        <translation>mode agent&#xa0;: rien de lié à la fin de l&apos;appel, ticket forcé pour l&apos;appelant #%1</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call, ticket forced with the agent as requester</source>
        <translation>mode agent&#xa0;: rien de lié à la fin de l&apos;appel, ticket forcé avec l&apos;agent comme demandeur</translation>
    </message>
    <message>
        <source>%1 (Zendesk said %2 already belongs to #%3: used them)</source>
        <translation>%1 (Zendesk indique que %2 appartient déjà à #%3&#xa0;: cet utilisateur a été retenu)</translation>
    </message>
    <message>
        <source>%1 (Zendesk refused a second user for %2; the agent is requester until the owner is found)</source>
        <translation>%1 (Zendesk a refusé un second utilisateur pour %2&#xa0;; l&apos;agent est demandeur jusqu&apos;à ce que le titulaire soit trouvé)</translation>
    </message>
    <message>
        <source>Zendesk says %1 already belongs to a user that search cannot find yet: set the ticket&apos;s requester</source>
        <translation>Zendesk indique que %1 appartient déjà à un utilisateur que la recherche ne trouve pas encore&#xa0;: définissez le demandeur du ticket</translation>
    </message>
    <message>
        <source>remember_caller_number is off</source>
        <translation>remember_caller_number désactivé</translation>
    </message>
    <message>
        <source>the caller was not identified by zendesk_user, customer_email or customer_number</source>
        <translation>l&apos;appelant n&apos;a pas été identifié par zendesk_user, customer_email ou customer_number</translation>
    </message>
    <message>
        <source>no calling number to remember</source>
        <translation>aucun numéro appelant à mémoriser</translation>
    </message>
    <message>
        <source>%1 is the user&apos;s phone already</source>
        <translation>%1 est déjà le téléphone de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 is one of user #%2&apos;s numbers already</source>
        <translation>%1 fait déjà partie des numéros de l&apos;utilisateur #%2</translation>
    </message>
    <message>
        <source>%1 is user #%2&apos;s number</source>
        <translation>%1 est le numéro de l&apos;utilisateur #%2</translation>
    </message>
    <message>
        <source>%1 (%2 users share it; took #%3, the most recently updated)</source>
        <translation>%1 (partagé par %2 utilisateurs&#xa0;; #%3 retenu, le plus récemment mis à jour)</translation>
    </message>
    <message>
        <source>IVR ticket #%1 not found: new ticket</source>
        <translation>ticket IVR #%1 introuvable&#xa0;: nouveau ticket</translation>
    </message>
    <message>
        <source>IVR ticket #%1 ignored: an anonymous caller cannot be verified</source>
        <translation>ticket IVR #%1 ignoré&#xa0;: un appelant anonyme ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>IVR ticket #%1 ignored: the caller is not a Zendesk user</source>
        <translation>ticket IVR #%1 ignoré&#xa0;: l&apos;appelant n&apos;est pas un utilisateur Zendesk</translation>
    </message>
    <message>
        <source>IVR ticket #%1 belongs to another user</source>
        <translation>le ticket IVR #%1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>anonymous caller (%1): new ticket with the agent as requester</source>
        <translation>appelant anonyme (%1)&#xa0;: nouveau ticket avec l&apos;agent comme demandeur</translation>
    </message>
    <message>
        <source>agent created a ticket for an anonymous caller (the agent is requester)</source>
        <translation>l&apos;agent a créé un ticket pour un appelant anonyme (l&apos;agent est demandeur)</translation>
    </message>
    <message>
        <source>The correction is on its way to Zendesk.</source>
        <translation>La correction est en cours d&apos;envoi à Zendesk.</translation>
    </message>
    <message>
        <source>This call is not known here.</source>
        <translation>Cet appel est inconnu ici.</translation>
    </message>
    <message>
        <source>The call is not linked to a ticket yet: there is nothing to correct.</source>
        <translation>L&apos;appel n&apos;est encore lié à aucun ticket&#xa0;: il n&apos;y a rien à corriger.</translation>
    </message>
    <message>
        <source>The correction window for this call has closed; a supervisor can still relink it.</source>
        <translation>Le délai de correction de cet appel est écoulé&#xa0;; un superviseur peut encore le réassocier.</translation>
    </message>
    <message>
        <source>The call is already linked there.</source>
        <translation>L&apos;appel y est déjà lié.</translation>
    </message>
    <message>
        <source>Give the ticket or user number to move the call to.</source>
        <translation>Indiquez le numéro du ticket ou de l&apos;utilisateur vers lequel déplacer l&apos;appel.</translation>
    </message>
    <message>
        <source>A correction must name who makes it.</source>
        <translation>Une correction doit indiquer qui l&apos;effectue.</translation>
    </message>
    <message>
        <source>expected true/false, yes/no, y/n, t/f or 1/0</source>
        <translation>valeurs attendues&#xa0;: true/false, yes/no, y/n, t/f ou 1/0</translation>
    </message>
    <message>
        <source>expected auto or agent</source>
        <translation>valeurs attendues&#xa0;: auto ou agent</translation>
    </message>
    <message>
        <source>expected a whole number of minutes (0 to %1)</source>
        <translation>nombre entier de minutes attendu (0 à %1)</translation>
    </message>
    <message>
        <source>expected a ticket number (0 = a new ticket)</source>
        <translation>numéro de ticket attendu (0 = nouveau ticket)</translation>
    </message>
    <message>
        <source>expected a Zendesk user id</source>
        <translation>ID d&apos;utilisateur Zendesk attendu</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>numéro de téléphone attendu</translation>
    </message>
    <message>
        <source>expected an email address such as jo@example.com</source>
        <translation>adresse e-mail attendue, par exemple jo@example.com</translation>
    </message>
    <message>
        <source>&lt;hidden&gt;</source>
        <translation>&lt;masqué&gt;</translation>
    </message>
    <message>
        <source>Ignored attribute %1=%2: %3</source>
        <translation>Attribut %1=%2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>No journal to review: this run keeps none.</source>
        <translation>Aucun journal à examiner&#xa0;: cette exécution n’en tient pas.</translation>
    </message>
    <message>
        <source>%1 contacts are already being worked on: new contacts from the softphone page are refused until one finishes (first: %2)</source>
        <translation>%1 contacts sont déjà en cours de traitement&#xa0;: les nouveaux contacts de la page du softphone sont refusés jusqu’à ce que l’un d’eux se termine (premier&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The team database cannot be read (%1): showing this computer&apos;s journal.</source>
        <translation>La base de données de l’équipe est illisible (%1)&#xa0;: affichage du journal de cet ordinateur.</translation>
    </message>
    <message>
        <source>Zendesk is not answering (%1); trying again in %2 s</source>
        <translation>Zendesk ne répond pas (%1)&#xa0;; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>Zendesk did not say who the agent is</source>
        <translation>Zendesk n’a pas indiqué qui est l’agent</translation>
    </message>
    <message>
        <source>Cannot sign in to Zendesk (%1): %2</source>
        <translation>Connexion à Zendesk impossible (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>anonymous caller</source>
        <translation>appelant anonyme</translation>
    </message>
    <message>
        <source>Caller %1</source>
        <translation>Appelant %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>attendu : true ou false</translation>
    </message>
    <message>
        <source>expected an https URL</source>
        <translation>attendu : une URL https</translation>
    </message>
    <message>
        <source>expected an AWS region such as us-east-1</source>
        <translation>attendu : une région AWS comme us-east-1</translation>
    </message>
    <message>
        <source>expected an E.164 number such as +18005550100</source>
        <translation>attendu : un numéro E.164 comme +18005550100</translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Australia/Sydney</source>
        <translation>attendu : un fuseau horaire IANA comme Australia/Sydney</translation>
    </message>
    <message>
        <source>expected an https origin such as https://callbridge.example.com</source>
        <translation>attendu : une origine https comme https://callbridge.example.com</translation>
    </message>
    <message>
        <source>expected host names separated by commas, e.g. login.microsoftonline.com</source>
        <translation>attendu : des noms d’hôte séparés par des virgules, p. ex. login.microsoftonline.com</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>attendu : une adresse e-mail</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>attendu : l’un de %1</translation>
    </message>
    <message>
        <source>expected an attribute name of letters, digits, _ . - (not a credential name)</source>
        <translation>attendu : un nom d’attribut fait de lettres, chiffres, _ . - (pas un nom d’identifiant)</translation>
    </message>
    <message>
        <source>expected all, none, or attribute names separated by commas</source>
        <translation>attendu : all, none ou des noms d’attributs séparés par des virgules</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as GB</source>
        <translation>attendu : un code pays de deux lettres comme GB</translation>
    </message>
    <message>
        <source>expected a number of days (0 = keep everything)</source>
        <translation>attendu : un nombre de jours (0 = tout conserver)</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], without a password (the password belongs in the keychain)</source>
        <translation>attendu : postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], sans mot de passe (le mot de passe va dans le trousseau)</translation>
    </message>
    <message>
        <source>&lt;hidden: it looks like a secret, which belongs in the system keychain&gt;</source>
        <translation>&lt;masqué : cela ressemble à un secret, qui va dans le trousseau du système&gt;</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2 : %3</translation>
    </message>
</context>
<context>
    <name>callbridge</name>
    <message>
        <source>Callbridge — sandbox %1</source>
        <translation>Callbridge — bac à sable %1</translation>
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
        <translation>Votre instance Amazon Connect&#xa0;: https://ALIAS.my.connect.aws ou https://ALIAS.awsapps.com.</translation>
    </message>
    <message>
        <source>Your identity provider&apos;s sign-in URL when agents sign in with SSO; empty: Connect&apos;s own login.</source>
        <translation>L’URL de connexion de votre fournisseur d’identité lorsque les agents se connectent par SSO&#xa0;; vide&#xa0;: la connexion propre à Connect.</translation>
    </message>
    <message>
        <source>The instance&apos;s AWS region, e.g. eu-west-2 (optional for voice).</source>
        <translation>La région AWS de l’instance, par exemple eu-west-2 (facultative pour les appels vocaux).</translation>
    </message>
    <message>
        <source>The contact centre&apos;s number: the &quot;to&quot; of inbound and the &quot;from&quot; of outbound calls.</source>
        <translation>Le numéro du centre de contacts&#xa0;: le «&#xa0;vers&#xa0;» des appels entrants et le «&#xa0;de&#xa0;» des appels sortants.</translation>
    </message>
    <message>
        <source>The time zone of the contact-details links; empty: UTC.</source>
        <translation>Le fuseau horaire des liens vers les détails du contact&#xa0;; vide&#xa0;: UTC.</translation>
    </message>
    <message>
        <source>The origin added to the instance&apos;s Approved origins; the softphone page is loaded as it.</source>
        <translation>L’origine ajoutée aux Origines approuvées de l’instance&#xa0;; la page du softphone est chargée sous cette origine.</translation>
    </message>
    <message>
        <source>Hosts an SSO login may pass through, separated by commas.</source>
        <translation>Hôtes par lesquels une connexion SSO peut passer, séparés par des virgules.</translation>
    </message>
    <message>
        <source>No call audio here: a softphone opened elsewhere (VDI) carries it; calls are still linked.</source>
        <translation>Pas d’audio d’appel ici&#xa0;: un softphone ouvert ailleurs (VDI) le prend en charge&#xa0;; les appels sont tout de même liés.</translation>
    </message>
    <message>
        <source>Your Zendesk, e.g. https://acme.zendesk.com.</source>
        <translation>Votre Zendesk, par exemple https://acme.zendesk.com.</translation>
    </message>
    <message>
        <source>The agent&apos;s Zendesk sign-in; the API token is kept in the system keychain for it.</source>
        <translation>L’identifiant Zendesk de l’agent&#xa0;; le jeton API est conservé pour celui-ci dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Open the caller or ticket in the agent&apos;s Zendesk tab (Talk Partner Edition; one more request per call).</source>
        <translation>Ouvrir l’appelant ou le ticket dans l’onglet Zendesk de l’agent (Talk Partner Edition&#xa0;; une requête de plus par appel).</translation>
    </message>
    <message>
        <source>Create voice tickets on the Talk Partner Edition endpoint (via 45 inbound, 46 outbound).</source>
        <translation>Créer des tickets vocaux sur le point de terminaison Talk Partner Edition (via 45 pour les appels entrants, 46 pour les sortants).</translation>
    </message>
    <message>
        <source>The language of ticket notes and of the journal&apos;s reasons, the same for every agent whatever their window&apos;s language.</source>
        <translation>La langue des notes de ticket et des motifs du journal, la même pour tous les agents quelle que soit la langue de leur fenêtre.</translation>
    </message>
    <message>
        <source>auto: Callbridge links every call; agent: the agent chooses the user and ticket.</source>
        <translation>auto&#xa0;: Callbridge lie chaque appel&#xa0;; agent&#xa0;: l’agent choisit l’utilisateur et le ticket.</translation>
    </message>
    <message>
        <source>Reuse the caller&apos;s ticket updated within this many minutes; 0: always a new ticket.</source>
        <translation>Réutiliser le ticket de l’appelant mis à jour dans ce nombre de minutes&#xa0;; 0&#xa0;: toujours un nouveau ticket.</translation>
    </message>
    <message>
        <source>How long after a call ends its agent may still correct the link (a supervisor can always relink).</source>
        <translation>Délai après la fin d’un appel pendant lequel son agent peut encore corriger la liaison (un superviseur peut toujours réassocier).</translation>
    </message>
    <message>
        <source>In agent mode, a call that ends with nothing linked still gets a ticket.</source>
        <translation>En mode agent, un appel qui se termine sans rien de lié obtient quand même un ticket.</translation>
    </message>
    <message>
        <source>Look the caller up while the call rings (writes still wait for the answer).</source>
        <translation>Rechercher l’appelant pendant la sonnerie (les écritures attendent toujours le décroché).</translation>
    </message>
    <message>
        <source>End the call with a voice comment (number, duration, recording); otherwise a note.</source>
        <translation>Terminer l’appel par un commentaire vocal (numéro, durée, enregistrement)&#xa0;; sinon par une note.</translation>
    </message>
    <message>
        <source>Link the call recording in the voice comment.</source>
        <translation>Mettre un lien vers l’enregistrement de l’appel dans le commentaire vocal.</translation>
    </message>
    <message>
        <source>Outbound calls to numbers no user has get a new user and ticket too.</source>
        <translation>Les appels sortants vers des numéros qu’aucun utilisateur ne possède obtiennent aussi un nouvel utilisateur et un nouveau ticket.</translation>
    </message>
    <message>
        <source>A caller identified otherwise gets the number they called from as a phone identity.</source>
        <translation>Un appelant identifié autrement reçoit le numéro depuis lequel il a appelé comme identité téléphonique.</translation>
    </message>
    <message>
        <source>The contact attribute in which a flow names the caller&apos;s ticket.</source>
        <translation>L’attribut de contact dans lequel un flux indique le ticket de l’appelant.</translation>
    </message>
    <message>
        <source>Which contact attributes the ticket note lists: all, none, or names separated by commas.</source>
        <translation>Les attributs de contact listés dans la note du ticket&#xa0;: all, none ou des noms séparés par des virgules.</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code (two letters, e.g. GB).</source>
        <translation>Le pays des numéros écrits sans indicatif de pays (deux lettres, par exemple GB).</translation>
    </message>
    <message>
        <source>Finished calls older than this many days leave the journal; 0: keep everything.</source>
        <translation>Les appels terminés depuis plus de ce nombre de jours sont retirés du journal&#xa0;; 0&#xa0;: tout conserver.</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL, postgresql://USER@HOST:PORT/DBNAME; empty: this computer&apos;s journal only.</source>
        <translation>La base PostgreSQL de l’équipe, postgresql://USER@HOST:PORT/DBNAME&#xa0;; vide&#xa0;: uniquement le journal de cet ordinateur.</translation>
    </message>
    <message>
        <source>Closing the window keeps Callbridge running in the system tray (where there is one).</source>
        <translation>La fermeture de la fenêtre laisse Callbridge actif dans la zone de notification (s’il y en a une).</translation>
    </message>
    <message>
        <source>A ringing call brings the Callbridge window to the front.</source>
        <translation>Un appel qui sonne fait passer la fenêtre de Callbridge au premier plan.</translation>
    </message>
</context>
<context>
    <name>callbridge::app::DesktopShell</name>
    <message>
        <source>Settings saved; they apply when Callbridge starts again</source>
        <translation>Paramètres enregistrés&#xa0;; ils s&apos;appliqueront au prochain démarrage de Callbridge</translation>
    </message>
</context>
<context>
    <name>callbridge::review::OutboxReviewActions</name>
    <message>
        <source>Zendesk accepted %1 (#%2).</source>
        <translation>Zendesk a accepté %1 (#%2).</translation>
    </message>
    <message>
        <source>the write %1 was not recorded with its content; it cannot be sent again from here</source>
        <translation>l&apos;écriture %1 n&apos;a pas été enregistrée avec son contenu&#xa0;; elle ne peut pas être renvoyée d&apos;ici</translation>
    </message>
    <message>
        <source>relinking is not available in this build</source>
        <translation>la nouvelle liaison n&apos;est pas disponible dans cette version</translation>
    </message>
</context>
<context>
    <name>callbridge::review::ReviewRelinker</name>
    <message>
        <source>relinking needs a journal</source>
        <translation>la nouvelle liaison nécessite un journal</translation>
    </message>
    <message>
        <source>the call&apos;s events are not in the team database yet</source>
        <translation>les événements de l&apos;appel ne sont pas encore dans la base de données de l&apos;équipe</translation>
    </message>
    <message>
        <source>not signed in to Zendesk yet; try again in a moment</source>
        <translation>pas encore connecté à Zendesk&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>a correction of this call is already on its way</source>
        <translation>une correction de cet appel est déjà en cours d&apos;envoi</translation>
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
        <translation>À propos de Callbridge</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <source>System-wide settings</source>
        <translation>Paramètres à l&apos;échelle du système</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Softphone profile</source>
        <translation>Profil du softphone</translation>
    </message>
    <message>
        <source>Callbridge logo</source>
        <translation>Logo de Callbridge</translation>
    </message>
    <message>
        <source>Callbridge links Amazon Connect calls to Zendesk tickets.</source>
        <translation>Callbridge lie les appels Amazon Connect aux tickets Zendesk.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AgentPanel</name>
    <message>
        <source>Create ticket</source>
        <translation>Créer un ticket</translation>
    </message>
    <message>
        <source>Attach to ticket</source>
        <translation>Joindre au ticket</translation>
    </message>
    <message>
        <source>Set as caller</source>
        <translation>Définir comme appelant</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>User search failed: %1</source>
        <translation>Échec de la recherche d&apos;utilisateurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n utilisateur trouvé</numerusform>
            <numerusform>%n utilisateurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket search failed: %1</source>
        <translation>Échec de la recherche de tickets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list the user&apos;s tickets: %1</source>
        <translation>Impossible de lister les tickets de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) requested by this user</source>
        <translation>
            <numerusform>%n ticket demandé par cet utilisateur</numerusform>
            <numerusform>%n tickets demandés par cet utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, e-mail, phone, ticket number or subject</source>
        <translation>Nom, e-mail, téléphone, numéro de ticket ou objet</translation>
    </message>
    <message>
        <source>Search Zendesk</source>
        <translation>Rechercher dans Zendesk</translation>
    </message>
    <message>
        <source>Search users and tickets (Ctrl+F)</source>
        <translation>Rechercher des utilisateurs et des tickets (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search users and tickets (Enter)</source>
        <translation>Rechercher des utilisateurs et des tickets (Enter)</translation>
    </message>
    <message>
        <source>The chosen user is the one calling</source>
        <translation>L&apos;utilisateur choisi est celui qui appelle</translation>
    </message>
    <message>
        <source>Add the call to the chosen ticket (Ctrl+Enter)</source>
        <translation>Ajouter l&apos;appel au ticket choisi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the chosen user, or the requester of the chosen ticket (the call is added to it)</source>
        <translation>Appeler l&apos;utilisateur choisi ou le demandeur du ticket choisi (l&apos;appel y est ajouté)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Subject of the new ticket</source>
        <translation>Objet du nouveau ticket</translation>
    </message>
    <message>
        <source>For a new user</source>
        <translation>Pour un nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create a Zendesk user for the caller first</source>
        <translation>Créer d&apos;abord un utilisateur Zendesk pour l&apos;appelant</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Nom du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user&apos;s phone</source>
        <translation>Téléphone du nouvel utilisateur</translation>
    </message>
    <message>
        <source>New user&apos;s e-mail (optional)</source>
        <translation>E-mail du nouvel utilisateur (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>For the chosen user, the caller, or the new user (Ctrl+N)</source>
        <translation>Pour l&apos;utilisateur choisi, l&apos;appelant ou le nouvel utilisateur (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>  (caller)</source>
        <translation>  (appelant)</translation>
    </message>
    <message>
        <source>Caller&apos;s tickets</source>
        <translation>Tickets de l&apos;appelant</translation>
    </message>
    <message>
        <source>Caller&apos;s tickets (reading…)</source>
        <translation>Tickets de l&apos;appelant (lecture…)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Tickets trouvés</translation>
    </message>
    <message>
        <source>Their tickets</source>
        <translation>Ses tickets</translation>
    </message>
    <message>
        <source>Reading the user&apos;s tickets…</source>
        <translation>Lecture des tickets de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Creating the ticket…</source>
        <translation>Création du ticket…</translation>
    </message>
    <message>
        <source>Attaching the call to #%1…</source>
        <translation>Ajout de l&apos;appel au ticket #%1…</translation>
    </message>
    <message>
        <source>Ticket #%1 has no requester to call</source>
        <translation>Le ticket #%1 n&apos;a pas de demandeur à appeler</translation>
    </message>
    <message>
        <source>The requester of #%1 has no phone number</source>
        <translation>Le demandeur du ticket #%1 n&apos;a pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>Could not read the requester: %1</source>
        <translation>Impossible de lire le demandeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::CallerPicker</name>
    <message>
        <source>Users who share the caller&apos;s number</source>
        <translation>Utilisateurs ayant le même numéro que l&apos;appelant</translation>
    </message>
    <message>
        <source>These users share the caller&apos;s number — who is calling?</source>
        <translation>Ces utilisateurs ont le même numéro que l&apos;appelant — qui appelle&#xa0;?</translation>
    </message>
    <message>
        <source>Reading their tickets…</source>
        <translation>Lecture de leurs tickets…</translation>
    </message>
    <message>
        <source>Current caller</source>
        <translation>Appelant actuel</translation>
    </message>
    <message>
        <source>This is the caller</source>
        <translation>C&apos;est l&apos;appelant</translation>
    </message>
    <message>
        <source>%1 is the caller</source>
        <translation>%1 est l&apos;appelant</translation>
    </message>
    <message>
        <source>Their tickets could not be read: %1</source>
        <translation>Impossible de lire leurs tickets&#xa0;: %1</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>Aucun ticket</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Signs in to Zendesk with this URL, e-mail and API token</source>
        <translation>Se connecte à Zendesk avec cette URL, cet e-mail et ce jeton d&apos;API</translation>
    </message>
    <message>
        <source>Fill in the Zendesk URL and e-mail first.</source>
        <translation>Renseignez d&apos;abord l&apos;URL et l&apos;e-mail Zendesk.</translation>
    </message>
    <message>
        <source>Signing in to Zendesk…</source>
        <translation>Connexion à Zendesk…</translation>
    </message>
    <message>
        <source>Type the API token first (none is stored for this account).</source>
        <translation>Saisissez d&apos;abord le jeton d&apos;API (aucun n&apos;est enregistré pour ce compte).</translation>
    </message>
    <message>
        <source>✔ Signed in: %1</source>
        <translation>✔ Connecté&#xa0;: %1</translation>
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
        <translation>Contact en cours</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Choose another user as the caller</source>
        <translation>Choisir un autre utilisateur comme appelant</translation>
    </message>
    <message>
        <source>Choose which of the users with this number is calling</source>
        <translation>Choisir lequel des utilisateurs ayant ce numéro appelle</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Ouvrir l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the caller in Zendesk</source>
        <translation>Ouvrir l&apos;appelant dans Zendesk</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the caller</source>
        <translation>Rappeler l&apos;appelant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the ticket candidate in Zendesk</source>
        <translation>Ouvrir le ticket proposé dans Zendesk</translation>
    </message>
    <message>
        <source>Open the linked ticket in Zendesk</source>
        <translation>Ouvrir le ticket lié dans Zendesk</translation>
    </message>
    <message>
        <source>New ticket instead</source>
        <translation>Plutôt un nouveau ticket</translation>
    </message>
    <message>
        <source>Move the call to a new ticket for the same caller</source>
        <translation>Déplacer l&apos;appel vers un nouveau ticket pour le même appelant</translation>
    </message>
    <message>
        <source>Attach to another ticket…</source>
        <translation>Joindre à un autre ticket…</translation>
    </message>
    <message>
        <source>Move the call to another ticket</source>
        <translation>Déplacer l&apos;appel vers un autre ticket</translation>
    </message>
    <message>
        <source>Different caller…</source>
        <translation>Autre appelant…</translation>
    </message>
    <message>
        <source>Say who really called</source>
        <translation>Indiquer qui a réellement appelé</translation>
    </message>
    <message>
        <source>Caller&apos;s recent tickets</source>
        <translation>Tickets récents de l&apos;appelant</translation>
    </message>
    <message>
        <source>Show recent tickets</source>
        <translation>Afficher les tickets récents</translation>
    </message>
    <message>
        <source>Read the caller&apos;s recent tickets from Zendesk</source>
        <translation>Lire les tickets récents de l&apos;appelant dans Zendesk</translation>
    </message>
    <message>
        <source>The caller&apos;s recent tickets</source>
        <translation>Les tickets récents de l&apos;appelant</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>Open the chosen ticket in Zendesk</source>
        <translation>Ouvrir le ticket choisi dans Zendesk</translation>
    </message>
    <message>
        <source>Call about ticket</source>
        <translation>Appeler au sujet du ticket</translation>
    </message>
    <message>
        <source>Call the caller; the call is added to the chosen ticket</source>
        <translation>Rappeler l&apos;appelant&#xa0;; l&apos;appel est ajouté au ticket choisi</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>The contact flow names them %1</source>
        <translation>Le flux de contacts l&apos;identifie comme %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The caller has no tickets yet</source>
        <translation>L&apos;appelant n&apos;a encore aucun ticket</translation>
    </message>
    <message>
        <source>Wrong? Correct it now or shortly after the call</source>
        <translation>Erreur&#xa0;? Corrigez-la maintenant ou peu après l&apos;appel</translation>
    </message>
    <message>
        <source>Wrong? Until %1</source>
        <translation>Erreur&#xa0;? Corrigeable jusqu&apos;à %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactPanel</name>
    <message>
        <source>Current contact</source>
        <translation>Contact en cours</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>ticket #%1 (new)</source>
        <translation>ticket #%1 (nouveau)</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>ticket #%1</translation>
    </message>
    <message>
        <source>user #%1 (new)</source>
        <translation>utilisateur #%1 (nouveau)</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>utilisateur #%1</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Recent ticket reused</source>
        <translation>Ticket récent réutilisé</translation>
    </message>
    <message>
        <source>Ticket from the IVR</source>
        <translation>Ticket issu de l&apos;IVR</translation>
    </message>
    <message>
        <source>Ticket followed the transfer</source>
        <translation>Le ticket a suivi le transfert</translation>
    </message>
    <message>
        <source>Attached to the chosen ticket</source>
        <translation>Joint au ticket choisi</translation>
    </message>
    <message>
        <source>Waiting for your choice</source>
        <translation>En attente de votre choix</translation>
    </message>
    <message>
        <source>Ticket created at the end of the call</source>
        <translation>Ticket créé à la fin de l&apos;appel</translation>
    </message>
    <message>
        <source>Call details added</source>
        <translation>Détails de l&apos;appel ajoutés</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation>Non écrit dans Zendesk</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Contact on show</source>
        <translation>Contact affiché</translation>
    </message>
    <message>
        <source>Several contacts at once: choose the one to show</source>
        <translation>Plusieurs contacts à la fois&#xa0;: choisissez celui à afficher</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link corrected</source>
        <translation>Liaison corrigée</translation>
    </message>
    <message>
        <source>Open %1 in Zendesk</source>
        <translation>Ouvrir %1 dans Zendesk</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::DialBar</name>
    <message>
        <source>Sign in to Amazon Connect first: the softphone cannot call yet</source>
        <translation>Connectez-vous d&apos;abord à Amazon Connect&#xa0;: le softphone ne peut pas encore appeler</translation>
    </message>
    <message>
        <source>Cannot call now: the softphone is busy with a contact (%1). Finish it first.</source>
        <translation>Impossible d&apos;appeler maintenant&#xa0;: le softphone est occupé par un contact (%1). Terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot call now: the softphone reports an error</source>
        <translation>Impossible d&apos;appeler maintenant&#xa0;: le softphone signale une erreur</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>A phone number in any usual format (Ctrl+D)</source>
        <translation>Un numéro de téléphone dans n&apos;importe quel format usuel (Ctrl+D)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Appeler le numéro</translation>
    </message>
    <message>
        <source>Call the number through the softphone (Ctrl+D)</source>
        <translation>Appeler le numéro via le softphone (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FirstRunWizard</name>
    <message>
        <source>Set up Callbridge</source>
        <translation>Configurer Callbridge</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Starts Callbridge against a local sandbox; no account is needed</source>
        <translation>Démarre Callbridge avec un bac à sable local&#xa0;; aucun compte n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>Welcome to Callbridge</source>
        <translation>Bienvenue dans Callbridge</translation>
    </message>
    <message>
        <source>Callbridge shows the Amazon Connect softphone and links every call to the right Zendesk user and ticket.

To set it up you need:
  • your Amazon Connect instance&apos;s URL,
  • an origin your Connect administrator has approved for the softphone,
  • your Zendesk URL, your Zendesk e-mail and an API token.

No account at hand? &quot;Try the demo&quot; runs Callbridge against a local sandbox that plays Zendesk and Connect.</source>
        <translation>Callbridge affiche le softphone Amazon Connect et lie chaque appel au bon utilisateur et au bon ticket Zendesk.

Pour le configurer, il vous faut&#xa0;:
  • l&apos;URL de votre instance Amazon Connect,
  • une origine que votre administrateur Connect a approuvée pour le softphone,
  • votre URL Zendesk, votre e-mail Zendesk et un jeton d&apos;API.

Pas de compte sous la main&#xa0;? «&#xa0;Essayer la démo&#xa0;» lance Callbridge avec un bac à sable local qui joue le rôle de Zendesk et de Connect.</translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation>Amazon Connect</translation>
    </message>
    <message>
        <source>The instance agents sign in to. Both forms work: https://ALIAS.my.connect.aws and https://ALIAS.awsapps.com (Callbridge adds /connect for the latter).</source>
        <translation>L&apos;instance à laquelle les agents se connectent. Les deux formes fonctionnent&#xa0;: https://ALIAS.my.connect.aws et https://ALIAS.awsapps.com (Callbridge ajoute /connect pour la seconde).</translation>
    </message>
    <message>
        <source>The softphone will load %1</source>
        <translation>Le softphone chargera %1</translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation>Origine d&apos;hébergement</translation>
    </message>
    <message>
        <source>Callbridge hosts the softphone as an https origin of your choice, for example https://callbridge.your-company.example. Nothing needs to be served there.</source>
        <translation>Callbridge héberge le softphone sous une origine https de votre choix, par exemple https://callbridge.your-company.example. Aucun contenu n&apos;a besoin d&apos;y être servi.</translation>
    </message>
    <message>
        <source>Connect only lets approved origins embed the softphone. Ask your Connect administrator to add this origin once:
  1. AWS console → Amazon Connect → your instance,
  2. Approved origins → Add origin,
  3. enter the origin exactly as above and save.
Without it the softphone stays blank.</source>
        <translation>Connect n&apos;autorise que les origines approuvées à intégrer le softphone. Demandez une fois à votre administrateur Connect d&apos;ajouter cette origine&#xa0;:
  1. console AWS → Amazon Connect → votre instance,
  2. Origines approuvées → Ajouter une origine,
  3. saisissez l&apos;origine exactement comme ci-dessus et enregistrez.
Sans cela, le softphone reste vide.</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The Zendesk account Callbridge writes tickets as. Create an API token in Zendesk&apos;s Admin Center → Apps and integrations → Zendesk API.</source>
        <translation>Le compte Zendesk sous lequel Callbridge écrit les tickets. Créez un jeton d&apos;API dans le Centre d&apos;administration de Zendesk → Applications et intégrations → API Zendesk.</translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation>Jeton d&apos;API Zendesk</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation>Conservé dans le trousseau du système pour ce Zendesk et cet e-mail</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Finish saves the settings to %1 and the API token to the system keychain. Everything else can be changed later in Settings…</source>
        <translation>«&#xa0;Terminer&#xa0;» enregistre les paramètres dans %1 et le jeton d&apos;API dans le trousseau du système. Tout le reste peut être modifié plus tard dans Paramètres…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings are saved, but not the API token: %1</source>
        <translation>Les paramètres sont enregistrés, mais pas le jeton d&apos;API&#xa0;: %1</translation>
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
        <translation>Mode agent</translation>
    </message>
    <message>
        <source>Connecting to Zendesk…</source>
        <translation>Connexion à Zendesk…</translation>
    </message>
    <message>
        <source>Ignored a softphone message: %1</source>
        <translation>Message du softphone ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed in to Zendesk as %1</source>
        <translation>Connecté à Zendesk en tant que %1</translation>
    </message>
    <message>
        <source>No call to apply this to</source>
        <translation>Aucun appel auquel appliquer cette action</translation>
    </message>
    <message>
        <source>Sent to Zendesk…</source>
        <translation>Envoyé à Zendesk…</translation>
    </message>
    <message>
        <source>&amp;Callbridge</source>
        <translation>&amp;Callbridge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Callbridge</source>
        <translation>À pr&amp;opos de Callbridge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <source>&amp;Search Zendesk</source>
        <translation>&amp;Rechercher dans Zendesk</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nouveau ticket</translation>
    </message>
    <message>
        <source>&amp;Attach to the chosen ticket</source>
        <translation>&amp;Joindre au ticket choisi</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Composer un numéro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation>Amazon Connect</translation>
    </message>
    <message>
        <source>The softphone is not signed in: calls cannot reach you.</source>
        <translation>Le softphone n&apos;est pas connecté&#xa0;: les appels ne peuvent pas vous parvenir.</translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect</source>
        <translation>Se connecter à Amazon Connect</translation>
    </message>
    <message>
        <source>Opens the Amazon Connect sign-in window</source>
        <translation>Ouvre la fenêtre de connexion Amazon Connect</translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect in the window that opened</source>
        <translation>Connectez-vous à Amazon Connect dans la fenêtre qui s&apos;est ouverte</translation>
    </message>
    <message>
        <source>The softphone could not place the call (%1)</source>
        <translation>Le softphone n&apos;a pas pu passer l&apos;appel (%1)</translation>
    </message>
    <message>
        <source>No Zendesk address is set: cannot open it</source>
        <translation>Aucune adresse Zendesk n&apos;est définie&#xa0;: impossible de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Zendesk could not be opened in the browser</source>
        <translation>Impossible d&apos;ouvrir Zendesk dans le navigateur</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>Qui appelle&#xa0;?</translation>
    </message>
    <message>
        <source>Attach to another ticket</source>
        <translation>Joindre à un autre ticket</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>Numéro de ticket&#xa0;:</translation>
    </message>
    <message>
        <source>Different caller</source>
        <translation>Autre appelant</translation>
    </message>
    <message>
        <source>The caller&apos;s Zendesk user id:</source>
        <translation>ID utilisateur Zendesk de l&apos;appelant&#xa0;:</translation>
    </message>
    <message>
        <source>Corrections are not available</source>
        <translation>Les corrections ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Correction sent to Zendesk…</source>
        <translation>Correction envoyée à Zendesk…</translation>
    </message>
    <message>
        <source>Cannot call &quot;%1&quot;: not a phone number</source>
        <translation>Impossible d&apos;appeler «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>Calling %1 — the call will be added to ticket #%2</source>
        <translation>Appel de %1 — l&apos;appel sera ajouté au ticket #%2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>&amp;Review decisions…</source>
        <translation>&amp;Revoir les décisions…</translation>
    </message>
    <message>
        <source>Every call&apos;s link and why it was made; approve, retry or relink</source>
        <translation>Le lien de chaque appel et sa raison ; approuver, renvoyer ou relier autrement</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::Notifier</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Zendesk has not taken the call yet</source>
        <translation>Zendesk n&apos;a pas encore enregistré l&apos;appel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation>Non écrit dans Zendesk</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PopupWindow</name>
    <message>
        <source>(no page yet)</source>
        <translation>(aucune page pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 — Callbridge softphone</source>
        <translation>%1 — softphone Callbridge</translation>
    </message>
    <message>
        <source>%1 — %2 — Callbridge softphone</source>
        <translation>%1 — %2 — softphone Callbridge</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewChartsTab</name>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>One day, per hour</source>
        <translation>Un jour, par heure</translation>
    </message>
    <message>
        <source>Seven days, per day</source>
        <translation>Sept jours, par jour</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the charts for the period</source>
        <translation>Afficher les graphiques de la période</translation>
    </message>
    <message>
        <source>Calls per period by outcome</source>
        <translation>Appels par période selon le résultat</translation>
    </message>
    <message>
        <source>Share of automatic, agent and corrected links</source>
        <translation>Part des liaisons automatiques, par agent et corrigées</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>Appels par agent</translation>
    </message>
    <message>
        <source>Calls per period, numbers</source>
        <translation>Appels par période, chiffres</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Link share, numbers</source>
        <translation>Part des liaisons, chiffres</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Calls per agent, numbers</source>
        <translation>Appels par agent, chiffres</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Calls per day by outcome</source>
        <translation>Appels par jour selon le résultat</translation>
    </message>
    <message>
        <source>Calls per hour by outcome</source>
        <translation>Appels par heure selon le résultat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By the agent</source>
        <translation>Par l’agent</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <source>How calls were linked (%1 calls)</source>
        <translation>Association des appels (%1 appels)</translation>
    </message>
    <message>
        <source>Calls per agent (the %1 busiest)</source>
        <translation>Appels par agent (les %1 plus actifs)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewDetailPane</name>
    <message>
        <source>Shared numbers</source>
        <translation>Numéros partagés</translation>
    </message>
    <message>
        <source>IVR tickets refused</source>
        <translation>Tickets IVR refusés</translation>
    </message>
    <message>
        <source>Forced creations</source>
        <translation>Créations forcées</translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation>Appelants anonymes</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>Écritures échouées</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>New users with a close number</source>
        <translation>Nouveaux utilisateurs avec un numéro proche</translation>
    </message>
    <message>
        <source>Select a decision to see its contact.</source>
        <translation>Sélectionnez une décision pour afficher son contact.</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Détail du contact</translation>
    </message>
    <message>
        <source>Timeline, decisions, writes, corrections and reviews of the contact</source>
        <translation>Chronologie, décisions, écritures, corrections et vérifications du contact</translation>
    </message>
    <message>
        <source>Open &amp;ticket in Zendesk</source>
        <translation>Ouvrir le &amp;ticket dans Zendesk</translation>
    </message>
    <message>
        <source>Open ticket in Zendesk</source>
        <translation>Ouvrir le ticket dans Zendesk</translation>
    </message>
    <message>
        <source>Open &amp;caller in Zendesk</source>
        <translation>Ouvrir l’&amp;appelant dans Zendesk</translation>
    </message>
    <message>
        <source>Open caller in Zendesk</source>
        <translation>Ouvrir l’appelant dans Zendesk</translation>
    </message>
    <message>
        <source>Contact %1 — %2, %3</source>
        <translation>Contact %1 — %2, %3</translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation>À examiner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>  (no events recorded)</source>
        <translation>  (aucun événement enregistré)</translation>
    </message>
    <message>
        <source>, queue %1</source>
        <translation>, file d’attente %1</translation>
    </message>
    <message>
        <source>, agent %1</source>
        <translation>, agent %1</translation>
    </message>
    <message>
        <source>, action %1</source>
        <translation>, action %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>, user created</source>
        <translation>, utilisateur créé</translation>
    </message>
    <message>
        <source>    reason: %1</source>
        <translation>    motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>    notice: %1</source>
        <translation>    avis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucune)</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (tentative %1)</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>: Zendesk answered “%1”</source>
        <translation>&#xa0;: Zendesk a répondu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>  %1  to ticket %2, user %3 by %4: %5</source>
        <translation>  %1  vers le ticket %2, utilisateur %3, par %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>  not reviewed yet</source>
        <translation>  pas encore vérifié</translation>
    </message>
    <message>
        <source>  %1  reviewed by %2%3</source>
        <translation>  %1  vérifié par %2%3</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewFilterBar</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d’une date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu’à une date</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>agent username</source>
        <translation>nom d’utilisateur de l’agent</translation>
    </message>
    <message>
        <source>Only this agent&apos;s decisions (exact username)</source>
        <translation>Uniquement les décisions de cet agent (nom d’utilisateur exact)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+E.164 or last digits</source>
        <translation>+E.164 ou derniers chiffres</translation>
    </message>
    <message>
        <source>A whole number starting with +, or the last digits of the caller&apos;s number</source>
        <translation>Un numéro complet commençant par +, ou les derniers chiffres du numéro de l’appelant</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>numéro de ticket</translation>
    </message>
    <message>
        <source>Only decisions about this ticket</source>
        <translation>Uniquement les décisions concernant ce ticket</translation>
    </message>
    <message>
        <source>Text in reason</source>
        <translation>Texte du motif</translation>
    </message>
    <message>
        <source>text in the reason</source>
        <translation>texte dans le motif</translation>
    </message>
    <message>
        <source>Decisions whose reason contains this text</source>
        <translation>Décisions dont le motif contient ce texte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewQueueTab</name>
    <message>
        <source>Concern</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Which links worth a look the queue shows</source>
        <translation>Associations à examiner affichées dans la file</translation>
    </message>
    <message>
        <source>Every concern</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Include &amp;reviewed</source>
        <translation>Inclure les &amp;vérifiés</translation>
    </message>
    <message>
        <source>Include reviewed contacts</source>
        <translation>Inclure les contacts vérifiés</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de vérification</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de vérification</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>note (facultative)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Approve: mark the contact reviewed</source>
        <translation>Approuver&#xa0;: marquer le contact comme vérifié</translation>
    </message>
    <message>
        <source>Re&amp;link…</source>
        <translation>Réa&amp;ssocier…</translation>
    </message>
    <message>
        <source>Relink to another ticket or user</source>
        <translation>Réassocier à un autre ticket ou utilisateur</translation>
    </message>
    <message>
        <source>Retry &amp;failed write</source>
        <translation>Réessayer l’écriture é&amp;chouée</translation>
    </message>
    <message>
        <source>Retry failed write</source>
        <translation>Réessayer l’écriture échouée</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>État de la file</translation>
    </message>
    <message>
        <source>Relinking needs a Zendesk account</source>
        <translation>La réassociation nécessite un compte Zendesk</translation>
    </message>
    <message>
        <source>Retrying needs a Zendesk account</source>
        <translation>Une nouvelle tentative nécessite un compte Zendesk</translation>
    </message>
    <message>
        <source>Could not mark %1 reviewed: %2</source>
        <translation>Impossible de marquer %1 comme vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Marked %1 reviewed.</source>
        <translation>%1 marqué comme vérifié.</translation>
    </message>
    <message>
        <source>the call from %1 (contact %2)</source>
        <translation>l’appel de %1 (contact %2)</translation>
    </message>
    <message>
        <source>Relinking %1…</source>
        <translation>Réassociation de %1…</translation>
    </message>
    <message>
        <source>Relink failed: %1</source>
        <translation>Échec de la réassociation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending %1 again…</source>
        <translation>Nouvel envoi de %1…</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Échec de la nouvelle tentative&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewRelinkDialog</name>
    <message>
        <source>Relink call</source>
        <translation>Réassocier l’appel</translation>
    </message>
    <message>
        <source>Move the link of %1 to:</source>
        <translation>Déplacer l’association de %1 vers&#xa0;:</translation>
    </message>
    <message>
        <source>Another &amp;ticket</source>
        <translation>Un autre &amp;ticket</translation>
    </message>
    <message>
        <source>Attach the call to another ticket</source>
        <translation>Rattacher l’appel à un autre ticket</translation>
    </message>
    <message>
        <source>Another ca&amp;ller (Zendesk user)</source>
        <translation>Un autre &amp;appelant (utilisateur Zendesk)</translation>
    </message>
    <message>
        <source>The caller was another Zendesk user</source>
        <translation>L’appelant était un autre utilisateur Zendesk</translation>
    </message>
    <message>
        <source>A &amp;new ticket for the same caller</source>
        <translation>Un &amp;nouveau ticket pour le même appelant</translation>
    </message>
    <message>
        <source>Create a new ticket for the same caller</source>
        <translation>Créer un nouveau ticket pour le même appelant</translation>
    </message>
    <message>
        <source>Ticket or user number</source>
        <translation>Numéro de ticket ou d’utilisateur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Written to the journal and the old ticket&apos;s note</source>
        <translation>Inscrit dans le journal et dans la note de l’ancien ticket</translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation>&amp;Réassocier</translation>
    </message>
    <message>
        <source>Relink</source>
        <translation>Réassocier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motif&#xa0;:</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Outcome / mode</source>
        <translation>Résultat / mode</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewWindow</name>
    <message>
        <source>Callbridge review — %1</source>
        <translation>Vérification Callbridge — %1</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Vues de vérification</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the filtered decisions as CSV</source>
        <translation>Exporter les décisions filtrées au format CSV</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Nombre de décisions</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>Échec de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not count the decisions: %1</source>
        <translation>Impossible de compter les décisions&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) match</source>
        <translation>
            <numerusform>%n décision correspond</numerusform>
            <numerusform>%n décisions correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV not written: %1</source>
        <translation>CSV non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Exporter les décisions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SecretField</name>
    <message>
        <source>Fill in the account above first.</source>
        <translation>Renseignez d’abord le compte ci-dessus.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Recherche dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Stored in the system keychain for %1 at %2; type to replace it.</source>
        <translation>Enregistré dans le trousseau du système pour %1 sur %2&#xa0;; saisissez une valeur pour le remplacer.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>None stored for %1 at %2 yet.</source>
        <translation>Rien n’est encore enregistré pour %1 sur %2.</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Impossible de lire le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>the secret has no account to be stored for</source>
        <translation>le secret n’a aucun compte pour lequel être enregistré</translation>
    </message>
    <message>
        <source>the system keychain refused it: %1</source>
        <translation>le trousseau du système l’a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingField</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Default: %2 (%3)</source>
        <translation>%1 Par défaut&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>URL de l’instance</translation>
    </message>
    <message>
        <source>SSO sign-in URL</source>
        <translation>URL de connexion SSO</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <source>Contact centre number</source>
        <translation>Numéro du centre de contact</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation>Origine hôte</translation>
    </message>
    <message>
        <source>Identity provider hosts</source>
        <translation>Hôtes du fournisseur d’identité</translation>
    </message>
    <message>
        <source>Audio elsewhere (VDI)</source>
        <translation>Audio ailleurs (VDI)</translation>
    </message>
    <message>
        <source>Zendesk URL</source>
        <translation>URL Zendesk</translation>
    </message>
    <message>
        <source>Agent&apos;s email</source>
        <translation>E-mail de l’agent</translation>
    </message>
    <message>
        <source>Screen pop</source>
        <translation>Screen pop</translation>
    </message>
    <message>
        <source>Talk Partner Edition</source>
        <translation>Talk Partner Edition</translation>
    </message>
    <message>
        <source>Language of notes</source>
        <translation>Langue des notes</translation>
    </message>
    <message>
        <source>Ticket assignment</source>
        <translation>Attribution des tickets</translation>
    </message>
    <message>
        <source>Reuse a ticket updated within (minutes)</source>
        <translation>Réutiliser un ticket mis à jour depuis moins de (minutes)</translation>
    </message>
    <message>
        <source>Correction window (minutes)</source>
        <translation>Délai de correction (minutes)</translation>
    </message>
    <message>
        <source>Force a ticket in agent mode</source>
        <translation>Forcer un ticket en mode agent</translation>
    </message>
    <message>
        <source>Look up while ringing</source>
        <translation>Rechercher pendant la sonnerie</translation>
    </message>
    <message>
        <source>Voice comment</source>
        <translation>Commentaire vocal</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Lien vers l’enregistrement</translation>
    </message>
    <message>
        <source>Tickets for all outbound calls</source>
        <translation>Tickets pour tous les appels sortants</translation>
    </message>
    <message>
        <source>Remember the caller&apos;s number</source>
        <translation>Retenir le numéro de l’appelant</translation>
    </message>
    <message>
        <source>Ticket attribute</source>
        <translation>Attribut du ticket</translation>
    </message>
    <message>
        <source>Attributes in notes</source>
        <translation>Attributs dans les notes</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>Keep calls for (days)</source>
        <translation>Conserver les appels (jours)</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données de l’équipe</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>Bring to front on ring</source>
        <translation>Mettre au premier plan à la sonnerie</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingsDialog</name>
    <message>
        <source>Callbridge settings</source>
        <translation>Paramètres de Callbridge</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Settings file: %1 — changes apply at the next start.</source>
        <translation>Fichier de paramètres&#xa0;: %1 — les modifications s’appliquent au prochain démarrage.</translation>
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
        <translation>Règles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données d’équipe</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation>Jeton API Zendesk</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation>Conservé dans le trousseau du système pour ce Zendesk et cette adresse e-mail</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Mot de passe de la base de données d’équipe</translation>
    </message>
    <message>
        <source>Kept in the system keychain for the database&apos;s user and host</source>
        <translation>Conservé dans le trousseau du système pour l’utilisateur et l’hôte de la base de données</translation>
    </message>
    <message>
        <source>Set the database above first: the password is kept for its user and host.</source>
        <translation>Définissez d’abord la base de données ci-dessus&#xa0;: le mot de passe est conservé pour son utilisateur et son hôte.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the settings file is saved, but not the API token: %1</source>
        <translation>le fichier de paramètres est enregistré, mais pas le jeton API&#xa0;: %1</translation>
    </message>
    <message>
        <source>the settings file is saved, but not the team database password: %1</source>
        <translation>le fichier de paramètres est enregistré, mais pas le mot de passe de la base de données d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1; the changes apply at the next start.</source>
        <translation>Enregistré dans %1&#xa0;; les modifications s’appliquent au prochain démarrage.</translation>
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
        <translation>&amp;Afficher Callbridge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Softphone not signed in</source>
        <translation>Softphone non connecté</translation>
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
        <translation>depuis l’IVR</translation>
    </message>
    <message>
        <source>followed the transfer</source>
        <translation>a suivi le transfert</translation>
    </message>
    <message>
        <source>the caller&apos;s recent ticket</source>
        <translation>le ticket récent de l’appelant</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Après l’appel</translation>
    </message>
    <message>
        <source>On the call — looking up</source>
        <translation>En appel — recherche</translation>
    </message>
    <message>
        <source>On the call — your choice</source>
        <translation>En appel — à vous de choisir</translation>
    </message>
    <message>
        <source>On the call — linking</source>
        <translation>En appel — association</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Utilisateur #%1</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Numéro masqué</translation>
    </message>
    <message>
        <source>Not looked up in Zendesk</source>
        <translation>Non recherché dans Zendesk</translation>
    </message>
    <message>
        <source>Looking up the caller in Zendesk…</source>
        <translation>Recherche de l’appelant dans Zendesk…</translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld: nobody to look up</source>
        <translation>Le numéro de l’appelant est masqué&#xa0;: personne à rechercher</translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — find them, or create one with the ticket</source>
        <translation>Aucun utilisateur Zendesk n’a le numéro %1 — recherchez-le ou créez-en un avec le ticket</translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — New user will be created</source>
        <translation>Aucun utilisateur Zendesk n’a le numéro %1 — un nouvel utilisateur sera créé</translation>
    </message>
    <message>
        <source>No Zendesk user has %1</source>
        <translation>Aucun utilisateur Zendesk n’a le numéro %1</translation>
    </message>
    <message>
        <source>Identified by phone %1 (caller ID, unverified)</source>
        <translation>Identifié par le téléphone %1 (numéro présenté, non vérifié)</translation>
    </message>
    <message>
        <source>The number you called, %1</source>
        <translation>Le numéro que vous avez appelé, %1</translation>
    </message>
    <message>
        <source>Identified from the contact flow (zendesk_user)</source>
        <translation>Identifié par le flux de contact (zendesk_user)</translation>
    </message>
    <message>
        <source>Identified by e-mail from the contact flow (customer_email)</source>
        <translation>Identifié par l’adresse e-mail du flux de contact (customer_email)</translation>
    </message>
    <message>
        <source>Identified by the number given in the contact flow (customer_number)</source>
        <translation>Identifié par le numéro indiqué dans le flux de contact (customer_number)</translation>
    </message>
    <message>
        <source>The requester of the transferred call&apos;s ticket</source>
        <translation>Le demandeur du ticket de l’appel transféré</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Choisi par vous</translation>
    </message>
    <message>
        <source>The user of this call</source>
        <translation>L’utilisateur de cet appel</translation>
    </message>
    <message>
        <source> — remembered from an earlier call</source>
        <translation> — mémorisé lors d’un appel précédent</translation>
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
        <translation>Associé à un nouveau ticket (simulation&#xa0;: rien n’a été envoyé)</translation>
    </message>
    <message>
        <source>Linked to new ticket %1</source>
        <translation>Associé au nouveau ticket %1</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Associé au ticket %1</translation>
    </message>
    <message>
        <source>Sending to Zendesk…</source>
        <translation>Envoi à Zendesk…</translation>
    </message>
    <message>
        <source>Sent to Zendesk</source>
        <translation>Envoyé à Zendesk</translation>
    </message>
    <message>
        <source>Waiting for Zendesk — %1; nothing is lost</source>
        <translation>En attente de Zendesk — %1&#xa0;; rien n’est perdu</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 other user shares this number</source>
        <translation>1 autre utilisateur partage ce numéro</translation>
    </message>
    <message>
        <source>%1 other users share this number</source>
        <translation>%1 autres utilisateurs partagent ce numéro</translation>
    </message>
    <message>
        <source>When answered: the call goes to ticket #%1</source>
        <translation>Au décroché&#xa0;: l’appel ira au ticket #%1</translation>
    </message>
    <message>
        <source>When answered: a new user and a new ticket</source>
        <translation>Au décroché&#xa0;: un nouvel utilisateur et un nouveau ticket</translation>
    </message>
    <message>
        <source>When answered: a new ticket</source>
        <translation>Au décroché&#xa0;: un nouveau ticket</translation>
    </message>
    <message>
        <source>When answered: nothing is written to Zendesk</source>
        <translation>Au décroché&#xa0;: rien n’est écrit dans Zendesk</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>organisation #%1</translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation>Appel sortant vers %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>Not corrected: this call is not known any more</source>
        <translation>Non corrigé&#xa0;: cet appel n’est plus connu</translation>
    </message>
    <message>
        <source>Not corrected: the call is not linked to a ticket yet</source>
        <translation>Non corrigé&#xa0;: l’appel n’est pas encore associé à un ticket</translation>
    </message>
    <message>
        <source>Not corrected: the time for corrections has passed (a supervisor can still move it)</source>
        <translation>Non corrigé&#xa0;: le délai de correction est dépassé (un superviseur peut encore le déplacer)</translation>
    </message>
    <message>
        <source>Not corrected: the call is already linked there</source>
        <translation>Non corrigé&#xa0;: l’appel y est déjà associé</translation>
    </message>
    <message>
        <source>Not corrected: give a ticket number or a user</source>
        <translation>Non corrigé&#xa0;: indiquez un numéro de ticket ou un utilisateur</translation>
    </message>
    <message>
        <source>Not corrected: it does not say who made it (sign in to Zendesk first)</source>
        <translation>Non corrigé&#xa0;: l’auteur de la correction est inconnu (connectez-vous d’abord à Zendesk)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
</context>
</TS>
