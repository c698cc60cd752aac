<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>LinkCorrection</name>
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
</context>
</TS>
