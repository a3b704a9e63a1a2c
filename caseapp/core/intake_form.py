"""The paper intake form: what it asks, in English and Spanish, and how a
client file fills it in (DESIGN.md §7).

Pure rules, no PDF. A clinic prints the blank form, the client (or a
paralegal) writes by hand in its boxes and lines, and someone types it into
caseapp later, so the fields follow the order of the New intake screen and
every label is given in both languages. A pre-filled form is the same form
with what the office already knows written in, for the client to check and
correct on paper. Values hidden by the read (tier-1 values without a reveal)
are never filled in: their boxes say "on file".

``FORM`` is the form; ``prefill`` maps a client file to field values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from caseapp.core import case_codes as cc
from caseapp.core import codes
from caseapp.core import records as rec

FORM_VERSION = "2026-12"
ON_FILE = "on file / en el expediente"


@dataclass(frozen=True, slots=True)
class Text:
    """A label or a sentence in both languages."""

    en: str
    es: str


YES = Text("Yes", "Sí")
NO = Text("No", "No")
NOT_SURE = Text("Not sure", "No sé")


class Kind(enum.Enum):
    LINE = "line"  # one handwriting line
    LINES = "lines"  # several lines (``size`` of them)
    BOXES = "boxes"  # one box per character (``size`` boxes), e.g. an A-number
    DATE = "date"  # MM / DD / YYYY boxes
    CHOICE = "choice"  # tick boxes, one per option
    SIGNATURE = "signature"  # a tall line to sign on


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: Text
    kind: Kind = Kind.LINE
    width: float = 1.0  # share of the row
    size: int = 1  # lines or boxes
    options: tuple[Text, ...] = ()
    prefix: str = ""  # printed before the boxes ("A" for an A-number)
    tier1: bool = False  # only filled in from a revealed read


@dataclass(frozen=True, slots=True)
class Table:
    """A grid to write in: one row per person, phone or income."""

    key: str
    label: Text
    columns: tuple[Field, ...]  # their labels head the columns; CHOICE cells are tick boxes
    rows: int


Item = tuple[Field, ...] | Table | Text  # a row of fields, a table, or a paragraph


@dataclass(frozen=True, slots=True)
class Section:
    title: Text
    items: tuple[Item, ...]
    staff_only: bool = False


@dataclass(frozen=True, slots=True)
class IntakeForm:
    title: Text
    intro: Text
    sections: tuple[Section, ...]
    version: str = FORM_VERSION

    def fields(self) -> tuple[Field, ...]:
        """Every field, table columns excluded."""
        found: list[Field] = []
        for section in self.sections:
            for item in section.items:
                if isinstance(item, tuple):
                    found += item
        return tuple(found)


def _f(
    key: str, en: str, es: str, kind: Kind = Kind.LINE, width: float = 1.0, **kw: object
) -> Field:
    return Field(key, Text(en, es), kind, width, **kw)  # type: ignore[arg-type]


_YES_NO = (YES, NO)

FORM = IntakeForm(
    title=Text("Client intake", "Admisión del cliente"),
    intro=Text(
        "Please write clearly in capital letters. Leave blank anything you do not know or "
        "do not want to answer. Everything you tell us is confidential.",
        "Por favor escriba claramente con letras mayúsculas. Deje en blanco lo que no sepa "
        "o no quiera contestar. Todo lo que nos diga es confidencial.",
    ),
    sections=(
        Section(
            Text("1. About you", "1. Sobre usted"),
            (
                (
                    _f("family_names", "Family name(s)", "Apellido(s)", width=0.5),
                    _f("given_names", "Given name(s)", "Nombre(s)", width=0.5),
                ),
                (
                    _f("preferred_name", "Name you prefer", "Nombre que prefiere", width=0.5),
                    _f("other_names", "Other names used", "Otros nombres usados", width=0.5),
                ),
                (
                    _f(
                        "date_of_birth",
                        "Date of birth",
                        "Fecha de nacimiento",
                        Kind.DATE,
                        0.36,
                    ),
                    _f("country_of_birth", "Country of birth", "País de nacimiento", width=0.34),
                    _f("gender", "Gender", "Género", width=0.30),
                ),
                (
                    _f("citizenships", "Citizenship(s)", "Nacionalidad(es)", width=0.5),
                    _f(
                        "languages",
                        "Languages (preferred first)",
                        "Idiomas (el preferido primero)",
                        width=0.5,
                    ),
                ),
                (
                    _f(
                        "interpreter_needed",
                        "Do you need an interpreter?",
                        "¿Necesita intérprete?",
                        Kind.CHOICE,
                        0.5,
                        options=_YES_NO,
                    ),
                    _f("interpreter_language", "In which language?", "¿En qué idioma?", width=0.5),
                ),
            ),
        ),
        Section(
            Text("2. Numbers (if you have them)", "2. Números (si los tiene)"),
            (
                (
                    _f(
                        "a_number",
                        "A-number",
                        "Número A",
                        Kind.BOXES,
                        0.5,
                        size=9,
                        prefix="A",
                        tier1=True,
                    ),
                    _f(
                        "ssn_itin",
                        "SSN or ITIN",
                        "SSN o ITIN",
                        Kind.BOXES,
                        0.5,
                        size=9,
                        tier1=True,
                    ),
                ),
                (
                    _f(
                        "receipt_numbers",
                        "USCIS receipt numbers",
                        "Números de recibo de USCIS",
                        tier1=True,
                    ),
                ),
            ),
        ),
        Section(
            Text("3. How to reach you safely", "3. Cómo comunicarnos con usted de forma segura"),
            (
                (
                    _f(
                        "address",
                        "Street address and apartment",
                        "Dirección y apartamento",
                        tier1=True,
                    ),
                ),
                (
                    _f("city", "City", "Ciudad", width=0.45, tier1=True),
                    _f("region", "State", "Estado", width=0.2, tier1=True),
                    _f(
                        "postal_code",
                        "ZIP code",
                        "Código postal",
                        Kind.BOXES,
                        0.35,
                        size=5,
                        tier1=True,
                    ),
                ),
                (
                    _f(
                        "safe_to_mail",
                        "Is it safe to send you mail there?",
                        "¿Es seguro enviarle correo allí?",
                        Kind.CHOICE,
                        options=_YES_NO,
                        tier1=True,
                    ),
                ),
                Table(
                    "phones",
                    Text("Phones", "Teléfonos"),
                    (
                        _f("number", "Phone number", "Número de teléfono", width=0.40),
                        _f(
                            "call",
                            "Safe to call?",
                            "¿Seguro llamar?",
                            Kind.CHOICE,
                            0.20,
                            options=_YES_NO,
                        ),
                        _f("text", "Texts?", "¿Mensajes?", Kind.CHOICE, 0.20, options=_YES_NO),
                        _f(
                            "voicemail",
                            "Voicemail?",
                            "¿Buzón de voz?",
                            Kind.CHOICE,
                            0.20,
                            options=_YES_NO,
                        ),
                    ),
                    rows=3,
                ),
                (
                    _f("email", "E-mail", "Correo electrónico", width=0.6),
                    _f(
                        "safe_to_email",
                        "Safe to e-mail?",
                        "¿Seguro escribirle?",
                        Kind.CHOICE,
                        0.4,
                        options=_YES_NO,
                    ),
                ),
                (
                    _f(
                        "safety",
                        "Is there anyone we must not contact, or anything that makes "
                        "contact unsafe?",
                        "¿Hay alguien a quien no debemos contactar, o algo que haga "
                        "inseguro el contacto?",
                        Kind.LINES,
                        size=2,
                        tier1=True,
                    ),
                ),
                (
                    _f(
                        "code_word",
                        "A safe word for our calls",
                        "Palabra clave para nuestras llamadas",
                        width=0.5,
                        tier1=True,
                    ),
                    _f(
                        "alternate_contact",
                        "Another safe way to reach you",
                        "Otra forma segura de contactarle",
                        width=0.5,
                        tier1=True,
                    ),
                ),
            ),
        ),
        Section(
            Text("4. Immigration history", "4. Historial migratorio"),
            (
                (
                    _f(
                        "last_entry",
                        "Date of last entry to the U.S.",
                        "Fecha de la última entrada a EE. UU.",
                        Kind.DATE,
                        0.5,
                    ),
                    _f("entry_place", "Place of entry", "Lugar de entrada", width=0.5),
                ),
                (
                    _f(
                        "entry_manner",
                        "How did you enter?",
                        "¿Cómo entró?",
                        Kind.CHOICE,
                        options=(
                            Text("With a visa or parole", "Con visa o permiso"),
                            Text("Without inspection", "Sin inspección"),
                            Text("Other", "Otro"),
                        ),
                    ),
                ),
                (
                    _f(
                        "immigration_status",
                        "Current immigration status",
                        "Estatus migratorio actual",
                        width=0.6,
                    ),
                    _f("status_expires", "It expires on", "Vence el", Kind.DATE, 0.4),
                ),
                (
                    _f(
                        "in_court",
                        "Have you ever been in immigration court?",
                        "¿Ha estado alguna vez en la corte de inmigración?",
                        Kind.CHOICE,
                        0.6,
                        options=(YES, NO, NOT_SURE),
                    ),
                    _f(
                        "next_hearing",
                        "Next hearing date",
                        "Fecha de la próxima audiencia",
                        Kind.DATE,
                        0.4,
                    ),
                ),
                (
                    _f(
                        "detained",
                        "Have you ever been detained by immigration?",
                        "¿Ha sido detenido(a) alguna vez por inmigración?",
                        Kind.CHOICE,
                        options=(YES, NO),
                    ),
                ),
                (
                    _f(
                        "applications",
                        "Applications filed before (form, date, result)",
                        "Solicitudes presentadas antes (formulario, fecha, resultado)",
                        Kind.LINES,
                        size=2,
                    ),
                ),
            ),
        ),
        Section(
            Text("5. Household and income", "5. Hogar e ingresos"),
            (
                Table(
                    "household",
                    Text("People in your household", "Personas en su hogar"),
                    (
                        _f("name", "Name", "Nombre", width=0.38),
                        _f("relationship", "Relationship", "Parentesco", width=0.22),
                        _f("date_of_birth", "Date of birth", "Fecha de nacimiento", width=0.22),
                        _f(
                            "in_household",
                            "Lives with you?",
                            "¿Vive con usted?",
                            Kind.CHOICE,
                            0.18,
                            options=_YES_NO,
                        ),
                    ),
                    rows=5,
                ),
                Table(
                    "income",
                    Text("Income", "Ingresos"),
                    (
                        _f("who", "Whose", "De quién", width=0.30),
                        _f("source", "Source", "Fuente", width=0.26),
                        _f("amount", "Amount ($)", "Cantidad ($)", width=0.20),
                        _f("frequency", "How often", "Cada cuánto", width=0.24),
                    ),
                    rows=4,
                ),
            ),
        ),
        Section(
            Text("6. What do you need help with?", "6. ¿En qué necesita ayuda?"),
            (
                (
                    _f(
                        "problem",
                        "Tell us in your own words",
                        "Cuéntenos con sus palabras",
                        Kind.LINES,
                        size=5,
                    ),
                ),
            ),
        ),
        Section(
            Text("7. Signature", "7. Firma"),
            (
                Text(
                    "What I wrote is true to the best of my knowledge. I understand that it is "
                    "confidential and is used to give me legal help.",
                    "Lo que escribí es verdad según mi conocimiento. Entiendo que es confidencial "
                    "y se usa para darme ayuda legal.",
                ),
                (
                    _f("signature", "Signature", "Firma", Kind.SIGNATURE, 0.64),
                    _f("signed_on", "Date", "Fecha", Kind.DATE, 0.36),
                ),
            ),
        ),
        Section(
            Text("For staff only", "Solo para el personal"),
            (
                (
                    _f("taken_by", "Intake taken by", "Tomado por", width=0.34),
                    _f("taken_on", "On", "El", Kind.DATE, 0.33),
                    _f("entered_by", "Typed into caseapp by", "Ingresado por", width=0.33),
                ),
                (_f("client_id", "Client id", "Id del cliente"),),
            ),
            staff_only=True,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Prefill:
    """What a client file writes into the form: field key → text; a table key →
    its rows (column key → text). Tier-1 fields the read hid are in ``on_file``."""

    values: dict[str, str] = field(default_factory=dict)
    tables: dict[str, tuple[dict[str, str], ...]] = field(default_factory=dict)
    on_file: frozenset[str] = frozenset()

    def all_text(self) -> str:
        parts = list(self.values.values())
        for rows in self.tables.values():
            for row in rows:
                parts += row.values()
        return "\n".join(parts)


def _mdy(value: date | None) -> str:
    return value.strftime("%m%d%Y") if value else ""


def _yes_no(value: bool) -> str:
    return YES.en if value else NO.en


def _name(given: str, family: str) -> str:
    return " ".join(p for p in (given, family) if p)


def _label(vocabulary: cc.Vocabulary, key: str) -> str:
    return vocabulary.label(key) if key in vocabulary else key


def _country(code: str) -> str:
    try:
        return codes.country_name(code)
    except Exception:  # an unknown code prints as stored
        return code


def _language(code: str) -> str:
    try:
        return codes.language_name(code)
    except Exception:
        return code


def _ids(file: rec.ClientFile, values: dict[str, str], on_file: set[str]) -> None:
    for stored in file.of(rec.Identifier):
        key = "a_number" if stored.record.kind == "a_number" else "ssn_itin"
        if stored.hidden:
            on_file.add(key)
        elif key not in values:
            canonical = rec.parse_identifier(stored.record.kind, stored.record.value).canonical
            values[key] = "".join(ch for ch in canonical if ch.isdigit())
    receipts: list[str] = []
    for stored_app in file.of(rec.Application):
        if "receipt_number" in stored_app.hidden:
            on_file.add("receipt_numbers")
        elif stored_app.record.receipt_number:
            receipts.append(stored_app.record.receipt_number)
    if receipts:
        values["receipt_numbers"] = ", ".join(receipts)


def _contacts(
    file: rec.ClientFile, values: dict[str, str], on_file: set[str]
) -> tuple[dict[str, str], ...]:
    addresses = file.of(rec.Address)
    current = [a for a in addresses if a.record.current] or list(addresses)
    if current:
        stored = current[0]
        if stored.hidden:
            on_file.update(("address", "city", "region", "postal_code", "safe_to_mail"))
        else:
            a = stored.record
            values["address"] = ", ".join(p for p in (a.line1, a.line2) if p)
            values["city"], values["region"] = a.city, a.region
            values["postal_code"] = a.postal_code
            values["safe_to_mail"] = _yes_no(a.safe_to_mail)
    emails = file.of(rec.Email)
    if emails:
        e = next((s.record for s in emails if s.record.primary), emails[0].record)
        values["email"] = e.address
        values["safe_to_email"] = _yes_no(e.safe_to_email)
    safety = file.of(rec.Safety)
    if file.safety_hidden:
        on_file.update(("safety", "code_word", "alternate_contact"))
    elif safety:
        s = safety[0].record
        concerns = [
            w
            for w, on in (
                ("domestic violence", s.domestic_violence),
                ("trafficking", s.trafficking),
            )
            if on
        ]
        values["safety"] = "; ".join(p for p in (", ".join(concerns), s.notes) if p)
        values["code_word"], values["alternate_contact"] = s.code_word, s.alternate_contact
    return tuple(
        {
            "number": p.record.number,
            "call": _yes_no(p.record.safe_to_call),
            "text": _yes_no(p.record.safe_to_text),
            "voicemail": _yes_no(p.record.safe_to_voicemail),
        }
        for p in file.of(rec.Phone)
    )


def _history(file: rec.ClientFile, values: dict[str, str], today: date) -> None:
    entries = sorted(file.of(rec.Entry), key=lambda s: s.record.entry_date)
    if entries:
        last = entries[-1].record
        values["last_entry"] = _mdy(last.entry_date)
        values["entry_place"] = last.place
        if last.manner in ("inspected_admitted", "paroled"):
            values["entry_manner"] = "With a visa or parole"
        elif last.manner == "without_inspection":
            values["entry_manner"] = "Without inspection"
        elif last.manner != "unknown":
            values["entry_manner"] = "Other"
    profile = file.client.profile
    if profile.immigration_status != "unknown":
        values["immigration_status"] = _label(cc.IMMIGRATION_STATUSES, profile.immigration_status)
    values["status_expires"] = _mdy(profile.status_expires)
    if file.of(rec.Proceeding):
        values["in_court"] = YES.en
    upcoming = sorted(
        s.record.starts_at for s in file.of(rec.Hearing) if s.record.starts_at.date() >= today
    )
    if upcoming:
        values["next_hearing"] = _mdy(upcoming[0].date())
    if file.of(rec.Detention):
        values["detained"] = YES.en
    applications = [
        " ".join(
            p
            for p in (
                s.record.form,
                s.record.filed_on.isoformat() if s.record.filed_on else "",
                s.record.status,
            )
            if p
        )
        for s in file.of(rec.Application)
    ]
    values["applications"] = "; ".join(applications)


def _household(
    file: rec.ClientFile,
) -> tuple[tuple[dict[str, str], ...], tuple[dict[str, str], ...]]:
    members = file.of(rec.HouseholdMember)
    names = {s.uuid: _name(s.record.given_names, s.record.family_names) for s in members}
    people = tuple(
        {
            "name": names[s.uuid],
            "relationship": s.record.relationship.replace("_", " "),
            "date_of_birth": s.record.date_of_birth.strftime("%m/%d/%Y")
            if s.record.date_of_birth
            else "",
            "in_household": _yes_no(s.record.in_household),
        }
        for s in members
    )
    income = tuple(
        {
            "who": names.get(s.record.member_uuid, "Client / Cliente"),
            "source": s.record.source.replace("_", " "),
            "amount": f"{s.record.amount:,.2f}",
            "frequency": s.record.frequency.replace("_", " "),
        }
        for s in file.of(rec.Income)
    )
    return people, income


def prefill(file: rec.ClientFile, *, today: date | None = None) -> Prefill:
    """The form's values from ``file`` (as read: masked values are not written in)."""
    today = today or date.today()
    ident, profile = file.client.identity, file.client.profile
    values: dict[str, str] = {
        "family_names": ident.family_names,
        "given_names": ident.given_names,
        "preferred_name": ident.preferred_name,
        "other_names": "; ".join(
            _name(a.record.given_names, a.record.family_names) for a in file.of(rec.Alias)
        ),
        "date_of_birth": _mdy(ident.date_of_birth),
        "country_of_birth": _country(profile.country_of_birth) if profile.country_of_birth else "",
        "gender": profile.gender,
        "citizenships": ", ".join(_country(c) for c in profile.citizenships),
        "languages": ", ".join(_language(c) for c in profile.languages),
        "interpreter_needed": _yes_no(profile.interpreter_needed),
        "interpreter_language": _language(profile.interpreter_language)
        if profile.interpreter_language
        else "",
        "client_id": file.client.uuid,
    }
    on_file: set[str] = set()
    _ids(file, values, on_file)
    phones = _contacts(file, values, on_file)
    _history(file, values, today)
    people, income = _household(file)
    tables = {"phones": phones, "household": people, "income": income}
    return Prefill(
        {k: v for k, v in values.items() if v},
        {k: v for k, v in tables.items() if v},
        frozenset(on_file),
    )


def all_text(form: IntakeForm = FORM) -> str:
    """Every label the form prints (to check the fonts can draw it)."""
    parts = [form.title.en, form.title.es, form.intro.en, form.intro.es]
    for section in form.sections:
        parts += [section.title.en, section.title.es]
        for item in section.items:
            if isinstance(item, Text):
                parts += [item.en, item.es]
                continue
            fields = item.columns if isinstance(item, Table) else item
            if isinstance(item, Table):
                parts += [item.label.en, item.label.es]
            for f in fields:
                parts += [f.label.en, f.label.es]
                for o in f.options:
                    parts += [o.en, o.es]
    return "\n".join(parts)
