<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>core</name>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="28"/>
        <source>That is not one of the choices; pick one from the list.</source>
        <translation>Esa no es una de las opciones; elija una de la lista.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="48"/>
        <source>The case status, closing code and dates do not fit together.</source>
        <translation>El estado del caso, el código de cierre y las fechas no concuerdan entre sí.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="111"/>
        <source>Choose the %1: %2.</source>
        <translation>Elija %1: %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="115"/>
        <source>That is not a choice for the %1. Choose one of: %2.</source>
        <translation>Esa no es una opción válida para %1. Elija una de estas: %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="171"/>
        <source>LSC problem code</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el código de problema de LSC</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="179"/>
        <source>Enter the LSC problem code 81 (Immigration/Naturalization), or leave it empty when the case&apos;s funder does not use LSC codes.</source>
        <translation>Escriba el código de problema de LSC 81 (Inmigración/Naturalización), o déjelo vacío si el financiador del caso no usa los códigos de LSC.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="239"/>
        <source>case type</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el tipo de caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="253"/>
        <source>case status</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el estado del caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="265"/>
        <source>closing code</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el código de cierre</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="308"/>
        <source>A closed case needs a closing code (%1); choose one before closing the case.</source>
        <translation>Un caso cerrado necesita un código de cierre (%1); elija uno antes de cerrar el caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="312"/>
        <source>A closed case needs the date it was closed; enter it.</source>
        <translation>Un caso cerrado necesita la fecha en que se cerró; escríbala.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="315"/>
        <source>The closing date is before the date the case was opened; check both dates.</source>
        <translation>La fecha de cierre es anterior a la fecha en que se abrió el caso; revise ambas fechas.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="320"/>
        <source>Only a closed case has a closing code. Clear the closing code, or close the case.</source>
        <translation>Solo un caso cerrado tiene código de cierre. Borre el código de cierre o cierre el caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="324"/>
        <source>Only a closed case has a closing date. Clear the closing date, or close the case.</source>
        <translation>Solo un caso cerrado tiene fecha de cierre. Borre la fecha de cierre o cierre el caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="331"/>
        <source>immigration status</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el estatus migratorio</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="371"/>
        <source>manner of entry</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>la forma de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="392"/>
        <source>application form</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el formulario de la solicitud</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="456"/>
        <source>application status</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el estado de la solicitud</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="468"/>
        <source>hearing type</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el tipo de audiencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="478"/>
        <source>proceeding type</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el tipo de proceso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="489"/>
        <source>proceeding status</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el estado del proceso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="503"/>
        <source>relationship</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el parentesco</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="518"/>
        <source>income source</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>la fuente de ingresos</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="531"/>
        <source>deadline type</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el tipo de plazo</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/case_codes.py" line="549"/>
        <source>document status</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el estado del documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="83"/>
        <location filename="../../caseapp/core/intake_json.py" line="468"/>
        <location filename="../../caseapp/core/text.py" line="53"/>
        <location filename="../../caseapp/core/text.py" line="68"/>
        <source>%1 is required.</source>
        <translation>%1: este dato es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="85"/>
        <location filename="../../caseapp/core/text.py" line="50"/>
        <location filename="../../caseapp/core/text.py" line="55"/>
        <location filename="../../caseapp/core/text.py" line="64"/>
        <location filename="../../caseapp/core/text.py" line="70"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1: el texto tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="92"/>
        <location filename="../../caseapp/core/text.py" line="36"/>
        <source>%1 contains an invisible control character; retype it.</source>
        <translation>%1: el texto contiene un carácter de control invisible; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="102"/>
        <source>Date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="104"/>
        <source>Date of birth is before 1900; check the year.</source>
        <translation>La fecha de nacimiento es anterior a 1900; revise el año.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="106"/>
        <source>Given name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Nombre(s) de pila</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="107"/>
        <source>Family name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Apellido(s)</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="108"/>
        <source>Preferred name</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="121"/>
        <source>Interpreter needed must be yes or no.</source>
        <translation>«Necesita intérprete» debe ser sí o no.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="126"/>
        <source>The status expiry date has an impossible year; check it.</source>
        <translation>La fecha de vencimiento del estatus tiene un año imposible; revísela.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="131"/>
        <source>The region is one of: 48 states and DC (48_states_dc), alaska, hawaii.</source>
        <translation>La región es una de estas: 48 estados y DC (48_states_dc), alaska, hawaii.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="134"/>
        <source>Sex or gender</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Sexo o género</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/clients.py" line="135"/>
        <source>Pronouns</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="91"/>
        <source>Use a country code such as MX or GT, or the country&apos;s English name.</source>
        <translation>Use un código de país, como MX o GT, o el nombre del país en inglés.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="96"/>
        <source>Use a language code such as es or mam, or the language&apos;s English name, such as Spanish or K&apos;iche&apos;.</source>
        <translation>Use un código de idioma, como es o mam, o el nombre del idioma en inglés, como Spanish o K&apos;iche&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="102"/>
        <source>Several languages have that name; enter the three-letter ISO 639-3 code instead, for example mam for Mam.</source>
        <translation>Hay varios idiomas con ese nombre; en su lugar, escriba el código ISO 639-3 de tres letras, por ejemplo mam para el mam.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="129"/>
        <source>That is far too long for %1. %2</source>
        <translation>Es demasiado largo para %1. %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="133"/>
        <source>Enter %1. %2</source>
        <translation>Escriba %1. %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="172"/>
        <source>a country</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>un país</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="191"/>
        <source>That is not a country code caseapp knows; use one such as MX or GT.</source>
        <translation>Ese no es un código de país que caseapp conozca; use uno como MX o GT.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="254"/>
        <source>a language</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>un idioma</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="280"/>
        <source>That is not a language code caseapp knows; use an ISO 639-3 code such as spa or mam.</source>
        <translation>Ese no es un código de idioma que caseapp conozca; use un código ISO 639-3, como spa o mam.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="335"/>
        <source>That list is far too long; list at most %1 %2.</source>
        <translation>Esa lista es demasiado larga; indique como máximo %1 %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="346"/>
        <source>List at most %1 %2.</source>
        <translation>Indique como máximo %1 %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="350"/>
        <source>Check the %1 of the %2 listed. %3</source>
        <translation>Revise el elemento n.º %1 de la lista de %2. %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="358"/>
        <source>countries</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>países</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/codes.py" line="363"/>
        <source>languages</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>idiomas</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/deadlines.py" line="127"/>
        <source>The date of last arrival is in the future; check the date entered.</source>
        <translation>La fecha de la última llegada está en el futuro; revise la fecha que escribió.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/deadlines.py" line="139"/>
        <source>The number of days ahead must be a whole number, 0 or more.</source>
        <translation>La cantidad de días hacia adelante debe ser un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="61"/>
        <source>caseapp keeps PDFs, images, Word/OpenOffice documents and plain text. Save the file as PDF and add it again.</source>
        <translation>caseapp guarda archivos PDF, imágenes, documentos de Word/OpenOffice y texto simple. Guarde el archivo como PDF y vuelva a agregarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="81"/>
        <source>The file is empty. Check that it was saved or scanned completely, then add it again.</source>
        <translation>El archivo está vacío. Verifique que se haya guardado o escaneado por completo y vuelva a agregarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="87"/>
        <source>The file is larger than %1 MB, the most caseapp keeps for one document. Scan it again at 300 dpi or less, or split it into parts and add each part.</source>
        <translation>El archivo ocupa más de %1 MB, el máximo que caseapp guarda para un documento. Escanéelo de nuevo a 300 ppp o menos, o divídalo en partes y agregue cada parte.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="95"/>
        <source>This file is a program, script, installer or shortcut, not a document, and caseapp does not keep programs. Do not open it. If a document was expected, ask the sender for it as PDF.</source>
        <translation>Este archivo es un programa, un script, un instalador o un acceso directo, no un documento, y caseapp no guarda programas. No lo abra. Si esperaba un documento, pídale al remitente que se lo envíe en PDF.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="103"/>
        <source>This file is a web page, SVG drawing or XML file, which can carry hidden scripts. Print it to PDF, or save it as plain text, and add that instead.</source>
        <translation>Este archivo es una página web, un dibujo SVG o un archivo XML, que pueden contener scripts ocultos. Imprímalo a PDF o guárdelo como texto simple, y agregue ese archivo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="110"/>
        <source>This Office file contains macros, which can run hidden programs. Do not enable them. Ask the sender for a PDF or an ordinary .docx/.xlsx file and add that instead.</source>
        <translation>Este archivo de Office contiene macros, que pueden ejecutar programas ocultos. No las habilite. Pídale al remitente un PDF o un archivo .docx/.xlsx común y agregue ese en su lugar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="118"/>
        <source>This document is protected with a password, so caseapp cannot check it. Remove the password (in Word: File &gt; Info &gt; Protect Document), or save it as PDF, then add it again.</source>
        <translation>Este documento está protegido con contraseña, así que caseapp no puede revisarlo. Quite la contraseña (en Word: Archivo &gt; Información &gt; Proteger documento) o guárdelo como PDF, y vuelva a agregarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="126"/>
        <source>This file is a compressed archive built in a way no ordinary document is (far too many parts, or far too large once unpacked), so caseapp did not open it. Ask the sender for a PDF and add that instead.</source>
        <translation>Este archivo es un archivo comprimido armado de una forma que ningún documento común usa (demasiadas partes, o demasiado grande al descomprimirlo), así que caseapp no lo abrió. Pídale al remitente un PDF y agréguelo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="134"/>
        <source>This file is damaged or could not be checked safely. Open it in the program that made it, save it as PDF and add it again.</source>
        <translation>Este archivo está dañado o no se pudo revisar de forma segura. Ábralo en el programa con que se creó, guárdelo como PDF y vuelva a agregarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/documents.py" line="140"/>
        <source>This is a ZIP archive, not a single document. Unzip it and add the documents inside one at a time.</source>
        <translation>Este es un archivo ZIP, no un documento individual. Descomprímalo y agregue los documentos que contiene de uno en uno.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="31"/>
        <source>%1 must be an exact number (Decimal or whole number).</source>
        <translation>%1 debe ser un número exacto (Decimal o número entero).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="34"/>
        <source>%1 must be a finite number.</source>
        <translation>%1 debe ser un número finito.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="41"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="49"/>
        <source>The poverty guideline table is damaged or in an unknown format. Reinstall caseapp or restore resources/reference/poverty_guidelines.json.</source>
        <translation>La tabla de guías de pobreza está dañada o tiene un formato desconocido. Vuelva a instalar caseapp o restaure resources/reference/poverty_guidelines.json.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="54"/>
        <source>The poverty guideline table is damaged or in an unknown format. Reinstall caseapp or restore resources/reference/poverty_guidelines.json. (%1)</source>
        <translation>La tabla de guías de pobreza está dañada o tiene un formato desconocido. Vuelva a instalar caseapp o restaure resources/reference/poverty_guidelines.json. (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="120"/>
        <source>An eligibility threshold needs a name.</source>
        <translation>Un umbral de elegibilidad necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="121"/>
        <source>The threshold percentage</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El porcentaje del umbral</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="123"/>
        <source>The %1 threshold must be above 0%.</source>
        <translation>El umbral %1 debe ser mayor que 0%.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="162"/>
        <source>No eligibility threshold named %1 was checked.</source>
        <translation>No se verificó ningún umbral de elegibilidad llamado %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="176"/>
        <source>the file is not a JSON object</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el archivo no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="177"/>
        <source>the table</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>la tabla</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="180"/>
        <source>format must be %1</source>
        <translation>format debe ser %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="183"/>
        <source>it lists no years</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>no incluye ningún año</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="187"/>
        <source>%1 is not a four-digit year</source>
        <translation>%1 no es un año de cuatro dígitos</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="204"/>
        <location filename="../../caseapp/core/eligibility.py" line="224"/>
        <source>The annual income</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El ingreso anual</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="230"/>
        <source>Two eligibility thresholds have the same name.</source>
        <translation>Dos umbrales de elegibilidad tienen el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="246"/>
        <source>The guideline year must be a whole number such as 2025.</source>
        <translation>El año de las guías debe ser un número entero, como 2025.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="251"/>
        <source>There are no poverty guidelines for %1 in the reference table (it has: %2). Choose one of those years, or add %3 from the Federal Register notice.</source>
        <translation>No hay guías de pobreza para %1 en la tabla de referencia (incluye: %2). Elija uno de esos años o agregue %3 a partir del aviso del Federal Register.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="265"/>
        <location filename="../../caseapp/core/records.py" line="406"/>
        <source>The income amount</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El monto del ingreso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="270"/>
        <source>Income frequency must be one of: %1.</source>
        <translation>La frecuencia del ingreso debe ser una de estas: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="274"/>
        <source>An hourly income needs the number of hours worked per week.</source>
        <translation>Un ingreso por hora necesita la cantidad de horas trabajadas por semana.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="275"/>
        <location filename="../../caseapp/core/records.py" line="399"/>
        <source>Hours per week</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El número de horas por semana</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="277"/>
        <location filename="../../caseapp/core/records.py" line="401"/>
        <source>Hours per week must be more than 0 and at most 168.</source>
        <translation>Las horas por semana deben ser más de 0 y como máximo 168.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="280"/>
        <location filename="../../caseapp/core/records.py" line="403"/>
        <source>Hours per week apply only to an hourly income.</source>
        <translation>Las horas por semana corresponden solo a un ingreso por hora.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="291"/>
        <source>the entry for %1 is not an object</source>
        <translation>la entrada de %1 no es un objeto</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="292"/>
        <source>the entry for %1</source>
        <translation>la entrada de %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="295"/>
        <source>the entry for %1 does not name its source</source>
        <translation>la entrada de %1 no indica su fuente</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="298"/>
        <source>the entry for %1 has no regions</source>
        <translation>la entrada de %1 no tiene regiones</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="304"/>
        <source>%1 must list exactly the regions %2; missing %3, unknown %4</source>
        <translation>%1 debe incluir exactamente las regiones %2; faltan %3, desconocidas %4</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="311"/>
        <source>%1 %2 is not an object</source>
        <translation>%1 %2 no es un objeto</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="314"/>
        <source>%1 %2 first_person</source>
        <translation>%1 %2 first_person</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="316"/>
        <source>%1 %2 additional_person</source>
        <translation>%1 %2 additional_person</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="325"/>
        <source>%1 has unknown keys %2</source>
        <translation>%1 tiene claves desconocidas %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="331"/>
        <source>%1 must be a positive whole number of dollars</source>
        <translation>%1 debe ser una cantidad entera y positiva de dólares</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="340"/>
        <source>The guideline region must be one of: %1.</source>
        <translation>La región de las guías debe ser una de estas: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/eligibility.py" line="346"/>
        <source>Household size must be a whole number from 1 to %1, counting the client.</source>
        <translation>El tamaño del hogar debe ser un número entero de 1 a %1, contando al cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="13"/>
        <source>The operation could not be completed.</source>
        <translation>No se pudo completar la operación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="25"/>
        <source>No vault was found in this folder. Create one first (caseapp init) or choose the folder that holds vault.db and vault.keys.</source>
        <translation>No se encontró ninguna bóveda en esta carpeta. Primero cree una (caseapp init) o elija la carpeta que contiene vault.db y vault.keys.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="31"/>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation>Ya existe una bóveda en esta carpeta; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="36"/>
        <source>This vault is already open on this computer. Close the other caseapp window or command first.</source>
        <translation>Esta bóveda ya está abierta en esta computadora. Primero cierre la otra ventana o el otro comando de caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="42"/>
        <source>The vault is locked. Unlock it again to continue.</source>
        <translation>La bóveda está bloqueada. Vuelva a desbloquearla para continuar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="47"/>
        <source>That user name and passphrase do not open this vault. Check the user name and Caps Lock, then try again.</source>
        <translation>Ese nombre de usuario y esa frase de contraseña no abren esta bóveda. Revise el nombre de usuario y la tecla Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="59"/>
        <source>Too many failed attempts. Wait %1 second before trying again.</source>
        <translation>Demasiados intentos fallidos. Espere %1 segundo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="59"/>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>Demasiados intentos fallidos. Espere %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="66"/>
        <source>The key file (vault.keys) is damaged and its backup copy could not be used. Unlock with the recovery code, or restore the vault from a backup.</source>
        <translation>El archivo de claves (vault.keys) está dañado y no se pudo usar su copia de respaldo. Desbloquee la bóveda con el código de recuperación o restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="73"/>
        <source>The vault database is damaged or is not a caseapp vault. Nothing was changed; restore it from a backup.</source>
        <translation>La base de datos de la bóveda está dañada o no es una bóveda de caseapp. No se cambió nada; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="80"/>
        <source>This vault was written by a newer version of caseapp. Install the newer version to open it; nothing was changed.</source>
        <translation>Esta bóveda fue creada por una versión más reciente de caseapp. Instale esa versión para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="87"/>
        <source>That is not a valid recovery code. It has 8 groups of 5 characters, as printed on the recovery sheet.</source>
        <translation>Ese no es un código de recuperación válido. Tiene 8 grupos de 5 caracteres, tal como aparece impreso en la hoja de recuperación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="93"/>
        <source>That recovery code does not open this vault.</source>
        <translation>Ese código de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="98"/>
        <location filename="../../caseapp/services/passphrase_policy.py" line="59"/>
        <source>That passphrase is too easy to guess. Use at least 12 characters, for example four or more unrelated words.</source>
        <translation>Esa frase de contraseña es demasiado fácil de adivinar. Use al menos 12 caracteres, por ejemplo cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="105"/>
        <source>User names are 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Los nombres de usuario tienen de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos, y empiezan con una letra o un dígito.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="111"/>
        <source>There is no such user in this vault.</source>
        <translation>No existe ese usuario en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="115"/>
        <source>A user with that name already exists in this vault.</source>
        <translation>Ya existe un usuario con ese nombre en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="119"/>
        <source>Your role does not allow this action. Ask an administrator.</source>
        <translation>Su rol no le permite realizar esta acción. Consulte a un administrador.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="123"/>
        <source>A vault must keep at least one administrator; nothing was changed.</source>
        <translation>Una bóveda debe conservar al menos un administrador; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="128"/>
        <source>The key file asks for key-derivation settings outside the safe range. It may have been tampered with; unlock with the recovery code or restore a backup.</source>
        <translation>El archivo de claves pide una configuración de derivación de claves fuera del rango seguro. Es posible que lo hayan alterado; desbloquee la bóveda con el código de recuperación o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="135"/>
        <source>The vault could not be written. Check that the disk is not full and the folder is writable; the last change was not saved.</source>
        <translation>No se pudo escribir en la bóveda. Verifique que el disco no esté lleno y que se pueda escribir en la carpeta; el último cambio no se guardó.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="142"/>
        <source>A checkpoint is written SEQUENCE:HEAD, for example 1234:9f86d081884c7d65, as printed in a PDF footer or by `caseapp audit checkpoint`.</source>
        <translation>Un punto de control se escribe SEQUENCE:HEAD, por ejemplo 1234:9f86d081884c7d65, tal como aparece en el pie de página de un PDF o como lo muestra `caseapp audit checkpoint`.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="149"/>
        <source>That is not a valid audit anchor. It has 8 groups of 5 characters, as written down when the vault was created (it is not the recovery code).</source>
        <translation>Esa no es un ancla de auditoría válida. Tiene 8 grupos de 5 caracteres, tal como se anotó al crear la bóveda (no es el código de recuperación).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="156"/>
        <source>The audit log does not verify: entries may have been edited or removed. Tell the supervising attorney; run `caseapp audit verify` for details.</source>
        <translation>El registro de auditoría no pasa la verificación: es posible que se hayan editado o eliminado entradas. Avise al abogado supervisor; ejecute `caseapp audit verify` para ver los detalles.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="162"/>
        <location filename="../../caseapp/storage/records.py" line="278"/>
        <source>That record does not exist (it may have been removed).</source>
        <translation>Ese registro no existe (es posible que se haya eliminado).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/errors.py" line="166"/>
        <source>Some of the information entered is not valid.</source>
        <translation>Parte de la información ingresada no es válida.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="48"/>
        <source>That identifier is not valid; check it against the document.</source>
        <translation>Ese identificador no es válido; compárelo con el documento.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="53"/>
        <source>That is not a valid A-number. An A-number has 7 to 9 digits, with or without a leading A, for example A123-456-789; copy it from the notice or card.</source>
        <translation>Ese no es un Número A válido. Un Número A tiene de 7 a 9 dígitos, con o sin una A al principio, por ejemplo A123-456-789; cópielo del aviso o de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="60"/>
        <source>That is not a valid ITIN. An ITIN has 9 digits, starts with 9 and is written 9XX-XX-XXXX; copy it from the IRS letter.</source>
        <translation>Ese no es un ITIN válido. Un ITIN tiene 9 dígitos, empieza con 9 y se escribe 9XX-XX-XXXX; cópielo de la carta del IRS.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="67"/>
        <source>That is not a valid Social Security number. It has 9 digits, written XXX-XX-XXXX; copy it from the card.</source>
        <translation>Ese no es un número de Seguro Social válido. Tiene 9 dígitos y se escribe XXX-XX-XXXX; cópielo de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="74"/>
        <source>That is not a valid USCIS receipt number. It has 3 letters and 10 digits, for example IOE0912345678, as printed at the top of the receipt notice.</source>
        <translation>Ese no es un número de recibo de USCIS válido. Tiene 3 letras y 10 dígitos, por ejemplo IOE0912345678, tal como aparece en la parte superior del aviso de recibo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="103"/>
        <source>That is far too long for %1; enter only the number itself.</source>
        <translation>Es demasiado largo para %1; escriba solo el número.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="106"/>
        <source>Enter %1, or leave the field empty if the client has none.</source>
        <translation>Escriba %1 o deje el campo vacío si el cliente no tiene uno.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="114"/>
        <source>%1 has only digits (dashes and spaces are fine); check for a letter typed by mistake, such as O for 0.</source>
        <translation>%1 solo tiene dígitos (se admiten guiones y espacios); revise si se escribió una letra por error, como una O en lugar de un 0.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="118"/>
        <source>%1 has exactly 9 digits, written %2; count them again.</source>
        <translation>%1 tiene exactamente 9 dígitos y se escribe %2; vuelva a contarlos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="163"/>
        <source>the A-number</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el Número A</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="172"/>
        <source>An A-number has only digits after the leading A (dashes, spaces and dots are fine); check for a letter typed by mistake, such as O for 0.</source>
        <translation>Un Número A solo tiene dígitos después de la A inicial (se admiten guiones, espacios y puntos); revise si se escribió una letra por error, como una O en lugar de un 0.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="177"/>
        <source>An A-number has 7 to 9 digits after the A; count the digits on the notice or card again.</source>
        <translation>Un Número A tiene de 7 a 9 dígitos después de la A; vuelva a contar los dígitos del aviso o de la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="182"/>
        <source>An A-number cannot be all zeros. Enter the number from the notice or card, or leave the field empty if the client has none.</source>
        <translation>Un Número A no puede estar formado solo por ceros. Escriba el número que aparece en el aviso o en la tarjeta, o deje el campo vacío si el cliente no tiene uno.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="194"/>
        <source>An ITIN always starts with 9. A 9-digit number that does not may be a Social Security number; enter it in the SSN field.</source>
        <translation>Un ITIN siempre empieza con 9. Un número de 9 dígitos que no empieza con 9 puede ser un número de Seguro Social; escríbalo en el campo SSN.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="200"/>
        <source>That is not a valid ITIN: its 4th and 5th digits are always 50-65, 70-88, 90-92 or 94-99. Check them against the IRS letter.</source>
        <translation>Ese no es un ITIN válido: su 4.º y 5.º dígitos siempre están entre 50-65, 70-88, 90-92 o 94-99. Compárelos con la carta del IRS.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="248"/>
        <source>the ITIN</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el ITIN</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="249"/>
        <source>An ITIN</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Un ITIN</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="263"/>
        <source>Numbers starting with 9 are ITINs, not Social Security numbers; enter it in the ITIN field.</source>
        <translation>Los números que empiezan con 9 son ITIN, no números de Seguro Social; escríbalo en el campo ITIN.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="268"/>
        <source>No Social Security number starts with 000 or 666; check the first three digits against the card.</source>
        <translation>Ningún número de Seguro Social empieza con 000 ni con 666; compare los tres primeros dígitos con la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="273"/>
        <source>No Social Security number has 00 as its 4th and 5th digits; check them against the card.</source>
        <translation>Ningún número de Seguro Social tiene 00 como 4.º y 5.º dígitos; compárelos con la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="278"/>
        <source>No Social Security number ends in 0000; check the last four digits against the card.</source>
        <translation>Ningún número de Seguro Social termina en 0000; compare los cuatro últimos dígitos con la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="300"/>
        <source>the Social Security number</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el número de Seguro Social</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="301"/>
        <source>A Social Security number</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Un número de Seguro Social</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="339"/>
        <source>the receipt number</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el número de recibo</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/identifiers.py" line="343"/>
        <source>A USCIS receipt number is 3 letters followed by 10 digits, for example IOE0912345678 (spaces and dashes are fine); check for O typed for 0 or I for 1.</source>
        <translation>Un número de recibo de USCIS tiene 3 letras seguidas de 10 dígitos, por ejemplo IOE0912345678 (se admiten espacios y guiones); revise si se escribió una O en lugar de un 0 o una I en lugar de un 1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_csv.py" line="112"/>
        <source>Write yes or no here (y/n, true/false, 1/0 and sí/no work too); empty means no.</source>
        <translation>Escriba sí o no aquí (también sirven yes/no, y/n, true/false y 1/0); si queda vacío, significa no.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_csv.py" line="541"/>
        <source>Write the year with all 4 digits: a 2-digit year could be 19xx or 20xx. Use YYYY-MM-DD or MM/DD/YYYY, month first: 1990-03-25 or 03/25/1990.</source>
        <translation>Escriba el año con sus 4 dígitos: un año de 2 dígitos podría ser 19xx o 20xx. Use AAAA-MM-DD o MM/DD/AAAA, con el mes primero: 1990-03-25 o 03/25/1990.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_csv.py" line="545"/>
        <source>Write the date as YYYY-MM-DD or MM/DD/YYYY, month first: 1990-03-25 or 03/25/1990.</source>
        <translation>Escriba la fecha como AAAA-MM-DD o MM/DD/AAAA, con el mes primero: 1990-03-25 o 03/25/1990.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_csv.py" line="550"/>
        <source>That date does not exist; check the day and the month. Write dates as YYYY-MM-DD or MM/DD/YYYY, month first: 1990-03-25 or 03/25/1990.</source>
        <translation>Esa fecha no existe; revise el día y el mes. Escriba las fechas como AAAA-MM-DD o MM/DD/AAAA, con el mes primero: 1990-03-25 o 03/25/1990.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_csv.py" line="757"/>
        <source>The monthly income</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El ingreso mensual</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="191"/>
        <source>The client file is not in the caseapp-client/1 format.</source>
        <translation>El archivo del cliente no está en el formato caseapp-client/1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="265"/>
        <source>%1 must be %2, or null.</source>
        <translation>%1 debe ser %2, o null.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="265"/>
        <source>%1 must be %2.</source>
        <translation>%1 debe ser %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="270"/>
        <source>text (a JSON string)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>texto (una cadena JSON)</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="276"/>
        <source>true or false</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="282"/>
        <source>a whole number</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="289"/>
        <source>%1 must be an exact amount in quotes, like &quot;1250.50&quot;: a number with a decimal point can lose cents.</source>
        <translation>%1 debe ser una cantidad exacta entre comillas, como &quot;1250.50&quot;: un número con punto decimal puede perder centavos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="294"/>
        <location filename="../../caseapp/core/records.py" line="162"/>
        <source>%1 is implausibly large; check the number of digits.</source>
        <translation>%1 tiene un valor inverosímilmente grande; revise la cantidad de dígitos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="298"/>
        <source>an amount written like &quot;1250.50&quot;</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>una cantidad escrita como &quot;1250.50&quot;</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="306"/>
        <source>%1 is not a calendar date; check it.</source>
        <translation>%1 no es una fecha válida del calendario; revísela.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="307"/>
        <source>a date written YYYY-MM-DD</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="315"/>
        <source>%1 is not a real date and time; check it.</source>
        <translation>%1 no es una fecha y hora reales; revíselas.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="316"/>
        <source>a local date and time written YYYY-MM-DDTHH:MM</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>una fecha y hora local escrita AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="321"/>
        <source>a list of text values</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>una lista de valores de texto</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="407"/>
        <source>%1: a key there is not a field of %2 (field names are lower-case words joined by _, such as given_names).</source>
        <translation>%1: una de sus claves no es un campo de %2 (los nombres de campo son palabras en minúsculas unidas por _, como given_names).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="407"/>
        <source>The top level: a key there is not a field of %1 (field names are lower-case words joined by _, such as given_names).</source>
        <translation>El nivel superior: una de sus claves no es un campo de %1 (los nombres de campo son palabras en minúsculas unidas por _, como given_names).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="412"/>
        <source>%1 is not part of the format: put the record in the lists of its case (cases[...].notes, ...) or leave it out.</source>
        <translation>%1 no forma parte del formato: ponga el registro en las listas de su caso (cases[...].notes, ...) u omítalo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="418"/>
        <source>%1 is not part of the format: write &quot;%2&quot; with the ref of %3 instead.</source>
        <translation>%1 no forma parte del formato: en su lugar, escriba &quot;%2&quot; con la ref de %3.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="423"/>
        <source>%1 is not part of the format: the conflict check is run when the client is added; leave it out.</source>
        <translation>%1 no forma parte del formato: la verificación de conflictos se realiza cuando se agrega al cliente; omítalo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="428"/>
        <source>%1 is not part of the format: records refer to each other by nesting and by &quot;ref&quot;.</source>
        <translation>%1 no forma parte del formato: los registros se relacionan entre sí por anidamiento y por &quot;ref&quot;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="432"/>
        <source>%1 is computed from the content; leave it out.</source>
        <translation>%1 se calcula a partir del contenido; omítalo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="433"/>
        <source>%1 is not a field of %2.</source>
        <translation>%1 no es un campo de %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="438"/>
        <source>%1 must be a JSON object (%2).</source>
        <translation>%1 debe ser un objeto JSON (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="438"/>
        <source>The file must be a JSON object (%1).</source>
        <translation>El archivo debe ser un objeto JSON (%1).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="440"/>
        <source>%1: every key must be text.</source>
        <translation>%1: todas las claves deben ser texto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="440"/>
        <source>The file: every key must be text.</source>
        <translation>El archivo: todas las claves deben ser texto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="446"/>
        <source>%1 must be a list (a JSON array) of objects.</source>
        <translation>%1 debe ser una lista (un arreglo JSON) de objetos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="480"/>
        <location filename="../../caseapp/core/intake_json.py" line="636"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="488"/>
        <source>%1 must be a non-empty string.</source>
        <translation>%1 debe ser una cadena de texto no vacía.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="534"/>
        <source>%1.ref is also the ref of an earlier %2; each needs its own.</source>
        <translation>%1.ref también es la ref de un registro anterior (%2); cada uno necesita la suya.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="552"/>
        <source>%1 does not match the ref of any %2 in the file.</source>
        <translation>%1 no coincide con la ref de ningún registro del archivo (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="558"/>
        <source>a document</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>un documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="561"/>
        <source>%1.content_base64 is required: the file&apos;s bytes in base64 (an export made without document content cannot bring the documents back).</source>
        <translation>%1.content_base64 es obligatorio: los bytes del archivo en base64 (una exportación hecha sin el contenido de los documentos no puede recuperarlos).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="590"/>
        <location filename="../../caseapp/core/intake_json.py" line="594"/>
        <location filename="../../caseapp/core/intake_json.py" line="596"/>
        <source>the file&apos;s bytes in standard base64 (A-Z a-z 0-9 + /, = padding, no line breaks)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>los bytes del archivo en base64 estándar (A-Z a-z 0-9 + /, relleno con =, sin saltos de línea)</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="602"/>
        <source>format is required: start the object with &quot;format&quot;: &quot;caseapp-client/1&quot;.</source>
        <translation>format es obligatorio: comience el objeto con &quot;format&quot;: &quot;caseapp-client/1&quot;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="608"/>
        <source>format: the file is in another version of the client format; this caseapp reads caseapp-client/1.</source>
        <translation>format: el archivo está en otra versión del formato de cliente; esta versión de caseapp lee caseapp-client/1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="611"/>
        <source>format must be &quot;caseapp-client/1&quot;.</source>
        <translation>format debe ser &quot;caseapp-client/1&quot;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="626"/>
        <source>%1 is required (the client&apos;s given name or names).</source>
        <translation>%1 es obligatorio (el nombre o los nombres de pila del cliente).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="646"/>
        <source>the client&apos;s profile</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el perfil del cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="647"/>
        <source>the profile</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el perfil</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="657"/>
        <source>profile.%1: %2</source>
        <translation>profile.%1: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="661"/>
        <source>profile: %1</source>
        <translation>profile: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="671"/>
        <source>conflict_decision: %1</source>
        <translation>conflict_decision: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="673"/>
        <source>The conflict-check note</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La nota de la verificación de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="675"/>
        <source>conflict_note: %1</source>
        <translation>conflict_note: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="692"/>
        <source>one client</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>un cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="696"/>
        <source>This is a view of a client&apos;s file (caseapp client show --json), with masked values; it cannot be imported. Use `caseapp export --client ID --json`.</source>
        <translation>Esto es una vista del expediente de un cliente (caseapp client show --json), con valores ocultos; no se puede importar. Use `caseapp export --client ID --json`.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="705"/>
        <source>a client file</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>un expediente</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="731"/>
        <source>An object in the file has the same key twice (%1); keep one.</source>
        <translation>Un objeto del archivo tiene la misma clave dos veces (%1); deje solo una.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="731"/>
        <source>An object in the file has the same key twice; keep one.</source>
        <translation>Un objeto del archivo tiene la misma clave dos veces; deje solo una.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="738"/>
        <source>The file holds NaN or Infinity, which are not JSON numbers.</source>
        <translation>El archivo contiene NaN o Infinity, que no son números JSON.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="743"/>
        <source>The file holds a number of more than %1 digits.</source>
        <translation>El archivo contiene un número de más de %1 dígitos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="769"/>
        <source>The file is larger than %1 MiB, documents included; add the largest documents to the client separately.</source>
        <translation>El archivo ocupa más de %1 MiB, incluidos los documentos; agregue los documentos más grandes al cliente por separado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="778"/>
        <source>The file is not UTF-8 text; save it as UTF-8.</source>
        <translation>El archivo no es texto UTF-8; guárdelo como UTF-8.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="790"/>
        <source>The file holds more than %1 objects and lists; one client&apos;s file has far fewer. Check that this is the right file.</source>
        <translation>El archivo contiene más de %1 objetos y listas; el expediente de un cliente tiene muchos menos. Verifique que sea el archivo correcto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="799"/>
        <source>The file is not valid JSON: the problem is at line %1, column %2.</source>
        <translation>El archivo no es JSON válido: el problema está en la línea %1, columna %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/intake_json.py" line="808"/>
        <source>The file nests arrays and objects more than %1 deep; the format does not.</source>
        <translation>El archivo anida arreglos y objetos a más de %1 niveles de profundidad; el formato no lo hace.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="49"/>
        <source>That is not a valid phone number. Check the digits, and include the country code, e.g. +502 for Guatemala, when the number is not a US number.</source>
        <translation>Ese no es un número de teléfono válido. Revise los dígitos e incluya el código de país, p. ej., +502 para Guatemala, si el número no es de EE. UU.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="71"/>
        <source>Include the country code, e.g. +502 for Guatemala, when the number is not %1 number.</source>
        <translation>Incluya el código de país, p. ej., +502 para Guatemala, si el número no es %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="146"/>
        <source>A phone number has only digits, with spaces, dashes, dots or parentheses if you like; check for a character pasted by mistake.</source>
        <translation>Un número de teléfono solo tiene dígitos, con espacios, guiones, puntos o paréntesis si lo desea; revise si se pegó algún carácter por error.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="161"/>
        <source>That country code does not exist. Check the digits after the +, e.g. +502 for Guatemala or +52 for Mexico.</source>
        <translation>Ese código de país no existe. Revise los dígitos después del +, p. ej., +502 para Guatemala o +52 para México.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="171"/>
        <source>That phone number is too short; check that no digits are missing.</source>
        <translation>Ese número de teléfono es demasiado corto; verifique que no falten dígitos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="173"/>
        <source>That phone number is too long; check for digits typed twice.</source>
        <translation>Ese número de teléfono es demasiado largo; revise si escribió algún dígito dos veces.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="175"/>
        <source>A phone number has digits, with spaces, dashes, dots or parentheses if you like. %1</source>
        <translation>Un número de teléfono tiene dígitos, con espacios, guiones, puntos o paréntesis si lo desea. %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="189"/>
        <source>Include the area code with the phone number.</source>
        <translation>Incluya el código de área con el número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="196"/>
        <source>That phone number is too short for %1 number. %2</source>
        <translation>Ese número de teléfono es demasiado corto para un número %1. %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="196"/>
        <source>That phone number is too short for %1 number. Check the digits and the country code.</source>
        <translation>Ese número de teléfono es demasiado corto para un número %1. Revise los dígitos y el código de país.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="198"/>
        <source>That phone number is too long for %1 number. %2</source>
        <translation>Ese número de teléfono es demasiado largo para un número %1. %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="198"/>
        <source>That phone number is too long for %1 number. Check the digits and the country code.</source>
        <translation>Ese número de teléfono es demasiado largo para un número %1. Revise los dígitos y el código de país.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="200"/>
        <source>That phone number has the wrong number of digits for %1 number. %2</source>
        <translation>Ese número de teléfono no tiene la cantidad correcta de dígitos para un número %1. %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="200"/>
        <source>That phone number has the wrong number of digits for %1 number. Check the digits and the country code.</source>
        <translation>Ese número de teléfono no tiene la cantidad correcta de dígitos para un número %1. Revise los dígitos y el código de país.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="207"/>
        <source>That is not a valid %1 phone number. Check the digits. %2</source>
        <translation>Ese no es un número de teléfono %1 válido. Revise los dígitos. %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="211"/>
        <source>That is not a valid %1 phone number. Check the digits and the country code.</source>
        <translation>Ese no es un número de teléfono %1 válido. Revise los dígitos y el código de país.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="224"/>
        <source>That is far too long for a phone number; enter only the number.</source>
        <translation>Es demasiado largo para un número de teléfono; escriba solo el número.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="228"/>
        <source>Enter the phone number, or leave the field empty.</source>
        <translation>Escriba el número de teléfono o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="238"/>
        <source>Enter the phone number without its extension; write the extension in the contact&apos;s notes.</source>
        <translation>Escriba el número de teléfono sin su extensión; anote la extensión en las notas del contacto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/phones.py" line="243"/>
        <source>A phone number has only digits; write any letters in it as the digits on the phone&apos;s keypad.</source>
        <translation>Un número de teléfono solo tiene dígitos; si tiene letras, escríbalas como los dígitos correspondientes del teclado del teléfono.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="64"/>
        <source>kind of name</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el tipo de nombre</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="71"/>
        <source>kind of number</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>el tipo de número</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="77"/>
        <source>activity</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>la actividad</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="88"/>
        <source>conflict-check decision</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>la decisión sobre la verificación de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="99"/>
        <source>%1 must be a calendar date.</source>
        <translation>%1 debe ser una fecha del calendario.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="101"/>
        <source>%1 is before 1900; check the year.</source>
        <translation>%1 es anterior a 1900; revise el año.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="103"/>
        <source>%1 is in the future; check the date.</source>
        <translation>%1 está en el futuro; revise la fecha.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="105"/>
        <source>%1 is more than 50 years ahead; check the year.</source>
        <translation>%1 está a más de 50 años en el futuro; revise el año.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="111"/>
        <source>%1 needs a date and a time.</source>
        <translation>%1 necesita una fecha y una hora.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="114"/>
        <source>%1 is a local time, as printed on the notice (no time zone).</source>
        <translation>%1 se indica en hora local, tal como aparece en el aviso (sin zona horaria).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="116"/>
        <source>%1 has an impossible year; check the date.</source>
        <translation>%1 tiene un año imposible; revise la fecha.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="127"/>
        <source>%1 must be yes or no.</source>
        <translation>%1: la respuesta debe ser sí o no.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="136"/>
        <source>%1 does not refer to a record; choose it again.</source>
        <translation>%1 no corresponde a ningún registro; vuelva a hacer la selección.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="144"/>
        <source>The amount</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El monto</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="147"/>
        <location filename="../../caseapp/core/records.py" line="156"/>
        <source>%1 must be an exact amount such as 1250.50.</source>
        <translation>%1 debe ser una cantidad exacta, como 1250.50.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="151"/>
        <source>%1 must be written like 1250.50 (dollars and cents).</source>
        <translation>%1 debe escribirse como 1250.50 (dólares y centavos).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="158"/>
        <source>%1 must be zero or more.</source>
        <translation>%1 debe ser cero o más.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="160"/>
        <source>%1 has more than two decimal places.</source>
        <translation>%1 tiene más de dos decimales.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="167"/>
        <source>The e-mail address</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="169"/>
        <source>That does not look like an e-mail address (name@example.org).</source>
        <translation>Eso no parece una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="192"/>
        <source>The alias&apos;s given name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Nombre(s) de pila del alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="193"/>
        <source>The alias&apos;s family name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Apellido(s) del alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="198"/>
        <source>An alias needs a given name or a family name.</source>
        <translation>Un alias necesita un nombre de pila o un apellido.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="227"/>
        <source>Choose the kind of number: A-number, ITIN or SSN.</source>
        <translation>Elija el tipo de número: Número A, ITIN o SSN.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="249"/>
        <source>The phone&apos;s label</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La etiqueta del teléfono</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="250"/>
        <source>Safe to call</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Seguro para llamadas</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="251"/>
        <source>Safe to text</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Seguro para mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="252"/>
        <source>Safe to leave a voicemail</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Seguro para dejar mensajes de voz</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="253"/>
        <source>Primary phone</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Teléfono principal</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="272"/>
        <source>The e-mail&apos;s label</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La etiqueta del correo electrónico</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="273"/>
        <source>Safe to e-mail</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Seguro para correo electrónico</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="274"/>
        <source>Primary e-mail</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Correo electrónico principal</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="300"/>
        <source>The postal code</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El código postal</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="301"/>
        <source>The state or region</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El estado o la región</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="304"/>
        <source>A US ZIP code has 5 digits (or 5+4, like 94103-1234).</source>
        <translation>Un código postal (ZIP) de EE. UU. tiene 5 dígitos (o 5+4, como 94103-1234).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="309"/>
        <source>The street address</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La calle y el número</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="310"/>
        <source>The second address line</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La segunda línea de la dirección</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="311"/>
        <source>The city</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La ciudad</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="315"/>
        <source>The address&apos;s label</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La etiqueta de la dirección</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="316"/>
        <source>Safe to send mail</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Seguro para correo postal</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="317"/>
        <source>Current address</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Dirección actual</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="340"/>
        <source>The code word</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La palabra clave</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="342"/>
        <source>The safe alternate contact</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El contacto alternativo seguro</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="344"/>
        <source>Domestic violence</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="345"/>
        <source>Trafficking</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="346"/>
        <source>The safety notes</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Las notas de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="365"/>
        <source>The member&apos;s given name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Nombre(s) de pila del miembro del hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="366"/>
        <source>The member&apos;s family name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Apellido(s) del miembro del hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="369"/>
        <source>The member&apos;s date of birth</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de nacimiento del miembro del hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="371"/>
        <source>Lives in the household</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Vive en el hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="394"/>
        <source>How often the income is received: one of %1.</source>
        <translation>Frecuencia con que se recibe el ingreso: elija una de estas: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="398"/>
        <source>An hourly income needs the hours worked per week.</source>
        <translation>Un ingreso por hora necesita las horas trabajadas por semana.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="409"/>
        <source>The household member</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El miembro del hogar</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="430"/>
        <source>The date of entry</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="432"/>
        <source>The date of entry is required (an estimate is fine; say so).</source>
        <translation>La fecha de entrada es obligatoria (se acepta una fecha aproximada; indíquelo).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="436"/>
        <source>The place of entry</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El lugar de entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="438"/>
        <source>Admitted as</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Admitido como</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="439"/>
        <source>The entry notes</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Las notas de la entrada</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="460"/>
        <source>The filing date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="461"/>
        <source>The decision date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de la decisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="462"/>
        <source>The decision date is before the filing date.</source>
        <translation>La fecha de la decisión es anterior a la fecha de presentación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="470"/>
        <source>The application notes</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Las notas de la solicitud</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="492"/>
        <source>The court</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El tribunal</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="493"/>
        <location filename="../../caseapp/core/records.py" line="521"/>
        <source>The judge</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El juez</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="495"/>
        <source>The proceeding notes</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Las notas del proceso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="518"/>
        <source>The hearing</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La audiencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="520"/>
        <source>The hearing location</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El lugar de la audiencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="522"/>
        <source>The proceeding</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El proceso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="523"/>
        <location filename="../../caseapp/core/records.py" line="639"/>
        <location filename="../../caseapp/core/records.py" line="678"/>
        <location filename="../../caseapp/core/records.py" line="704"/>
        <location filename="../../caseapp/core/records.py" line="728"/>
        <location filename="../../caseapp/core/records.py" line="759"/>
        <location filename="../../caseapp/core/records.py" line="793"/>
        <location filename="../../caseapp/core/records.py" line="818"/>
        <source>The case</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="524"/>
        <source>The hearing outcome</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El resultado de la audiencia</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="543"/>
        <source>The check-in</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La cita de control con ICE</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="544"/>
        <source>The ICE office</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La oficina de ICE</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="545"/>
        <source>The check-in outcome</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El resultado de la cita de control</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="561"/>
        <source>The detention date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de detención</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="562"/>
        <source>The release date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de liberación</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="563"/>
        <source>The release date is before the detention date.</source>
        <translation>La fecha de liberación es anterior a la fecha de detención.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="566"/>
        <source>The detention facility</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El centro de detención</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="569"/>
        <source>The detention notes</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Las notas de la detención</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="594"/>
        <source>The opening date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de apertura</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="596"/>
        <source>The opening date is required.</source>
        <translation>La fecha de apertura es obligatoria.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="597"/>
        <source>The closing date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="605"/>
        <source>The case title</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El título del caso</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="608"/>
        <source>The funding source</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fuente de financiamiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="611"/>
        <source>The outcome</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El resultado</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="612"/>
        <source>The conflict check</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La verificación de conflictos</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="636"/>
        <source>A party is either adverse or related.</source>
        <translation>Una parte es contraria o relacionada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="641"/>
        <source>The party&apos;s given name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Nombre(s) de pila de la parte</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="642"/>
        <source>The party&apos;s family name(s)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Apellido(s) de la parte</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="643"/>
        <source>The organisation</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La organización</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="645"/>
        <source>The party&apos;s date of birth</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de nacimiento de la parte</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="647"/>
        <source>The relationship</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El parentesco</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="648"/>
        <source>The party notes</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Las notas de la parte</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="651"/>
        <source>A party needs a name or an organisation.</source>
        <translation>Una parte necesita un nombre o una organización.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="670"/>
        <source>The due date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="672"/>
        <source>A deadline needs a due date.</source>
        <translation>Un plazo necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="676"/>
        <source>The deadline&apos;s title</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El título del plazo</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="679"/>
        <location filename="../../caseapp/core/records.py" line="706"/>
        <source>The completion date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha en que se completó</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="680"/>
        <source>Computed</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Calculado</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="699"/>
        <source>Assign the task to a user of this vault (their user name).</source>
        <translation>Asigne la tarea a un usuario de esta bóveda (con su nombre de usuario).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="702"/>
        <source>The task</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La tarea</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="703"/>
        <source>The task&apos;s due date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de vencimiento de la tarea</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="727"/>
        <source>The note</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="729"/>
        <source>Privileged</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Privilegiada</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="730"/>
        <source>Sensitive</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="749"/>
        <source>The date worked</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha del trabajo</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="751"/>
        <source>A time entry needs the date the work was done.</source>
        <translation>Un registro de tiempo necesita la fecha en que se hizo el trabajo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="753"/>
        <source>Time is recorded in whole minutes, from 1 to 1440 (one day).</source>
        <translation>El tiempo se registra en minutos enteros, de 1 a 1440 (un día).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="756"/>
        <source>Who did the work: a user of this vault (their user name).</source>
        <translation>Quién hizo el trabajo: un usuario de esta bóveda (con su nombre de usuario).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="762"/>
        <location filename="../../caseapp/core/records.py" line="794"/>
        <source>The description</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La descripción</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="786"/>
        <source>The document is empty.</source>
        <translation>El documento está vacío.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="788"/>
        <source>The document&apos;s checksum is missing; add the file again.</source>
        <translation>Falta la suma de verificación del documento; vuelva a agregar el archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="791"/>
        <source>The file name</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="792"/>
        <source>The file type</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="815"/>
        <source>A checklist item key is lower-case letters, digits and _.</source>
        <translation>La clave de un elemento de la lista de documentos solo tiene letras minúsculas, dígitos y _.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="819"/>
        <source>The checklist item</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El elemento de la lista de documentos</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="822"/>
        <source>The date received</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La fecha de recepción</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="844"/>
        <source>The number of possible conflicts must be 0 or more.</source>
        <translation>La cantidad de posibles conflictos debe ser 0 o mayor.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="847"/>
        <source>There were possible conflicts: review them and record them as cleared, or as a conflict.</source>
        <translation>Hubo posibles conflictos: revíselos y regístrelos como descartados o como conflicto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="851"/>
        <source>At most 50 adverse parties can be checked at once.</source>
        <translation>Se pueden verificar como máximo 50 partes contrarias a la vez.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="856"/>
        <location filename="../../caseapp/services/casework.py" line="198"/>
        <source>An adverse party&apos;s name</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El nombre de una parte contraria</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/records.py" line="858"/>
        <source>The decision note</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>La nota de la decisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/resources.py" line="34"/>
        <source>caseapp&apos;s reference files (resources/) are missing; reinstall caseapp.</source>
        <translation>Faltan los archivos de referencia de caseapp (resources/); vuelva a instalar caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/retention.py" line="39"/>
        <source>Keep files for between %1 and %2 years after the last case closed.</source>
        <translation>Conserve los expedientes entre %1 y %2 años después de cerrarse el último caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/summary.py" line="50"/>
        <source>The profile is one of: full, client, referral.</source>
        <translation>El perfil es uno de: full (completo), client (copia para el cliente), referral (remisión).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/summary.py" line="415"/>
        <source>A full summary needs the file revealed first (it is recorded).</source>
        <translation>Un resumen completo necesita primero revelar el expediente (queda registrado).</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/text.py" line="38"/>
        <source>%1 contains a broken character; retype it.</source>
        <translation>%1: el texto contiene un carácter dañado; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/core/text.py" line="41"/>
        <source>%1 contains an invisible formatting character that can make text read differently on screen; retype it.</source>
        <translation>%1: el texto contiene un carácter de formato invisible que puede hacer que se lea de otra manera en la pantalla; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/recovery.py" line="88"/>
        <source>%1 %2 uses only the digits 0–9 and the letters A–Z without U. Check it against the recovery sheet.</source>
        <translation>%1 %2 usa solo los dígitos 0–9 y las letras A–Z sin la U. Compárelo con la hoja de recuperación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/recovery.py" line="96"/>
        <source>Group %1 of the %2 has a typo (or this is not the %3). Check it against the recovery sheet.</source>
        <translation>El grupo %1 del %2 tiene un error de escritura (o no es el %3). Compárelo con la hoja de recuperación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="116"/>
        <location filename="../../caseapp/crypto/sealing.py" line="139"/>
        <location filename="../../caseapp/storage/backup.py" line="404"/>
        <location filename="../../caseapp/storage/backup.py" line="406"/>
        <source>its header is damaged</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su encabezado está dañado</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="124"/>
        <source>it is larger than any intake bundle may be</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>es más grande de lo que puede ser un paquete de admisión</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="127"/>
        <source>it was made by another version of caseapp</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>lo hizo otra versión de caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="128"/>
        <source>it is not a caseapp intake bundle</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>no es un paquete de admisión de caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="131"/>
        <location filename="../../caseapp/crypto/sealing.py" line="155"/>
        <location filename="../../caseapp/storage/backup.py" line="394"/>
        <location filename="../../caseapp/storage/backup.py" line="400"/>
        <source>it is truncated</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>está incompleto</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="135"/>
        <source>it is truncated or its header is damaged</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>está incompleto o su encabezado está dañado</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="141"/>
        <source>its header is damaged or from another version of caseapp</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su encabezado está dañado o es de otra versión de caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="146"/>
        <source>its header is not in canonical form</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su encabezado no está en forma canónica</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="159"/>
        <source>it is truncated or has bytes after its end</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>está incompleto o tiene bytes después de su final</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="165"/>
        <source>its signature does not match the device (changed or forged)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su firma no corresponde al dispositivo (modificado o falsificado)</translation>
    </message>
    <message>
        <location filename="../../caseapp/crypto/sealing.py" line="174"/>
        <source>it was not sealed to this office&apos;s intake key</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>no se selló con la clave de admisión de esta oficina</translation>
    </message>
    <message>
        <location filename="../../caseapp/reports/pages.py" line="58"/>
        <source>Pages are rendered at %1 to %2 dots per inch.</source>
        <translation>Las páginas se generan con una resolución de %1 a %2 puntos por pulgada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/reports/pages.py" line="67"/>
        <source>The document could not be opened for the preview or the printer.</source>
        <translation>No se pudo abrir el documento para la vista previa ni para la impresora.</translation>
    </message>
    <message>
        <location filename="../../caseapp/reports/pages.py" line="75"/>
        <source>The document has %1 page(s); there is no page %2.</source>
        <translation>El documento tiene %1 página(s); no existe la página %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/reports/pages.py" line="97"/>
        <source>A page of the document is too large to render.</source>
        <translation>Una página del documento es demasiado grande para generarla.</translation>
    </message>
    <message>
        <location filename="../../caseapp/reports/protect.py" line="21"/>
        <source>Use a PDF password of at least %1 characters (tell it to the reader by phone, never in the same e-mail).</source>
        <translation>Use una contraseña de PDF de al menos %1 caracteres (dígasela al lector por teléfono, nunca en el mismo correo).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audited.py" line="39"/>
        <source>Intake staff can open only the intakes they started. Ask a paralegal or attorney for this client&apos;s file.</source>
        <translation>El personal de admisión solo puede abrir las admisiones que inició. Pida el expediente de este cliente a un asistente legal o a un abogado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audited.py" line="45"/>
        <source>This is a field laptop&apos;s vault: it only takes new intakes and seals them for the office. Seal what was taken and bring the sealed files to the office, where they are read; nothing can be read back here.</source>
        <translation>Esta es la bóveda de una computadora de campo: solo registra admisiones nuevas y las sella para la oficina. Selle lo que se registró y lleve los archivos sellados a la oficina, donde se leen; aquí no se puede volver a leer nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audited.py" line="169"/>
        <source>Only an administrator can manage users and keys.</source>
        <translation>Solo un administrador puede administrar los usuarios y las claves.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audited.py" line="187"/>
        <location filename="../../caseapp/services/audited.py" line="209"/>
        <location filename="../../caseapp/services/report_printing.py" line="148"/>
        <source>That client does not exist (check the client id).</source>
        <translation>Ese cliente no existe (revise el ID del cliente).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audited.py" line="190"/>
        <source>Choose the reason from the list: %1</source>
        <translation>Elija el motivo de la lista: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="64"/>
        <source>That backup cannot be used.</source>
        <translation>Esa copia de seguridad no se puede usar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="94"/>
        <source>caseapp cannot write in %1: it is read-only or full. Choose another folder (or a disk that is not write-protected), then try again.</source>
        <translation>caseapp no puede escribir en %1: es de solo lectura o está lleno. Elija otra carpeta (o un disco que no esté protegido contra escritura) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="138"/>
        <source>This file cannot be used as a backup: %1. Nothing was changed. Use another backup file, or make a new backup from the vault.</source>
        <translation>Este archivo no se puede usar como copia de seguridad: %1. No se cambió nada. Use otro archivo de copia de seguridad o haga una nueva copia de seguridad de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="183"/>
        <source>Give the name of the backup file to write, not a folder.</source>
        <translation>Indique el nombre del archivo de copia de seguridad que se va a escribir, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="187"/>
        <source>Write the backup outside any vault folder — ideally on another disk — so that losing the laptop does not lose the backup too.</source>
        <translation>Escriba la copia de seguridad fuera de cualquier carpeta de bóveda —idealmente en otro disco— para que, si se pierde la computadora, no se pierda también la copia.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="191"/>
        <location filename="../../caseapp/services/backup.py" line="577"/>
        <location filename="../../caseapp/services/field.py" line="160"/>
        <location filename="../../caseapp/services/field.py" line="425"/>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="194"/>
        <source>%1 already exists and is not a caseapp backup; choose another name.</source>
        <translation>%1 ya existe y no es una copia de seguridad de caseapp; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="271"/>
        <source>it holds no recovery slot</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>no contiene ninguna ranura de recuperación</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="273"/>
        <source>No user by that name could open this vault when the backup was made. Use the name and passphrase of someone who could, or the recovery code.</source>
        <translation>Ningún usuario con ese nombre podía abrir esta bóveda cuando se hizo la copia de seguridad. Use el nombre y la frase de contraseña de alguien que pudiera, o el código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="294"/>
        <source>The backup file could not be read. Check the name and its permissions.</source>
        <translation>No se pudo leer el archivo de copia de seguridad. Revise el nombre y los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="303"/>
        <location filename="../../caseapp/storage/backup.py" line="415"/>
        <source>its key slots are damaged</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>sus ranuras de clave están dañadas</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="342"/>
        <location filename="../../caseapp/storage/backup.py" line="390"/>
        <source>it was made by a newer version of caseapp; update caseapp first</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>se hizo con una versión más reciente de caseapp; primero actualice caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="403"/>
        <location filename="../../caseapp/services/backup.py" line="476"/>
        <source>its database does not open with its own key</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su base de datos no se abre con su propia clave</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="564"/>
        <source>%1 is a link; restore into a real, new folder.</source>
        <translation>%1 es un enlace; restaure en una carpeta nueva y real.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="567"/>
        <source>%1 is not empty, so nothing was restored. Restore into a new folder, or replace the vault there with --replace (it is backed up first, then set aside, not deleted).</source>
        <translation>%1 no está vacía, así que no se restauró nada. Restaure en una carpeta nueva, o reemplace la bóveda que hay allí con --replace (primero se hace una copia de seguridad de ella y luego se aparta; no se borra).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="573"/>
        <source>%1 holds files that are not a caseapp vault; caseapp will not replace them. Restore into a new folder.</source>
        <translation>%1 contiene archivos que no son una bóveda de caseapp; caseapp no los reemplazará. Restaure en una carpeta nueva.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="612"/>
        <source>The restore could not write its files. Check that the folder is writable and the disk has free space about the size of the backup; the vault that was there, if any, is unchanged.</source>
        <translation>La restauración no pudo escribir sus archivos. Compruebe que se puede escribir en la carpeta y que el disco tiene espacio libre del tamaño de la copia de seguridad; la bóveda que había allí, si la había, no cambió.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="131"/>
        <source>A conflict check cannot be imported: it is run.</source>
        <translation>No se puede importar una verificación de conflictos: caseapp la realiza por su cuenta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="134"/>
        <source>The file records a conflict of interest: its cases cannot be opened here. Refer the client elsewhere.</source>
        <translation>El archivo registra un conflicto de intereses: sus casos no se pueden abrir aquí. Remita al cliente a otra organización.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="138"/>
        <source>conflict_decision is cleared (or left out).</source>
        <translation>conflict_decision debe ser cleared (u omitirse).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="151"/>
        <source>A document</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Un documento</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="153"/>
        <location filename="../../caseapp/services/client_file.py" line="187"/>
        <source>Two of the new records have the same id.</source>
        <translation>Dos de los registros nuevos tienen el mismo ID.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="156"/>
        <source>A document refers to a case that is not in the file.</source>
        <translation>Un documento hace referencia a un caso que no está en el archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="161"/>
        <source>%1 (%2) Nothing was imported.</source>
        <translation>%1 (%2) No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="161"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="190"/>
        <source>The conflict check found %1 possible conflict (%2). Review them with `caseapp conflicts`, then add &quot;conflict_decision&quot;: &quot;cleared&quot; to open the case. Nothing was imported.</source>
        <translation>La verificación de conflictos encontró %1 posible conflicto (%2). Revíselo con `caseapp conflicts` y luego agregue &quot;conflict_decision&quot;: &quot;cleared&quot; para abrir el caso. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="190"/>
        <source>The conflict check found %1 possible conflict. Review them with `caseapp conflicts`, then add &quot;conflict_decision&quot;: &quot;cleared&quot; to open the case. Nothing was imported.</source>
        <translation>La verificación de conflictos encontró %1 posible conflicto. Revíselo con `caseapp conflicts` y luego agregue &quot;conflict_decision&quot;: &quot;cleared&quot; para abrir el caso. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="190"/>
        <source>The conflict check found %1 possible conflicts (%2). Review them with `caseapp conflicts`, then add &quot;conflict_decision&quot;: &quot;cleared&quot; to open the case. Nothing was imported.</source>
        <translation>La verificación de conflictos encontró %1 posibles conflictos (%2). Revíselos con `caseapp conflicts` y luego agregue &quot;conflict_decision&quot;: &quot;cleared&quot; para abrir el caso. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="190"/>
        <source>The conflict check found %1 possible conflicts. Review them with `caseapp conflicts`, then add &quot;conflict_decision&quot;: &quot;cleared&quot; to open the case. Nothing was imported.</source>
        <translation>La verificación de conflictos encontró %1 posibles conflictos. Revíselos con `caseapp conflicts` y luego agregue &quot;conflict_decision&quot;: &quot;cleared&quot; para abrir el caso. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="197"/>
        <source>There are possible conflicts to review (%1): a paralegal or attorney must clear them before a case opens. Nothing was imported.</source>
        <translation>Hay posibles conflictos por revisar (%1): un asistente legal o un abogado debe descartarlos antes de que se abra un caso. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="197"/>
        <source>There are possible conflicts to review: a paralegal or attorney must clear them before a case opens. Nothing was imported.</source>
        <translation>Hay posibles conflictos por revisar: un asistente legal o un abogado debe descartarlos antes de que se abra un caso. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="236"/>
        <source>Only an administrator can fill a vault with synthetic data.</source>
        <translation>Solo un administrador puede llenar una bóveda con datos sintéticos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="243"/>
        <source>This vault holds real clients: synthetic data goes only into a new, empty vault (create one with `caseapp init --vault DIR`).</source>
        <translation>Esta bóveda contiene clientes reales: los datos sintéticos solo van en una bóveda nueva y vacía (créela con `caseapp init --vault DIR`).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/bulk.py" line="253"/>
        <source>Intake staff cannot export client files. Ask a paralegal or attorney.</source>
        <translation>El personal de admisión no puede exportar expedientes. Pídaselo a un asistente legal o a un abogado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="231"/>
        <source>The check now finds %1 possible conflict, not %2: review the list again, then decide.</source>
        <translation>La verificación ahora encuentra %1 posible conflicto, no %2: vuelva a revisar la lista y luego decida.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="231"/>
        <source>The check now finds %1 possible conflicts, not %2: review the list again, then decide.</source>
        <translation>La verificación ahora encuentra %1 posibles conflictos, no %2: vuelva a revisar la lista y luego decida.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="236"/>
        <source>The check found %1 possible conflict: review them and record them as cleared, or as a conflict.</source>
        <translation>La verificación encontró %1 posible conflicto: revíselo y regístrelo como descartado o como conflicto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="236"/>
        <source>The check found %1 possible conflicts: review them and record them as cleared, or as a conflict.</source>
        <translation>La verificación encontró %1 posibles conflictos: revíselos y regístrelos como descartados o como conflicto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="242"/>
        <source>There are possible conflicts to review: a paralegal or attorney must clear them before a case opens.</source>
        <translation>Hay posibles conflictos por revisar: un asistente legal o un abogado debe descartarlos antes de que se abra un caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="257"/>
        <source>The records changed while checking; run the check again.</source>
        <translation>Los registros cambiaron durante la verificación; vuelva a realizarla.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="284"/>
        <source>A new case is open or pending; close it later.</source>
        <translation>Un caso nuevo queda abierto o pendiente; ciérrelo más adelante.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="334"/>
        <source>An adverse party needs a conflict check that names them: record one with their name, then add them with it.</source>
        <translation>Una parte contraria necesita una verificación de conflictos que la incluya: registre una con su nombre y luego agréguela con esa verificación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="351"/>
        <source>Show from 0 to 366 days ahead.</source>
        <translation>Se pueden mostrar de 0 a 366 días hacia adelante.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="431"/>
        <source>Only an administrator can change the office&apos;s settings.</source>
        <translation>Solo un administrador puede cambiar la configuración de la oficina.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="435"/>
        <source>Each threshold needs its own name (125% and 200% are built in).</source>
        <translation>Cada umbral necesita su propio nombre (125% y 200% ya vienen incluidos).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casework.py" line="508"/>
        <source>An adverse party was not part of the conflict check. Run the check again with every adverse party (the person and the organisation), then open the case.</source>
        <translation>Una parte contraria no formó parte de la verificación de conflictos. Vuelva a realizar la verificación con todas las partes contrarias (la persona y la organización) y luego abra el caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="42"/>
        <source>That record is not in this client&apos;s file.</source>
        <translation>Ese registro no está en el expediente de este cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="60"/>
        <source>This deadline is computed from the entries, the asylum case and the I-589 filing: change those, and it follows.</source>
        <translation>Este plazo se calcula a partir de las entradas, el caso de asilo y la presentación del I-589: cambie esos datos y el plazo se actualizará.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="143"/>
        <source>Open cases with their conflict check, after adding the client.</source>
        <translation>Abra los casos con su verificación de conflictos, después de agregar al cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="182"/>
        <source>A record</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Un registro</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="194"/>
        <source>A client has at most one safety record.</source>
        <translation>Un cliente tiene como máximo un registro de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="201"/>
        <source>A new %1 refers to a record that is not there.</source>
        <translation>Un registro nuevo (%1) hace referencia a un registro que no existe.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="206"/>
        <source>A case opens only after a conflict check: record its result first.</source>
        <translation>Un caso se abre solo después de una verificación de conflictos: primero registre su resultado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="218"/>
        <source>The date of entry is before the client&apos;s date of birth.</source>
        <translation>La fecha de entrada es anterior a la fecha de nacimiento del cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="220"/>
        <source>The detention date is before the client&apos;s date of birth.</source>
        <translation>La fecha de detención es anterior a la fecha de nacimiento del cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="363"/>
        <source>Open a case with its conflict check (open_case).</source>
        <translation>Abra un caso con su verificación de conflictos (open_case).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="365"/>
        <source>Add a document with its file (add_document).</source>
        <translation>Agregue un documento con su archivo (add_document).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="367"/>
        <source>Record a conflict check with record_conflict_check.</source>
        <translation>Registre una verificación de conflictos con record_conflict_check.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="370"/>
        <source>An adverse party is added with the conflict check that named them (add_party).</source>
        <translation>Una parte contraria se agrega con la verificación de conflictos que la incluyó (add_party).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="373"/>
        <source>Computed deadlines come from the file; add a deadline of your own.</source>
        <translation>Los plazos calculados provienen del expediente; agregue un plazo propio.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="389"/>
        <source>This client already has one; change that one instead.</source>
        <translation>Este cliente ya tiene uno; en su lugar, cambie ese.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="406"/>
        <source>That conflict check is more than %1 days old: clients added since were not compared. Run the check again.</source>
        <translation>Esa verificación de conflictos tiene más de %1 días: no se comparó con los clientes agregados desde entonces. Vuelva a realizar la verificación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="414"/>
        <location filename="../../caseapp/storage/clients.py" line="23"/>
        <source>That client does not exist (it may have been removed).</source>
        <translation>Ese cliente no existe (es posible que se haya eliminado).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="485"/>
        <source>A recorded conflict check cannot be changed; record a new one.</source>
        <translation>Una verificación de conflictos registrada no se puede cambiar; registre una nueva.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="492"/>
        <source>A new or renamed adverse party needs a conflict check that names them: record one, then add the party with it.</source>
        <translation>Una parte contraria nueva o con un nombre cambiado necesita una verificación de conflictos que la incluya: registre una y luego agregue la parte con esa verificación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="501"/>
        <source>Conflict checks are kept: they show why a case was opened.</source>
        <translation>Las verificaciones de conflictos se conservan: muestran por qué se abrió un caso.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="580"/>
        <source>The page marker</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El marcador de página</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="594"/>
        <source>A client id</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>Un ID de cliente</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="621"/>
        <source>More than %1 searches by number in %2 minutes: number searches pause for a while (guessing numbers is how a masked number could be read). Names can still be searched.</source>
        <translation>Más de %1 búsquedas por número en %2 minutos: las búsquedas por número se pausan por un tiempo (adivinar números es una forma de descubrir un número oculto). Todavía puede buscar por nombre.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="632"/>
        <source>A draft holds at most 100 fields.</source>
        <translation>Un borrador tiene como máximo 100 campos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="635"/>
        <source>A draft&apos;s fields are named texts.</source>
        <translation>Los campos de un borrador son textos con nombre.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="637"/>
        <source>A draft field is too long to keep.</source>
        <translation>Un campo del borrador es demasiado largo para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="674"/>
        <source>Only an administrator can delete a client&apos;s file.</source>
        <translation>Solo un administrador puede eliminar el expediente de un cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="797"/>
        <source>This copy was masked: reveal the record before changing it, so that nothing is overwritten with the mask.</source>
        <translation>Esta copia estaba enmascarada: revele el registro antes de cambiarlo, para que nada se sobrescriba con la máscara.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/client_file.py" line="805"/>
        <source>The conflict check for this client found a conflict: the case cannot be opened here. Refer the client elsewhere.</source>
        <translation>La verificación de conflictos de este cliente encontró un conflicto: el caso no se puede abrir aquí. Remita al cliente a otra organización.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/demo.py" line="621"/>
        <source>name</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/demo.py" line="1532"/>
        <source>The number of synthetic clients must be a whole number, 0 or more.</source>
        <translation>La cantidad de clientes sintéticos debe ser un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/demo.py" line="1535"/>
        <source>The number of %1 per client must be between 0 and 1000.</source>
        <translation>La cantidad de %1 por cliente debe estar entre 0 y 1000.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/demo.py" line="1576"/>
        <source>The batch size must be a whole number, 1 or more.</source>
        <translation>El tamaño del lote debe ser un número entero, 1 o mayor.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="59"/>
        <source>That field kit cannot be used.</source>
        <translation>Ese kit de campo no se puede usar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="98"/>
        <source>The field kit is damaged (a key is missing).</source>
        <translation>El kit de campo está dañado (falta una clave).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="102"/>
        <source>The field kit is damaged (a key is not readable).</source>
        <translation>El kit de campo está dañado (una clave no se puede leer).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="104"/>
        <source>The field kit is damaged (a key has the wrong length).</source>
        <translation>El kit de campo está dañado (una clave tiene una longitud incorrecta).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="116"/>
        <source>Use a kit passphrase of at least %1 characters; give it to the field worker in person, never with the kit.</source>
        <translation>Use una frase de contraseña del kit de al menos %1 caracteres; entréguela en persona a quien trabaja en el campo, nunca junto con el kit.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="154"/>
        <source>Name the laptop with letters, digits, spaces, . _ or - (up to 60), for example &apos;Clinic laptop 2&apos; — never a person&apos;s name.</source>
        <translation>Nombre la computadora con letras, dígitos, espacios, . _ o - (hasta 60), por ejemplo &apos;Clinic laptop 2&apos;; nunca con el nombre de una persona.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="163"/>
        <source>%1 already exists; use an empty folder for each kit.</source>
        <translation>%1 ya existe; use una carpeta vacía para cada kit.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="166"/>
        <source>caseapp cannot write in %1: it is read-only. Choose another folder for the kit (or a stick that is not write-protected).</source>
        <translation>caseapp no puede escribir en %1: es de solo lectura. Elija otra carpeta para el kit (o una memoria USB que no esté protegida contra escritura).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="222"/>
        <source>No enrolled, unrevoked field laptop has that id.</source>
        <translation>Ninguna computadora de campo inscrita y no revocada tiene ese id.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="235"/>
        <source>Intake staff cannot import field intakes; ask a paralegal or attorney.</source>
        <translation>El personal de admisión no puede importar admisiones de campo; pídalo a un asistente legal o a un abogado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="241"/>
        <source>This vault has no field intake key yet: make a field kit first (`caseapp field-kit`).</source>
        <translation>Esta bóveda todavía no tiene clave de admisión de campo: primero haga un kit de campo (`caseapp field-kit`).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="327"/>
        <source>Only a new, empty vault can become a field laptop&apos;s vault.</source>
        <translation>Solo una bóveda nueva y vacía puede convertirse en la bóveda de una computadora de campo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="356"/>
        <source>This is not a field vault: take intakes here with New intake, and seal intakes on a field laptop.</source>
        <translation>Esta no es una bóveda de campo: registre aquí las admisiones con Nueva admisión, y selle las admisiones en una computadora de campo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="390"/>
        <source>A field laptop takes the client&apos;s intake only: cases, parties and conflict decisions are added at the office, after its conflict check. Remove them from the file.</source>
        <translation>Una computadora de campo solo registra la admisión del cliente: los casos, las partes y las decisiones sobre conflictos se agregan en la oficina, después de su verificación de conflictos. Quítelos del archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="422"/>
        <source>This is not a field vault; seal intakes on a field laptop.</source>
        <translation>Esta no es una bóveda de campo; selle las admisiones en una computadora de campo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="479"/>
        <source>%1 is not a readable caseapp field kit.</source>
        <translation>%1 no es un kit de campo de caseapp legible.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="481"/>
        <source>%1 is not a caseapp field kit (or is from another version).</source>
        <translation>%1 no es un kit de campo de caseapp (o es de otra versión).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="485"/>
        <location filename="../../caseapp/services/field.py" line="511"/>
        <source>The field kit is damaged.</source>
        <translation>El kit de campo está dañado.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="494"/>
        <source>The field kit is damaged (its key settings).</source>
        <translation>El kit de campo está dañado (la configuración de su clave).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/field.py" line="506"/>
        <source>That is not the kit passphrase, or the kit was changed. Ask the office for the passphrase (given in person) or a new kit.</source>
        <translation>Esa no es la frase de contraseña del kit, o el kit fue modificado. Pida a la oficina la frase de contraseña (se entrega en persona) o un kit nuevo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/files.py" line="17"/>
        <source>That is a folder: give the name of the file to write.</source>
        <translation>Eso es una carpeta: indique el nombre del archivo que se va a escribir.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/files.py" line="22"/>
        <source>The file could not be written there; check that the folder exists, is writable and that the disk is not full.</source>
        <translation>No se pudo escribir el archivo allí; verifique que la carpeta exista, que se pueda escribir en ella y que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/passphrase_policy.py" line="59"/>
        <source>That passphrase is too easy to guess. Use at least 12 characters, for example four or more unrelated words. %1</source>
        <translation>Esa frase de contraseña es demasiado fácil de adivinar. Use al menos 12 caracteres, por ejemplo cuatro o más palabras sin relación entre sí. %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/printing.py" line="46"/>
        <source>Only an encrypted PDF file takes a password; printing and preview never write a file.</source>
        <translation>Solo un archivo PDF cifrado lleva contraseña; la impresión y la vista previa nunca escriben un archivo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/printing.py" line="61"/>
        <source>This file has characters the PDF fonts cannot show (%1); the document would print them as empty boxes, so it was not made.</source>
        <translation>Este expediente tiene caracteres que las fuentes del PDF no pueden mostrar (%1); el documento los imprimiría como recuadros vacíos, así que no se creó.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/printing.py" line="104"/>
        <source>Intake staff cannot print a full summary; choose the referral or client copy.</source>
        <translation>El personal de admisión no puede imprimir un resumen completo; elija la remisión o la copia para el cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/printing.py" line="153"/>
        <source>A blank intake form has nothing to reveal; choose a client.</source>
        <translation>Un formulario de admisión en blanco no tiene nada que revelar; elija un cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="59"/>
        <source>The period ends before it begins: choose an end date on or after the start date.</source>
        <translation>El período termina antes de empezar: elija una fecha de fin igual o posterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="100"/>
        <source>That is more than %1 entries, too many for one report: choose one client or a shorter period.</source>
        <translation>Son más de %1 entradas, demasiadas para un solo informe: elija un cliente o un período más corto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="144"/>
        <source>Only administrators and attorneys can print the audit report.</source>
        <translation>Solo los administradores y los abogados pueden imprimir el informe de auditoría.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="176"/>
        <source>No audit entry names that client: check the client id.</source>
        <translation>Ninguna entrada de auditoría menciona a ese cliente: revise el ID del cliente.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="178"/>
        <source>No audit entry names that client in that period: check the client id and the dates.</source>
        <translation>Ninguna entrada de auditoría de ese período menciona a ese cliente: revise el ID del cliente y las fechas.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="196"/>
        <source>The recovery sheet could not be made, so nothing was written. Copy the recovery code and the audit anchor by hand from the screen instead.</source>
        <translation>No se pudo generar la hoja de recuperación, así que no se escribió nada. En su lugar, copie a mano el código de recuperación y el ancla de auditoría que aparecen en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="223"/>
        <source>The recovery sheet is made only as part of creating the vault, which records where it goes (this vault recorded %1, not %2).</source>
        <translation>La hoja de recuperación solo se genera al crear la bóveda, y en ese momento se registra adónde va (en esta bóveda se registró %1, no %2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_printing.py" line="223"/>
        <source>The recovery sheet is made only as part of creating the vault, which records where it goes; this vault was created without one. Copy the recovery code and the audit anchor by hand from the screen.</source>
        <translation>La hoja de recuperación solo se genera al crear la bóveda, y en ese momento se registra adónde va; esta bóveda se creó sin hoja de recuperación. Copie a mano el código de recuperación y el ancla de auditoría que aparecen en la pantalla.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/retention.py" line="44"/>
        <source>Only an administrator can set the retention policy or purge files.</source>
        <translation>Solo un administrador puede fijar la política de conservación o eliminar expedientes.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/retention.py" line="99"/>
        <source>That is more than %1 files in one purge; check the retention policy, then purge in smaller groups.</source>
        <translation>Son más de %1 expedientes en una sola eliminación; revise la política de conservación y luego elimine en grupos más pequeños.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/retention.py" line="108"/>
        <source>%1 of the files chosen are not due under the retention policy (a case was reopened, or the id is wrong); review the list again. Nothing was purged.</source>
        <translation>%1 de los expedientes elegidos no han vencido según la política de conservación (se reabrió un caso o el id es incorrecto); revise la lista otra vez. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/session.py" line="154"/>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>No puede eliminarse a sí mismo; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/session.py" line="355"/>
        <source>The vault file is damaged: part of it failed its integrity check, so it was not read. Nothing more was changed. Restore the vault from a backup (caseapp restore, or Restore in the app), or ask an administrator. (%1 problems found.)</source>
        <translation>El archivo de la bóveda está dañado: una parte no pasó su comprobación de integridad, así que no se leyó. No se cambió nada más. Restaure la bóveda desde una copia de seguridad (caseapp restore, o Restaurar en la aplicación), o consulte a un administrador. (%1 problemas encontrados.)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/session.py" line="423"/>
        <source>Only administrators and attorneys can read the audit log.</source>
        <translation>Solo los administradores y los abogados pueden leer el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="148"/>
        <source>That folder is not empty. Choose a new, empty folder for the vault; nothing was changed.</source>
        <translation>Esa carpeta no está vacía. Elija una carpeta nueva y vacía para la bóveda; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="221"/>
        <source>The vault folder cannot be created there: choose a folder you can write to (a new, empty one); nothing was changed.</source>
        <translation>No se puede crear la carpeta de la bóveda allí: elija una carpeta en la que pueda escribir (una nueva y vacía); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="229"/>
        <source>That is a file, not a folder: choose a new, empty folder.</source>
        <translation>Eso es un archivo, no una carpeta: elija una carpeta nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="318"/>
        <source>The key file entry for this user is damaged in both copies. Unlock with the recovery code to set a new passphrase.</source>
        <translation>La entrada de este usuario en el archivo de claves está dañada en ambas copias. Desbloquee la bóveda con el código de recuperación para establecer una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="321"/>
        <source>The recovery entry of the key file is damaged; restore from a backup.</source>
        <translation>La entrada de recuperación del archivo de claves está dañada; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="337"/>
        <source>The recovery code is right, but there is no user by that name in this vault. Check the spelling of the user name.</source>
        <translation>El código de recuperación es correcto, pero no hay ningún usuario con ese nombre en esta bóveda. Revise cómo escribió el nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="347"/>
        <source>This key slot is not one the vault knows: vault.keys may be an old copy or was altered. Put back the current key file, or unlock with the recovery code.</source>
        <translation>Esta ranura de clave no es una que la bóveda conozca: es posible que vault.keys sea una copia antigua o que se haya alterado. Vuelva a poner el archivo de claves actual o desbloquee la bóveda con el código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="439"/>
        <source>The key file does not fit this vault&apos;s database, or the start of the database file is damaged. If vault.keys was replaced, put back the right one; otherwise restore the vault from a backup.</source>
        <translation>El archivo de claves no corresponde a la base de datos de esta bóveda, o el comienzo del archivo de la base de datos está dañado. Si se reemplazó vault.keys, vuelva a poner el correcto; si no, restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/vault.py" line="461"/>
        <source>This key file belongs to a different vault.</source>
        <translation>Este archivo de claves pertenece a otra bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="114"/>
        <source>its header was changed after it was written</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su encabezado se modificó después de escribirse</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="153"/>
        <location filename="../../caseapp/storage/connection.py" line="133"/>
        <source>This build of SQLite has no encryption; refusing to continue.</source>
        <translation>Esta versión de SQLite no tiene cifrado; no se puede continuar.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="173"/>
        <source>The backup copy is not the vault; try again.</source>
        <translation>La copia de seguridad no coincide con la bóveda; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="180"/>
        <location filename="../../caseapp/storage/backup.py" line="185"/>
        <source>The backup could not be written. Check that the disk has free space about the size of the vault, then try again.</source>
        <translation>No se pudo escribir la copia de seguridad. Verifique que el disco tenga espacio libre de aproximadamente el tamaño de la bóveda y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="272"/>
        <location filename="../../caseapp/storage/backup.py" line="446"/>
        <source>it is truncated (the database part is shorter than its header says)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>está incompleto (la parte de la base de datos es más corta de lo que indica su encabezado)</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="306"/>
        <location filename="../../caseapp/storage/backup.py" line="340"/>
        <location filename="../../caseapp/storage/backup.py" line="355"/>
        <source>The snapshot changed while it was copied; try again.</source>
        <translation>La instantánea cambió mientras se copiaba; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="344"/>
        <source>The backup header could not be written; try again.</source>
        <translation>No se pudo escribir el encabezado de la copia de seguridad; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="360"/>
        <source>The backup file could not be written. Check the folder exists, is writable and has free space, then try again.</source>
        <translation>No se pudo escribir el archivo de copia de seguridad. Verifique que la carpeta exista, que se pueda escribir en ella y que tenga espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="374"/>
        <location filename="../../caseapp/storage/backup.py" line="380"/>
        <source>its header has a bad %1</source>
        <translation>su encabezado tiene un valor no válido en el campo %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="391"/>
        <source>it is not a caseapp backup</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>no es una copia de seguridad de caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="397"/>
        <source>its header is impossibly large</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su encabezado es demasiado grande para ser válido</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="408"/>
        <source>it was made by another version of caseapp; update caseapp first</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>se hizo con otra versión de caseapp; primero actualice caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="411"/>
        <source>its header holds no key slots</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su encabezado no contiene ninguna ranura de clave</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="417"/>
        <source>vault id</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>ID de la bóveda</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="418"/>
        <source>backup id</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>ID de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="419"/>
        <source>date</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="420"/>
        <source>user</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>usuario</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="421"/>
        <source>schema version</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>versión del esquema</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="422"/>
        <source>application id</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>ID de la aplicación</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="423"/>
        <source>checkpoint</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>punto de control</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="424"/>
        <source>size</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>tamaño</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="425"/>
        <source>checksum</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>suma de verificación</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="454"/>
        <source>it has bytes after its end (it was changed or damaged)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>tiene bytes después de su final (se modificó o está dañado)</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="457"/>
        <source>The backup file could not be read, or the copy to check it could not be written. Check the file&apos;s permissions and the free disk space.</source>
        <translation>No se pudo leer el archivo de copia de seguridad, o no se pudo escribir la copia para verificarlo. Revise los permisos del archivo y el espacio libre en disco.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/backup.py" line="461"/>
        <source>its contents do not match its checksum (damaged or changed)</source>
        <extracomment>A field name or phrase put into other messages in place of %1, %2…</extracomment>
        <translation>su contenido no coincide con su suma de verificación (está dañado o se modificó)</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/clients.py" line="79"/>
        <source>A client with that id is already in the vault.</source>
        <translation>Ya hay un cliente con ese ID en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/clients.py" line="237"/>
        <source>The client the page started from was removed; start again.</source>
        <translation>Se eliminó el cliente desde el que empezaba la página; empiece de nuevo.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="75"/>
        <source>The vault file is damaged: part of it failed its integrity check, so it was not read. Nothing more was changed. Restore the vault from a backup (caseapp restore, or Restore in the app), or ask an administrator.</source>
        <translation>El archivo de la bóveda está dañado: una parte no pasó su comprobación de integridad, así que no se leyó. No se cambió nada más. Restaure la bóveda desde una copia de seguridad (caseapp restore, o Restaurar en la aplicación), o consulte a un administrador.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="109"/>
        <source>A database file already exists there; nothing was changed.</source>
        <translation>Ya existe un archivo de base de datos allí; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="145"/>
        <source>The vault file could not be read just now (another program may be holding it, or the disk failed). Close other programs and try again; nothing was changed.</source>
        <translation>No se pudo leer el archivo de la bóveda en este momento (es posible que otro programa lo esté usando o que el disco haya fallado). Cierre los demás programas y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="161"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>La bóveda no pudo pasar al registro previo a la escritura (WAL).</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="166"/>
        <source>Database setting %1 did not take effect.</source>
        <translation>El ajuste %1 de la base de datos no tuvo efecto.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="168"/>
        <source>Unexpected cipher_memory_security setting.</source>
        <translation>Valor inesperado de cipher_memory_security.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="176"/>
        <source>The vault file cannot be read. Check its permissions.</source>
        <translation>No se puede leer el archivo de la bóveda. Revise sus permisos.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="178"/>
        <source>The vault file is not encrypted; refusing to open it.</source>
        <translation>El archivo de la bóveda no está cifrado; no se abrirá.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/connection.py" line="252"/>
        <source>The record was deleted, but the vault file could not be compacted (this needs free disk space about the size of the vault). Free some space and delete again, or ask an administrator.</source>
        <translation>Se eliminó el registro, pero no se pudo compactar el archivo de la bóveda (hace falta espacio libre en disco del tamaño de la bóveda). Libere espacio y elimine de nuevo, o consulte a un administrador.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/instance_lock.py" line="34"/>
        <source>The vault folder cannot be written. Check its permissions and free space.</source>
        <translation>No se puede escribir en la carpeta de la bóveda. Revise sus permisos y el espacio libre.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/keyfile.py" line="296"/>
        <source>The key file could not be read: check the folder&apos;s permissions.</source>
        <translation>No se pudo leer el archivo de claves: revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/records.py" line="229"/>
        <source>A record with the same id is already in the vault, or a record refers to one that is not there; nothing was saved.</source>
        <translation>Ya hay un registro con el mismo ID en la bóveda, o un registro se refiere a otro que no existe; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/records.py" line="267"/>
        <location filename="../../caseapp/storage/records.py" line="287"/>
        <location filename="../../caseapp/storage/records.py" line="321"/>
        <location filename="../../caseapp/storage/records.py" line="327"/>
        <source>That %1 does not exist (it may have been removed).</source>
        <translation>Ese %1 no existe (quizá se eliminó).</translation>
    </message>
    <message>
        <location filename="../../caseapp/storage/records.py" line="349"/>
        <source>That document does not exist (it may have been removed).</source>
        <translation>Ese documento no existe (quizá se eliminó).</translation>
    </message>
</context>
</TS>
