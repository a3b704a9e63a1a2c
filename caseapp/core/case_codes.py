"""The case vocabulary: LSC problem and closing codes, local subcodes, and the
fixed lists intake and case screens choose from.

Every list is a ``Vocabulary``: stable keys (what is stored), an English and a
Spanish label (the UI is bilingual) and one ``parse`` that accepts the key or
either label, ignoring case, accents, spaces and punctuation, so "I 589",
"i-589" and "I589" are all I-589. Keys are never renamed once released: rows
in existing vaults hold them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Literal

from caseapp.core.errors import InvalidInput

# Longer than the longest label below (a test keeps it so); longer input is
# refused before it is normalised.
MAX_INPUT_CHARS = 200


class InvalidChoice(InvalidInput):
    default_message = "That is not one of the choices; pick one from the list."


class InvalidProblemCode(InvalidChoice):
    pass


class InvalidSubcode(InvalidChoice):
    pass


class InvalidCaseStatus(InvalidChoice):
    pass


class InvalidClosingCode(InvalidChoice):
    pass


class InvalidCaseState(InvalidInput):
    default_message = "The case status, closing code and dates do not fit together."


def _fold(text: str) -> str:
    """Case, accents, spacing and punctuation removed: the form keys and labels are compared in."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in text.casefold() if ch.isalnum() and not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Term:
    """One choice: the stored key and what the English and Spanish screens show."""

    key: str
    label_en: str
    label_es: str


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """A fixed list of choices. ``name`` ("case status") is what messages call it."""

    name: str
    terms: tuple[Term, ...]
    error: type[InvalidInput] = InvalidChoice
    # How messages list the choices: labels for words, keys for codes ("IA").
    show: Literal["label", "key", "key_label"] = "label"
    _index: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _by_key: Mapping[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        for term in self.terms:
            for spelling in (term.key, term.label_en, term.label_es):
                folded = _fold(spelling)
                # A clash would make parse() depend on list order; fail at import.
                if not folded or index.setdefault(folded, term.key) != term.key:
                    raise ValueError(f"{self.name}: {spelling!r} is ambiguous or empty")
        by_key = {term.key: term for term in self.terms}
        if len(by_key) != len(self.terms):
            raise ValueError(f"{self.name}: duplicate keys")
        object.__setattr__(self, "_index", MappingProxyType(index))
        object.__setattr__(self, "_by_key", MappingProxyType(by_key))

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(term.key for term in self.terms)

    @property
    def choices(self) -> str:
        """The choices as a message lists them."""
        if self.show == "key":
            return _or_list([t.key for t in self.terms])
        if self.show == "key_label":
            return _or_list([f"{t.key} ({t.label_en})" for t in self.terms])
        return _or_list([t.label_en for t in self.terms])

    @property
    def empty_message(self) -> str:
        return f"Choose the {self.name}: {self.choices}."

    @property
    def invalid_message(self) -> str:
        return f"That is not a choice for the {self.name}. Choose one of: {self.choices}."

    def parse(self, text: str) -> str:
        """The key for what was typed: a key or a label, in English or Spanish."""
        if len(text) > MAX_INPUT_CHARS:
            raise self.error(self.invalid_message)
        folded = _fold(text)
        if not folded:
            raise self.error(self.empty_message)
        key = self._index.get(folded)
        if key is None:
            raise self.error(self.invalid_message)
        return key

    def term(self, key: str) -> Term:
        """The term for a stored key (exact, as ``parse`` returns it)."""
        found = self._by_key.get(key)
        if found is None:
            raise self.error(self.invalid_message)
        return found

    def label(self, key: str) -> str:
        """The English label of a stored key."""
        return self.term(key).label_en

    def label_es(self, key: str) -> str:
        """The Spanish label of a stored key."""
        return self.term(key).label_es

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)


def _terms(*rows: tuple[str, str, str]) -> tuple[Term, ...]:
    return tuple(Term(*row) for row in rows)


# --- LSC problem codes -----------------------------------------------------

IMMIGRATION_PROBLEM_CODE = "81"
IMMIGRATION_LSC_CODE = IMMIGRATION_PROBLEM_CODE  # the name records.py uses

