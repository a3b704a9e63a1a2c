<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="41"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="42"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="43"/>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="44"/>
        <source>Intake</source>
        <translation>Personal de admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="53"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="59"/>
        <location filename="../../caseapp/gui/recover_page.py" line="43"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="54"/>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="58"/>
        <location filename="../../caseapp/gui/recover_page.py" line="60"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="59"/>
        <location filename="../../caseapp/gui/field_office.py" line="178"/>
        <source>A&amp;gain:</source>
        <translation>Otra &amp;vez:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="65"/>
        <source>Type the new passphrase.</source>
        <translation>Escriba la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="67"/>
        <location filename="../../caseapp/gui/field_office.py" line="222"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="69"/>
        <source>Choose a stronger passphrase (several unrelated words work well).</source>
        <translation>Elija una frase de contraseña más segura (funcionan bien varias palabras sin relación entre sí).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="85"/>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="86"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="95"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="124"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="125"/>
        <location filename="../../caseapp/gui/recover_page.py" line="42"/>
        <location filename="../../caseapp/gui/unlock_page.py" line="47"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="125"/>
        <location filename="../../caseapp/gui/admin.py" line="136"/>
        <location filename="../../caseapp/gui/record_views.py" line="115"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="133"/>
        <source>New user&apos;s name</source>
        <translation>Nombre del nuevo usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="134"/>
        <source>Letters, digits, . _ -</source>
        <translation>Letras, dígitos, . _ -</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="141"/>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="142"/>
        <source>&amp;Remove selected user</source>
        <translation>&amp;Eliminar al usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="143"/>
        <source>Give the selected user this &amp;role</source>
        <translation>Dar este &amp;rol al usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="144"/>
        <source>Set a new passphrase for the selected user…</source>
        <translation>Establecer una nueva frase de contraseña para el usuario seleccionado…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="145"/>
        <source>Re&amp;key the vault…</source>
        <translation>Cambiar la c&amp;lave de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="148"/>
        <source>A new database key for everyone (after a laptop or a passphrase may have been exposed)</source>
        <translation>Una nueva clave de base de datos para todos (si una computadora portátil o una frase de contraseña pudo haber quedado expuesta)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="152"/>
        <source>New recovery &amp;code…</source>
        <translation>Nuevo código de recu&amp;peración…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="155"/>
        <source>Files are purged only when you review the list and confirm: never automatically. A purge removes the file for good (rows, documents, search entries) and leaves only a non-identifying entry in the audit log.</source>
        <translation>Los expedientes solo se eliminan cuando usted revisa la lista y lo confirma: nunca de forma automática. Una eliminación borra el expediente para siempre (filas, documentos, entradas de búsqueda) y deja solo una entrada no identificable en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="163"/>
        <source>Years to keep a file after its last case closed</source>
        <translation>Años que se conserva un expediente después de cerrarse su último caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="166"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="167"/>
        <source>Save the &amp;policy</source>
        <translation>Guardar la &amp;política</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="168"/>
        <source>Re&amp;view files due…</source>
        <translation>Re&amp;visar los expedientes vencidos…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="170"/>
        <source>Files due for purging</source>
        <translation>Expedientes que deben eliminarse</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="172"/>
        <source>Last case closed</source>
        <translation>Último caso cerrado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="172"/>
        <source>Due since</source>
        <translation>Vencido desde</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="178"/>
        <source>&amp;Purge these files…</source>
        <translation>&amp;Eliminar estos expedientes…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="185"/>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="187"/>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="188"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="196"/>
        <source>Keys</source>
        <comment>encryption keys</comment>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="26"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="201"/>
        <source>Retention</source>
        <translation>Conservación de datos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="205"/>
        <source>Keep a file after its last case closed for:</source>
        <translation>Conservar un expediente después de cerrarse su último caso durante:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="216"/>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="259"/>
        <source>Select a user in the list first.</source>
        <translation>Primero seleccione un usuario de la lista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="283"/>
        <source>User added.</source>
        <translation>Se agregó el usuario.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="289"/>
        <source>Remove the user %1? They will no longer be able to unlock.</source>
        <translation>¿Eliminar al usuario %1? Ya no podrá desbloquear la bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="291"/>
        <source>User removed.</source>
        <translation>Se eliminó el usuario.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="297"/>
        <source>Role changed.</source>
        <translation>Se cambió el rol.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="305"/>
        <source>Type the new passphrase in the Add a user box first: </source>
        <translation>Primero escriba la nueva frase de contraseña en el recuadro Agregar un usuario: </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="309"/>
        <source>Passphrase set; tell the user in person.</source>
        <translation>Se estableció la frase de contraseña; comuníquesela al usuario en persona.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="315"/>
        <source>Give the vault a new database key? Every user keeps their passphrase. Do this after a laptop or a key file may have been copied.</source>
        <translation>¿Dar a la bóveda una nueva clave de base de datos? Cada usuario conserva su frase de contraseña. Hágalo si una computadora portátil o un archivo de claves pudo haber sido copiado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="319"/>
        <source>Rekeying the vault…</source>
        <translation>Cambiando la clave de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="331"/>
        <source>The vault has a new key.</source>
        <translation>La bóveda tiene una nueva clave.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="337"/>
        <source>Replace the recovery code? The old one stops working; the new one is shown once.</source>
        <translation>¿Reemplazar el código de recuperación? El anterior dejará de funcionar; el nuevo se mostrará una sola vez.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="346"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="347"/>
        <source>Write this down and give it to the supervising attorney:</source>
        <translation>Anótelo y entrégueselo al abogado supervisor:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="363"/>
        <source>Files are now kept %1 years after their last case closed.</source>
        <translation>Ahora los expedientes se conservan %1 años después de cerrarse su último caso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="384"/>
        <source>&amp;Purge these %n file(s)…</source>
        <translation>
            <numerusform>&amp;Eliminar este expediente (%n)…</numerusform>
            <numerusform>&amp;Eliminar estos %n expedientes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="386"/>
        <source>%n file(s) due. Check the list before purging.</source>
        <translation>
            <numerusform>%n expediente vencido. Revise la lista antes de eliminar.</numerusform>
            <numerusform>%n expedientes vencidos. Revise la lista antes de eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="388"/>
        <source>No file is due under the policy.</source>
        <translation>Según la política, ningún expediente debe eliminarse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="394"/>
        <source>Purge %n file(s) for good? They cannot be brought back, except from a backup made before now.</source>
        <translation>
            <numerusform>¿Eliminar %n expediente para siempre? No se podrá recuperar, salvo desde una copia de seguridad hecha antes de ahora.</numerusform>
            <numerusform>¿Eliminar %n expedientes para siempre? No se podrán recuperar, salvo desde una copia de seguridad hecha antes de ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="402"/>
        <source>Purging and compacting the vault…</source>
        <translation>Eliminando y compactando la bóveda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="408"/>
        <source>Purged %n file(s); the vault file was compacted.</source>
        <translation>
            <numerusform>Se eliminó %n expediente; el archivo de la bóveda se compactó.</numerusform>
            <numerusform>Se eliminaron %n expedientes; el archivo de la bóveda se compactó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="422"/>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="45"/>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="47"/>
        <source>Filter by client id</source>
        <translation>Filtrar por ID del cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="48"/>
        <source>The client&apos;s full id</source>
        <translation>El ID completo del cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="50"/>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="51"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="55"/>
        <source>Since (date)</source>
        <translation>Desde (fecha)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="56"/>
        <location filename="../../caseapp/gui/client_file.py" line="252"/>
        <location filename="../../caseapp/gui/client_file.py" line="268"/>
        <location filename="../../caseapp/gui/field_window.py" line="386"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="217"/>
        <location filename="../../caseapp/gui/record_editor.py" line="268"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="57"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="58"/>
        <source>&amp;Older entries</source>
        <translation>Entradas an&amp;teriores</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="61"/>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="43"/>
        <source>Audit anchor</source>
        <translation>Ancla de auditoría</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="63"/>
        <source>Optional: the audit anchor from paper, to check every MAC</source>
        <translation>Opcional: el ancla de auditoría anotada en papel, para verificar cada MAC</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="67"/>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verificar el registro</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="69"/>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="73"/>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="76"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="77"/>
        <location filename="../../caseapp/gui/client_file.py" line="514"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="78"/>
        <location filename="../../caseapp/gui/client_file.py" line="514"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="79"/>
        <location filename="../../caseapp/gui/client_file.py" line="514"/>
        <location filename="../../caseapp/gui/dashboard.py" line="129"/>
        <location filename="../../caseapp/gui/record_editor.py" line="144"/>
        <location filename="../../caseapp/gui/record_views.py" line="129"/>
        <location filename="../../caseapp/gui/record_views.py" line="135"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="172"/>
        <location filename="../../caseapp/gui/audit_viewer.py" line="80"/>
        <location filename="../../caseapp/gui/client_file.py" line="157"/>
        <location filename="../../caseapp/gui/dashboard.py" line="129"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="67"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="228"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="81"/>
        <location filename="../../caseapp/gui/client_file.py" line="514"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="82"/>
        <location filename="../../caseapp/gui/client_file.py" line="514"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="92"/>
        <location filename="../../caseapp/gui/recover_page.py" line="59"/>
        <location filename="../../caseapp/gui/unlock_page.py" line="67"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="93"/>
        <source>&amp;Client id:</source>
        <translation>&amp;ID del cliente:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="94"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="95"/>
        <source>S&amp;ince:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="120"/>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/audit_viewer.py" line="167"/>
        <source>%n entries shown.</source>
        <translation>
            <numerusform>Se muestra %n entrada.</numerusform>
            <numerusform>Se muestran %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="172"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="183"/>
        <source>The audit log is intact: %1 entries, %2.</source>
        <translation>El registro de auditoría está íntegro: %1 entradas, %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="187"/>
        <source>every MAC checked with the anchor</source>
        <translation>se verificó cada MAC con el ancla</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="189"/>
        <source>chain only (no anchor given)</source>
        <translation>solo la cadena (no se indicó el ancla)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/audit_viewer.py" line="195"/>
        <source>The audit log does NOT verify: entry %1: %2. Tell the supervising attorney.</source>
        <translation>El registro de auditoría NO pasa la verificación: entrada %1: %2. Avise al abogado supervisor.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="94"/>
        <source>Case work</source>
        <translation>Trabajo en el caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="95"/>
        <source>The client asked</source>
        <translation>El cliente lo pidió</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="96"/>
        <source>A court filing</source>
        <translation>Una presentación ante el tribunal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="97"/>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="98"/>
        <source>Correcting the record</source>
        <translation>Corrección de datos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="99"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="165"/>
        <source>&amp;Reveal numbers and addresses…</source>
        <translation>&amp;Revelar números y direcciones…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="167"/>
        <source>Show masked numbers, addresses, safety details and sensitive notes (recorded)</source>
        <translation>Mostrar los números, las direcciones, los datos de seguridad y las notas sensibles ocultos (queda registrado)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="170"/>
        <source>&amp;Hide again</source>
        <translation>Ocu&amp;ltar de nuevo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="173"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="174"/>
        <source>Save the intake page (Ctrl+S)</source>
        <translation>Guardar la página de admisión (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="178"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="179"/>
        <source>Print, preview or save the case summary (Ctrl+P)</source>
        <translation>Imprimir, ver la vista previa o guardar el resumen del caso (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="182"/>
        <source>&amp;Print the case summary…</source>
        <translation>&amp;Imprimir el resumen del caso…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="187"/>
        <source>Print the intake form for &amp;checking…</source>
        <translation>Imprimir el formulario de admisión para &amp;revisarlo…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="190"/>
        <source>Intake form…</source>
        <translation>Formulario de admisión…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="192"/>
        <source>Print the bilingual intake form filled in from this file, for the client to check</source>
        <translation>Imprimir el formulario de admisión bilingüe completado con los datos de este expediente, para que el cliente lo revise</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="199"/>
        <source>Client file pages</source>
        <translation>Páginas del expediente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="249"/>
        <location filename="../../caseapp/gui/client_list.py" line="63"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="214"/>
        <location filename="../../caseapp/gui/record_editor.py" line="89"/>
        <location filename="../../caseapp/gui/record_views.py" line="46"/>
        <location filename="../../caseapp/gui/record_views.py" line="72"/>
        <location filename="../../caseapp/gui/record_views.py" line="116"/>
        <source>Given name(s)</source>
        <translation>Nombre(s) de pila</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="250"/>
        <location filename="../../caseapp/gui/client_list.py" line="62"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="215"/>
        <location filename="../../caseapp/gui/record_editor.py" line="90"/>
        <location filename="../../caseapp/gui/record_views.py" line="47"/>
        <location filename="../../caseapp/gui/record_views.py" line="73"/>
        <location filename="../../caseapp/gui/record_views.py" line="117"/>
        <source>Family name(s)</source>
        <translation>Apellido(s)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="251"/>
        <location filename="../../caseapp/gui/client_list.py" line="64"/>
        <location filename="../../caseapp/gui/field_window.py" line="385"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="216"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="252"/>
        <location filename="../../caseapp/gui/client_list.py" line="65"/>
        <location filename="../../caseapp/gui/field_window.py" line="386"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="109"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="217"/>
        <location filename="../../caseapp/gui/record_editor.py" line="115"/>
        <location filename="../../caseapp/gui/record_views.py" line="75"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="253"/>
        <source>Sex or gender, as the client states it</source>
        <translation>Sexo o género, según lo indique el cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="254"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="256"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="256"/>
        <source>Name or ISO code, e.g. Guatemala or GT</source>
        <translation>Nombre en inglés o código ISO, p. ej., Guatemala o GT</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="258"/>
        <source>Citizenships</source>
        <translation>Ciudadanías</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="258"/>
        <source>Comma-separated, e.g. GT, MX</source>
        <translation>Separadas por comas, p. ej., GT, MX</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="259"/>
        <location filename="../../caseapp/gui/field_window.py" line="387"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="259"/>
        <location filename="../../caseapp/gui/field_window.py" line="387"/>
        <source>Preferred first, e.g. Spanish, Mam</source>
        <translation>El preferido primero, en inglés o código, p. ej., Spanish, Mam</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="260"/>
        <location filename="../../caseapp/gui/field_window.py" line="388"/>
        <source>Needs an &amp;interpreter</source>
        <translation>Necesita intér&amp;prete</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="262"/>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="262"/>
        <source>Empty: the preferred language</source>
        <translation>Vacío: el idioma preferido</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="265"/>
        <source>Immigration status</source>
        <translation>Estatus migratorio</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="268"/>
        <source>Status expires</source>
        <translation>Vencimiento del estatus</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="270"/>
        <source>Poverty-guideline region</source>
        <translation>Región de las guías de pobreza</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="272"/>
        <source>48 states and DC</source>
        <translation>48 estados y DC</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="273"/>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="274"/>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="278"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="219"/>
        <location filename="../../caseapp/gui/record_editor.py" line="214"/>
        <source>Validation message</source>
        <translation>Mensaje de validación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="282"/>
        <source>Name and birth</source>
        <translation>Nombre y nacimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="284"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="223"/>
        <source>&amp;Given name(s):</source>
        <translation>Nombre(s) de &amp;pila:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="285"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="224"/>
        <source>&amp;Family name(s):</source>
        <translation>Ap&amp;ellido(s):</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="286"/>
        <location filename="../../caseapp/gui/field_window.py" line="411"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="225"/>
        <source>&amp;Preferred name:</source>
        <translation>Nombre pre&amp;ferido:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="287"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="226"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de naci&amp;miento:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="288"/>
        <source>Sex or &amp;gender:</source>
        <translation>Se&amp;xo o género:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="289"/>
        <source>P&amp;ronouns:</source>
        <translation>P&amp;ronombres:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="290"/>
        <source>Origin and language</source>
        <translation>Origen e idioma</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="292"/>
        <source>&amp;Country of birth:</source>
        <translation>&amp;País de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="293"/>
        <source>Ci&amp;tizenships:</source>
        <translation>Ci&amp;udadanías:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="294"/>
        <location filename="../../caseapp/gui/field_window.py" line="413"/>
        <source>&amp;Languages:</source>
        <translation>Idio&amp;mas:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="296"/>
        <source>Interpreter lang&amp;uage:</source>
        <translation>Idioma de&amp;l intérprete:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="297"/>
        <source>Status and eligibility</source>
        <translation>Estatus y elegibilidad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="299"/>
        <source>Immigration &amp;status:</source>
        <translation>&amp;Estatus migratorio:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="300"/>
        <source>Status e&amp;xpires:</source>
        <translation>&amp;Vencimiento del estatus:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="301"/>
        <source>Guideline re&amp;gion:</source>
        <translation>R&amp;egión de las guías de pobreza:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="313"/>
        <source>&amp;Intake</source>
        <translation>&amp;Admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="344"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="344"/>
        <source>Add: %1</source>
        <translation>Agregar: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="345"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="345"/>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="346"/>
        <location filename="../../caseapp/gui/client_file.py" line="817"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="346"/>
        <source>Delete: %1</source>
        <translation>Eliminar: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="361"/>
        <source>&amp;Numbers &amp;&amp; contacts</source>
        <translation>&amp;Números y contactos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="363"/>
        <source>A-number, ITIN, SSN</source>
        <translation>Número A, ITIN, SSN</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="364"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="365"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="366"/>
        <location filename="../../caseapp/gui/record_editor.py" line="72"/>
        <location filename="../../caseapp/gui/record_views.py" line="59"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="367"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="372"/>
        <location filename="../../caseapp/gui/record_editor.py" line="74"/>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="373"/>
        <source>Cop&amp;y the selected number</source>
        <translation>Co&amp;piar el número seleccionado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="375"/>
        <source>Copied for 10 seconds, kept out of clipboard history (reveal first)</source>
        <translation>Se copia por 10 segundos, sin quedar en el historial del portapapeles (primero revele los números)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="378"/>
        <source>Edit sa&amp;fety information…</source>
        <translation>Editar información de se&amp;guridad…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="392"/>
        <source>I&amp;mmigration</source>
        <translation>&amp;Inmigración</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="394"/>
        <source>Entries to the United States</source>
        <translation>Entradas a los Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="395"/>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="396"/>
        <source>Proceedings</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="397"/>
        <location filename="../../caseapp/gui/record_editor.py" line="82"/>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="404"/>
        <source>&amp;Cases</source>
        <translation>Ca&amp;sos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/admin.py" line="172"/>
        <location filename="../../caseapp/gui/client_file.py" line="406"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="407"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="408"/>
        <source>Document checklist</source>
        <translation>Lista de documentos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="409"/>
        <source>Conflict checks</source>
        <translation>Verificaciones de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="412"/>
        <source>Open a &amp;new case…</source>
        <translation>Abrir un &amp;nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="413"/>
        <source>Runs the conflict check, then opens the case</source>
        <translation>Hace la verificación de conflictos y luego abre el caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="430"/>
        <source>&amp;Deadlines &amp;&amp; hearings</source>
        <translation>Pla&amp;zos y audiencias</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="432"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="433"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="434"/>
        <source>ICE check-ins</source>
        <translation>Citas de control con ICE</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="435"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="442"/>
        <source>Notes, newest first</source>
        <translation>Notas, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="446"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="447"/>
        <source>Write a note…</source>
        <translation>Escriba una nota…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="450"/>
        <source>&amp;Privileged (left out of referral copies)</source>
        <translation>&amp;Privilegiada (se omite en las copias para remisiones)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="451"/>
        <source>S&amp;ensitive (masked until revealed)</source>
        <translation>Sensib&amp;le (oculta hasta que se revele)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="452"/>
        <source>&amp;Add note</source>
        <translation>Agr&amp;egar nota</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="464"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="467"/>
        <source>Doc&amp;uments</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="467"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="470"/>
        <source>&amp;Add from file…</source>
        <translation>Agr&amp;egar desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="471"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="472"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="489"/>
        <source>Documents are kept inside the vault, encrypted, and shown only here: caseapp never hands them to another program.</source>
        <translation>Los documentos se guardan cifrados dentro de la bóveda y solo se muestran aquí: caseapp nunca los entrega a otro programa.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="760"/>
        <source>Select a line in the list first.</source>
        <translation>Primero seleccione una línea de la lista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="768"/>
        <source>Reveal first: a masked record cannot be edited.</source>
        <translation>Primero revele los datos: un registro enmascarado no se puede editar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="787"/>
        <source>Reveal first to see and change the safety information.</source>
        <translation>Primero revele los datos para ver y cambiar la información de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="817"/>
        <source>Delete this line from the client&apos;s file for good?</source>
        <translation>¿Eliminar esta línea del expediente del cliente para siempre?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="828"/>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1187"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1195"/>
        <source>Text of the document</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1202"/>
        <source>This kind of file (%1) cannot be shown inside caseapp yet. Save a copy to open it, with care.</source>
        <translation>Este tipo de archivo (%1) todavía no se puede mostrar dentro de caseapp. Guarde una copia para abrirlo, con cuidado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="498"/>
        <source>&amp;Household &amp;&amp; eligibility</source>
        <translation>&amp;Hogar y elegibilidad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="499"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="499"/>
        <location filename="../../caseapp/gui/record_editor.py" line="76"/>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="502"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="512"/>
        <source>Audit history of this file</source>
        <translation>Historial de auditoría de este expediente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="521"/>
        <source>&amp;Load the history</source>
        <translation>Cargar &amp;el historial</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="527"/>
        <source>His&amp;tory</source>
        <translation>His&amp;torial</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="545"/>
        <source>Client id %1</source>
        <translation>ID del cliente %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="547"/>
        <source>born %1</source>
        <translation>nacimiento: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="549"/>
        <source>goes by %1</source>
        <translation>nombre preferido: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="578"/>
        <source>Who opened, changed or revealed this file, newest first. Loading it is recorded too.</source>
        <translation>Quién abrió, cambió o reveló este expediente, lo más reciente primero. Cargar este historial también queda registrado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="590"/>
        <source>Safety information is on file; reveal to see it.</source>
        <translation>Hay información de seguridad en el expediente; revélela para verla.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="594"/>
        <source>No safety information recorded.</source>
        <translation>No hay información de seguridad registrada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="600"/>
        <source>domestic violence</source>
        <translation>violencia doméstica</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="601"/>
        <source>trafficking</source>
        <translation>trata de personas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="605"/>
        <source>Safety: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="605"/>
        <source>no flags</source>
        <translation>sin alertas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="607"/>
        <source>Code word: %1</source>
        <translation>Palabra clave: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="609"/>
        <source>Safe alternate contact: %1</source>
        <translation>Contacto alternativo seguro: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="618"/>
        <source>privileged</source>
        <translation>privilegiada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="620"/>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_file.py" line="627"/>
        <source>%n note(s) on file.</source>
        <translation>
            <numerusform>%n nota en el expediente.</numerusform>
            <numerusform>%n notas en el expediente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="629"/>
        <source>The newest %1 of %2 notes.</source>
        <translation>Las %1 notas más recientes de un total de %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="642"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="645"/>
        <source>Household of %1, yearly income $%2: %3% of the %4 poverty guideline ($%5). At or under: %6.</source>
        <translation>Hogar de %1 integrantes, ingreso anual de $%2: %3% de la guía de pobreza de %4 ($%5). Igual o inferior a: %6.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="670"/>
        <location filename="../../caseapp/gui/main_window.py" line="318"/>
        <source>Client file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="695"/>
        <location filename="../../caseapp/gui/field_window.py" line="523"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="288"/>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="710"/>
        <source>The status expiry date</source>
        <translation>La fecha de vencimiento del estatus</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="735"/>
        <location filename="../../caseapp/gui/client_file.py" line="809"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="864"/>
        <source>Add a document</source>
        <translation>Agregar un documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="871"/>
        <source>The file is larger than %1 MB, the most caseapp keeps for one document.</source>
        <translation>El archivo supera los %1 MB, el máximo que caseapp guarda por documento.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="877"/>
        <source>The file could not be read; check that it still exists.</source>
        <translation>No se pudo leer el archivo; verifique que todavía exista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="886"/>
        <source>Document added to the vault.</source>
        <translation>Se agregó el documento a la bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="892"/>
        <source>Select a document in the list first.</source>
        <translation>Primero seleccione un documento de la lista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="923"/>
        <source>Save an unencrypted copy?</source>
        <translation>¿Guardar una copia sin cifrar?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="925"/>
        <source>The copy will not be encrypted: anyone who can use this computer, its backups or the drive you save to can read it. Save it only where the office allows client papers, and delete it when you are done.</source>
        <translation>La copia no estará cifrada: cualquier persona que pueda usar esta computadora, sus copias de seguridad o la unidad donde la guarde podrá leerla. Guárdela solo donde la oficina permita documentos de clientes y bórrela cuando termine.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="934"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="951"/>
        <source>Saved an unencrypted copy (readable only by you).</source>
        <translation>Se guardó una copia sin cifrar (solo usted puede leerla).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1024"/>
        <source>Your unsaved edits from before the lock are back. Save them, or close to discard.</source>
        <translation>Se recuperaron los cambios sin guardar de antes del bloqueo. Guárdelos, o cierre para descartarlos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1042"/>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1044"/>
        <source>Why do you need to see this client&apos;s numbers, addresses and safety details?</source>
        <translation>¿Por qué necesita ver los números, las direcciones y los datos de seguridad de este cliente?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1085"/>
        <source>Select a number in the list first.</source>
        <translation>Primero seleccione un número de la lista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1089"/>
        <source>Reveal the numbers first; a masked number cannot be copied.</source>
        <translation>Primero revele los números; un número oculto no se puede copiar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1094"/>
        <source>Copied. The clipboard is cleared in 10 seconds.</source>
        <translation>Copiado. El portapapeles se borrará en 10 segundos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1099"/>
        <source>Write the note first.</source>
        <translation>Primero escriba la nota.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1116"/>
        <source>Note added.</source>
        <translation>Se agregó la nota.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="66"/>
        <source>Client id</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="189"/>
        <location filename="../../caseapp/gui/client_list.py" line="469"/>
        <source>The list is sorted by name; this column cannot be sorted.</source>
        <translation>La lista está ordenada por nombre; esta columna no se puede ordenar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="210"/>
        <source>Removed client</source>
        <translation>Cliente eliminado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="329"/>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="331"/>
        <source>Search by name or alias, or a whole A-number, ITIN or SSN  (Ctrl+F)</source>
        <translation>Busque por nombre o alias, o por un Número A, ITIN o SSN completo  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="334"/>
        <location filename="../../caseapp/gui/field_window.py" line="86"/>
        <location filename="../../caseapp/gui/field_window.py" line="123"/>
        <location filename="../../caseapp/gui/main_window.py" line="85"/>
        <source>&amp;New intake…</source>
        <translation>&amp;Nueva admisión…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="335"/>
        <location filename="../../caseapp/gui/field_window.py" line="318"/>
        <location filename="../../caseapp/gui/field_window.py" line="381"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="208"/>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="336"/>
        <location filename="../../caseapp/gui/main_window.py" line="85"/>
        <source>Start a new client intake (Ctrl+N)</source>
        <translation>Iniciar la admisión de un cliente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="339"/>
        <source>Client list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="363"/>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="377"/>
        <source>Choose &amp;columns…</source>
        <translation>Elegir c&amp;olumnas…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="396"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="423"/>
        <source>No client matches. Check the spelling, or try fewer letters.</source>
        <translation>Ningún cliente coincide. Revise la ortografía o pruebe con menos letras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="425"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Se muestra %n coincidencia; escriba más para acotar la búsqueda.</numerusform>
            <numerusform>Se muestran las primeras %n coincidencias; escriba más para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="427"/>
        <source>%n matching client(s).</source>
        <translation>
            <numerusform>%n cliente coincide.</numerusform>
            <numerusform>%n clientes coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="429"/>
        <source>No clients yet. Start with New intake.</source>
        <translation>Todavía no hay clientes. Comience con Nueva admisión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="431"/>
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n cliente.</numerusform>
            <numerusform>%n clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="433"/>
        <source>%n clients shown so far; scroll for more.</source>
        <translation>
            <numerusform>%n cliente mostrado hasta ahora; desplácese para ver más.</numerusform>
            <numerusform>%n clientes mostrados hasta ahora; desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_list.py" line="475"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="44"/>
        <source>Days ahead</source>
        <translation>Días por venir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/dashboard.py" line="46"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Próximo %n día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="49"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="51"/>
        <source>Dashboard status</source>
        <translation>Estado del panel</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="52"/>
        <source>One-year asylum deadlines</source>
        <translation>Plazos de un año para solicitar asilo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="53"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="54"/>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="60"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="67"/>
        <source>One-year asylum deadlines (missed, and the next 90 days)</source>
        <translation>Plazos de un año para solicitar asilo (vencidos y los de los próximos 90 días)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="68"/>
        <source>Overdue deadlines and tasks</source>
        <translation>Plazos y tareas vencidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="69"/>
        <source>Upcoming hearings, check-ins, deadlines and tasks</source>
        <translation>Próximas audiencias, citas de control con ICE, plazos y tareas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="81"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="94"/>
        <source>Today is %1.</source>
        <translation>Hoy es %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/dashboard.py" line="98"/>
        <source>%n older open item(s) are overdue by more than the list shows.</source>
        <translation>
            <numerusform>%n pendiente más antiguo lleva vencido más tiempo del que abarca la lista.</numerusform>
            <numerusform>%n pendientes más antiguos llevan vencidos más tiempo del que abarca la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="104"/>
        <source>A list was cut short: choose fewer days.</source>
        <translation>Una lista quedó incompleta: elija menos días.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="129"/>
        <location filename="../../caseapp/gui/record_views.py" line="121"/>
        <location filename="../../caseapp/gui/record_views.py" line="126"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="129"/>
        <location filename="../../caseapp/gui/record_editor.py" line="91"/>
        <location filename="../../caseapp/gui/record_views.py" line="48"/>
        <location filename="../../caseapp/gui/record_views.py" line="50"/>
        <location filename="../../caseapp/gui/record_views.py" line="96"/>
        <location filename="../../caseapp/gui/record_views.py" line="122"/>
        <location filename="../../caseapp/gui/record_views.py" line="130"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="141"/>
        <location filename="../../caseapp/gui/record_editor.py" line="83"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="142"/>
        <source>Asylum deadline</source>
        <translation>Plazo para solicitar asilo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="143"/>
        <location filename="../../caseapp/gui/dashboard.py" line="155"/>
        <location filename="../../caseapp/gui/record_editor.py" line="80"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="144"/>
        <location filename="../../caseapp/gui/dashboard.py" line="157"/>
        <location filename="../../caseapp/gui/record_editor.py" line="81"/>
        <source>ICE check-in</source>
        <translation>Cita de control con ICE</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="145"/>
        <location filename="../../caseapp/gui/record_editor.py" line="84"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/dashboard.py" line="153"/>
        <source>One-year asylum filing deadline</source>
        <translation>Plazo de un año para solicitar asilo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="61"/>
        <source>%1 must be written as year-month-day, for example 1990-07-25.</source>
        <translation>%1 debe escribirse como año-mes-día, por ejemplo 1990-07-25.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="68"/>
        <source>Alias of a client</source>
        <translation>Alias de un cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="69"/>
        <source>Adverse party</source>
        <translation>Parte contraria</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="70"/>
        <source>Related party</source>
        <translation>Parte relacionada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="71"/>
        <location filename="../../caseapp/gui/record_editor.py" line="75"/>
        <source>Household member</source>
        <translation>Miembro del hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="87"/>
        <source>(withheld)</source>
        <translation>(no se muestra)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="105"/>
        <location filename="../../caseapp/gui/record_views.py" line="152"/>
        <source>Possible conflicts</source>
        <translation>Posibles conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="108"/>
        <source>Name on file</source>
        <translation>Nombre registrado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="110"/>
        <source>Found as</source>
        <translation>Encontrado como</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="111"/>
        <source>Why it matched</source>
        <translation>Por qué coincidió</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="112"/>
        <source>Checked name</source>
        <translation>Nombre verificado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="128"/>
        <source>Same name (accents and order ignored)</source>
        <translation>Mismo nombre (sin contar acentos ni orden)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="129"/>
        <source>All parts of the shorter name match</source>
        <translation>Coinciden todas las partes del nombre más corto</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="130"/>
        <source>Same family name</source>
        <translation>Mismo apellido</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="131"/>
        <source>Family name matches one of two surnames</source>
        <translation>El apellido coincide con uno de dos apellidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="132"/>
        <source>Family name initial matches</source>
        <translation>Coincide la inicial del apellido</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="133"/>
        <source>Shares one of two surnames</source>
        <translation>Comparte uno de dos apellidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="134"/>
        <source>Different family name</source>
        <translation>Apellido distinto</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="135"/>
        <source>Same given name</source>
        <translation>Mismo nombre de pila</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="136"/>
        <source>Given names match apart from a middle name</source>
        <translation>Los nombres de pila coinciden salvo un segundo nombre</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="137"/>
        <source>Given name initial matches</source>
        <translation>Coincide la inicial del nombre de pila</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="138"/>
        <source>Shares a given name</source>
        <translation>Comparte un nombre de pila</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="139"/>
        <source>Different given name</source>
        <translation>Nombre de pila distinto</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="140"/>
        <source>Given and family names swapped</source>
        <translation>Nombre y apellido invertidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="141"/>
        <source>Similar spelling</source>
        <translation>Ortografía parecida</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="142"/>
        <source>Written with different spacing or punctuation</source>
        <translation>Escrito con otros espacios o signos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="143"/>
        <source>Same date of birth</source>
        <translation>Misma fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="144"/>
        <source>Date of birth matches with day and month swapped</source>
        <translation>La fecha de nacimiento coincide con el día y el mes invertidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="145"/>
        <source>Different date of birth</source>
        <translation>Fecha de nacimiento distinta</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="146"/>
        <source>Matches another name the person uses</source>
        <translation>Coincide con otro nombre que usa la persona</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="147"/>
        <source>Is an existing client</source>
        <translation>Es un cliente existente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="148"/>
        <source>Matches an alias</source>
        <translation>Coincide con un alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="149"/>
        <source>Is an adverse party in an existing case</source>
        <translation>Es parte contraria en un caso existente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="150"/>
        <source>Is a related party in an existing case</source>
        <translation>Es parte relacionada en un caso existente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="151"/>
        <source>Is a household member of an existing client</source>
        <translation>Es integrante del hogar de un cliente existente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="176"/>
        <source>— choose after reviewing the list —</source>
        <translation>— elija después de revisar la lista —</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="187"/>
        <source>Choose the decision on the possible conflicts first.</source>
        <translation>Primero elija la decisión sobre los posibles conflictos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="188"/>
        <source>Wait for the conflict check to finish (it runs as you type).</source>
        <translation>Espere a que termine la verificación de conflictos (se hace mientras escribe).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="231"/>
        <source>&amp;Open a case now</source>
        <translation>&amp;Abrir un caso ahora</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="157"/>
        <location filename="../../caseapp/gui/record_views.py" line="107"/>
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="165"/>
        <source>Adverse parties, one per line</source>
        <translation>Partes contrarias, una por línea</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="166"/>
        <source>One name per line (a person or an organisation)</source>
        <translation>Un nombre por línea (una persona o una organización)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="237"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="506"/>
        <source>Case &amp;type:</source>
        <translation>&amp;Tipo de caso:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="238"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="507"/>
        <source>&amp;Adverse parties:</source>
        <translation>Partes &amp;contrarias:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="239"/>
        <location filename="../../caseapp/gui/record_editor.py" line="136"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="243"/>
        <source>Type a name to run the conflict check.</source>
        <translation>Escriba un nombre para realizar la verificación de conflictos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="244"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="501"/>
        <source>Conflict check result</source>
        <translation>Resultado de la verificación de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="175"/>
        <source>Conflict-check decision</source>
        <translation>Decisión sobre la verificación de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="247"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="504"/>
        <source>Note on the decision</source>
        <translation>Nota sobre la decisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="249"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="508"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="250"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="509"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="251"/>
        <source>Conflict check</source>
        <translation>Verificación de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="259"/>
        <source>&amp;Save intake</source>
        <translation>&amp;Guardar la admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="315"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="500"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="538"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="379"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="556"/>
        <source>No possible conflicts found.</source>
        <translation>No se encontraron posibles conflictos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/intake_dialog.py" line="381"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="559"/>
        <source>%n possible conflict(s): review why each matched, then decide.</source>
        <translation>
            <numerusform>%n posible conflicto: revise por qué coincidió y luego decida.</numerusform>
            <numerusform>%n posibles conflictos: revise por qué coincidió cada uno y luego decida.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="384"/>
        <source>Names are withheld from intake staff: a paralegal or attorney must clear them.</source>
        <translation>Los nombres no se muestran al personal de admisión: un asistente legal o un abogado debe revisarlos y descartarlos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="391"/>
        <source>The name is very common: not every record could be compared.</source>
        <translation>El nombre es muy común: no se pudieron comparar todos los registros.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="422"/>
        <source>The client was saved, but the case did not open: %1</source>
        <translation>El cliente se guardó, pero no se pudo abrir el caso: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/intake_dialog.py" line="444"/>
        <source>The client is saved. The check of the saved file finds %n possible conflict(s): review them, decide, and save again to open the case.</source>
        <translation>
            <numerusform>El cliente está guardado. La verificación del expediente guardado encuentra %n posible conflicto: revíselo, decida y guarde de nuevo para abrir el caso.</numerusform>
            <numerusform>El cliente está guardado. La verificación del expediente guardado encuentra %n posibles conflictos: revíselos, decida y guarde de nuevo para abrir el caso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="450"/>
        <source>Review the conflict check again.</source>
        <translation>Revise de nuevo la verificación de conflictos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="495"/>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="511"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Abrir el caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/intake_dialog.py" line="582"/>
        <source>Recorded as a conflict: no case was opened.</source>
        <translation>Se registró como conflicto: no se abrió ningún caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="73"/>
        <source>caseapp — signed in as %1</source>
        <translation>caseapp — sesión iniciada como %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="75"/>
        <source>caseapp — field laptop — signed in as %1</source>
        <translation>caseapp — computadora de campo — sesión iniciada como %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="79"/>
        <location filename="../../caseapp/gui/main_window.py" line="78"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="81"/>
        <location filename="../../caseapp/gui/main_window.py" line="80"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="86"/>
        <source>Take a new intake (Ctrl+N)</source>
        <translation>Registrar una nueva admisión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="91"/>
        <location filename="../../caseapp/gui/field_window.py" line="127"/>
        <source>&amp;Seal for the office…</source>
        <translation>&amp;Sellar para la oficina…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="93"/>
        <source>Seal every intake for the office and remove it from this laptop</source>
        <translation>Sellar todas las admisiones para la oficina y eliminarlas de esta computadora</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="105"/>
        <source>&amp;Intakes</source>
        <translation>&amp;Admisiones</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="121"/>
        <source>This field laptop</source>
        <translation>Esta computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="131"/>
        <source>Intakes waiting to be sealed</source>
        <translation>Admisiones pendientes de sellar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="134"/>
        <source>When each waiting intake was taken</source>
        <translation>Cuándo se registró cada admisión pendiente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="146"/>
        <location filename="../../caseapp/gui/gate_window.py" line="59"/>
        <source>Field laptop</source>
        <translation>Computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="151"/>
        <source>Intakes are kept encrypted on this laptop until you seal them. Sealing writes one file per intake that only the office can open, and removes the intake from this laptop: nobody can read it here again. Carry the sealed files to the office (a USB stick is fine; they are encrypted).</source>
        <translation>Las admisiones se guardan cifradas en esta computadora hasta que usted las selle. Al sellarlas, se escribe un archivo por admisión que solo la oficina puede abrir, y la admisión se elimina de esta computadora: nadie podrá volver a leerla aquí. Lleve los archivos sellados a la oficina (puede usar una memoria USB; están cifrados).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="163"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="184"/>
        <source>This laptop: %1. Intakes are sealed for the office on form version %2.</source>
        <translation>Esta computadora: %1. Las admisiones se sellan para la oficina con la versión %2 del formulario.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="201"/>
        <source>Intake %1 — taken %2</source>
        <translation>Admisión %1 — registrada el %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="205"/>
        <source>%n intake(s) wait to be sealed.</source>
        <translation>
            <numerusform>%n admisión pendiente de sellar.</numerusform>
            <numerusform>%n admisiones pendientes de sellar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="207"/>
        <location filename="../../caseapp/gui/field_window.py" line="232"/>
        <source>Nothing waits to be sealed.</source>
        <translation>No hay nada pendiente de sellar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="223"/>
        <source>Intake saved on this laptop, encrypted. %n intake(s) wait to be sealed.</source>
        <translation>
            <numerusform>Se guardó la admisión cifrada en esta computadora. %n admisión pendiente de sellar.</numerusform>
            <numerusform>Se guardó la admisión cifrada en esta computadora. %n admisiones pendientes de sellar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="234"/>
        <source>Where to write the sealed intakes</source>
        <translation>Dónde guardar las admisiones selladas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="239"/>
        <source>Seal for the office</source>
        <translation>Sellar para la oficina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="241"/>
        <source>Seal %n intake(s) into %1? Each becomes a file only the office can open, and is removed from this laptop: it cannot be read here again.</source>
        <translation>
            <numerusform>¿Sellar %n admisión en %1? Se convertirá en un archivo que solo la oficina puede abrir y se eliminará de esta computadora: no se podrá volver a leer aquí.</numerusform>
            <numerusform>¿Sellar %n admisiones en %1? Cada una se convertirá en un archivo que solo la oficina puede abrir y se eliminará de esta computadora: no se podrá volver a leer aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="249"/>
        <source>&amp;Seal</source>
        <translation>&amp;Sellar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="259"/>
        <source>Sealing…</source>
        <translation>Sellando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="272"/>
        <source>Sealed %n intake(s) into %1. They are gone from this laptop; take the files to the office.</source>
        <translation>
            <numerusform>Se selló %n admisión en %1. Ya no está en esta computadora; lleve el archivo a la oficina.</numerusform>
            <numerusform>Se sellaron %n admisiones en %1. Ya no están en esta computadora; lleve los archivos a la oficina.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="327"/>
        <location filename="../../caseapp/gui/field_window.py" line="578"/>
        <source>Intake not saved</source>
        <translation>Admisión sin guardar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="328"/>
        <source>The intake being typed is not saved. Leave it and lose what was typed?</source>
        <translation>La admisión que se está escribiendo no se ha guardado. ¿Desea dejarla y perder lo escrito?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="383"/>
        <source>Given names</source>
        <translation>Nombres de pila</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="384"/>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="389"/>
        <source>e.g. +1 415 555 0134</source>
        <translation>p. ej., +1 415 555 0134</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="390"/>
        <source>Safe to &amp;call</source>
        <translation>Seguro para &amp;llamadas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="391"/>
        <source>Safe to te&amp;xt</source>
        <translation>Seguro para mensajes de te&amp;xto</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="392"/>
        <source>Street address</source>
        <translation>Dirección (calle y número)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="394"/>
        <source>e.g. CA</source>
        <translation>p. ej., CA</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="395"/>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="396"/>
        <source>Safe to send &amp;mail</source>
        <translation>Seguro para correo p&amp;ostal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="397"/>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="397"/>
        <source>e.g. A123456789</source>
        <translation>p. ej., A123456789</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="399"/>
        <source>Intake note</source>
        <translation>Nota de admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="400"/>
        <source>What the person needs help with, in their words</source>
        <translation>Con qué necesita ayuda la persona, en sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="401"/>
        <source>The note is &amp;sensitive (e.g. an asylum narrative)</source>
        <translation>La nota es sensi&amp;ble (p. ej., un relato de asilo)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="403"/>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="405"/>
        <source>&amp;Attach a document…</source>
        <translation>Ad&amp;juntar un documento…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="409"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombres de pila:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="410"/>
        <source>&amp;Family names:</source>
        <translation>Ap&amp;ellidos:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="412"/>
        <source>&amp;Date of birth:</source>
        <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="415"/>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="418"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="424"/>
        <source>S&amp;treet address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="425"/>
        <source>Cit&amp;y:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="426"/>
        <source>St&amp;ate:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="427"/>
        <source>&amp;ZIP code:</source>
        <translation>&amp;Código postal:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="429"/>
        <source>A-&amp;number:</source>
        <translation>Número &amp;A:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="430"/>
        <source>Contact and numbers (optional)</source>
        <translation>Contacto y números (opcional)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="432"/>
        <source>Note and documents (optional)</source>
        <translation>Nota y documentos (opcional)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="440"/>
        <source>&amp;Save the intake</source>
        <translation>&amp;Guardar la admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="493"/>
        <source>At most %1 documents per intake.</source>
        <translation>Como máximo %1 documentos por admisión.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="496"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="508"/>
        <source>That file could not be read.</source>
        <translation>No se pudo leer ese archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="542"/>
        <source>Type the street address too, or leave the address empty.</source>
        <translation>Escriba también la calle y el número, o deje la dirección vacía.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="579"/>
        <source>Close without saving? What was typed is lost.</source>
        <translation>¿Cerrar sin guardar? Se perderá lo escrito.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="89"/>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="89"/>
        <source>Search clients (Ctrl+F)</source>
        <translation>Buscar clientes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="93"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="93"/>
        <source>Upcoming hearings and deadlines (Ctrl+D)</source>
        <translation>Próximas audiencias y plazos (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="97"/>
        <source>&amp;Close client file</source>
        <translation>&amp;Cerrar el expediente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="97"/>
        <source>Close the open client file (Ctrl+W)</source>
        <translation>Cerrar el expediente abierto (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="100"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="96"/>
        <location filename="../../caseapp/gui/main_window.py" line="102"/>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="98"/>
        <location filename="../../caseapp/gui/main_window.py" line="104"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="108"/>
        <source>Print a &amp;blank intake form…</source>
        <translation>Imprimir un &amp;formulario de admisión en blanco…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="110"/>
        <source>The bilingual paper intake form, blank, to print or save</source>
        <translation>El formulario de admisión bilingüe en papel, en blanco, para imprimirlo o guardarlo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="115"/>
        <source>Print the &amp;audit report…</source>
        <translation>Imprimir el informe de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="117"/>
        <source>Who did what, with the log&apos;s verification, to print or save</source>
        <translation>Quién hizo qué, con la verificación del registro, para imprimirlo o guardarlo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="122"/>
        <source>&amp;Back up the vault…</source>
        <translation>Hacer una &amp;copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="124"/>
        <source>Write an encrypted backup of the whole vault, to keep on another disk</source>
        <translation>Escribir una copia de seguridad cifrada de toda la bóveda, para guardarla en otro disco</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="100"/>
        <location filename="../../caseapp/gui/main_window.py" line="135"/>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="129"/>
        <source>&amp;Import sealed intakes…</source>
        <translation>&amp;Importar admisiones selladas…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="131"/>
        <source>Intakes sealed on a field laptop: verify, open, conflict-check, import</source>
        <translation>Admisiones selladas en una computadora de campo: verificar, abrir, revisar conflictos, importar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="144"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="110"/>
        <location filename="../../caseapp/gui/main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="162"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="185"/>
        <source>Work area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="188"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="189"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="191"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="193"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="115"/>
        <location filename="../../caseapp/gui/main_window.py" line="204"/>
        <source>Audit log warning</source>
        <translation>Advertencia del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="211"/>
        <source>Backup reminder</source>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="215"/>
        <source>Back up &amp;now…</source>
        <translation>Hacer la copia &amp;ahora…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="231"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="164"/>
        <location filename="../../caseapp/gui/main_window.py" line="233"/>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="355"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/main_window.py" line="356"/>
        <source>%n client file(s) have changes that are not saved.</source>
        <translation>
            <numerusform>%n expediente tiene cambios sin guardar.</numerusform>
            <numerusform>%n expedientes tienen cambios sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="357"/>
        <source>Save them now, or discard them?</source>
        <translation>¿Desea guardarlos ahora o descartarlos?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="452"/>
        <source>&lt;b&gt;This vault has never been backed up.&lt;/b&gt; If this laptop is lost or breaks, every client file is lost with it. Back it up to a disk you keep somewhere else.</source>
        <translation>&lt;b&gt;Nunca se ha hecho una copia de seguridad de esta bóveda.&lt;/b&gt; Si esta computadora se pierde o se daña, se pierden con ella todos los expedientes. Haga una copia de seguridad en un disco que guarde en otro lugar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/main_window.py" line="462"/>
        <source>&lt;b&gt;The last backup is %n day(s) old.&lt;/b&gt; Back up the vault to a disk you keep somewhere else.</source>
        <translation>
            <numerusform>&lt;b&gt;La última copia de seguridad tiene %n día.&lt;/b&gt; Haga una copia de seguridad de la bóveda en un disco que guarde en otro lugar.</numerusform>
            <numerusform>&lt;b&gt;La última copia de seguridad tiene %n días.&lt;/b&gt; Haga una copia de seguridad de la bóveda en un disco que guarde en otro lugar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="475"/>
        <source>Back up the vault to</source>
        <translation>Guardar la copia de seguridad de la bóveda en</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="480"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/main_window.py" line="490"/>
        <source>Backup written: %1 (%2 MB, encrypted). Keep it on another disk.</source>
        <translation>Copia de seguridad escrita: %1 (%2 MB, cifrada). Guárdela en otro disco.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="287"/>
        <location filename="../../caseapp/gui/main_window.py" line="507"/>
        <source>Passphrase changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="303"/>
        <location filename="../../caseapp/gui/main_window.py" line="541"/>
        <source>&lt;b&gt;The audit log does not verify.&lt;/b&gt; Entries may have been edited or removed (%1). Tell the supervising attorney; they can check it with the audit anchor (&lt;tt&gt;caseapp audit verify --anchor&lt;/tt&gt;).</source>
        <translation>&lt;b&gt;El registro de auditoría no pasa la verificación.&lt;/b&gt; Es posible que se hayan editado o eliminado entradas (%1). Avise al abogado supervisor; puede comprobarlo con el ancla de auditoría (&lt;tt&gt;caseapp audit verify --anchor&lt;/tt&gt;).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="92"/>
        <location filename="../../caseapp/gui/record_views.py" line="50"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="389"/>
        <location filename="../../caseapp/gui/record_editor.py" line="71"/>
        <location filename="../../caseapp/gui/record_views.py" line="52"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="69"/>
        <source>Other name</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="70"/>
        <source>A-number, ITIN or SSN</source>
        <translation>Número A, ITIN o SSN</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="73"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="77"/>
        <source>Entry to the United States</source>
        <translation>Entrada a los Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="78"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="79"/>
        <location filename="../../caseapp/gui/record_editor.py" line="135"/>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="85"/>
        <source>Checklist document</source>
        <translation>Documento de la lista</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="93"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="94"/>
        <location filename="../../caseapp/gui/record_views.py" line="53"/>
        <location filename="../../caseapp/gui/record_views.py" line="60"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="95"/>
        <location filename="../../caseapp/gui/record_views.py" line="54"/>
        <source>Safe to call</source>
        <translation>Seguro para llamadas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="96"/>
        <location filename="../../caseapp/gui/record_views.py" line="55"/>
        <source>Safe to text</source>
        <translation>Seguro para mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="97"/>
        <location filename="../../caseapp/gui/record_views.py" line="56"/>
        <source>Safe for voicemail</source>
        <translation>Seguro para buzón de voz</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="98"/>
        <location filename="../../caseapp/gui/record_views.py" line="61"/>
        <source>Safe to e-mail</source>
        <translation>Seguro para correo electrónico</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="100"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="101"/>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="102"/>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="103"/>
        <source>Apartment, unit</source>
        <translation>Apartamento, unidad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="105"/>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="106"/>
        <source>ZIP or postal code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="107"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="108"/>
        <source>Current address</source>
        <translation>Dirección actual</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="109"/>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="110"/>
        <source>Safe alternate contact</source>
        <translation>Contacto alternativo seguro</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="111"/>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="112"/>
        <source>Trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="113"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="123"/>
        <source>Place of entry</source>
        <translation>Lugar de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="124"/>
        <source>Manner of entry</source>
        <translation>Forma de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="128"/>
        <source>Filed on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="141"/>
        <source>Detained on</source>
        <translation>Detenido el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="142"/>
        <source>Released on</source>
        <translation>Liberado el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="143"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="145"/>
        <source>Done on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="147"/>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="151"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="152"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="153"/>
        <source>Twice a month</source>
        <translation>Dos veces al mes</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="154"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="155"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="156"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="157"/>
        <source>Hourly (give the hours per week)</source>
        <translation>Por hora (indique las horas por semana)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="167"/>
        <source>%1 must be written as year-month-day hour:minute, for example 2027-03-15 09:30.</source>
        <translation>%1 debe escribirse como año-mes-día hora:minuto, por ejemplo 2027-03-15 09:30.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="246"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="248"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="266"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="277"/>
        <source>(as recorded: %1)</source>
        <translation>(según lo registrado: %1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="323"/>
        <location filename="../../caseapp/gui/record_editor.py" line="329"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="361"/>
        <location filename="../../caseapp/gui/record_editor.py" line="363"/>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="64"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="393"/>
        <location filename="../../caseapp/gui/record_editor.py" line="104"/>
        <location filename="../../caseapp/gui/record_views.py" line="65"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="59"/>
        <location filename="../../caseapp/gui/field_office.py" line="62"/>
        <source>Field laptops</source>
        <translation>Computadoras de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_window.py" line="394"/>
        <location filename="../../caseapp/gui/record_views.py" line="66"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="62"/>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="62"/>
        <source>Device id</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="62"/>
        <source>Enrolled on</source>
        <translation>Inscrita el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="65"/>
        <source>&amp;Enrol a field laptop…</source>
        <translation>&amp;Inscribir una computadora de campo…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="66"/>
        <source>Revoke the &amp;selected laptop…</source>
        <translation>Revocar la computadora &amp;seleccionada…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="94"/>
        <source>revoked %1</source>
        <translation>revocada el %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="96"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="116"/>
        <source>Select a laptop in the list first.</source>
        <translation>Primero seleccione una computadora de la lista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="123"/>
        <source>Revoke a field laptop</source>
        <translation>Revocar una computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="125"/>
        <source>Revoke %1? Intakes it seals from now on are refused at import. Do this when a laptop is lost or retired.</source>
        <translation>¿Revocar %1? Las admisiones que selle a partir de ahora se rechazarán al importarlas. Hágalo cuando una computadora se pierda o se retire de uso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="140"/>
        <source>%1 is revoked: its intakes are refused from now on.</source>
        <translation>Se revocó %1: a partir de ahora se rechazan sus admisiones.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="160"/>
        <source>Enrol a field laptop</source>
        <translation>Inscribir una computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="162"/>
        <source>The laptop&apos;s name</source>
        <translation>Nombre de la computadora</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="163"/>
        <source>e.g. Clinic laptop 2 — never a person&apos;s name</source>
        <translation>p. ej., Clinic laptop 2 — nunca el nombre de una persona</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="165"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="49"/>
        <source>Kit passphrase</source>
        <translation>Frase de contraseña del kit</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="166"/>
        <source>Kit passphrase again</source>
        <translation>Frase de contraseña del kit (otra vez)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="168"/>
        <source>Folder for the kit</source>
        <translation>Carpeta para el kit</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="170"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="46"/>
        <location filename="../../caseapp/gui/restore_page.py" line="108"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="176"/>
        <source>&amp;Laptop:</source>
        <translation>&amp;Computadora:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="177"/>
        <source>&amp;Kit passphrase:</source>
        <translation>&amp;Frase de contraseña del kit:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="179"/>
        <source>&amp;Folder:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="181"/>
        <source>&amp;Write the kit</source>
        <translation>&amp;Generar el kit</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="192"/>
        <source>The kit lets one laptop take intakes and seal them to this office. It holds no client data. Give the kit passphrase (at least 12 characters) to the field worker in person, never with the kit. Use an empty folder, for example on a USB stick.</source>
        <translation>El kit permite que una computadora registre admisiones y las selle para esta oficina. No contiene datos de clientes. Entregue en persona la frase de contraseña del kit (al menos 12 caracteres) a quien trabaja en el campo, nunca junto con el kit. Use una carpeta vacía, por ejemplo, en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="206"/>
        <source>An empty folder for the kit</source>
        <translation>Una carpeta vacía para el kit</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="219"/>
        <source>Name the laptop.</source>
        <translation>Escriba un nombre para la computadora.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="226"/>
        <source>Use a kit passphrase of at least %1 characters.</source>
        <translation>Use una frase de contraseña del kit de al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="232"/>
        <source>Choose the folder for the kit.</source>
        <translation>Elija la carpeta para el kit.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="236"/>
        <source>Writing the kit…</source>
        <translation>Generando el kit…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="248"/>
        <source>Kit written to %1. Give the kit passphrase to the field worker in person.</source>
        <translation>Kit guardado en %1. Entregue en persona la frase de contraseña del kit a quien trabaja en el campo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="278"/>
        <source>Import sealed intakes</source>
        <translation>Importar admisiones selladas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="280"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="280"/>
        <source>Why / conflicts</source>
        <translation>Motivo / conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="280"/>
        <source>What happened to each file</source>
        <translation>Qué pasó con cada archivo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="284"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="286"/>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Elegir la carpeta…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="296"/>
        <source>Choose the folder with the sealed intakes (*.caseapp-intake) a field laptop wrote. Each is checked against the enrolled laptops, opened, and given the conflict check; a file imported before is skipped, and one that fails a check is refused with the reason.</source>
        <translation>Elija la carpeta con las admisiones selladas (*.caseapp-intake) que escribió una computadora de campo. Cada una se comprueba con las computadoras inscritas, se abre y pasa por la verificación de conflictos; un archivo ya importado se omite, y uno que no pasa una comprobación se rechaza indicando el motivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="310"/>
        <source>The folder with the sealed intakes</source>
        <translation>La carpeta con las admisiones selladas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="320"/>
        <source>That folder could not be read.</source>
        <translation>No se pudo leer esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="323"/>
        <source>There are no sealed intakes (*.caseapp-intake) in that folder.</source>
        <translation>No hay admisiones selladas (*.caseapp-intake) en esa carpeta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_office.py" line="326"/>
        <source>Importing %n sealed intake(s)…</source>
        <translation>
            <numerusform>Importando %n admisión sellada…</numerusform>
            <numerusform>Importando %n admisiones selladas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="344"/>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="345"/>
        <source>imported before</source>
        <translation>ya importada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="346"/>
        <source>REFUSED</source>
        <translation>RECHAZADA</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_office.py" line="352"/>
        <source>%n possible conflict(s) to review</source>
        <translation>
            <numerusform>%n posible conflicto por revisar</numerusform>
            <numerusform>%n posibles conflictos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="354"/>
        <source>no possible conflict</source>
        <translation>sin posibles conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="366"/>
        <source>%1 imported, %2 imported before, %3 refused.</source>
        <translation>Importadas: %1; ya importadas: %2; rechazadas: %3.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="67"/>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="99"/>
        <location filename="../../caseapp/gui/record_views.py" line="68"/>
        <source>Safe to mail</source>
        <translation>Seguro para correo postal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="69"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="114"/>
        <location filename="../../caseapp/gui/record_views.py" line="74"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="116"/>
        <location filename="../../caseapp/gui/record_views.py" line="76"/>
        <source>Lives in the household</source>
        <translation>Vive en el hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="117"/>
        <location filename="../../caseapp/gui/record_views.py" line="79"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="118"/>
        <location filename="../../caseapp/gui/record_views.py" line="80"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="119"/>
        <location filename="../../caseapp/gui/record_views.py" line="81"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="120"/>
        <source>Whose income</source>
        <translation>De quién es el ingreso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="121"/>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="122"/>
        <location filename="../../caseapp/gui/record_views.py" line="84"/>
        <source>Date of entry</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="85"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="86"/>
        <source>Manner</source>
        <translation>Forma de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="125"/>
        <location filename="../../caseapp/gui/record_views.py" line="87"/>
        <source>Admitted as</source>
        <translation>Admitido como</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="126"/>
        <location filename="../../caseapp/gui/record_views.py" line="90"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="127"/>
        <location filename="../../caseapp/gui/record_views.py" line="91"/>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="92"/>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="62"/>
        <location filename="../../caseapp/gui/record_editor.py" line="129"/>
        <location filename="../../caseapp/gui/record_views.py" line="93"/>
        <location filename="../../caseapp/gui/record_views.py" line="99"/>
        <location filename="../../caseapp/gui/record_views.py" line="108"/>
        <location filename="../../caseapp/gui/record_views.py" line="147"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="130"/>
        <source>Decided on</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="131"/>
        <location filename="../../caseapp/gui/record_views.py" line="97"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="132"/>
        <location filename="../../caseapp/gui/record_views.py" line="98"/>
        <location filename="../../caseapp/gui/record_views.py" line="124"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="133"/>
        <location filename="../../caseapp/gui/record_editor.py" line="138"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="137"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="140"/>
        <location filename="../../caseapp/gui/record_views.py" line="102"/>
        <source>Facility</source>
        <translation>Centro de detención</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="103"/>
        <source>Detained</source>
        <translation>Fecha de detención</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="104"/>
        <source>Released</source>
        <translation>Fecha de liberación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="109"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="110"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="111"/>
        <source>Closing code</source>
        <translation>Código de cierre</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="112"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="118"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="134"/>
        <location filename="../../caseapp/gui/record_views.py" line="123"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="139"/>
        <location filename="../../caseapp/gui/record_views.py" line="126"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="128"/>
        <location filename="../../caseapp/gui/record_views.py" line="134"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="131"/>
        <location filename="../../caseapp/gui/record_views.py" line="137"/>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_editor.py" line="146"/>
        <location filename="../../caseapp/gui/record_views.py" line="136"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_office.py" line="280"/>
        <location filename="../../caseapp/gui/record_views.py" line="140"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="141"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="142"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="143"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/client_file.py" line="1179"/>
        <location filename="../../caseapp/gui/record_views.py" line="146"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="148"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="151"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="167"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/record_views.py" line="167"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="62"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="64"/>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="66"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="69"/>
        <source>Remind to back up after days</source>
        <translation>Recordar la copia de seguridad después de tantos días</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="71"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="74"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="75"/>
        <source>As the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="81"/>
        <source>A new language shows from the next unlock.</source>
        <translation>El nuevo idioma se verá a partir del próximo desbloqueo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="84"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="85"/>
        <source>Remind to &amp;back up after:</source>
        <translation>Recordar la &amp;copia de seguridad tras:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/settings_dialog.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="23"/>
        <location filename="../../caseapp/gui/shortcuts.py" line="25"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="26"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="45"/>
        <source>Open the selected client (in the list)</source>
        <translation>Abrir el cliente seleccionado (en la lista)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="46"/>
        <source>Move between fields</source>
        <translation>Pasar de un campo a otro</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="47"/>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/shortcuts.py" line="48"/>
        <source>Save the client file</source>
        <translation>Guardar el expediente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/application.py" line="32"/>
        <source>The vault was locked because nobody used caseapp for a while.</source>
        <translation>La bóveda se bloqueó porque nadie usó caseapp durante un rato.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/application.py" line="33"/>
        <source>Some unsaved edits could not be kept.</source>
        <translation>Algunos cambios sin guardar no se pudieron conservar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/application.py" line="35"/>
        <source>The vault is ready. Unlock it with the passphrase you just chose.</source>
        <translation>La bóveda está lista. Desbloquéela con la frase de contraseña que acaba de elegir.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="31"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="45"/>
        <location filename="../../caseapp/gui/restore_page.py" line="190"/>
        <source>Administrator user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="46"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="53"/>
        <source>for example mgarcia</source>
        <translation>por ejemplo, mgarcia</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="52"/>
        <location filename="../../caseapp/gui/restore_page.py" line="113"/>
        <location filename="../../caseapp/gui/unlock_page.py" line="48"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="52"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="59"/>
        <source>four or more unrelated words</source>
        <translation>cuatro o más palabras sin relación entre sí</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="55"/>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="55"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="62"/>
        <source>type it again</source>
        <translation>escríbala de nuevo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="57"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="64"/>
        <location filename="../../caseapp/gui/recover_page.py" line="47"/>
        <source>Passphrase confirmation status</source>
        <translation>Estado de la confirmación de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="62"/>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="138"/>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="139"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="64"/>
        <source>None: I will copy the codes by hand</source>
        <translation>Ninguna: copiaré los códigos a mano</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="65"/>
        <source>Print it on paper</source>
        <translation>Imprimirla en papel</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="66"/>
        <source>Save it as an encrypted PDF</source>
        <translation>Guardarla como PDF cifrado</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="69"/>
        <location filename="../../caseapp/gui/create_vault_page.py" line="70"/>
        <location filename="../../caseapp/gui/gate_window.py" line="54"/>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="75"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="75"/>
        <source>Restore the vault from a backup file</source>
        <translation>Restaurar la bóveda desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="78"/>
        <source>Set up as a &amp;field laptop…</source>
        <translation>Configurar como computadora de ca&amp;mpo…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="78"/>
        <source>Set up as a field laptop from a field kit</source>
        <translation>Configurar como computadora de campo con un kit de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="83"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="84"/>
        <source>Your user &amp;name:</source>
        <translation>Su &amp;nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="85"/>
        <location filename="../../caseapp/gui/restore_page.py" line="143"/>
        <location filename="../../caseapp/gui/unlock_page.py" line="68"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="87"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="88"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="89"/>
        <source>Recovery &amp;sheet:</source>
        <translation>&amp;Hoja de recuperación:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="92"/>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="96"/>
        <source>Every client file on this computer is kept in one encrypted vault. You will be its administrator. Choose a passphrase of four or more unrelated words that only you know: without it or the recovery code shown next, nobody can open the vault, not even the office IT.</source>
        <translation>Todos los expedientes de esta computadora se guardan en una sola bóveda cifrada. Usted será su administrador. Elija una frase de contraseña de cuatro o más palabras sin relación entre sí que solo usted conozca: sin ella o sin el código de recuperación que se muestra a continuación, nadie puede abrir la bóveda, ni siquiera el personal de informática de la oficina.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="112"/>
        <source>Not a new vault?</source>
        <translation>¿No es una bóveda nueva?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/create_vault_page.py" line="200"/>
        <source>Creating the vault… this takes a few seconds.</source>
        <translation>Creando la bóveda… esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/error_text.py" line="23"/>
        <source>Something unexpected went wrong (%1). Nothing else was changed. Try again; if it happens again, tell your administrator.</source>
        <translation>Ocurrió un error inesperado (%1). No se cambió nada más. Inténtelo de nuevo; si vuelve a ocurrir, avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/form_parts.py" line="54"/>
        <location filename="../../caseapp/gui/main_window.py" line="240"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/form_parts.py" line="59"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/gate_window.py" line="49"/>
        <source>caseapp — %1</source>
        <translation>caseapp — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/gate_window.py" line="52"/>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/gate_window.py" line="55"/>
        <location filename="../../caseapp/gui/gate_window.py" line="57"/>
        <location filename="../../caseapp/gui/recover_page.py" line="35"/>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="42"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/gate_window.py" line="56"/>
        <location filename="../../caseapp/gui/unlock_page.py" line="50"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/gate_window.py" line="58"/>
        <location filename="../../caseapp/gui/restore_page.py" line="103"/>
        <location filename="../../caseapp/gui/restore_page.py" line="185"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="30"/>
        <source>This laptop is now a field laptop: it takes new intakes and seals them for the office.</source>
        <translation>Esta computadora ahora es una computadora de campo: registra admisiones nuevas y las sella para la oficina.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="44"/>
        <source>Field kit</source>
        <translation>Kit de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="45"/>
        <source>the kit file, or the folder that holds it</source>
        <translation>el archivo del kit o la carpeta que lo contiene</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="47"/>
        <location filename="../../caseapp/gui/field_setup_page.py" line="158"/>
        <source>Choose the field kit file</source>
        <translation>Elegir el archivo del kit de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="49"/>
        <source>given to you in person by the office</source>
        <translation>la que la oficina le entregó en persona</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="52"/>
        <source>Your user name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="62"/>
        <location filename="../../caseapp/gui/recover_page.py" line="45"/>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="66"/>
        <source>&amp;Set up field laptop</source>
        <translation>C&amp;onfigurar la computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="67"/>
        <source>Set up field laptop</source>
        <translation>Configurar la computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="70"/>
        <location filename="../../caseapp/gui/restore_page.py" line="127"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="80"/>
        <source>Field &amp;kit:</source>
        <translation>&amp;Kit de campo:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="83"/>
        <source>Kit pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña del kit:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="86"/>
        <source>N&amp;ew passphrase:</source>
        <translation>N&amp;ueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="97"/>
        <source>Set up as a field laptop</source>
        <translation>Configurar como computadora de campo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="101"/>
        <source>A field laptop takes new intakes away from the office and seals them so that only the office can open them; it keeps nothing it could read back. Choose the field kit the office made for this laptop, type the kit passphrase the office gave you in person, then choose your own user name and passphrase for this laptop.</source>
        <translation>Una computadora de campo registra admisiones nuevas fuera de la oficina y las sella para que solo la oficina pueda abrirlas; no guarda nada que pueda volver a leer. Elija el kit de campo que la oficina preparó para esta computadora, escriba la frase de contraseña del kit que la oficina le entregó en persona y luego elija su propio nombre de usuario y su propia frase de contraseña para esta computadora.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="228"/>
        <source>Setting up the field laptop… this takes a few seconds.</source>
        <translation>Configurando la computadora de campo… esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="49"/>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Establecer la frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="50"/>
        <source>Set passphrase and unlock</source>
        <translation>Establecer la frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/field_setup_page.py" line="69"/>
        <location filename="../../caseapp/gui/recover_page.py" line="52"/>
        <location filename="../../caseapp/gui/restore_page.py" line="126"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="53"/>
        <source>Back to the unlock screen</source>
        <translation>Volver a la pantalla de desbloqueo</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="58"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="62"/>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirmar:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="71"/>
        <source>Use the recovery code</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="75"/>
        <source>Ask the supervising attorney for the recovery code written down when the vault was created. Type it here, choose whose passphrase to replace, and pick a new passphrase.</source>
        <translation>Pida al abogado supervisor el código de recuperación que se anotó cuando se creó la bóveda. Escríbalo aquí, elija de qué usuario se reemplazará la frase de contraseña y escoja una nueva.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recover_page.py" line="167"/>
        <source>Checking the recovery code… this takes a few seconds.</source>
        <translation>Verificando el código de recuperación… esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="49"/>
        <source>&lt;b&gt;Recovery code&lt;/b&gt;</source>
        <translation>&lt;b&gt;Código de recuperación&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="51"/>
        <source>&lt;b&gt;Audit anchor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ancla de auditoría&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="82"/>
        <source>At least 8 characters, typed each time and never kept. Tell the password to the reader by phone or in person — never in the same e-mail or message as the file.</source>
        <translation>Al menos 8 caracteres, que se escriben cada vez y nunca se guardan. Dígale la contraseña al lector por teléfono o en persona, nunca en el mismo correo electrónico o mensaje que el archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="88"/>
        <source>The PDF will not be encrypted: anyone who gets the file — from this computer, a backup, a USB stick or an e-mail — can read the client&apos;s details. Save it only where the office allows client papers, and delete it when it has been used.</source>
        <translation>El PDF no estará cifrado: cualquier persona que obtenga el archivo —de esta computadora, de una copia de seguridad, de una memoria USB o de un correo electrónico— podrá leer los datos del cliente. Guárdelo solo donde la oficina permita documentos de clientes y bórrelo cuando ya se haya usado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="95"/>
        <source>The pages go from memory to the printer; caseapp writes no file. But print systems — this computer&apos;s print queue, a print server, the printer itself — may keep a copy of the job after printing. Print only on the office&apos;s own printer, and collect the pages at once.</source>
        <translation>Las páginas van directamente de la memoria a la impresora; caseapp no escribe ningún archivo. Pero los sistemas de impresión —la cola de impresión de esta computadora, un servidor de impresión, la propia impresora— pueden conservar una copia del trabajo después de imprimirlo. Imprima solo en una impresora de la propia oficina y recoja las páginas de inmediato.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="103"/>
        <source>The printer did not take the job. Check that it is switched on and connected, then try again.</source>
        <translation>La impresora no aceptó el trabajo. Verifique que esté encendida y conectada, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="109"/>
        <source>No printer is set up on this computer. Ask your administrator to add one, or save an encrypted PDF instead.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Pida a su administrador que agregue una o, en su lugar, guarde un PDF cifrado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="296"/>
        <location filename="../../caseapp/gui/print_dialog.py" line="301"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="365"/>
        <source>Print or save — %1</source>
        <translation>Imprimir o guardar — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="41"/>
        <source>About caseapp</source>
        <translation>Acerca de caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="42"/>
        <source>caseapp %1</source>
        <translation>caseapp %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="45"/>
        <source>Encrypted case-file manager for legal-aid offices.</source>
        <translation>Gestor cifrado de expedientes para oficinas de asistencia legal.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="48"/>
        <source>caseapp is free software: you may share and change it under the GNU Affero General Public License, version 3 or later (%1).</source>
        <translation>caseapp es software libre: puede compartirlo y modificarlo según la Licencia Pública General Affero de GNU, versión 3 o posterior (%1).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="57"/>
        <location filename="../../caseapp/gui/about_dialog.py" line="91"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="58"/>
        <location filename="../../caseapp/gui/print_dialog.py" line="379"/>
        <location filename="../../caseapp/gui/print_dialog.py" line="438"/>
        <location filename="../../caseapp/gui/print_dialog.py" line="792"/>
        <location filename="../../caseapp/gui/print_dialog.py" line="837"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="58"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="68"/>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="76"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="86"/>
        <source>caseapp is built on these components; each comes with its licence.</source>
        <translation>caseapp se basa en estos componentes; cada uno viene con su licencia.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="92"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="112"/>
        <source>This licence file is missing; reinstall caseapp.</source>
        <translation>Falta este archivo de licencia; vuelva a instalar caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/about_dialog.py" line="118"/>
        <source>&amp;About caseapp</source>
        <translation>A&amp;cerca de caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="402"/>
        <source>Save an &amp;encrypted PDF (recommended)</source>
        <translation>Guardar un PDF &amp;cifrado (recomendado)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="403"/>
        <source>Save an &amp;unencrypted PDF…</source>
        <translation>Guardar un PDF &amp;sin cifrar…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="404"/>
        <source>&amp;Print on paper…</source>
        <translation>&amp;Imprimir en papel…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="405"/>
        <source>Pre&amp;view here (nothing is saved)</source>
        <translation>&amp;Vista previa aquí (no se guarda nada)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="407"/>
        <source>Where should it go?</source>
        <translation>¿Qué desea hacer con el documento?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="418"/>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="419"/>
        <source>PDF password again</source>
        <translation>Repita la contraseña del PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="420"/>
        <source>Password for the PDF</source>
        <translation>Contraseña para el PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="422"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="423"/>
        <source>&amp;Again:</source>
        <translation>Otra v&amp;ez:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="477"/>
        <location filename="../../caseapp/gui/print_dialog.py" line="478"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="479"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="480"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="500"/>
        <source>Choose a version you may print.</source>
        <translation>Elija una versión que tenga permiso para imprimir.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="525"/>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="533"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="534"/>
        <source>A file named %1 is already there. Replace it?</source>
        <translation>Ya existe un archivo llamado %1 en esa ubicación. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="544"/>
        <source>Use a PDF password of at least %1 characters.</source>
        <translation>Use una contraseña de PDF de al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="551"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Las dos contraseñas no son iguales; vuelva a escribirlas.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="561"/>
        <source>Making the encrypted PDF…</source>
        <translation>Creando el PDF cifrado…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="574"/>
        <source>Save an unencrypted PDF?</source>
        <translation>¿Guardar un PDF sin cifrar?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="584"/>
        <source>Making the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="597"/>
        <source>Saved an encrypted PDF (AES-256). Tell the reader the password by phone, never in the same e-mail as the file.</source>
        <translation>Se guardó un PDF cifrado (AES-256). Dígale la contraseña al lector por teléfono, nunca en el mismo correo electrónico que el archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="602"/>
        <source>Saved an unencrypted PDF, readable only by you on this computer. Delete it when it has been used.</source>
        <translation>Se guardó un PDF sin cifrar, que solo usted puede leer en esta computadora. Bórrelo cuando ya se haya usado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="615"/>
        <source>Print on paper?</source>
        <translation>¿Imprimir en papel?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="635"/>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="668"/>
        <source>Printing page %1 of %2…</source>
        <translation>Imprimiendo la página %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/print_dialog.py" line="679"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="700"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="769"/>
        <source>Client copy — numbers shown by their last digits, no safety details</source>
        <translation>Copia para el cliente — números con solo sus últimos dígitos, sin datos de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="773"/>
        <source>Referral — no numbers, addresses, safety details or privileged notes</source>
        <translation>Remisión — sin números, direcciones, datos de seguridad ni notas privilegiadas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="777"/>
        <source>Full, for the attorney — everything (recorded as a reveal)</source>
        <translation>Completa, para el abogado — todo (queda registrado como una revelación)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="781"/>
        <source>Intake staff cannot print the full summary; choose the client copy or the referral.</source>
        <translation>El personal de admisión no puede imprimir el resumen completo; elija la copia para el cliente o la remisión.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="789"/>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="803"/>
        <source>Blank intake form (English / Spanish)</source>
        <translation>Formulario de admisión en blanco (inglés / español)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="804"/>
        <source>Blank form</source>
        <translation>Formulario en blanco</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="825"/>
        <source>Intake form for checking (English / Spanish)</source>
        <translation>Formulario de admisión para revisar (inglés / español)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="828"/>
        <source>Numbers, address and safety details say &quot;on file&quot;</source>
        <translation>Los números, la dirección y los datos de seguridad aparecen como «en el expediente»</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="832"/>
        <source>With numbers, address and safety details (recorded as a reveal)</source>
        <translation>Con los números, la dirección y los datos de seguridad (queda registrado como una revelación)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="856"/>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="857"/>
        <source>The last 90 days</source>
        <translation>Los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="858"/>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="859"/>
        <source>The whole log</source>
        <translation>Todo el registro</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="862"/>
        <source>Audit report</source>
        <translation>Informe de auditoría</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_dialog.py" line="865"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="29"/>
        <source>No recovery sheet was asked for when the vault was created, so none can be made now: write both codes down by hand and keep them off this computer.</source>
        <translation>Cuando se creó la bóveda no se pidió una hoja de recuperación, así que ahora no se puede generar: anote ambos códigos a mano y guárdelos fuera de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="54"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="55"/>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="61"/>
        <source>I have &amp;written down both codes</source>
        <translation>Ya &amp;anoté los dos códigos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="62"/>
        <source>I have written down both codes</source>
        <translation>Ya anoté los dos códigos</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="63"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="64"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="74"/>
        <source>Write down the recovery code and audit anchor</source>
        <translation>Anote el código de recuperación y el ancla de auditoría</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="78"/>
        <source>If every passphrase is forgotten, the recovery code is the only way back into the vault. The audit anchor lets the supervising attorney prove that nobody edited the record of who opened which file. Both are shown only this once.</source>
        <translation>Si se olvidan todas las frases de contraseña, el código de recuperación es la única forma de volver a entrar en la bóveda. El ancla de auditoría permite al abogado supervisor demostrar que nadie modificó el registro de quién abrió cada expediente. Ambos se muestran solo esta vez.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/recovery_code_page.py" line="89"/>
        <source>Write both on paper and give them to the supervising attorney, who keeps them locked away and off this computer: not in an email, a photo, a note on the laptop or a cloud drive. Anyone who has the recovery code and a copy of the vault can read every client file.</source>
        <translation>Anote ambos en papel y entrégueselos al abogado supervisor, quien los guardará bajo llave y fuera de esta computadora: ni en un correo electrónico, ni en una foto, ni en una nota en la computadora portátil, ni en la nube. Cualquier persona que tenga el código de recuperación y una copia de la bóveda puede leer todos los expedientes.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="14"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="15"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="16"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="17"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="18"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="31"/>
        <location filename="../../caseapp/gui/strength_meter.py" line="33"/>
        <source>Passphrase strength</source>
        <translation>Nivel de seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="36"/>
        <source>Passphrase advice</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="52"/>
        <source>Enter a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="54"/>
        <source>Good. Make sure you can remember it: nobody can look it up for you.</source>
        <translation>Bien. Asegúrese de poder recordarla: nadie puede consultarla por usted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/strength_meter.py" line="66"/>
        <source>Strength: %1</source>
        <translation>Nivel de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="49"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="52"/>
        <source>&amp;Forgot passphrase?</source>
        <translation>¿&amp;Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="52"/>
        <source>Forgot passphrase? Use the recovery code</source>
        <translation>¿Olvidó su frase de contraseña? Use el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="56"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurar desde una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="56"/>
        <source>Replace this vault with one restored from a backup</source>
        <translation>Reemplazar esta bóveda por una restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="59"/>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="79"/>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="80"/>
        <source>Choose your user name and type your passphrase.</source>
        <translation>Elija su nombre de usuario y escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/unlock_page.py" line="141"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/unlock_page.py" line="174"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="39"/>
        <source>Preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="53"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="59"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="64"/>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="65"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="67"/>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="68"/>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="69"/>
        <source>Zoom &amp;in</source>
        <translation>Am&amp;pliar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="71"/>
        <source>Zoom</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="86"/>
        <source>Nothing of this preview is saved; closing it drops the pages from memory.</source>
        <translation>No se guarda nada de esta vista previa; al cerrarla, las páginas se borran de la memoria.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/print_preview.py" line="170"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="31"/>
        <source>The vault that was here could not be opened (it is damaged), so it could not be backed up first; it was set aside as it was in %1 (not deleted).</source>
        <translation>La bóveda que estaba aquí no se pudo abrir (está dañada), así que no se pudo hacer antes una copia de seguridad de ella; se apartó tal como estaba en %1 (no se eliminó).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="37"/>
        <source>Its audit log was not checked against the audit anchor, so a backup forged from this vault&apos;s public key file would not have been caught.</source>
        <translation>Su registro de auditoría no se comprobó con el ancla de auditoría, así que no se habría detectado una copia de seguridad falsificada a partir del archivo de clave pública de esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="43"/>
        <source>The vault that was here was first backed up to %1 and then set aside in %2 (not deleted: remove it once you are sure).</source>
        <translation>Primero se hizo una copia de seguridad de la bóveda que había aquí en %1, y luego esa bóveda se apartó en %2 (no se borró: elimínela cuando tenga la certeza).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="49"/>
        <source>For a new laptop: the vault is rebuilt here from a backup file. Type the user name and passphrase of someone who could open the vault when the backup was made. (The recovery code cannot restore a backup; once restored, it still works on the unlock screen.)</source>
        <translation>Para una computadora nueva: la bóveda se reconstruye aquí a partir de un archivo de copia de seguridad. Escriba el nombre de usuario y la frase de contraseña de alguien que podía abrir la bóveda cuando se hizo la copia. (El código de recuperación no sirve para restaurar una copia de seguridad; una vez restaurada la bóveda, sigue funcionando en la pantalla de desbloqueo).</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="57"/>
        <source>For a vault that is damaged: the vault now in this folder is first backed up beside it, then set aside (renamed, not deleted), and the backup takes its place. This needs an administrator of the vault now here, and the same user name and passphrase must also open the backup.</source>
        <translation>Para una bóveda dañada: primero se hace una copia de seguridad de la bóveda que está ahora en esta carpeta, junto a ella; luego se aparta (se le cambia el nombre, no se borra) y la copia de seguridad ocupa su lugar. Se necesita un administrador de la bóveda actual, y el mismo nombre de usuario y la misma frase de contraseña deben abrir también la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="65"/>
        <source>Replace the vault in this folder with the backup?

The vault now here is first backed up beside it and then set aside (renamed, not deleted). Entries made since the backup are not in the restored vault.</source>
        <translation>¿Reemplazar la bóveda de esta carpeta por la copia de seguridad?

Primero se hace una copia de seguridad de la bóveda actual, junto a ella, y luego se aparta (se le cambia el nombre, no se borra). Las entradas hechas después de la copia de seguridad no estarán en la bóveda restaurada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/restore_page.py" line="75"/>
        <source>The vault was restored from the backup: %n audit entries verified.</source>
        <translation>
            <numerusform>Se restauró la bóveda desde la copia de seguridad: se verificó %n entrada de auditoría.</numerusform>
            <numerusform>Se restauró la bóveda desde la copia de seguridad: se verificaron %n entradas de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="106"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="107"/>
        <source>the .caseapp-backup file</source>
        <translation>el archivo .caseapp-backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="109"/>
        <location filename="../../caseapp/gui/restore_page.py" line="218"/>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="111"/>
        <location filename="../../caseapp/gui/restore_page.py" line="190"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="115"/>
        <source>Audit anchor (optional)</source>
        <translation>Ancla de auditoría (opcional)</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="116"/>
        <source>optional, from the recovery sheet</source>
        <translation>opcional, de la hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="120"/>
        <source>With the audit anchor, a forged backup is caught.</source>
        <translation>Con el ancla de auditoría, se detecta una copia de seguridad falsificada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="123"/>
        <location filename="../../caseapp/gui/restore_page.py" line="192"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="124"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="137"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="140"/>
        <location filename="../../caseapp/gui/restore_page.py" line="188"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="144"/>
        <source>Audit &amp;anchor:</source>
        <translation>A&amp;ncla de auditoría:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="185"/>
        <source>Replace this vault with a backup</source>
        <translation>Reemplazar esta bóveda por una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="188"/>
        <source>Administrator &amp;user name:</source>
        <translation>Nombre de &amp;usuario del administrador:</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="192"/>
        <source>&amp;Replace with backup</source>
        <translation>&amp;Reemplazar por la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="241"/>
        <source>Replace the vault?</source>
        <translation>¿Reemplazar la bóveda?</translation>
    </message>
    <message>
        <location filename="../../caseapp/gui/restore_page.py" line="275"/>
        <source>Checking and restoring the backup… this can take a minute for a large vault.</source>
        <translation>Comprobando y restaurando la copia de seguridad… puede tardar un minuto si la bóveda es grande.</translation>
    </message>
</context>
</TS>
