"""Everything recorded about a client besides identity: the records of an intake
and of the cases that follow (DESIGN.md §5).

Each record is a frozen dataclass with a ``cleaned()`` method that returns a
normalised copy or raises ``InvalidInput`` naming the field and what to fix.
Rules that need other records (an entry after the client's birth, a hearing's
case belonging to the client) are checked in the service layer.

Every kind declares:

- ``KIND``: its name, also the audit vocabulary (``create_<kind>``, ...);
- ``PARENT``: ``"client"`` or ``"case"`` (a case record needs ``case_uuid``);
- ``TIER1``: the fields masked on screen until revealed (an audited act) and
  left out of printouts unless the redaction profile includes them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Generic, Self, TypeVar

from caseapp.core import case_codes, identifiers
from caseapp.core.case_codes import Term, Vocabulary
from caseapp.core.clients import EARLIEST_BIRTH, Client, clean_name
from caseapp.core.eligibility import MAX_HOURS_PER_WEEK, Frequency
from caseapp.core.errors import InvalidInput
from caseapp.core.text import clean_line, clean_text
from caseapp.core.users import USER_NAME

MAX_AMOUNT = Decimal("100000000")  # a hundred million a period: past this it is a typo
MAX_MINUTES = 24 * 60
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]{1,253}")
_US_ZIP = re.compile(r"[0-9]{5}(-?[0-9]{4})?")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


# -- shared checks -------------------------------------------------------------


def _codes() -> Any:
    # Loaded on first use: pycountry and phonenumbers cost ~80 ms to import,
    # which the unlock screen should not pay.
    from caseapp.core import codes

    return codes


def _phones() -> Any:
    from caseapp.core import phones

    return phones


def _vocabulary(name: str, *rows: tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(name, tuple(Term(*row) for row in rows))


ALIAS_KINDS = _vocabulary(
    "kind of name",
    ("alias", "Alias", "Alias"),
    ("former_name", "Former name", "Nombre anterior"),
    ("other_spelling", "Other spelling", "Otra ortografía"),
    ("nickname", "Nickname", "Apodo"),
)
IDENTIFIER_KINDS = _vocabulary(
    "kind of number",
    ("a_number", "A-number", "Número A"),
    ("itin", "ITIN", "ITIN"),
    ("ssn", "Social Security number", "Número de Seguro Social"),
)
TIME_ACTIVITIES = _vocabulary(
    "activity",
    ("interview", "Client interview", "Entrevista con cliente"),
    ("research", "Research", "Investigación"),
    ("drafting", "Drafting", "Redacción"),
    ("filing", "Filing", "Presentación"),
    ("hearing", "Hearing", "Audiencia"),
    ("travel", "Travel", "Viaje"),
    ("translation", "Translation", "Traducción"),
    ("other", "Other", "Otro"),
)
CONFLICT_DECISIONS = _vocabulary(
    "conflict-check decision",
    ("no_conflict", "No conflict", "Sin conflicto"),
    ("cleared", "Possible conflicts reviewed and cleared", "Posibles conflictos revisados"),
    ("conflict", "Conflict: do not open", "Conflicto: no abrir"),
)


def _date(value: date | None, label: str, *, today: date, past_only: bool = False) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(f"{label} must be a calendar date.")
    if value < EARLIEST_BIRTH:
        raise InvalidInput(f"{label} is before 1900; check the year.")
    if past_only and value > today:
        raise InvalidInput(f"{label} is in the future; check the date.")
    if value.year > today.year + 50:
        raise InvalidInput(f"{label} is more than 50 years ahead; check the year.")
    return value


def _moment(value: datetime, label: str) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidInput(f"{label} needs a date and a time.")
    if value.tzinfo is not None:
        # Hearings and check-ins are kept in the local time printed on the notice.
        raise InvalidInput(f"{label} is a local time, as printed on the notice (no time zone).")
    if value.year < 1990 or value.year > 2200:
        raise InvalidInput(f"{label} has an impossible year; check the date.")
    return value.replace(second=0, microsecond=0)


def _not_before(later: date | None, earlier: date | None, message: str) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise InvalidInput(message)


def _bool(value: object, label: str) -> bool:
    if type(value) is not bool:
        raise InvalidInput(f"{label} must be yes or no.")
    return value


def check_uuid(value: str, label: str, *, required: bool = False) -> str:
    """A reference to another record: empty (none) or a canonical UUID."""
    if value == "" and not required:
        return ""
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise InvalidInput(f"{label} does not refer to a record; choose it again.")
    return value


def new_uuid() -> str:
    return str(uuid.uuid4())


def parse_amount(value: Decimal | int | str, label: str = "The amount") -> Decimal:
    """Money as typed: ``1,250.50``, ``$1250.5`` or a Decimal; at most cents, never negative."""
    if isinstance(value, bool | float):
        raise InvalidInput(f"{label} must be an exact amount such as 1250.50.")
    if isinstance(value, str):
        text = value.strip().replace(",", "").removeprefix("$").strip()
        if len(text) > 20 or not re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", text):
            raise InvalidInput(f"{label} must be written like 1250.50 (dollars and cents).")
        value = Decimal(text)
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise InvalidInput(f"{label} must be an exact amount such as 1250.50.") from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput(f"{label} must be zero or more.")
    if amount != amount.quantize(Decimal("0.01")):
        raise InvalidInput(f"{label} has more than two decimal places.")
    if amount >= MAX_AMOUNT:
        raise InvalidInput(f"{label} is implausibly large; check the number of digits.")
    return amount.quantize(Decimal("0.01"))


def _email(value: str) -> str:
    text = clean_line(value, "The e-mail address", required=True, max_chars=254)
    if not _EMAIL.fullmatch(text) or "." not in text.rsplit("@", 1)[1]:
        raise InvalidInput("That does not look like an e-mail address (name@example.org).")
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


# -- the records ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name the client has used or is known by (it feeds the conflict check)."""

    KIND: ClassVar[str] = "alias"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    given_names: str
    family_names: str = ""
    kind: str = "alias"

    def cleaned(self, today: date) -> Self:
        cleaned = replace(
            self,
            given_names=clean_name(self.given_names, "The alias's given name(s)"),
            family_names=clean_name(self.family_names, "The alias's family name(s)"),
            kind=ALIAS_KINDS.parse(self.kind),
        )
        # A former surname alone (a maiden name) is an alias too.
        if not (cleaned.given_names or cleaned.family_names):
            raise InvalidInput("An alias needs a given name or a family name.")
        return cleaned