# Legal Services Corporation, Case Service Report (CSR) Handbook (2008 edition,
# as amended 2017), problem code 81 "Immigration/Naturalization". Only the code
# immigration offices use is listed; add others from the Handbook itself.
PROBLEM_CODES: Mapping[str, str] = MappingProxyType(
    {IMMIGRATION_PROBLEM_CODE: "Immigration/Naturalization"}
)

PROBLEM_CODE_VOCABULARY = Vocabulary(
    "LSC problem code",
    _terms((IMMIGRATION_PROBLEM_CODE, PROBLEM_CODES["81"], "Inmigración/Naturalización")),
    InvalidProblemCode,
    show="key_label",
)


_PROBLEM_CODE_MESSAGE = (
    "Enter the LSC problem code 81 (Immigration/Naturalization), or leave it empty "
    "when the case's funder does not use LSC codes."
)


def parse_problem_code(text: str) -> str:
    """The LSC problem code "81" (or its label), or "" when the funder does not use LSC codes."""
    if len(text) <= MAX_INPUT_CHARS and not text.strip():
        return ""
    try:
        return PROBLEM_CODE_VOCABULARY.parse(text)
    except InvalidProblemCode:
        raise InvalidProblemCode(_PROBLEM_CODE_MESSAGE) from None


# --- local subcodes --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Subcode:
    """An office's case type, rolled up to an LSC problem code for reporting."""

    key: str
    label_en: str
    label_es: str
    problem_code: str = IMMIGRATION_PROBLEM_CODE


_SUBCODE_LIST = (
    Subcode("asylum", "Asylum", "Asilo"),
    Subcode(
        "withholding_cat",
        "Withholding of removal / Convention Against Torture",
        "Suspensión de remoción / Convención contra la Tortura",
    ),
    Subcode("removal_defense", "Removal defense", "Defensa contra la deportación"),
    Subcode("bond", "Immigration bond", "Fianza migratoria"),
    Subcode("daca", "DACA", "DACA (Acción Diferida para los Llegados en la Infancia)"),
    Subcode("tps", "Temporary Protected Status (TPS)", "Estatus de Protección Temporal (TPS)"),
    Subcode("u_visa", "U visa (crime victims)", "Visa U (víctimas de delitos)"),
    Subcode("t_visa", "T visa (trafficking victims)", "Visa T (víctimas de trata)"),
    Subcode("vawa", "VAWA self-petition", "Autopetición VAWA"),
    Subcode(
        "sijs",
        "Special Immigrant Juvenile Status (SIJS)",
        "Estatus Especial de Inmigrante Juvenil (SIJS)",
    ),
    Subcode("naturalization", "Naturalization", "Naturalización"),
    Subcode("family_petition", "Family petition (I-130)", "Petición familiar (I-130)"),
    Subcode("adjustment_of_status", "Adjustment of status", "Ajuste de estatus"),
    Subcode("consular_processing", "Consular processing", "Trámite consular"),
    Subcode("work_permit", "Work permit (EAD)", "Permiso de trabajo (EAD)"),
    Subcode("parole", "Parole", "Parole (permiso de permanencia temporal)"),
    Subcode("foia", "FOIA records request", "Solicitud de expedientes (FOIA)"),
    Subcode("other_immigration", "Other immigration matter", "Otro asunto migratorio"),
)

SUBCODES: Mapping[str, Subcode] = MappingProxyType({s.key: s for s in _SUBCODE_LIST})

SUBCODE_VOCABULARY = Vocabulary(
    "case type",
    tuple(Term(s.key, s.label_en, s.label_es) for s in _SUBCODE_LIST),
    InvalidSubcode,
)


def parse_subcode(text: str) -> str:
    """The subcode key for a key or label ("asylum", "Asilo", "Work permit (EAD)")."""
    return SUBCODE_VOCABULARY.parse(text)


# --- case status and closing codes -----------------------------------------

CASE_STATUSES = Vocabulary(
    "case status",
    _terms(
        ("open", "Open", "Abierto"),
        ("pending", "Pending (waiting on an agency)", "Pendiente (en espera de una agencia)"),
        ("closed", "Closed", "Cerrado"),
    ),
    InvalidCaseStatus,
)

