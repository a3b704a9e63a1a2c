<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../caseapp/gui/audit_viewer.py" line="167"/>
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_file.py" line="627"/>
        <source>%n note(s) on file.</source>
        <translation>
            <numerusform>%n note on file.</numerusform>
            <numerusform>%n notes on file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="425"/>
        <source>The first %n matches; type more to narrow them down.</source>
        <translation>
            <numerusform>The first %n match; type more to narrow them down.</numerusform>
            <numerusform>The first %n matches; type more to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="427"/>
        <source>%n matching client(s).</source>
        <translation>
            <numerusform>%n matching client.</numerusform>
            <numerusform>%n matching clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="431"/>
        <source>%n client(s).</source>
        <translation>
            <numerusform>%n client.</numerusform>
            <numerusform>%n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/client_list.py" line="433"/>
        <source>%n clients shown so far; scroll for more.</source>
        <translation>
            <numerusform>%n client shown so far; scroll for more.</numerusform>
            <numerusform>%n clients shown so far; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/dashboard.py" line="46"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/dashboard.py" line="98"/>
        <source>%n older open item(s) are overdue by more than the list shows.</source>
        <translation>
            <numerusform>%n older open item is overdue by more than the list shows.</numerusform>
            <numerusform>%n older open items are overdue by more than the list shows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/intake_dialog.py" line="381"/>
        <location filename="../../caseapp/gui/intake_dialog.py" line="559"/>
        <source>%n possible conflict(s): review why each matched, then decide.</source>
        <translation>
            <numerusform>%n possible conflict: review why it matched, then decide.</numerusform>
            <numerusform>%n possible conflicts: review why each matched, then decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/intake_dialog.py" line="444"/>
        <source>The client is saved. The check of the saved file finds %n possible conflict(s): review them, decide, and save again to open the case.</source>
        <translation>
            <numerusform>The client is saved. The check of the saved file finds %n possible conflict: review it, decide, and save again to open the case.</numerusform>
            <numerusform>The client is saved. The check of the saved file finds %n possible conflicts: review them, decide, and save again to open the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/main_window.py" line="356"/>
        <source>%n client file(s) have changes that are not saved.</source>
        <translation>
            <numerusform>%n client file has changes that are not saved.</numerusform>
            <numerusform>%n client files have changes that are not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/main_window.py" line="462"/>
        <source>&lt;b&gt;The last backup is %n day(s) old.&lt;/b&gt; Back up the vault to a disk you keep somewhere else.</source>
        <translation>
            <numerusform>&lt;b&gt;The last backup is %n day old.&lt;/b&gt; Back up the vault to a disk you keep somewhere else.</numerusform>
            <numerusform>&lt;b&gt;The last backup is %n days old.&lt;/b&gt; Back up the vault to a disk you keep somewhere else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/unlock_page.py" line="174"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/print_dialog.py" line="679"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="384"/>
        <source>&amp;Purge these %n file(s)…</source>
        <translation>
            <numerusform>&amp;Purge this %n file…</numerusform>
            <numerusform>&amp;Purge these %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="386"/>
        <source>%n file(s) due. Check the list before purging.</source>
        <translation>
            <numerusform>%n file due. Check the list before purging.</numerusform>
            <numerusform>%n files due. Check the list before purging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="394"/>
        <source>Purge %n file(s) for good? They cannot be brought back, except from a backup made before now.</source>
        <translation>
            <numerusform>Purge %n file for good? It cannot be brought back, except from a backup made before now.</numerusform>
            <numerusform>Purge %n files for good? They cannot be brought back, except from a backup made before now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/admin.py" line="408"/>
        <source>Purged %n file(s); the vault file was compacted.</source>
        <translation>
            <numerusform>Purged %n file; the vault file was compacted.</numerusform>
            <numerusform>Purged %n files; the vault file was compacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_office.py" line="326"/>
        <source>Importing %n sealed intake(s)…</source>
        <translation>
            <numerusform>Importing %n sealed intake…</numerusform>
            <numerusform>Importing %n sealed intakes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_office.py" line="352"/>
        <source>%n possible conflict(s) to review</source>
        <translation>
            <numerusform>%n possible conflict to review</numerusform>
            <numerusform>%n possible conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="205"/>
        <source>%n intake(s) wait to be sealed.</source>
        <translation>
            <numerusform>%n intake waits to be sealed.</numerusform>
            <numerusform>%n intakes wait to be sealed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="223"/>
        <source>Intake saved on this laptop, encrypted. %n intake(s) wait to be sealed.</source>
        <translation>
            <numerusform>Intake saved on this laptop, encrypted. %n intake waits to be sealed.</numerusform>
            <numerusform>Intake saved on this laptop, encrypted. %n intakes wait to be sealed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="241"/>
        <source>Seal %n intake(s) into %1? Each becomes a file only the office can open, and is removed from this laptop: it cannot be read here again.</source>
        <translation>
            <numerusform>Seal %n intake into %1? It becomes a file only the office can open, and is removed from this laptop: it cannot be read here again.</numerusform>
            <numerusform>Seal %n intakes into %1? Each becomes a file only the office can open, and is removed from this laptop: it cannot be read here again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/field_window.py" line="272"/>
        <source>Sealed %n intake(s) into %1. They are gone from this laptop; take the files to the office.</source>
        <translation>
            <numerusform>Sealed %n intake into %1. It is gone from this laptop; take the file to the office.</numerusform>
            <numerusform>Sealed %n intakes into %1. They are gone from this laptop; take the files to the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/gui/restore_page.py" line="75"/>
        <source>The vault was restored from the backup: %n audit entries verified.</source>
        <translation>
            <numerusform>The vault was restored from the backup: %n audit entry verified.</numerusform>
            <numerusform>The vault was restored from the backup: %n audit entries verified.</numerusform>
        </translation>
    </message>
</context>
</TS>
