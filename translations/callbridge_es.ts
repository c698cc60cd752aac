<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Phrase</name>
    <message>
        <source>Contact attributes changed during the call (contact %1):</source>
        <translation>Atributos de contacto modificados durante la llamada (contacto %1):</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>devolución de llamada</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>Contact attributes (set by the contact flow, partly from what the caller typed; claims, not verified):</source>
        <translation>Atributos de contacto (definidos por el flujo de contacto, en parte a partir de lo que tecleó el llamante; declaraciones, sin verificar):</translation>
    </message>
    <message>
        <source>Redacted by Callbridge: %1</source>
        <translation>Ocultado por Callbridge: %1</translation>
    </message>
    <message>
        <source>  … %1 more</source>
        <translation>  … %1 más</translation>
    </message>
    <message>
        <source>Amazon Connect call (%1)</source>
        <translation>Llamada de Amazon Connect (%1)</translation>
    </message>
    <message>
        <source>Contact ID: %1</source>
        <translation>ID de contacto: %1</translation>
    </message>
    <message>
        <source>Initial contact ID: %1</source>
        <translation>ID de contacto inicial: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Agent: %1 (%2), routing profile %3, extension %4</source>
        <translation>Agente: %1 (%2), perfil de enrutamiento %3, extensión %4</translation>
    </message>
    <message>
        <source>Caller ID (unverified): %1</source>
        <translation>Identificador de llamada (sin verificar): %1</translation>
    </message>
    <message>
        <source>Customer number: %1</source>
        <translation>Número del cliente: %1</translation>
    </message>
    <message>
        <source>System number: %1</source>
        <translation>Número del sistema: %1</translation>
    </message>
    <message>
        <source>Contact details: %1</source>
        <translation>Detalles del contacto: %1</translation>
    </message>
    <message>
        <source>Recording: %1 (available a few minutes after the call)</source>
        <translation>Grabación: %1 (disponible unos minutos después de la llamada)</translation>
    </message>
    <message>
        <source>Linked by Callbridge: %1</source>
        <translation>Vinculada por Callbridge: %1</translation>
    </message>
    <message>
        <source>Call ended (contact %1)</source>
        <translation>Llamada finalizada (contacto %1)</translation>
    </message>
    <message>
        <source>Call from %1 to %2</source>
        <translation>Llamada de %1 a %2</translation>
    </message>
    <message>
        <source>Call from %1 (caller ID, unverified) to %2</source>
        <translation>Llamada de %1 (identificador de llamada, sin verificar) a %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Duración: %1 s</translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation>Llamada saliente a %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>transfer of %1: the call&apos;s ticket %2</source>
        <translation>transferencia de %1: ticket de la llamada %2</translation>
    </message>
    <message>
        <source>looking up the ticket of transferred call %1</source>
        <translation>buscando el ticket de la llamada transferida %1</translation>
    </message>
    <message>
        <source>searching comments for transferred call %1</source>
        <translation>buscando en los comentarios la llamada transferida %1</translation>
    </message>
    <message>
        <source>transfer of %1: no ticket found for the call (not by this app, external_id or a comment naming it, searched for %2 s)</source>
        <translation>transferencia de %1: no se encontró ningún ticket para la llamada (ni de esta aplicación, ni por external_id, ni por un comentario que la mencione; búsqueda durante %2 s)</translation>
    </message>
    <message>
        <source>transfer of %1: ticket #%2, whose comments name the call (the newest of %3)</source>
        <translation>transferencia de %1: ticket #%2, cuyos comentarios mencionan la llamada (el más reciente de %3)</translation>
    </message>
    <message>
        <source>IVR asked for a new ticket</source>
        <translation>el IVR pidió un ticket nuevo</translation>
    </message>
    <message>
        <source>Requested ticket #%1 was not found</source>
        <translation>No se encontró el ticket solicitado #%1</translation>
    </message>
    <message>
        <source>reading IVR ticket #%1</source>
        <translation>leyendo el ticket #%1 del IVR</translation>
    </message>
    <message>
        <source>requester of ticket #%1</source>
        <translation>solicitante del ticket #%1</translation>
    </message>
    <message>
        <source>zendesk_user #%1 was not found: identified by phone</source>
        <translation>no se encontró zendesk_user #%1: identificado por teléfono</translation>
    </message>
    <message>
        <source>reading zendesk_user #%1</source>
        <translation>leyendo zendesk_user #%1</translation>
    </message>
    <message>
        <source>zendesk_user #%1</source>
        <translation>zendesk_user #%1</translation>
    </message>
    <message>
        <source>searching customer_email %1</source>
        <translation>buscando customer_email %1</translation>
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
        <translation>customer_number «%1» no es un número de teléfono: se usó el número del llamante</translation>
    </message>
    <message>
        <source>no caller number</source>
        <translation>sin número del llamante</translation>
    </message>
    <message>
        <source>caller number &quot;%1&quot; withheld or not a phone number</source>
        <translation>número del llamante «%1»: oculto o no es un número de teléfono</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>teléfono %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>buscando por %1</translation>
    </message>
    <message>
        <source>user #%1 no longer has %2: searched again</source>
        <translation>el usuario #%1 ya no tiene %2: se buscó de nuevo</translation>
    </message>
    <message>
        <source>reading user #%1</source>
        <translation>leyendo el usuario #%1</translation>
    </message>
    <message>
        <source>reading the phone numbers of a remembered user</source>
        <translation>leyendo los números de teléfono de un usuario recordado</translation>
    </message>
    <message>
        <source>%1 (remembered from an earlier call)</source>
        <translation>%1 (recordado de una llamada anterior)</translation>
    </message>
    <message>
        <source>reading the phone numbers of user #%1</source>
        <translation>leyendo los números de teléfono del usuario #%1</translation>
    </message>
    <message>
        <source>%1: no Zendesk user</source>
        <translation>%1: ningún usuario de Zendesk</translation>
    </message>
    <message>
        <source>%1: new ticket</source>
        <translation>%1: ticket nuevo</translation>
    </message>
    <message>
        <source>IVR ticket #%1 belongs to the caller</source>
        <translation>el ticket #%1 del IVR pertenece al llamante</translation>
    </message>
    <message>
        <source>reading the caller&apos;s recent tickets</source>
        <translation>leyendo los tickets recientes del llamante</translation>
    </message>
    <message>
        <source>no open ticket of the caller to reuse</source>
        <translation>el llamante no tiene ningún ticket abierto que reutilizar</translation>
    </message>
    <message>
        <source>reused #%1: updated %2 min ago, within %3</source>
        <translation>reutilizado #%1: actualizado hace %2 min, dentro del margen de %3 min</translation>
    </message>
    <message>
        <source>newest ticket #%1 was updated %2 min ago, not within %3</source>
        <translation>el ticket más reciente, #%1, se actualizó hace %2 min, fuera del margen de %3 min</translation>
    </message>
    <message>
        <source>missed or rejected: nothing written</source>
        <translation>perdida o rechazada: no se escribió nada</translation>
    </message>
    <message>
        <source>ended before it was answered: nothing written</source>
        <translation>finalizada antes de ser contestada: no se escribió nada</translation>
    </message>
    <message>
        <source>resuming the link made before a restart</source>
        <translation>la reanudación del vínculo hecho antes de un reinicio</translation>
    </message>
    <message>
        <source>resumed after a restart: the call was already linked to %1</source>
        <translation>reanudado tras un reinicio: la llamada ya estaba vinculada a %1</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>la búsqueda</translation>
    </message>
    <message>
        <source>no user created: &quot;%1&quot; is not a phone number</source>
        <translation>no se creó ningún usuario: «%1» no es un número de teléfono</translation>
    </message>
    <message>
        <source>creating the caller&apos;s user</source>
        <translation>la creación del usuario del llamante</translation>
    </message>
    <message>
        <source>%1 (user #%2 already existed for this number)</source>
        <translation>%1 (el usuario #%2 ya existía para este número)</translation>
    </message>
    <message>
        <source>creating the ticket</source>
        <translation>la creación del ticket</translation>
    </message>
    <message>
        <source>%1 (Zendesk already had it: not created twice)</source>
        <translation>%1 (Zendesk ya lo tenía: no se creó dos veces)</translation>
    </message>
    <message>
        <source>creating a follow-up of closed ticket #%1</source>
        <translation>la creación de un seguimiento del ticket cerrado #%1</translation>
    </message>
    <message>
        <source>#%1 is closed: follow-up %2</source>
        <translation>#%1 está cerrado: seguimiento %2</translation>
    </message>
    <message>
        <source>adding the call to ticket #%1</source>
        <translation>la incorporación de la llamada al ticket #%1</translation>
    </message>
    <message>
        <source>%1 added to user #%2&apos;s phone numbers</source>
        <translation>%1 añadido a los números de teléfono del usuario #%2</translation>
    </message>
    <message>
        <source>%1 not added to user #%2: Zendesk says it is taken</source>
        <translation>%1 no añadido al usuario #%2: según Zendesk, ya está en uso</translation>
    </message>
    <message>
        <source>the search for it failed: %1</source>
        <translation>falló su búsqueda: %1</translation>
    </message>
    <message>
        <source>%1 not added to user #%2: %3</source>
        <translation>%1 no añadido al usuario #%2: %3</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>a note lists %1 attribute(s) added or changed during the call</source>
        <translation>una nota enumera %1 atributo(s) añadido(s) o modificado(s) durante la llamada</translation>
    </message>
    <message>
        <source>end-of-call details</source>
        <translation>los detalles de fin de llamada</translation>
    </message>
    <message>
        <source>call ended after %1; #%2 is closed: follow-up %3</source>
        <translation>llamada finalizada tras %1; #%2 está cerrado: seguimiento %3</translation>
    </message>
    <message>
        <source>end-of-call details for %1</source>
        <translation>los detalles de fin de llamada de %1</translation>
    </message>
    <message>
        <source>call ended after %1: %2 added to %3</source>
        <translation>llamada finalizada tras %1: se añadió %2 a %3</translation>
    </message>
    <message>
        <source>voice comment</source>
        <translation>comentario de voz</translation>
    </message>
    <message>
        <source>duration note</source>
        <translation>nota de duración</translation>
    </message>
    <message>
        <source>the ticket&apos;s requester</source>
        <translation>el solicitante del ticket</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>error en %1 (%2): %3</translation>
    </message>
    <message>
        <source>chosen by the agent</source>
        <translation>elegido por el agente</translation>
    </message>
    <message>
        <source>agent chose user #%1 as the caller</source>
        <translation>el agente eligió al usuario #%1 como llamante</translation>
    </message>
    <message>
        <source>agent action ignored: the call is already linked to %1</source>
        <translation>acción del agente ignorada: la llamada ya está vinculada a %1</translation>
    </message>
    <message>
        <source>agent action ignored: not in agent mode</source>
        <translation>acción del agente ignorada: no está en modo agente</translation>
    </message>
    <message>
        <source>correction by %1 not made: %2</source>
        <translation>corrección de %1 no realizada: %2</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>corregido por %1</translation>
    </message>
    <message>
        <source>the caller&apos;s recent tickets could not be read: %1</source>
        <translation>no se pudieron leer los tickets recientes del llamante: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <source>moved here from %1</source>
        <translation>movida aquí desde %1</translation>
    </message>
    <message>
        <source>Caller corrected to user #%1</source>
        <translation>Llamante corregido: usuario #%1</translation>
    </message>
    <message>
        <source>Call moved to %1</source>
        <translation>Llamada movida a %1</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuario #%1</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
    <message>
        <source>caller changed from %1 to %2 on %3</source>
        <translation>llamante cambiado de %1 a %2 en %3</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>movida de %1 a %2</translation>
    </message>
    <message>
        <source>%1 is closed: a new ticket for user #%2</source>
        <translation>%1 está cerrado: un ticket nuevo para el usuario #%2</translation>
    </message>
    <message>
        <source>a follow-up of closed ticket %1</source>
        <translation>un seguimiento del ticket cerrado %1</translation>
    </message>
    <message>
        <source>%1 is closed: follow-up %2</source>
        <translation>%1 está cerrado: seguimiento %2</translation>
    </message>
    <message>
        <source>the new ticket</source>
        <translation>el ticket nuevo</translation>
    </message>
    <message>
        <source>the first write</source>
        <translation>la primera escritura</translation>
    </message>
    <message>
        <source>%1 is closed: end-of-call follow-up %2</source>
        <translation>%1 está cerrado: seguimiento de fin de llamada %2</translation>
    </message>
    <message>
        <source>end-of-call comment not written: %1</source>
        <translation>comentario de fin de llamada no escrito: %1</translation>
    </message>
    <message>
        <source>%1 is closed: no note there</source>
        <translation>%1 está cerrado: no se escribió ninguna nota allí</translation>
    </message>
    <message>
        <source>note on %1 not written: %2</source>
        <translation>nota en %1 no escrita: %2</translation>
    </message>
    <message>
        <source>Call moved from %1 to %2</source>
        <translation>Llamada movida de %1 a %2</translation>
    </message>
    <message>
        <source>correction by %1 not made: %2 failed (%3): %4; the call stays on %5</source>
        <translation>corrección de %1 no realizada: error en %2 (%3): %4; la llamada sigue en %5</translation>
    </message>
    <message>
        <source>outbound call</source>
        <translation>llamada saliente</translation>
    </message>
    <message>
        <source>%1 to known user %2 via %3</source>
        <translation>%1 al usuario conocido %2 vía %3</translation>
    </message>
    <message>
        <source>%1 to unknown number %2: new user and ticket (all_outbound)</source>
        <translation>%1 a un número desconocido %2: usuario y ticket nuevos (all_outbound)</translation>
    </message>
    <message>
        <source>%1 to unknown number %2: no ticket (all_outbound is off)</source>
        <translation>%1 a un número desconocido %2: sin ticket (all_outbound desactivado)</translation>
    </message>
    <message>
        <source>%1 to %2: no ticket</source>
        <translation>%1 a %2: sin ticket</translation>
    </message>
    <message>
        <source>a new ticket (dry run)</source>
        <translation>un ticket nuevo (simulación)</translation>
    </message>
    <message>
        <source>a new user (dry run)</source>
        <translation>un usuario nuevo (simulación)</translation>
    </message>
    <message>
        <source>supervisor monitoring: nothing written</source>
        <translation>monitorización por un supervisor: no se escribió nada</translation>
    </message>
    <message>
        <source>chat contact: only voice calls are linked</source>
        <translation>contacto de chat: solo se vinculan las llamadas de voz</translation>
    </message>
    <message>
        <source>task contact: only voice calls are linked</source>
        <translation>contacto de tarea: solo se vinculan las llamadas de voz</translation>
    </message>
    <message>
        <source>the agent decides</source>
        <translation>decide el agente</translation>
    </message>
    <message>
        <source>agent mode (ticket_assignment=agent): the agent decides</source>
        <translation>modo agente (ticket_assignment=agent): decide el agente</translation>
    </message>
    <message>
        <source>Request to open a new ticket received</source>
        <translation>Se recibió una solicitud para abrir un ticket nuevo</translation>
    </message>
    <message>
        <source>known caller %1 via %2: new ticket</source>
        <translation>llamante conocido %1 vía %2: ticket nuevo</translation>
    </message>
    <message>
        <source>unknown caller %1: new user and ticket</source>
        <translation>llamante desconocido %1: usuario y ticket nuevos</translation>
    </message>
    <message>
        <source>agent attached the call to #%1</source>
        <translation>el agente adjuntó la llamada a #%1</translation>
    </message>
    <message>
        <source>agent created a ticket for user #%1</source>
        <translation>el agente creó un ticket para el usuario #%1</translation>
    </message>
    <message>
        <source>agent created a ticket for a new user %1</source>
        <translation>el agente creó un ticket para un usuario nuevo %1</translation>
    </message>
    <message>
        <source>the agent called the customer from ticket #%1</source>
        <translation>el agente llamó al cliente desde el ticket #%1</translation>
    </message>
    <message>
        <source>agent mode: outbound call to a number no user has, nothing linked by the end of the call: no ticket (all_outbound is off)</source>
        <translation>modo agente: llamada saliente a un número que no tiene ningún usuario, nada vinculado al final de la llamada: sin ticket (all_outbound desactivado)</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call (force_ticket_creation is off)</source>
        <translation>modo agente: nada vinculado al final de la llamada (force_ticket_creation desactivado)</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call, ticket forced for caller #%1</source>
        <translation>modo agente: nada vinculado al final de la llamada, ticket forzado para el llamante #%1</translation>
    </message>
    <message>
        <source>agent mode: nothing linked by the end of the call, ticket forced with the agent as requester</source>
        <translation>modo agente: nada vinculado al final de la llamada, ticket forzado con el agente como solicitante</translation>
    </message>
    <message>
        <source>%1 (Zendesk said %2 already belongs to #%3: used them)</source>
        <translation>%1 (según Zendesk, %2 ya pertenece a #%3: se usó ese usuario)</translation>
    </message>
    <message>
        <source>%1 (Zendesk refused a second user for %2; the agent is requester until the owner is found)</source>
        <translation>%1 (Zendesk rechazó un segundo usuario para %2; el agente es el solicitante hasta que se encuentre al titular)</translation>
    </message>
    <message>
        <source>Zendesk says %1 already belongs to a user that search cannot find yet: set the ticket&apos;s requester</source>
        <translation>Según Zendesk, %1 ya pertenece a un usuario que la búsqueda aún no encuentra: establezca el solicitante del ticket</translation>
    </message>
    <message>
        <source>remember_caller_number is off</source>
        <translation>remember_caller_number está desactivado</translation>
    </message>
    <message>
        <source>the caller was not identified by zendesk_user, customer_email or customer_number</source>
        <translation>el llamante no se identificó mediante zendesk_user, customer_email ni customer_number</translation>
    </message>
    <message>
        <source>no calling number to remember</source>
        <translation>no hay número de llamada que recordar</translation>
    </message>
    <message>
        <source>%1 is the user&apos;s phone already</source>
        <translation>%1 ya es el teléfono del usuario</translation>
    </message>
    <message>
        <source>%1 is one of user #%2&apos;s numbers already</source>
        <translation>%1 ya es uno de los números del usuario #%2</translation>
    </message>
    <message>
        <source>%1 is user #%2&apos;s number</source>
        <translation>%1 es el número del usuario #%2</translation>
    </message>
    <message>
        <source>%1 (%2 users share it; took #%3, the most recently updated)</source>
        <translation>%1 (lo comparten %2 usuarios; se tomó #%3, el actualizado más recientemente)</translation>
    </message>
    <message>
        <source>IVR ticket #%1 not found: new ticket</source>
        <translation>no se encontró el ticket #%1 del IVR: ticket nuevo</translation>
    </message>
    <message>
        <source>IVR ticket #%1 ignored: an anonymous caller cannot be verified</source>
        <translation>ticket #%1 del IVR ignorado: un llamante anónimo no se puede verificar</translation>
    </message>
    <message>
        <source>IVR ticket #%1 ignored: the caller is not a Zendesk user</source>
        <translation>ticket #%1 del IVR ignorado: el llamante no es un usuario de Zendesk</translation>
    </message>
    <message>
        <source>IVR ticket #%1 belongs to another user</source>
        <translation>el ticket #%1 del IVR pertenece a otro usuario</translation>
    </message>
    <message>
        <source>anonymous caller (%1): new ticket with the agent as requester</source>
        <translation>llamante anónimo (%1): ticket nuevo con el agente como solicitante</translation>
    </message>
    <message>
        <source>agent created a ticket for an anonymous caller (the agent is requester)</source>
        <translation>el agente creó un ticket para un llamante anónimo (el agente es el solicitante)</translation>
    </message>
    <message>
        <source>The correction is on its way to Zendesk.</source>
        <translation>La corrección se está enviando a Zendesk.</translation>
    </message>
    <message>
        <source>This call is not known here.</source>
        <translation>Esta llamada no se conoce aquí.</translation>
    </message>
    <message>
        <source>The call is not linked to a ticket yet: there is nothing to correct.</source>
        <translation>La llamada aún no está vinculada a ningún ticket: no hay nada que corregir.</translation>
    </message>
    <message>
        <source>The correction window for this call has closed; a supervisor can still relink it.</source>
        <translation>El plazo de corrección de esta llamada ha terminado; un supervisor todavía puede volver a vincularla.</translation>
    </message>
    <message>
        <source>The call is already linked there.</source>
        <translation>La llamada ya está vinculada ahí.</translation>
    </message>
    <message>
        <source>Give the ticket or user number to move the call to.</source>
        <translation>Indique el número del ticket o del usuario al que desea mover la llamada.</translation>
    </message>
    <message>
        <source>A correction must name who makes it.</source>
        <translation>Una corrección debe indicar quién la hace.</translation>
    </message>
    <message>
        <source>expected true/false, yes/no, y/n, t/f or 1/0</source>
        <translation>se esperaba true/false, yes/no, y/n, t/f o 1/0</translation>
    </message>
    <message>
        <source>expected auto or agent</source>
        <translation>se esperaba auto o agent</translation>
    </message>
    <message>
        <source>expected a whole number of minutes (0 to %1)</source>
        <translation>se esperaba un número entero de minutos (de 0 a %1)</translation>
    </message>
    <message>
        <source>expected a ticket number (0 = a new ticket)</source>
        <translation>se esperaba un número de ticket (0 = un ticket nuevo)</translation>
    </message>
    <message>
        <source>expected a Zendesk user id</source>
        <translation>se esperaba un ID de usuario de Zendesk</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>expected a phone number</source>
        <translation>se esperaba un número de teléfono</translation>
    </message>
    <message>
        <source>expected an email address such as jo@example.com</source>
        <translation>se esperaba una dirección de correo electrónico como jo@example.com</translation>
    </message>
    <message>
        <source>&lt;hidden&gt;</source>
        <translation>&lt;oculto&gt;</translation>
    </message>
    <message>
        <source>Ignored attribute %1=%2: %3</source>
        <translation>Atributo %1=%2 ignorado: %3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No journal to review: this run keeps none.</source>
        <translation>No hay registro que revisar: esta ejecución no lleva ninguno.</translation>
    </message>
    <message>
        <source>%1 contacts are already being worked on: new contacts from the softphone page are refused until one finishes (first: %2)</source>
        <translation>Ya se están atendiendo %1 contactos: los contactos nuevos de la página del softphone se rechazan hasta que termine uno (primero: %2)</translation>
    </message>
    <message>
        <source>The team database cannot be read (%1): showing this computer&apos;s journal.</source>
        <translation>No se puede leer la base de datos del equipo (%1): se muestra el registro de este ordenador.</translation>
    </message>
    <message>
        <source>Zendesk is not answering (%1); trying again in %2 s</source>
        <translation>Zendesk no responde (%1); se reintentará en %2 s</translation>
    </message>
    <message>
        <source>Zendesk did not say who the agent is</source>
        <translation>Zendesk no ha indicado quién es el agente</translation>
    </message>
    <message>
        <source>Cannot sign in to Zendesk (%1): %2</source>
        <translation>No se puede iniciar sesión en Zendesk (%1): %2</translation>
    </message>
    <message>
        <source>anonymous caller</source>
        <translation>llamante anónimo</translation>
    </message>
    <message>
        <source>Caller %1</source>
        <translation>Llamante %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected an https URL</source>
        <translation>se esperaba una URL https</translation>
    </message>
    <message>
        <source>expected an AWS region such as us-east-1</source>
        <translation>se esperaba una región de AWS como us-east-1</translation>
    </message>
    <message>
        <source>expected an E.164 number such as +18005550100</source>
        <translation>se esperaba un número E.164 como +18005550100</translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Australia/Sydney</source>
        <translation>se esperaba una zona horaria IANA como Australia/Sydney</translation>
    </message>
    <message>
        <source>expected an https origin such as https://callbridge.example.com</source>
        <translation>se esperaba un origen https como https://callbridge.example.com</translation>
    </message>
    <message>
        <source>expected host names separated by commas, e.g. login.microsoftonline.com</source>
        <translation>se esperaban nombres de host separados por comas, p. ej. login.microsoftonline.com</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>se esperaba una dirección de correo</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>se esperaba uno de %1</translation>
    </message>
    <message>
        <source>expected an attribute name of letters, digits, _ . - (not a credential name)</source>
        <translation>se esperaba un nombre de atributo de letras, dígitos, _ . - (no un nombre de credencial)</translation>
    </message>
    <message>
        <source>expected all, none, or attribute names separated by commas</source>
        <translation>se esperaba all, none o nombres de atributos separados por comas</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as GB</source>
        <translation>se esperaba un código de país de dos letras como GB</translation>
    </message>
    <message>
        <source>expected a number of days (0 = keep everything)</source>
        <translation>se esperaba un número de días (0 = conservarlo todo)</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], without a password (the password belongs in the keychain)</source>
        <translation>se esperaba postgresql://USER@HOST:PORT/DBNAME[?sslmode=…], sin contraseña (la contraseña va en el llavero)</translation>
    </message>
    <message>
        <source>&lt;hidden: it looks like a secret, which belongs in the system keychain&gt;</source>
        <translation>&lt;oculto: parece un secreto, que va en el llavero del sistema&gt;</translation>
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
        <translation>Callbridge — entorno de pruebas %1</translation>
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
        <translation>Su instancia de Amazon Connect: https://ALIAS.my.connect.aws o https://ALIAS.awsapps.com.</translation>
    </message>
    <message>
        <source>Your identity provider&apos;s sign-in URL when agents sign in with SSO; empty: Connect&apos;s own login.</source>
        <translation>La URL de inicio de sesión de su proveedor de identidad cuando los agentes inician sesión con SSO; vacío: el inicio de sesión propio de Connect.</translation>
    </message>
    <message>
        <source>The instance&apos;s AWS region, e.g. eu-west-2 (optional for voice).</source>
        <translation>La región de AWS de la instancia, por ejemplo eu-west-2 (opcional para las llamadas de voz).</translation>
    </message>
    <message>
        <source>The contact centre&apos;s number: the &quot;to&quot; of inbound and the &quot;from&quot; of outbound calls.</source>
        <translation>El número del centro de contacto: el «a» de las llamadas entrantes y el «de» de las salientes.</translation>
    </message>
    <message>
        <source>The time zone of the contact-details links; empty: UTC.</source>
        <translation>La zona horaria de los enlaces a los detalles del contacto; vacío: UTC.</translation>
    </message>
    <message>
        <source>The origin added to the instance&apos;s Approved origins; the softphone page is loaded as it.</source>
        <translation>El origen añadido a los Orígenes aprobados de la instancia; la página del softphone se carga con ese origen.</translation>
    </message>
    <message>
        <source>Hosts an SSO login may pass through, separated by commas.</source>
        <translation>Hosts por los que puede pasar un inicio de sesión con SSO, separados por comas.</translation>
    </message>
    <message>
        <source>No call audio here: a softphone opened elsewhere (VDI) carries it; calls are still linked.</source>
        <translation>Aquí no hay audio de llamada: lo transmite un softphone abierto en otro lugar (VDI); las llamadas se siguen vinculando.</translation>
    </message>
    <message>
        <source>Your Zendesk, e.g. https://acme.zendesk.com.</source>
        <translation>Su Zendesk, por ejemplo https://acme.zendesk.com.</translation>
    </message>
    <message>
        <source>The agent&apos;s Zendesk sign-in; the API token is kept in the system keychain for it.</source>
        <translation>El inicio de sesión de Zendesk del agente; el token de API se guarda para él en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Open the caller or ticket in the agent&apos;s Zendesk tab (Talk Partner Edition; one more request per call).</source>
        <translation>Abrir el llamante o el ticket en la pestaña de Zendesk del agente (Talk Partner Edition; una solicitud más por llamada).</translation>
    </message>
    <message>
        <source>Create voice tickets on the Talk Partner Edition endpoint (via 45 inbound, 46 outbound).</source>
        <translation>Crear tickets de voz en el punto de conexión de Talk Partner Edition (via 45 para las entrantes, 46 para las salientes).</translation>
    </message>
    <message>
        <source>The language of ticket notes and of the journal&apos;s reasons, the same for every agent whatever their window&apos;s language.</source>
        <translation>El idioma de las notas de los tickets y de los motivos del registro, el mismo para todos los agentes sea cual sea el idioma de su ventana.</translation>
    </message>
    <message>
        <source>auto: Callbridge links every call; agent: the agent chooses the user and ticket.</source>
        <translation>auto: Callbridge vincula cada llamada; agent: el agente elige el usuario y el ticket.</translation>
    </message>
    <message>
        <source>Reuse the caller&apos;s ticket updated within this many minutes; 0: always a new ticket.</source>
        <translation>Reutilizar el ticket del llamante actualizado dentro de este número de minutos; 0: siempre un ticket nuevo.</translation>
    </message>
    <message>
        <source>How long after a call ends its agent may still correct the link (a supervisor can always relink).</source>
        <translation>Cuánto tiempo después de terminar una llamada puede su agente corregir aún el vínculo (un supervisor siempre puede revincular).</translation>
    </message>
    <message>
        <source>In agent mode, a call that ends with nothing linked still gets a ticket.</source>
        <translation>En modo agente, una llamada que termina sin nada vinculado recibe igualmente un ticket.</translation>
    </message>
    <message>
        <source>Look the caller up while the call rings (writes still wait for the answer).</source>
        <translation>Buscar al llamante mientras suena la llamada (las escrituras siguen esperando a que se conteste).</translation>
    </message>
    <message>
        <source>End the call with a voice comment (number, duration, recording); otherwise a note.</source>
        <translation>Cerrar la llamada con un comentario de voz (número, duración, grabación); si no, con una nota.</translation>
    </message>
    <message>
        <source>Link the call recording in the voice comment.</source>
        <translation>Enlazar la grabación de la llamada en el comentario de voz.</translation>
    </message>
    <message>
        <source>Outbound calls to numbers no user has get a new user and ticket too.</source>
        <translation>Las llamadas salientes a números que no tiene ningún usuario también reciben un usuario y un ticket nuevos.</translation>
    </message>
    <message>
        <source>A caller identified otherwise gets the number they called from as a phone identity.</source>
        <translation>Un llamante identificado de otro modo recibe el número desde el que llamó como identidad telefónica.</translation>
    </message>
    <message>
        <source>The contact attribute in which a flow names the caller&apos;s ticket.</source>
        <translation>El atributo de contacto en el que un flujo indica el ticket del llamante.</translation>
    </message>
    <message>
        <source>Which contact attributes the ticket note lists: all, none, or names separated by commas.</source>
        <translation>Qué atributos de contacto enumera la nota del ticket: all, none o nombres separados por comas.</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code (two letters, e.g. GB).</source>
        <translation>El país de los números escritos sin prefijo de país (dos letras, por ejemplo GB).</translation>
    </message>
    <message>
        <source>Finished calls older than this many days leave the journal; 0: keep everything.</source>
        <translation>Las llamadas finalizadas hace más de este número de días se eliminan del registro; 0: conservarlo todo.</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL, postgresql://USER@HOST:PORT/DBNAME; empty: this computer&apos;s journal only.</source>
        <translation>La base de datos PostgreSQL del equipo, postgresql://USER@HOST:PORT/DBNAME; vacío: solo el registro de este ordenador.</translation>
    </message>
    <message>
        <source>Closing the window keeps Callbridge running in the system tray (where there is one).</source>
        <translation>Al cerrar la ventana, Callbridge sigue ejecutándose en la bandeja del sistema (si la hay).</translation>
    </message>
    <message>
        <source>A ringing call brings the Callbridge window to the front.</source>
        <translation>Una llamada que suena pone la ventana de Callbridge en primer plano.</translation>
    </message>
</context>
<context>
    <name>callbridge::app::DesktopShell</name>
    <message>
        <source>Settings saved; they apply when Callbridge starts again</source>
        <translation>Configuración guardada; se aplicará cuando Callbridge se vuelva a iniciar</translation>
    </message>
</context>
<context>
    <name>callbridge::review::OutboxReviewActions</name>
    <message>
        <source>Zendesk accepted %1 (#%2).</source>
        <translation>Zendesk aceptó %1 (#%2).</translation>
    </message>
    <message>
        <source>the write %1 was not recorded with its content; it cannot be sent again from here</source>
        <translation>la escritura %1 no se registró con su contenido; no se puede volver a enviar desde aquí</translation>
    </message>
    <message>
        <source>relinking is not available in this build</source>
        <translation>volver a vincular no está disponible en esta versión</translation>
    </message>
</context>
<context>
    <name>callbridge::review::ReviewRelinker</name>
    <message>
        <source>relinking needs a journal</source>
        <translation>volver a vincular requiere un registro</translation>
    </message>
    <message>
        <source>the call&apos;s events are not in the team database yet</source>
        <translation>los eventos de la llamada aún no están en la base de datos del equipo</translation>
    </message>
    <message>
        <source>not signed in to Zendesk yet; try again in a moment</source>
        <translation>aún no ha iniciado sesión en Zendesk; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>a correction of this call is already on its way</source>
        <translation>ya se está enviando una corrección de esta llamada</translation>
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
        <translation>Acerca de Callbridge</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>System-wide settings</source>
        <translation>Configuración de todo el sistema</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Softphone profile</source>
        <translation>Perfil del softphone</translation>
    </message>
    <message>
        <source>Callbridge logo</source>
        <translation>Logotipo de Callbridge</translation>
    </message>
    <message>
        <source>Callbridge links Amazon Connect calls to Zendesk tickets.</source>
        <translation>Callbridge vincula las llamadas de Amazon Connect con los tickets de Zendesk.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AgentPanel</name>
    <message>
        <source>Create ticket</source>
        <translation>Crear ticket</translation>
    </message>
    <message>
        <source>Attach to ticket</source>
        <translation>Adjuntar al ticket</translation>
    </message>
    <message>
        <source>Set as caller</source>
        <translation>Establecer como llamante</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>User search failed: %1</source>
        <translation>Error en la búsqueda de usuarios: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n usuario encontrado</numerusform>
            <numerusform>%n usuarios encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket search failed: %1</source>
        <translation>Error en la búsqueda de tickets: %1</translation>
    </message>
    <message>
        <source>Could not list the user&apos;s tickets: %1</source>
        <translation>No se pudieron listar los tickets del usuario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) requested by this user</source>
        <translation>
            <numerusform>%n ticket solicitado por este usuario</numerusform>
            <numerusform>%n tickets solicitados por este usuario</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, e-mail, phone, ticket number or subject</source>
        <translation>Nombre, correo electrónico, teléfono, número de ticket o asunto</translation>
    </message>
    <message>
        <source>Search Zendesk</source>
        <translation>Buscar en Zendesk</translation>
    </message>
    <message>
        <source>Search users and tickets (Ctrl+F)</source>
        <translation>Buscar usuarios y tickets (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search users and tickets (Enter)</source>
        <translation>Buscar usuarios y tickets (Intro)</translation>
    </message>
    <message>
        <source>The chosen user is the one calling</source>
        <translation>El usuario elegido es quien llama</translation>
    </message>
    <message>
        <source>Add the call to the chosen ticket (Ctrl+Enter)</source>
        <translation>Añadir la llamada al ticket elegido (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the chosen user, or the requester of the chosen ticket (the call is added to it)</source>
        <translation>Llamar al usuario elegido o al solicitante del ticket elegido (la llamada se añade a él)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Subject of the new ticket</source>
        <translation>Asunto del nuevo ticket</translation>
    </message>
    <message>
        <source>For a new user</source>
        <translation>Para un usuario nuevo</translation>
    </message>
    <message>
        <source>Create a Zendesk user for the caller first</source>
        <translation>Crear primero un usuario de Zendesk para el llamante</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Nombre del nuevo usuario</translation>
    </message>
    <message>
        <source>New user&apos;s phone</source>
        <translation>Teléfono del nuevo usuario</translation>
    </message>
    <message>
        <source>New user&apos;s e-mail (optional)</source>
        <translation>Correo electrónico del nuevo usuario (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>For the chosen user, the caller, or the new user (Ctrl+N)</source>
        <translation>Para el usuario elegido, el llamante o el nuevo usuario (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <source>  (caller)</source>
        <translation>  (llamante)</translation>
    </message>
    <message>
        <source>Caller&apos;s tickets</source>
        <translation>Tickets del llamante</translation>
    </message>
    <message>
        <source>Caller&apos;s tickets (reading…)</source>
        <translation>Tickets del llamante (leyendo…)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Tickets encontrados</translation>
    </message>
    <message>
        <source>Their tickets</source>
        <translation>Sus tickets</translation>
    </message>
    <message>
        <source>Reading the user&apos;s tickets…</source>
        <translation>Leyendo los tickets del usuario…</translation>
    </message>
    <message>
        <source>Creating the ticket…</source>
        <translation>Creando el ticket…</translation>
    </message>
    <message>
        <source>Attaching the call to #%1…</source>
        <translation>Adjuntando la llamada a #%1…</translation>
    </message>
    <message>
        <source>Ticket #%1 has no requester to call</source>
        <translation>El ticket #%1 no tiene un solicitante al que llamar</translation>
    </message>
    <message>
        <source>The requester of #%1 has no phone number</source>
        <translation>El solicitante de #%1 no tiene número de teléfono</translation>
    </message>
    <message>
        <source>Could not read the requester: %1</source>
        <translation>No se pudo leer el solicitante: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::CallerPicker</name>
    <message>
        <source>Users who share the caller&apos;s number</source>
        <translation>Usuarios que comparten el número del llamante</translation>
    </message>
    <message>
        <source>These users share the caller&apos;s number — who is calling?</source>
        <translation>Estos usuarios comparten el número del llamante: ¿quién llama?</translation>
    </message>
    <message>
        <source>Reading their tickets…</source>
        <translation>Leyendo sus tickets…</translation>
    </message>
    <message>
        <source>Current caller</source>
        <translation>Llamante actual</translation>
    </message>
    <message>
        <source>This is the caller</source>
        <translation>Este es el llamante</translation>
    </message>
    <message>
        <source>%1 is the caller</source>
        <translation>%1 es el llamante</translation>
    </message>
    <message>
        <source>Their tickets could not be read: %1</source>
        <translation>No se pudieron leer sus tickets: %1</translation>
    </message>
    <message>
        <source>No tickets</source>
        <translation>Sin tickets</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Signs in to Zendesk with this URL, e-mail and API token</source>
        <translation>Inicia sesión en Zendesk con esta URL, este correo electrónico y este token de API</translation>
    </message>
    <message>
        <source>Fill in the Zendesk URL and e-mail first.</source>
        <translation>Primero indique la URL de Zendesk y el correo electrónico.</translation>
    </message>
    <message>
        <source>Signing in to Zendesk…</source>
        <translation>Iniciando sesión en Zendesk…</translation>
    </message>
    <message>
        <source>Type the API token first (none is stored for this account).</source>
        <translation>Primero escriba el token de API (no hay ninguno guardado para esta cuenta).</translation>
    </message>
    <message>
        <source>✔ Signed in: %1</source>
        <translation>✔ Sesión iniciada: %1</translation>
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
        <translation>Contacto actual</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Choose another user as the caller</source>
        <translation>Elegir otro usuario como llamante</translation>
    </message>
    <message>
        <source>Choose which of the users with this number is calling</source>
        <translation>Elegir cuál de los usuarios con este número es quien llama</translation>
    </message>
    <message>
        <source>Open user</source>
        <translation>Abrir usuario</translation>
    </message>
    <message>
        <source>Open the caller in Zendesk</source>
        <translation>Abrir el llamante en Zendesk</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the caller</source>
        <translation>Llamar al llamante</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the ticket candidate in Zendesk</source>
        <translation>Abrir el ticket candidato en Zendesk</translation>
    </message>
    <message>
        <source>Open the linked ticket in Zendesk</source>
        <translation>Abrir el ticket vinculado en Zendesk</translation>
    </message>
    <message>
        <source>New ticket instead</source>
        <translation>Nuevo ticket en su lugar</translation>
    </message>
    <message>
        <source>Move the call to a new ticket for the same caller</source>
        <translation>Mover la llamada a un nuevo ticket del mismo llamante</translation>
    </message>
    <message>
        <source>Attach to another ticket…</source>
        <translation>Adjuntar a otro ticket…</translation>
    </message>
    <message>
        <source>Move the call to another ticket</source>
        <translation>Mover la llamada a otro ticket</translation>
    </message>
    <message>
        <source>Different caller…</source>
        <translation>Otro llamante…</translation>
    </message>
    <message>
        <source>Say who really called</source>
        <translation>Indicar quién llamó realmente</translation>
    </message>
    <message>
        <source>Caller&apos;s recent tickets</source>
        <translation>Tickets recientes del llamante</translation>
    </message>
    <message>
        <source>Show recent tickets</source>
        <translation>Mostrar tickets recientes</translation>
    </message>
    <message>
        <source>Read the caller&apos;s recent tickets from Zendesk</source>
        <translation>Leer los tickets recientes del llamante desde Zendesk</translation>
    </message>
    <message>
        <source>The caller&apos;s recent tickets</source>
        <translation>Los tickets recientes del llamante</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Abrir ticket</translation>
    </message>
    <message>
        <source>Open the chosen ticket in Zendesk</source>
        <translation>Abrir el ticket elegido en Zendesk</translation>
    </message>
    <message>
        <source>Call about ticket</source>
        <translation>Llamar por el ticket</translation>
    </message>
    <message>
        <source>Call the caller; the call is added to the chosen ticket</source>
        <translation>Llamar al llamante; la llamada se añade al ticket elegido</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>The contact flow names them %1</source>
        <translation>El flujo de contacto lo identifica como %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The caller has no tickets yet</source>
        <translation>El llamante aún no tiene tickets</translation>
    </message>
    <message>
        <source>Wrong? Correct it now or shortly after the call</source>
        <translation>¿Es incorrecto? Corríjalo ahora o poco después de la llamada</translation>
    </message>
    <message>
        <source>Wrong? Until %1</source>
        <translation>¿Es incorrecto? Hasta %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ContactPanel</name>
    <message>
        <source>Current contact</source>
        <translation>Contacto actual</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>ticket #%1 (new)</source>
        <translation>ticket #%1 (nuevo)</translation>
    </message>
    <message>
        <source>ticket #%1</source>
        <translation>ticket #%1</translation>
    </message>
    <message>
        <source>user #%1 (new)</source>
        <translation>usuario #%1 (nuevo)</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuario #%1</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Recent ticket reused</source>
        <translation>Ticket reciente reutilizado</translation>
    </message>
    <message>
        <source>Ticket from the IVR</source>
        <translation>Ticket del IVR</translation>
    </message>
    <message>
        <source>Ticket followed the transfer</source>
        <translation>El ticket siguió la transferencia</translation>
    </message>
    <message>
        <source>Attached to the chosen ticket</source>
        <translation>Adjuntada al ticket elegido</translation>
    </message>
    <message>
        <source>Waiting for your choice</source>
        <translation>Esperando su elección</translation>
    </message>
    <message>
        <source>Ticket created at the end of the call</source>
        <translation>Ticket creado al final de la llamada</translation>
    </message>
    <message>
        <source>Call details added</source>
        <translation>Detalles de la llamada añadidos</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>No se escribió nada</translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation>No escrito en Zendesk</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Contact on show</source>
        <translation>Contacto mostrado</translation>
    </message>
    <message>
        <source>Several contacts at once: choose the one to show</source>
        <translation>Varios contactos a la vez: elija el que desea mostrar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link corrected</source>
        <translation>Vínculo corregido</translation>
    </message>
    <message>
        <source>Open %1 in Zendesk</source>
        <translation>Abrir %1 en Zendesk</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::DialBar</name>
    <message>
        <source>Sign in to Amazon Connect first: the softphone cannot call yet</source>
        <translation>Inicie sesión primero en Amazon Connect: el softphone aún no puede llamar</translation>
    </message>
    <message>
        <source>Cannot call now: the softphone is busy with a contact (%1). Finish it first.</source>
        <translation>No se puede llamar ahora: el softphone está ocupado con un contacto (%1). Finalícelo primero.</translation>
    </message>
    <message>
        <source>Cannot call now: the softphone reports an error</source>
        <translation>No se puede llamar ahora: el softphone informa de un error</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <source>A phone number in any usual format (Ctrl+D)</source>
        <translation>Un número de teléfono en cualquier formato habitual (Ctrl+D)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Llamar al número</translation>
    </message>
    <message>
        <source>Call the number through the softphone (Ctrl+D)</source>
        <translation>Llamar al número mediante el softphone (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FirstRunWizard</name>
    <message>
        <source>Set up Callbridge</source>
        <translation>Configurar Callbridge</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Starts Callbridge against a local sandbox; no account is needed</source>
        <translation>Inicia Callbridge con un entorno de pruebas local; no se necesita ninguna cuenta</translation>
    </message>
    <message>
        <source>Welcome to Callbridge</source>
        <translation>Bienvenido a Callbridge</translation>
    </message>
    <message>
        <source>Callbridge shows the Amazon Connect softphone and links every call to the right Zendesk user and ticket.

To set it up you need:
  • your Amazon Connect instance&apos;s URL,
  • an origin your Connect administrator has approved for the softphone,
  • your Zendesk URL, your Zendesk e-mail and an API token.

No account at hand? &quot;Try the demo&quot; runs Callbridge against a local sandbox that plays Zendesk and Connect.</source>
        <translation>Callbridge muestra el softphone de Amazon Connect y vincula cada llamada con el usuario y el ticket correctos de Zendesk.

Para configurarlo necesita:
  • la URL de su instancia de Amazon Connect,
  • un origen que su administrador de Connect haya aprobado para el softphone,
  • su URL de Zendesk, su correo electrónico de Zendesk y un token de API.

¿No tiene una cuenta a mano? «Probar la demo» ejecuta Callbridge con un entorno de pruebas local que simula Zendesk y Connect.</translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation>Amazon Connect</translation>
    </message>
    <message>
        <source>The instance agents sign in to. Both forms work: https://ALIAS.my.connect.aws and https://ALIAS.awsapps.com (Callbridge adds /connect for the latter).</source>
        <translation>La instancia en la que inician sesión los agentes. Funcionan ambas formas: https://ALIAS.my.connect.aws y https://ALIAS.awsapps.com (Callbridge añade /connect en la segunda).</translation>
    </message>
    <message>
        <source>The softphone will load %1</source>
        <translation>El softphone cargará %1</translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation>Origen de alojamiento</translation>
    </message>
    <message>
        <source>Callbridge hosts the softphone as an https origin of your choice, for example https://callbridge.your-company.example. Nothing needs to be served there.</source>
        <translation>Callbridge aloja el softphone en un origen https que usted elija, por ejemplo https://callbridge.your-company.example. No es necesario servir nada allí.</translation>
    </message>
    <message>
        <source>Connect only lets approved origins embed the softphone. Ask your Connect administrator to add this origin once:
  1. AWS console → Amazon Connect → your instance,
  2. Approved origins → Add origin,
  3. enter the origin exactly as above and save.
Without it the softphone stays blank.</source>
        <translation>Connect solo permite que los orígenes aprobados incrusten el softphone. Pida a su administrador de Connect que añada este origen una vez:
  1. Consola de AWS → Amazon Connect → su instancia,
  2. Orígenes aprobados → Añadir origen,
  3. introduzca el origen exactamente como aparece arriba y guarde.
Sin él, el softphone queda en blanco.</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The Zendesk account Callbridge writes tickets as. Create an API token in Zendesk&apos;s Admin Center → Apps and integrations → Zendesk API.</source>
        <translation>La cuenta de Zendesk con la que Callbridge escribe los tickets. Cree un token de API en el Centro de administración de Zendesk → Aplicaciones e integraciones → API de Zendesk.</translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation>Token de API de Zendesk</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation>Se guarda en el llavero del sistema para este Zendesk y este correo electrónico</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Finish saves the settings to %1 and the API token to the system keychain. Everything else can be changed later in Settings…</source>
        <translation>Finalizar guarda la configuración en %1 y el token de API en el llavero del sistema. Todo lo demás puede cambiarse más adelante en Configuración…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>The settings are saved, but not the API token: %1</source>
        <translation>La configuración se ha guardado, pero no el token de API: %1</translation>
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
        <translation>Modo agente</translation>
    </message>
    <message>
        <source>Connecting to Zendesk…</source>
        <translation>Conectando con Zendesk…</translation>
    </message>
    <message>
        <source>Ignored a softphone message: %1</source>
        <translation>Se ignoró un mensaje del softphone: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed in to Zendesk as %1</source>
        <translation>Sesión iniciada en Zendesk como %1</translation>
    </message>
    <message>
        <source>No call to apply this to</source>
        <translation>No hay ninguna llamada a la que aplicar esto</translation>
    </message>
    <message>
        <source>Sent to Zendesk…</source>
        <translation>Enviado a Zendesk…</translation>
    </message>
    <message>
        <source>&amp;Callbridge</source>
        <translation>&amp;Callbridge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About Callbridge</source>
        <translation>&amp;Acerca de Callbridge</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>&amp;Search Zendesk</source>
        <translation>&amp;Buscar en Zendesk</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nuevo ticket</translation>
    </message>
    <message>
        <source>&amp;Attach to the chosen ticket</source>
        <translation>&amp;Adjuntar al ticket elegido</translation>
    </message>
    <message>
        <source>&amp;Dial a number</source>
        <translation>&amp;Marcar un número</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Amazon Connect</source>
        <translation>Amazon Connect</translation>
    </message>
    <message>
        <source>The softphone is not signed in: calls cannot reach you.</source>
        <translation>El softphone no ha iniciado sesión: las llamadas no pueden llegarle.</translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect</source>
        <translation>Iniciar sesión en Amazon Connect</translation>
    </message>
    <message>
        <source>Opens the Amazon Connect sign-in window</source>
        <translation>Abre la ventana de inicio de sesión de Amazon Connect</translation>
    </message>
    <message>
        <source>Sign in to Amazon Connect in the window that opened</source>
        <translation>Inicie sesión en Amazon Connect en la ventana que se ha abierto</translation>
    </message>
    <message>
        <source>The softphone could not place the call (%1)</source>
        <translation>El softphone no pudo realizar la llamada (%1)</translation>
    </message>
    <message>
        <source>No Zendesk address is set: cannot open it</source>
        <translation>No hay ninguna dirección de Zendesk configurada: no se puede abrir</translation>
    </message>
    <message>
        <source>Zendesk could not be opened in the browser</source>
        <translation>No se pudo abrir Zendesk en el navegador</translation>
    </message>
    <message>
        <source>Who is calling?</source>
        <translation>¿Quién llama?</translation>
    </message>
    <message>
        <source>Attach to another ticket</source>
        <translation>Adjuntar a otro ticket</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>Número de ticket:</translation>
    </message>
    <message>
        <source>Different caller</source>
        <translation>Otro llamante</translation>
    </message>
    <message>
        <source>The caller&apos;s Zendesk user id:</source>
        <translation>ID de usuario de Zendesk del llamante:</translation>
    </message>
    <message>
        <source>Corrections are not available</source>
        <translation>Las correcciones no están disponibles</translation>
    </message>
    <message>
        <source>Correction sent to Zendesk…</source>
        <translation>Corrección enviada a Zendesk…</translation>
    </message>
    <message>
        <source>Cannot call &quot;%1&quot;: not a phone number</source>
        <translation>No se puede llamar a «%1»: no es un número de teléfono</translation>
    </message>
    <message>
        <source>Calling %1 — the call will be added to ticket #%2</source>
        <translation>Llamando a %1 — la llamada se añadirá al ticket #%2</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <source>&amp;Review decisions…</source>
        <translation>&amp;Revisar decisiones…</translation>
    </message>
    <message>
        <source>Every call&apos;s link and why it was made; approve, retry or relink</source>
        <translation>El vínculo de cada llamada y su motivo; aprobar, reintentar o volver a vincular</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::Notifier</name>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Zendesk has not taken the call yet</source>
        <translation>Zendesk aún no ha registrado la llamada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not written to Zendesk</source>
        <translation>No escrito en Zendesk</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PopupWindow</name>
    <message>
        <source>(no page yet)</source>
        <translation>(aún no hay página)</translation>
    </message>
    <message>
        <source>%1 — Callbridge softphone</source>
        <translation>%1 — softphone de Callbridge</translation>
    </message>
    <message>
        <source>%1 — %2 — Callbridge softphone</source>
        <translation>%1 — %2 — softphone de Callbridge</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewChartsTab</name>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>One day, per hour</source>
        <translation>Un día, por hora</translation>
    </message>
    <message>
        <source>Seven days, per day</source>
        <translation>Siete días, por día</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the charts for the period</source>
        <translation>Mostrar los gráficos del periodo</translation>
    </message>
    <message>
        <source>Calls per period by outcome</source>
        <translation>Llamadas por periodo según el resultado</translation>
    </message>
    <message>
        <source>Share of automatic, agent and corrected links</source>
        <translation>Proporción de vínculos automáticos, de agente y corregidos</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>Llamadas por agente</translation>
    </message>
    <message>
        <source>Calls per period, numbers</source>
        <translation>Llamadas por periodo, cifras</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Link share, numbers</source>
        <translation>Proporción de vínculos, cifras</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculadas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Calls per agent, numbers</source>
        <translation>Llamadas por agente, cifras</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Calls per day by outcome</source>
        <translation>Llamadas por día según el resultado</translation>
    </message>
    <message>
        <source>Calls per hour by outcome</source>
        <translation>Llamadas por hora según el resultado</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>By the agent</source>
        <translation>Por el agente</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>How calls were linked (%1 calls)</source>
        <translation>Cómo se vincularon las llamadas (%1 llamadas)</translation>
    </message>
    <message>
        <source>Calls per agent (the %1 busiest)</source>
        <translation>Llamadas por agente (los %1 con más llamadas)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewDetailPane</name>
    <message>
        <source>Shared numbers</source>
        <translation>Números compartidos</translation>
    </message>
    <message>
        <source>IVR tickets refused</source>
        <translation>Tickets del IVR rechazados</translation>
    </message>
    <message>
        <source>Forced creations</source>
        <translation>Creaciones forzadas</translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation>Llamantes anónimos</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>Escrituras fallidas</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>New users with a close number</source>
        <translation>Usuarios nuevos con un número parecido</translation>
    </message>
    <message>
        <source>Select a decision to see its contact.</source>
        <translation>Seleccione una decisión para ver su contacto.</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Detalle del contacto</translation>
    </message>
    <message>
        <source>Timeline, decisions, writes, corrections and reviews of the contact</source>
        <translation>Cronología, decisiones, escrituras, correcciones y revisiones del contacto</translation>
    </message>
    <message>
        <source>Open &amp;ticket in Zendesk</source>
        <translation>Abrir &amp;ticket en Zendesk</translation>
    </message>
    <message>
        <source>Open ticket in Zendesk</source>
        <translation>Abrir ticket en Zendesk</translation>
    </message>
    <message>
        <source>Open &amp;caller in Zendesk</source>
        <translation>Abrir &amp;llamante en Zendesk</translation>
    </message>
    <message>
        <source>Open caller in Zendesk</source>
        <translation>Abrir llamante en Zendesk</translation>
    </message>
    <message>
        <source>Contact %1 — %2, %3</source>
        <translation>Contacto %1 — %2, %3</translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation>Conviene revisar: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>  (no events recorded)</source>
        <translation>  (no se registraron eventos)</translation>
    </message>
    <message>
        <source>, queue %1</source>
        <translation>, cola %1</translation>
    </message>
    <message>
        <source>, agent %1</source>
        <translation>, agente %1</translation>
    </message>
    <message>
        <source>, action %1</source>
        <translation>, acción %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>, user created</source>
        <translation>, usuario creado</translation>
    </message>
    <message>
        <source>    reason: %1</source>
        <translation>    motivo: %1</translation>
    </message>
    <message>
        <source>    notice: %1</source>
        <translation>    aviso: %1</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Escrituras</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (ninguna)</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (intento %1)</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>: Zendesk answered “%1”</source>
        <translation>: Zendesk respondió «%1»</translation>
    </message>
    <message>
        <source>  %1  to ticket %2, user %3 by %4: %5</source>
        <translation>  %1  al ticket %2, usuario %3, por %4: %5</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>  not reviewed yet</source>
        <translation>  aún sin revisar</translation>
    </message>
    <message>
        <source>  %1  reviewed by %2%3</source>
        <translation>  %1  revisado por %2%3</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewFilterBar</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrar desde una fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrar hasta una fecha</translation>
    </message>
    <message>
        <source>To date (included)</source>
        <translation>Fecha final (incluida)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>agent username</source>
        <translation>nombre de usuario del agente</translation>
    </message>
    <message>
        <source>Only this agent&apos;s decisions (exact username)</source>
        <translation>Solo las decisiones de este agente (nombre de usuario exacto)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+E.164 or last digits</source>
        <translation>+E.164 o últimos dígitos</translation>
    </message>
    <message>
        <source>A whole number starting with +, or the last digits of the caller&apos;s number</source>
        <translation>Un número completo que empiece por + o los últimos dígitos del número del llamante</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>número de ticket</translation>
    </message>
    <message>
        <source>Only decisions about this ticket</source>
        <translation>Solo las decisiones sobre este ticket</translation>
    </message>
    <message>
        <source>Text in reason</source>
        <translation>Texto del motivo</translation>
    </message>
    <message>
        <source>text in the reason</source>
        <translation>texto del motivo</translation>
    </message>
    <message>
        <source>Decisions whose reason contains this text</source>
        <translation>Decisiones cuyo motivo contiene este texto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Cualquier modo</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewQueueTab</name>
    <message>
        <source>Concern</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Which links worth a look the queue shows</source>
        <translation>Qué vínculos por revisar muestra la cola</translation>
    </message>
    <message>
        <source>Every concern</source>
        <translation>Todas las alertas</translation>
    </message>
    <message>
        <source>Include &amp;reviewed</source>
        <translation>Incluir &amp;revisados</translation>
    </message>
    <message>
        <source>Include reviewed contacts</source>
        <translation>Incluir contactos revisados</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>nota (opcional)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve: mark the contact reviewed</source>
        <translation>Aprobar: marcar el contacto como revisado</translation>
    </message>
    <message>
        <source>Re&amp;link…</source>
        <translation>Re&amp;vincular…</translation>
    </message>
    <message>
        <source>Relink to another ticket or user</source>
        <translation>Revincular a otro ticket o usuario</translation>
    </message>
    <message>
        <source>Retry &amp;failed write</source>
        <translation>Reintentar escritura &amp;fallida</translation>
    </message>
    <message>
        <source>Retry failed write</source>
        <translation>Reintentar escritura fallida</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Estado de la cola</translation>
    </message>
    <message>
        <source>Relinking needs a Zendesk account</source>
        <translation>Para revincular se necesita una cuenta de Zendesk</translation>
    </message>
    <message>
        <source>Retrying needs a Zendesk account</source>
        <translation>Para reintentar se necesita una cuenta de Zendesk</translation>
    </message>
    <message>
        <source>Could not mark %1 reviewed: %2</source>
        <translation>No se pudo registrar la revisión de %1: %2</translation>
    </message>
    <message>
        <source>Marked %1 reviewed.</source>
        <translation>Revisión registrada: %1.</translation>
    </message>
    <message>
        <source>the call from %1 (contact %2)</source>
        <translation>la llamada de %1 (contacto %2)</translation>
    </message>
    <message>
        <source>Relinking %1…</source>
        <translation>Revinculando %1…</translation>
    </message>
    <message>
        <source>Relink failed: %1</source>
        <translation>Error al revincular: %1</translation>
    </message>
    <message>
        <source>Sending %1 again…</source>
        <translation>Reenviando %1…</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Error al reintentar: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewRelinkDialog</name>
    <message>
        <source>Relink call</source>
        <translation>Revincular llamada</translation>
    </message>
    <message>
        <source>Move the link of %1 to:</source>
        <translation>Mover el vínculo de %1 a:</translation>
    </message>
    <message>
        <source>Another &amp;ticket</source>
        <translation>Otro &amp;ticket</translation>
    </message>
    <message>
        <source>Attach the call to another ticket</source>
        <translation>Vincular la llamada a otro ticket</translation>
    </message>
    <message>
        <source>Another ca&amp;ller (Zendesk user)</source>
        <translation>Otro &amp;llamante (usuario de Zendesk)</translation>
    </message>
    <message>
        <source>The caller was another Zendesk user</source>
        <translation>El llamante era otro usuario de Zendesk</translation>
    </message>
    <message>
        <source>A &amp;new ticket for the same caller</source>
        <translation>Un ticket &amp;nuevo para el mismo llamante</translation>
    </message>
    <message>
        <source>Create a new ticket for the same caller</source>
        <translation>Crear un ticket nuevo para el mismo llamante</translation>
    </message>
    <message>
        <source>Ticket or user number</source>
        <translation>Número de ticket o de usuario</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Written to the journal and the old ticket&apos;s note</source>
        <translation>Se anota en el registro y en la nota del ticket anterior</translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation>&amp;Revincular</translation>
    </message>
    <message>
        <source>Relink</source>
        <translation>Revincular</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Outcome / mode</source>
        <translation>Resultado / modo</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ReviewWindow</name>
    <message>
        <source>Callbridge review — %1</source>
        <translation>Revisión de Callbridge — %1</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Vistas de revisión</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the filtered decisions as CSV</source>
        <translation>Exportar las decisiones filtradas como CSV</translation>
    </message>
    <message>
        <source>Number of decisions</source>
        <translation>Número de decisiones</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>La revisión falló: %1</translation>
    </message>
    <message>
        <source>Could not count the decisions: %1</source>
        <translation>No se pudieron contar las decisiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) match</source>
        <translation>
            <numerusform>%n decisión coincide</numerusform>
            <numerusform>%n decisiones coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV not written: %1</source>
        <translation>No se escribió el CSV: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Archivo guardado: %1</translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Exportar decisiones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SecretField</name>
    <message>
        <source>Fill in the account above first.</source>
        <translation>Rellene primero la cuenta de arriba.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Buscando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Stored in the system keychain for %1 at %2; type to replace it.</source>
        <translation>Guardado en el llavero del sistema para %1 en %2; escriba para reemplazarlo.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(guardado)</translation>
    </message>
    <message>
        <source>None stored for %1 at %2 yet.</source>
        <translation>Aún no hay nada guardado para %1 en %2.</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>No se puede leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>the secret has no account to be stored for</source>
        <translation>el secreto no tiene una cuenta para la que guardarse</translation>
    </message>
    <message>
        <source>the system keychain refused it: %1</source>
        <translation>el llavero del sistema lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingField</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Default: %2 (%3)</source>
        <translation>%1 Predeterminado: %2 (%3)</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>URL de la instancia</translation>
    </message>
    <message>
        <source>SSO sign-in URL</source>
        <translation>URL de inicio de sesión SSO</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>Región de AWS</translation>
    </message>
    <message>
        <source>Contact centre number</source>
        <translation>Número del centro de contacto</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Host origin</source>
        <translation>Origen del host</translation>
    </message>
    <message>
        <source>Identity provider hosts</source>
        <translation>Hosts del proveedor de identidad</translation>
    </message>
    <message>
        <source>Audio elsewhere (VDI)</source>
        <translation>Audio en otro lugar (VDI)</translation>
    </message>
    <message>
        <source>Zendesk URL</source>
        <translation>URL de Zendesk</translation>
    </message>
    <message>
        <source>Agent&apos;s email</source>
        <translation>Correo del agente</translation>
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
        <translation>Idioma de las notas</translation>
    </message>
    <message>
        <source>Ticket assignment</source>
        <translation>Asignación de tickets</translation>
    </message>
    <message>
        <source>Reuse a ticket updated within (minutes)</source>
        <translation>Reutilizar un ticket actualizado en los últimos (minutos)</translation>
    </message>
    <message>
        <source>Correction window (minutes)</source>
        <translation>Plazo de corrección (minutos)</translation>
    </message>
    <message>
        <source>Force a ticket in agent mode</source>
        <translation>Forzar un ticket en modo agente</translation>
    </message>
    <message>
        <source>Look up while ringing</source>
        <translation>Buscar mientras suena</translation>
    </message>
    <message>
        <source>Voice comment</source>
        <translation>Comentario de voz</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Enlace a la grabación</translation>
    </message>
    <message>
        <source>Tickets for all outbound calls</source>
        <translation>Tickets para todas las llamadas salientes</translation>
    </message>
    <message>
        <source>Remember the caller&apos;s number</source>
        <translation>Recordar el número del llamante</translation>
    </message>
    <message>
        <source>Ticket attribute</source>
        <translation>Atributo del ticket</translation>
    </message>
    <message>
        <source>Attributes in notes</source>
        <translation>Atributos en las notas</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <source>Keep calls for (days)</source>
        <translation>Conservar las llamadas (días)</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Cerrar a la bandeja del sistema</translation>
    </message>
    <message>
        <source>Bring to front on ring</source>
        <translation>Traer al frente al sonar</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SettingsDialog</name>
    <message>
        <source>Callbridge settings</source>
        <translation>Configuración de Callbridge</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Settings file: %1 — changes apply at the next start.</source>
        <translation>Archivo de configuración: %1 — los cambios se aplican en el próximo inicio.</translation>
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
        <translation>Política</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Zendesk API token</source>
        <translation>Token de API de Zendesk</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this Zendesk and e-mail</source>
        <translation>Se guarda en el llavero del sistema para este Zendesk y correo electrónico</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Contraseña de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Kept in the system keychain for the database&apos;s user and host</source>
        <translation>Se guarda en el llavero del sistema para el usuario y el host de la base de datos</translation>
    </message>
    <message>
        <source>Set the database above first: the password is kept for its user and host.</source>
        <translation>Configure primero la base de datos de arriba: la contraseña se guarda para su usuario y host.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>the settings file is saved, but not the API token: %1</source>
        <translation>el archivo de configuración se guardó, pero no el token de API: %1</translation>
    </message>
    <message>
        <source>the settings file is saved, but not the team database password: %1</source>
        <translation>el archivo de configuración se guardó, pero no la contraseña de la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>Saved to %1; the changes apply at the next start.</source>
        <translation>Guardado en %1; los cambios se aplican en el próximo inicio.</translation>
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
        <translation>&amp;Mostrar Callbridge</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Softphone not signed in</source>
        <translation>Softphone sin sesión iniciada</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UiLanguage</name>
    <message>
        <source>No translation for &quot;%1&quot;: using English (available: %2)</source>
        <translation>No hay traducción para «%1»: se usa el inglés (disponibles: %2)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::viewtext</name>
    <message>
        <source>from the IVR</source>
        <translation>desde el IVR</translation>
    </message>
    <message>
        <source>followed the transfer</source>
        <translation>siguió la transferencia</translation>
    </message>
    <message>
        <source>the caller&apos;s recent ticket</source>
        <translation>el ticket reciente del llamante</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Tras la llamada</translation>
    </message>
    <message>
        <source>On the call — looking up</source>
        <translation>En llamada — buscando</translation>
    </message>
    <message>
        <source>On the call — your choice</source>
        <translation>En llamada — elija usted</translation>
    </message>
    <message>
        <source>On the call — linking</source>
        <translation>En llamada — vinculando</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Usuario #%1</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <source>Not looked up in Zendesk</source>
        <translation>No buscado en Zendesk</translation>
    </message>
    <message>
        <source>Looking up the caller in Zendesk…</source>
        <translation>Buscando al llamante en Zendesk…</translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld: nobody to look up</source>
        <translation>El número del llamante está oculto: no hay a quién buscar</translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — find them, or create one with the ticket</source>
        <translation>Ningún usuario de Zendesk tiene el %1 — búsquelo o cree uno con el ticket</translation>
    </message>
    <message>
        <source>No Zendesk user has %1 — New user will be created</source>
        <translation>Ningún usuario de Zendesk tiene el %1 — Se creará un usuario nuevo</translation>
    </message>
    <message>
        <source>No Zendesk user has %1</source>
        <translation>Ningún usuario de Zendesk tiene el %1</translation>
    </message>
    <message>
        <source>Identified by phone %1 (caller ID, unverified)</source>
        <translation>Identificado por el teléfono %1 (identificador de llamada, sin verificar)</translation>
    </message>
    <message>
        <source>The number you called, %1</source>
        <translation>El número al que llamó, %1</translation>
    </message>
    <message>
        <source>Identified from the contact flow (zendesk_user)</source>
        <translation>Identificado desde el flujo de contacto (zendesk_user)</translation>
    </message>
    <message>
        <source>Identified by e-mail from the contact flow (customer_email)</source>
        <translation>Identificado por correo electrónico desde el flujo de contacto (customer_email)</translation>
    </message>
    <message>
        <source>Identified by the number given in the contact flow (customer_number)</source>
        <translation>Identificado por el número indicado en el flujo de contacto (customer_number)</translation>
    </message>
    <message>
        <source>The requester of the transferred call&apos;s ticket</source>
        <translation>El solicitante del ticket de la llamada transferida</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Elegido por usted</translation>
    </message>
    <message>
        <source>The user of this call</source>
        <translation>El usuario de esta llamada</translation>
    </message>
    <message>
        <source> — remembered from an earlier call</source>
        <translation> — recordado de una llamada anterior</translation>
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
        <translation>Vinculada a un ticket nuevo (simulación: no se envió nada)</translation>
    </message>
    <message>
        <source>Linked to new ticket %1</source>
        <translation>Vinculada al ticket nuevo %1</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Vinculada al ticket %1</translation>
    </message>
    <message>
        <source>Sending to Zendesk…</source>
        <translation>Enviando a Zendesk…</translation>
    </message>
    <message>
        <source>Sent to Zendesk</source>
        <translation>Enviado a Zendesk</translation>
    </message>
    <message>
        <source>Waiting for Zendesk — %1; nothing is lost</source>
        <translation>Esperando a Zendesk — %1; no se pierde nada</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>1 other user shares this number</source>
        <translation>Otro usuario comparte este número</translation>
    </message>
    <message>
        <source>%1 other users share this number</source>
        <translation>Otros %1 usuarios comparten este número</translation>
    </message>
    <message>
        <source>When answered: the call goes to ticket #%1</source>
        <translation>Al contestar: la llamada va al ticket #%1</translation>
    </message>
    <message>
        <source>When answered: a new user and a new ticket</source>
        <translation>Al contestar: un usuario nuevo y un ticket nuevo</translation>
    </message>
    <message>
        <source>When answered: a new ticket</source>
        <translation>Al contestar: un ticket nuevo</translation>
    </message>
    <message>
        <source>When answered: nothing is written to Zendesk</source>
        <translation>Al contestar: no se escribe nada en Zendesk</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>organización #%1</translation>
    </message>
    <message>
        <source>Outgoing call to %1</source>
        <translation>Llamada saliente a %1</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>Not corrected: this call is not known any more</source>
        <translation>No se corrigió: esta llamada ya no se conoce</translation>
    </message>
    <message>
        <source>Not corrected: the call is not linked to a ticket yet</source>
        <translation>No se corrigió: la llamada aún no está vinculada a un ticket</translation>
    </message>
    <message>
        <source>Not corrected: the time for corrections has passed (a supervisor can still move it)</source>
        <translation>No se corrigió: ha pasado el plazo para correcciones (un supervisor aún puede moverla)</translation>
    </message>
    <message>
        <source>Not corrected: the call is already linked there</source>
        <translation>No se corrigió: la llamada ya está vinculada ahí</translation>
    </message>
    <message>
        <source>Not corrected: give a ticket number or a user</source>
        <translation>No se corrigió: indique un número de ticket o un usuario</translation>
    </message>
    <message>
        <source>Not corrected: it does not say who made it (sign in to Zendesk first)</source>
        <translation>No se corrigió: no consta quién la hizo (inicie sesión en Zendesk primero)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
</TS>