@dataclass(frozen=True, slots=True)
class Identifier:
    """An A-number, ITIN or SSN in its canonical 9 digits."""

    KIND: ClassVar[str] = "identifier"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset({"value"})

    kind: str
    # Tier 1 fields stay out of repr (and so out of any traceback or log line).
    value: str = field(repr=False)

    def cleaned(self, today: date) -> Self:
        kind = IDENTIFIER_KINDS.parse(self.kind)
        return replace(self, kind=kind, value=parse_identifier(kind, self.value).canonical)


def parse_identifier(kind: str, value: str) -> identifiers.Identifier:
    """The typed value for one identifier kind (a_number, itin, ssn)."""
    if kind == "a_number":
        return identifiers.parse_a_number(value)
    if kind == "itin":
        return identifiers.parse_itin(value)
    if kind == "ssn":
        return identifiers.parse_ssn(value)
    raise InvalidInput("Choose the kind of number: A-number, ITIN or SSN.")


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone number (E.164) with what is safe to do with it."""

    KIND: ClassVar[str] = "phone"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    number: str
    label: str = ""
    safe_to_call: bool = False
    safe_to_text: bool = False
    safe_to_voicemail: bool = False
    primary: bool = False

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            number=_phones().parse_phone(self.number).e164,
            label=clean_line(self.label, "The phone's label", max_chars=60),
            safe_to_call=_bool(self.safe_to_call, "Safe to call"),
            safe_to_text=_bool(self.safe_to_text, "Safe to text"),
            safe_to_voicemail=_bool(self.safe_to_voicemail, "Safe to leave a voicemail"),
            primary=_bool(self.primary, "Primary phone"),
        )


@dataclass(frozen=True, slots=True)
class Email:
    KIND: ClassVar[str] = "email"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    address: str
    label: str = ""
    safe_to_email: bool = False
    primary: bool = False

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            address=_email(self.address),
            label=clean_line(self.label, "The e-mail's label", max_chars=60),
            safe_to_email=_bool(self.safe_to_email, "Safe to e-mail"),
            primary=_bool(self.primary, "Primary e-mail"),
        )


@dataclass(frozen=True, slots=True)
class Address:
    """Where the client lives or gets mail. Tier 1: an address can lead to a door."""

    KIND: ClassVar[str] = "address"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset(
        {"line1", "line2", "city", "region", "postal_code", "country"}
    )

    line1: str = field(repr=False)
    line2: str = field(default="", repr=False)
    city: str = field(default="", repr=False)
    region: str = field(default="", repr=False)
    postal_code: str = field(default="", repr=False)
    country: str = field(default="US", repr=False)
    label: str = ""
    safe_to_mail: bool = False
    current: bool = True

    def cleaned(self, today: date) -> Self:
        country = _codes().parse_country(self.country or "US")
        postal = clean_line(self.postal_code, "The postal code", max_chars=20).upper()
        region = clean_line(self.region, "The state or region", max_chars=80)
        if country == "US":
            if postal and not _US_ZIP.fullmatch(postal):
                raise InvalidInput("A US ZIP code has 5 digits (or 5+4, like 94103-1234).")
            if len(region) == 2:
                region = region.upper()
        return replace(
            self,
            line1=clean_line(self.line1, "The street address", required=True, max_chars=200),
            line2=clean_line(self.line2, "The second address line", max_chars=200),
            city=clean_line(self.city, "The city", max_chars=100),
            region=region,
            postal_code=postal,
            country=country,
            label=clean_line(self.label, "The address's label", max_chars=60),
            safe_to_mail=_bool(self.safe_to_mail, "Safe to send mail"),
            current=_bool(self.current, "Current address"),
        )


@dataclass(frozen=True, slots=True)
class Safety:
    """Safety information: at most one per client, tier 1 throughout."""

    KIND: ClassVar[str] = "safety"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset(
        {"code_word", "alternate_contact", "domestic_violence", "trafficking", "notes"}
    )

    code_word: str = field(default="", repr=False)
    alternate_contact: str = field(default="", repr=False)
    domestic_violence: bool = field(default=False, repr=False)
    trafficking: bool = field(default=False, repr=False)
    notes: str = field(default="", repr=False)

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            code_word=clean_line(self.code_word, "The code word", max_chars=100),
            alternate_contact=clean_line(
                self.alternate_contact, "The safe alternate contact", max_chars=300
            ),
            domestic_violence=_bool(self.domestic_violence, "Domestic violence"),
            trafficking=_bool(self.trafficking, "Trafficking"),
            notes=clean_text(self.notes, "The safety notes", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class HouseholdMember:
    KIND: ClassVar[str] = "household_member"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    given_names: str
    family_names: str = ""
    relationship: str = "other"
    date_of_birth: date | None = None
    in_household: bool = True

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            given_names=clean_name(self.given_names, "The member's given name(s)", required=True),
            family_names=clean_name(self.family_names, "The member's family name(s)"),
            relationship=case_codes.RELATIONSHIPS.parse(self.relationship),
            date_of_birth=_date(
                self.date_of_birth, "The member's date of birth", today=today, past_only=True
            ),
            in_household=_bool(self.in_household, "Lives in the household"),
        )


@dataclass(frozen=True, slots=True)
class Income:
    """One income source: the client's (``member_uuid`` empty) or a household member's."""

    KIND: ClassVar[str] = "income"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    amount: Decimal
    frequency: str = "monthly"
    source: str = "employment"
    member_uuid: str = ""
    hours_per_week: Decimal | None = None

    def cleaned(self, today: date) -> Self:
        try:
            frequency = Frequency(str(self.frequency).strip().lower())
        except ValueError:
            choices = ", ".join(f.value for f in Frequency)
            raise InvalidInput(f"How often the income is received: one of {choices}.") from None
        hours = self.hours_per_week
        if frequency is Frequency.HOURLY:
            if hours is None:
                raise InvalidInput("An hourly income needs the hours worked per week.")
            hours = parse_amount(hours, "Hours per week")
            if not 0 < hours <= MAX_HOURS_PER_WEEK:
                raise InvalidInput("Hours per week must be more than 0 and at most 168.")
        elif hours is not None:
            raise InvalidInput("Hours per week apply only to an hourly income.")
        return replace(
            self,
            amount=parse_amount(self.amount, "The income amount"),
            frequency=frequency.value,
            source=case_codes.INCOME_SOURCES.parse(self.source),
            member_uuid=check_uuid(self.member_uuid, "The household member"),
            hours_per_week=hours,
        )


@dataclass(frozen=True, slots=True)
class Entry:
    """An entry to the United States: date, place and manner (the last one starts
    the one-year asylum clock)."""

    KIND: ClassVar[str] = "entry"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    entry_date: date
    place: str = ""
    manner: str = "unknown"
    admitted_as: str = ""
    notes: str = ""

    def cleaned(self, today: date) -> Self:
        entry = _date(self.entry_date, "The date of entry", today=today, past_only=True)
        if entry is None:
            raise InvalidInput("The date of entry is required (an estimate is fine; say so).")
        return replace(
            self,
            entry_date=entry,
            place=clean_line(self.place, "The place of entry", max_chars=200),
            manner=case_codes.ENTRY_MANNERS.parse(self.manner),
            admitted_as=clean_line(self.admitted_as, "Admitted as", max_chars=100),
            notes=clean_text(self.notes, "The entry notes", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class Application:
    """A prior or pending application (I-589, I-130, ...) with its receipt number."""

    KIND: ClassVar[str] = "application"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    form: str
    receipt_number: str = ""
    filed_on: date | None = None
    status: str = "pending"
    decided_on: date | None = None
    notes: str = ""

    def cleaned(self, today: date) -> Self:
        receipt = self.receipt_number.strip()
        filed = _date(self.filed_on, "The filing date", today=today, past_only=True)
        decided = _date(self.decided_on, "The decision date", today=today, past_only=True)
        _not_before(decided, filed, "The decision date is before the filing date.")
        return replace(
            self,
            form=case_codes.APPLICATION_FORMS.parse(self.form),
            receipt_number=identifiers.parse_receipt_number(receipt).canonical if receipt else "",
            filed_on=filed,
            status=case_codes.APPLICATION_STATUSES.parse(self.status),
            decided_on=decided,
            notes=clean_text(self.notes, "The application notes", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class Proceeding:
    """Immigration court (or other) proceedings."""

    KIND: ClassVar[str] = "proceeding"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    kind: str = "removal"
    court: str = ""
    judge: str = ""
    status: str = "pending"
    notes: str = ""

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            kind=case_codes.PROCEEDING_KINDS.parse(self.kind),
            court=clean_line(self.court, "The court", max_chars=200),
            judge=clean_line(self.judge, "The judge", max_chars=200),
            status=case_codes.PROCEEDING_STATUSES.parse(self.status),
            notes=clean_text(self.notes, "The proceeding notes", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class Hearing:
    """A hearing, at the local time printed on the hearing notice."""

    KIND: ClassVar[str] = "hearing"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    starts_at: datetime
    kind: str = "master_calendar"
    location: str = ""
    judge: str = ""
    proceeding_uuid: str = ""
    case_uuid: str = ""
    outcome: str = ""

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            starts_at=_moment(self.starts_at, "The hearing"),
            kind=case_codes.HEARING_KINDS.parse(self.kind),
            location=clean_line(self.location, "The hearing location", max_chars=200),
            judge=clean_line(self.judge, "The judge", max_chars=200),
            proceeding_uuid=check_uuid(self.proceeding_uuid, "The proceeding"),
            case_uuid=check_uuid(self.case_uuid, "The case"),
            outcome=clean_text(self.outcome, "The hearing outcome", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class CheckIn:
    """An ICE check-in appointment."""

    KIND: ClassVar[str] = "check_in"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    at: datetime
    office: str = ""
    outcome: str = ""

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            at=_moment(self.at, "The check-in"),
            office=clean_line(self.office, "The ICE office", max_chars=200),
            outcome=clean_text(self.outcome, "The check-in outcome", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class Detention:
    KIND: ClassVar[str] = "detention"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    facility: str
    detained_on: date | None = None
    released_on: date | None = None
    notes: str = ""

    def cleaned(self, today: date) -> Self:
        detained = _date(self.detained_on, "The detention date", today=today, past_only=True)
        released = _date(self.released_on, "The release date", today=today, past_only=True)
        _not_before(released, detained, "The release date is before the detention date.")
        return replace(
            self,
            facility=clean_line(self.facility, "The detention facility", required=True),
            detained_on=detained,
            released_on=released,
            notes=clean_text(self.notes, "The detention notes", max_chars=5000),
        )


@dataclass(frozen=True, slots=True)
class Case:
    """A legal matter. Opened only after a recorded conflict check (see the services)."""

    KIND: ClassVar[str] = "case"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    subcode: str
    opened_on: date
    title: str = ""
    lsc_code: str = case_codes.IMMIGRATION_PROBLEM_CODE
    status: str = "open"
    funding_source: str = ""
    closed_on: date | None = None
    closing_code: str = ""
    outcome: str = ""
    # The recorded conflict check the case was opened on (set by the service).
    conflict_check_uuid: str = ""

    def cleaned(self, today: date) -> Self:
        opened = _date(self.opened_on, "The opening date", today=today, past_only=True)
        if opened is None:
            raise InvalidInput("The opening date is required.")
        closed = _date(self.closed_on, "The closing date", today=today, past_only=True)
        status = case_codes.parse_case_status(self.status)
        closing = case_codes.parse_closing_code(self.closing_code) if self.closing_code else ""
        case_codes.check_case_state(status, closing, closed, opened)
        return replace(
            self,
            subcode=case_codes.parse_subcode(self.subcode),
            opened_on=opened,
            title=clean_line(self.title, "The case title", max_chars=200),
            lsc_code=case_codes.parse_problem_code(self.lsc_code),
            status=status,
            funding_source=clean_line(self.funding_source, "The funding source", max_chars=100),
            closed_on=closed,
            closing_code=closing,
            outcome=clean_text(self.outcome, "The outcome", max_chars=5000),
            conflict_check_uuid=check_uuid(self.conflict_check_uuid, "The conflict check"),
        )


@dataclass(frozen=True, slots=True)
class Party:
    """Someone else in a case: adverse (the abuser, a former employer) or related."""

    KIND: ClassVar[str] = "party"
    PARENT: ClassVar[str] = "case"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    case_uuid: str
    role: str = "adverse"
    given_names: str = ""
    family_names: str = ""
    organisation: str = ""
    date_of_birth: date | None = None
    relationship: str = ""
    notes: str = ""

    def cleaned(self, today: date) -> Self:
        role = self.role.strip().lower()
        if role not in ("adverse", "related"):
            raise InvalidInput("A party is either adverse or related.")
        cleaned = replace(
            self,
            case_uuid=check_uuid(self.case_uuid, "The case", required=True),
            role=role,
            given_names=clean_name(self.given_names, "The party's given name(s)"),
            family_names=clean_name(self.family_names, "The party's family name(s)"),
            organisation=clean_line(self.organisation, "The organisation", max_chars=200),
            date_of_birth=_date(
                self.date_of_birth, "The party's date of birth", today=today, past_only=True
            ),
            relationship=clean_line(self.relationship, "The relationship", max_chars=100),
            notes=clean_text(self.notes, "The party notes", max_chars=5000),
        )
        if not (cleaned.given_names or cleaned.family_names or cleaned.organisation):
            raise InvalidInput("A party needs a name or an organisation.")
        return cleaned


@dataclass(frozen=True, slots=True)
class Deadline:
    KIND: ClassVar[str] = "deadline"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    due_on: date
    title: str
    kind: str = "other"
    case_uuid: str = ""
    done_on: date | None = None
    # Set by the service for deadlines it computes (the one-year asylum deadline).
    computed: bool = False

    def cleaned(self, today: date) -> Self:
        due = _date(self.due_on, "The due date", today=today)
        if due is None:
            raise InvalidInput("A deadline needs a due date.")
        return replace(
            self,
            due_on=due,
            title=clean_line(self.title, "The deadline's title", required=True, max_chars=200),
            kind=case_codes.DEADLINE_KINDS.parse(self.kind),
            case_uuid=check_uuid(self.case_uuid, "The case"),
            done_on=_date(self.done_on, "The completion date", today=today, past_only=True),
            computed=_bool(self.computed, "Computed"),
        )


@dataclass(frozen=True, slots=True)
class Task:
    KIND: ClassVar[str] = "task"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    title: str
    due_on: date | None = None
    case_uuid: str = ""
    assigned_to: str = ""
    done_on: date | None = None

    def cleaned(self, today: date) -> Self:
        assignee = self.assigned_to.strip()
        if assignee and not USER_NAME.fullmatch(assignee):
            raise InvalidInput("Assign the task to a user of this vault (their user name).")
        return replace(
            self,
            title=clean_line(self.title, "The task", required=True, max_chars=300),
            due_on=_date(self.due_on, "The task's due date", today=today),
            case_uuid=check_uuid(self.case_uuid, "The case"),
            assigned_to=assignee,
            done_on=_date(self.done_on, "The completion date", today=today, past_only=True),
        )


@dataclass(frozen=True, slots=True)
class Note:
    """A case note. ``privileged`` notes stay out of referral copies; ``sensitive``
    ones (an asylum narrative, abuse details) are tier 1."""

    KIND: ClassVar[str] = "note"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset({"body"})  # when ``sensitive``

    body: str = field(repr=False)
    case_uuid: str = ""
    privileged: bool = False
    sensitive: bool = False

    def cleaned(self, today: date) -> Self:
        return replace(
            self,
            body=clean_text(self.body, "The note", required=True),
            case_uuid=check_uuid(self.case_uuid, "The case"),
            privileged=_bool(self.privileged, "Privileged"),
            sensitive=_bool(self.sensitive, "Sensitive"),
        )


@dataclass(frozen=True, slots=True)
class TimeEntry:
    KIND: ClassVar[str] = "time_entry"
    PARENT: ClassVar[str] = "case"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    case_uuid: str
    worked_on: date
    minutes: int
    activity: str = "other"
    description: str = ""
    # Who did the work; the service fills in the acting user when empty.
    worker: str = ""

    def cleaned(self, today: date) -> Self:
        worked = _date(self.worked_on, "The date worked", today=today, past_only=True)
        if worked is None:
            raise InvalidInput("A time entry needs the date the work was done.")
        if type(self.minutes) is not int or not 0 < self.minutes <= MAX_MINUTES:
            raise InvalidInput("Time is recorded in whole minutes, from 1 to 1440 (one day).")
        worker = self.worker.strip()
        if worker and not USER_NAME.fullmatch(worker):
            raise InvalidInput("Who did the work: a user of this vault (their user name).")
        return replace(
            self,
            case_uuid=check_uuid(self.case_uuid, "The case", required=True),
            worked_on=worked,
            activity=TIME_ACTIVITIES.parse(self.activity),
            description=clean_line(self.description, "The description", max_chars=500),
            worker=worker,
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A stored file's description. The bytes live beside it in the vault, are
    checked by ``core.documents`` first, and are never executed or handed to
    another program."""

    KIND: ClassVar[str] = "document"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    filename: str
    media_type: str
    size: int
    sha256: str
    case_uuid: str = ""
    description: str = ""

    def cleaned(self, today: date) -> Self:
        if type(self.size) is not int or self.size < 1:
            raise InvalidInput("The document is empty.")
        if not _SHA256.fullmatch(self.sha256):
            raise InvalidInput("The document's checksum is missing; add the file again.")
        return replace(
            self,
            filename=clean_line(self.filename, "The file name", required=True, max_chars=200),
            media_type=clean_line(self.media_type, "The file type", required=True, max_chars=100),
            case_uuid=check_uuid(self.case_uuid, "The case"),
            description=clean_line(self.description, "The description", max_chars=500),
        )


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One document a case needs (from the case type's checklist, or added by hand)."""

    KIND: ClassVar[str] = "checklist_item"
    PARENT: ClassVar[str] = "case"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    case_uuid: str
    label: str
    key: str = ""
    status: str = "needed"
    received_on: date | None = None

    def cleaned(self, today: date) -> Self:
        key = self.key.strip()
        if key and not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", key):
            raise InvalidInput("A checklist item key is lower-case letters, digits and _.")
        return replace(
            self,
            case_uuid=check_uuid(self.case_uuid, "The case", required=True),
            label=clean_line(self.label, "The checklist item", required=True, max_chars=300),
            key=key,
            status=case_codes.CHECKLIST_STATUSES.parse(self.status),
            received_on=_date(self.received_on, "The date received", today=today, past_only=True),
        )


@dataclass(frozen=True, slots=True)
class ConflictCheck:
    """The recorded result of a conflict check: what was decided, by whom, on how many hits.

    Recorded by ``Session.record_conflict_check``; a case opens only against one."""

    KIND: ClassVar[str] = "conflict_check"
    PARENT: ClassVar[str] = "client"
    TIER1: ClassVar[frozenset[str]] = frozenset()

    decision: str
    hits: int = 0
    adverse_names: tuple[str, ...] = ()
    note: str = ""

    def cleaned(self, today: date) -> Self:
        decision = CONFLICT_DECISIONS.parse(self.decision)
        if type(self.hits) is not int or self.hits < 0:
            raise InvalidInput("The number of possible conflicts must be 0 or more.")
        if decision == "no_conflict" and self.hits:
            raise InvalidInput(
                "There were possible conflicts: review them and record them as cleared, "
                "or as a conflict."
            )
        if len(self.adverse_names) > 50:
            raise InvalidInput("At most 50 adverse parties can be checked at once.")
        return replace(
            self,
            decision=decision,
            adverse_names=tuple(
                clean_name(n, "An adverse party's name", required=True) for n in self.adverse_names
            ),
            note=clean_text(self.note, "The decision note", max_chars=5000),
        )


Record = (
    Alias
    | Identifier
    | Phone
    | Email
    | Address
    | Safety
    | HouseholdMember
    | Income
    | Entry
    | Application
    | Proceeding
    | Hearing
    | CheckIn
    | Detention
    | Case
    | Party
    | Deadline
    | Task
    | Note
    | TimeEntry
    | Document
    | ChecklistItem
    | ConflictCheck
)

RECORD_TYPES: tuple[type[Record], ...] = (
    Alias,
    Identifier,
    Phone,
    Email,
    Address,
    Safety,
    HouseholdMember,
    Income,
    Entry,
    Application,
    Proceeding,
    Hearing,
    CheckIn,
    Detention,
    Case,
    Party,
    Deadline,
    Task,
    Note,
    TimeEntry,
    Document,
    ChecklistItem,
    ConflictCheck,
)
KINDS: dict[str, type[Record]] = {t.KIND: t for t in RECORD_TYPES}
# Kinds that exist at most once per client.
SINGLETONS = frozenset({Safety.KIND})


def record_fields(kind: type[Record]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def changed_fields(before: Record, after: Record) -> list[str]:
    """Names of the fields whose values differ (for the audit entry of an update)."""
    return [
        name
        for name in record_fields(type(before))
        if getattr(before, name) != getattr(after, name)
    ]


def tier1_fields(record: Record) -> frozenset[str]:
    """The fields of this record that are tier 1 (notes only when marked sensitive)."""
    if isinstance(record, Note) and not record.sensitive:
        return frozenset()
    return type(record).TIER1


R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class Stored(Generic[R]):
    """A record as kept: its UUID, the client it belongs to, and who changed it when.

    ``hidden`` names the tier-1 fields masked in this copy (empty when revealed or
    when the record has none): their values here are mask text, not data.
    """

    uuid: str
    client_uuid: str
    record: R
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    hidden: frozenset[str] = frozenset()

    @property
    def masked(self) -> bool:
        return bool(self.hidden)


@dataclass(frozen=True, slots=True)
class ClientFile:
    """Everything about one client, as one audited read returns it.

    Tier-1 values are masked unless the read was a reveal: identifiers show
    their masked form, addresses and sensitive notes show ``MASK_TEXT``, and
    each such copy lists the masked fields in ``Stored.hidden``. Safety
    information is left out entirely while hidden (``safety_hidden`` says that
    there is some), because a masked yes/no cannot be told from a real one.
    """

    client: Client
    records: dict[str, tuple[Stored[Any], ...]]
    revealed: bool
    safety_hidden: bool = False
    notes_total: int = 0

    def of(self, kind: type[R]) -> tuple[Stored[R], ...]:
        """The records of one kind, in the order a paralegal reads them."""
        return self.records.get(kind.KIND, ())

    @property
    def last_arrival(self) -> date | None:
        dates = [s.record.entry_date for s in self.of(Entry)]
        return max(dates) if dates else None

    @property
    def household_size(self) -> int:
        """The client plus every member who lives in the household."""
        return 1 + sum(1 for m in self.of(HouseholdMember) if m.record.in_household)


MASK_TEXT = "\u2022" * 6