# LSC CSR Handbook (2008 edition, as amended 2017), closing categories. C, D, E
# and J were retired before 2017 and are refused.
CLOSING_CODES = Vocabulary(
    "closing code",
    _terms(
        ("A", "Counsel and Advice", "Consejo y asesoría"),
        ("B", "Limited Action", "Acción limitada"),
        ("F", "Negotiated Settlement without Litigation", "Acuerdo negociado sin litigio"),
        ("G", "Negotiated Settlement with Litigation", "Acuerdo negociado con litigio"),
        ("H", "Administrative Agency Decision", "Decisión de una agencia administrativa"),
        ("IA", "Uncontested Court Decision", "Decisión judicial no disputada"),
        ("IB", "Contested Court Decision", "Decisión judicial disputada"),
        ("IC", "Appellate Court Decision", "Decisión de un tribunal de apelación"),
        ("K", "Other", "Otro"),
        ("L", "Extensive Service", "Servicio extenso"),
    ),
    InvalidClosingCode,
    show="key",
)


def parse_case_status(text: str) -> str:
    """open, pending or closed, from the key or a label."""
    return CASE_STATUSES.parse(text)


def parse_closing_code(text: str) -> str:
    """An LSC closing code, upper case ("ia" -> "IA"), from the code or its label."""
    return CLOSING_CODES.parse(text)


def check_case_state(
    status: str, closing_code: str, closed_on: date | None, opened_on: date
) -> None:
    """Refuse a status, closing code and dates that contradict each other.

    A closed case has a closing code and a closing date not before the opening
    date; an open or pending case has neither (reopening clears both).
    """
    if status not in CASE_STATUSES:
        raise InvalidCaseStatus(CASE_STATUSES.invalid_message)
    if closing_code and closing_code not in CLOSING_CODES:
        raise InvalidClosingCode(CLOSING_CODES.invalid_message)
    if status == "closed":
        if not closing_code:
            raise InvalidCaseState(
                f"A closed case needs a closing code ({CLOSING_CODES.choices}); "
                "choose one before closing the case."
            )
        if closed_on is None:
            raise InvalidCaseState("A closed case needs the date it was closed; enter it.")
        if closed_on < opened_on:
            raise InvalidCaseState(
                "The closing date is before the date the case was opened; check both dates."
            )
        return
    if closing_code:
        raise InvalidCaseState(
            "Only a closed case has a closing code. Clear the closing code, or close the case."
        )
    if closed_on is not None:
        raise InvalidCaseState(
            "Only a closed case has a closing date. Clear the closing date, or close the case."
        )


# --- client and proceeding vocabularies ------------------------------------

IMMIGRATION_STATUSES = Vocabulary(
    "immigration status",
    _terms(
        ("no_status", "No status", "Sin estatus"),
        ("asylum_pending", "Asylum application pending", "Solicitud de asilo pendiente"),
        ("asylee", "Asylee", "Asilado/a"),
        ("refugee", "Refugee", "Refugiado/a"),
        ("tps", "Temporary Protected Status (TPS)", "Estatus de Protección Temporal (TPS)"),
        ("daca", "DACA", "DACA (Acción Diferida para los Llegados en la Infancia)"),
        ("parole", "Parole", "Parole (permiso de permanencia temporal)"),
        (
            "lpr",
            "Lawful permanent resident (green card)",
            "Residente permanente legal (tarjeta verde)",
        ),
        (
            "conditional_resident",
            "Conditional permanent resident",
            "Residente permanente condicional",
        ),
        ("citizen", "U.S. citizen (naturalized)", "Ciudadano/a estadounidense (naturalizado/a)"),
        ("nonimmigrant_visa", "Nonimmigrant visa", "Visa de no inmigrante"),
        ("u_visa", "U visa", "Visa U"),
        ("t_visa", "T visa", "Visa T"),
        ("vawa_pending", "VAWA self-petition pending", "Autopetición VAWA pendiente"),
        (
            "sijs",
            "Special Immigrant Juvenile Status (SIJS)",
            "Estatus Especial de Inmigrante Juvenil (SIJS)",
        ),
        (
            "withholding_cat",
            "Withholding of removal / CAT protection",
            "Suspensión de remoción / protección bajo la Convención contra la Tortura",
        ),
        ("other", "Other", "Otro"),
        ("unknown", "Unknown", "Desconocido"),
    ),
)

ENTRY_MANNERS = Vocabulary(
    "manner of entry",
    _terms(
        (
            "inspected_admitted",
            "Inspected and admitted (visa or other document)",
            "Inspeccionado y admitido (visa u otro documento)",
        ),
        ("paroled", "Paroled at a port of entry", "Parole en un puerto de entrada"),
        (
            "without_inspection",
            "Entered without inspection (EWI)",
            "Entrada sin inspección (EWI)",
        ),
        ("visa_waiver", "Visa Waiver Program (ESTA)", "Programa de Exención de Visa (ESTA)"),
        ("other", "Other", "Otro"),
        ("unknown", "Unknown", "Desconocido"),
    ),
)

# Labels describe each form; they are not USCIS's or EOIR's official titles.
APPLICATION_FORMS = Vocabulary(
    "application form",
    _terms(
        (
            "I-589",
            "I-589 Asylum and withholding of removal",
            "I-589 Asilo y suspensión de remoción",
        ),
        ("I-130", "I-130 Petition for a relative", "I-130 Petición para un familiar"),
        ("I-485", "I-485 Adjustment of status", "I-485 Ajuste de estatus"),
        ("I-765", "I-765 Employment authorization", "I-765 Permiso de trabajo"),
        ("I-821", "I-821 Temporary Protected Status (TPS)", "I-821 Estatus de Protección Temporal"),
        ("I-821D", "I-821D DACA", "I-821D Acción Diferida (DACA)"),
        ("I-918", "I-918 U nonimmigrant status", "I-918 Visa U"),
        ("I-914", "I-914 T nonimmigrant status", "I-914 Visa T"),
        (
            "I-360",
            "I-360 Special immigrant petition (VAWA, SIJS)",
            "I-360 Petición de inmigrante especial (VAWA, SIJS)",
        ),
        ("N-400", "N-400 Naturalization", "N-400 Naturalización"),
        ("I-131", "I-131 Travel document or parole", "I-131 Documento de viaje o parole"),
        (
            "I-601",
            "I-601 Waiver of inadmissibility",
            "I-601 Perdón de inadmisibilidad",
        ),
        (
            "I-601A",
            "I-601A Provisional unlawful presence waiver",
            "I-601A Perdón provisional por presencia ilegal",
        ),
        (
            "I-192",
            "I-192 Advance permission to enter (U/T waiver)",
            "I-192 Permiso anticipado de ingreso (perdón para U/T)",
        ),
        ("I-912", "I-912 Fee waiver", "I-912 Exención de tarifas"),
        (
            "I-751",
            "I-751 Removal of conditions on residence",
            "I-751 Eliminación de condiciones de residencia",
        ),
        (
            "I-90",
            "I-90 Green card renewal or replacement",
            "I-90 Renovación o reemplazo de tarjeta verde",
        ),
        (
            "EOIR-42A",
            "EOIR-42A Cancellation of removal (permanent residents)",
            "EOIR-42A Cancelación de remoción (residentes permanentes)",
        ),
        (
            "EOIR-42B",
            "EOIR-42B Cancellation of removal (non-permanent residents)",
            "EOIR-42B Cancelación de remoción (no residentes permanentes)",
        ),
        ("FOIA", "FOIA request", "Solicitud FOIA"),
        ("other", "Other application", "Otra solicitud"),
    ),
    show="key",
)

APPLICATION_STATUSES = Vocabulary(
    "application status",
    _terms(
        ("pending", "Pending", "Pendiente"),
        ("approved", "Approved", "Aprobada"),
        ("denied", "Denied", "Negada"),
        ("withdrawn", "Withdrawn", "Retirada"),
        ("rejected", "Rejected (returned unprocessed)", "Rechazada (devuelta sin tramitar)"),
        ("unknown", "Unknown", "Desconocido"),
    ),
)

HEARING_KINDS = Vocabulary(
    "hearing type",
    _terms(
        ("master_calendar", "Master calendar hearing", "Audiencia preliminar (master calendar)"),
        ("individual", "Individual (merits) hearing", "Audiencia individual (de fondo)"),
        ("bond", "Bond hearing", "Audiencia de fianza"),
        ("other", "Other", "Otra"),
    ),
)

PROCEEDING_KINDS = Vocabulary(
    "proceeding type",
    _terms(
        ("removal", "Removal proceedings", "Proceso de remoción (deportación)"),
        ("bond", "Bond proceedings", "Proceso de fianza"),
        ("bia_appeal", "Appeal to the BIA", "Apelación ante la BIA"),
        ("federal_court", "Federal court", "Tribunal federal"),
        ("other", "Other", "Otro"),
    ),
)

PROCEEDING_STATUSES = Vocabulary(
    "proceeding status",
    _terms(
        ("pending", "Pending", "Pendiente"),
        ("administratively_closed", "Administratively closed", "Cerrado administrativamente"),
        ("terminated", "Terminated", "Terminado"),
        ("dismissed", "Dismissed", "Desestimado"),
        ("relief_granted", "Relief granted", "Alivio concedido"),
        ("removal_ordered", "Removal ordered", "Orden de remoción"),
        ("voluntary_departure", "Voluntary departure", "Salida voluntaria"),
        ("other", "Other", "Otro"),
    ),
)

RELATIONSHIPS = Vocabulary(
    "relationship",
    _terms(
        ("spouse", "Spouse", "Cónyuge"),
        ("partner", "Partner", "Pareja"),
        ("child", "Child", "Hijo/a"),
        ("stepchild", "Stepchild", "Hijastro/a"),
        ("parent", "Parent", "Padre o madre"),
        ("sibling", "Sibling", "Hermano/a"),
        ("grandchild", "Grandchild", "Nieto/a"),
        ("other_relative", "Other relative", "Otro familiar"),
        ("other", "Other (not related)", "Otra persona (sin parentesco)"),
    ),
)

INCOME_SOURCES = Vocabulary(
    "income source",
    _terms(
        ("employment", "Employment", "Empleo"),
        ("self_employment", "Self-employment", "Trabajo por cuenta propia"),
        ("benefits", "Public benefits", "Beneficios públicos"),
        ("child_support", "Child support", "Manutención de hijos"),
        ("alimony", "Alimony", "Pensión conyugal"),
        ("pension", "Pension or retirement", "Pensión o jubilación"),
        ("other", "Other", "Otro"),
    ),
)

DEADLINE_KINDS = Vocabulary(
    "deadline type",
    _terms(
        (
            "asylum_one_year",
            "One-year asylum filing deadline",
            "Plazo de un año para solicitar asilo",
        ),
        ("filing", "Filing deadline", "Plazo de presentación"),
        ("response", "Response to a notice or request for evidence", "Respuesta a un aviso"),
        ("appeal", "Appeal deadline", "Plazo de apelación"),
        ("biometrics", "Biometrics appointment", "Cita de biometría"),
        ("interview", "Interview", "Entrevista"),
        ("other", "Other", "Otro"),
    ),
)

# The status of one item on a case's document checklist (see checklists.py).
CHECKLIST_STATUSES = Vocabulary(
    "document status",
    _terms(
        ("needed", "Needed", "Falta"),
        ("requested", "Requested", "Solicitado"),
        ("received", "Received", "Recibido"),
        ("not_applicable", "Not applicable", "No corresponde"),
    ),
)

VOCABULARIES: tuple[Vocabulary, ...] = (
    PROBLEM_CODE_VOCABULARY,
    SUBCODE_VOCABULARY,
    CASE_STATUSES,
    CLOSING_CODES,
    IMMIGRATION_STATUSES,
    ENTRY_MANNERS,
    APPLICATION_FORMS,
    APPLICATION_STATUSES,
    HEARING_KINDS,
    PROCEEDING_KINDS,
    PROCEEDING_STATUSES,
    RELATIONSHIPS,
    INCOME_SOURCES,
    DEADLINE_KINDS,
    CHECKLIST_STATUSES,
)
