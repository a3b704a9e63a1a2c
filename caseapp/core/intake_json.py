"""One client as JSON: what ``caseapp client add --json FILE`` reads and what
``caseapp export --client ID --json`` writes for a client's own records request.

An export is accepted back by the parser, so the two are one format,
``caseapp-client/1``. It uses only JSON's own types, UTF-8 encoded.

The object
----------

A file holds one JSON object::

    {
      "format": "caseapp-client/1",
      "given_names": "María José", "family_names": "Pérez López",
      "preferred_name": "Majo", "date_of_birth": "1990-04-01",
      "profile": {"country_of_birth": "GT", "languages": ["spa", "mam"], ...},
      "aliases": [...], "identifiers": [...], "phones": [...], "emails": [...],
      "addresses": [...],
      "safety": {...},
      "household_members": [{"ref": "son", "given_names": "Luis", ...}],
      "incomes": [{"amount": "1250.50", "frequency": "monthly"},
                  {"amount": "300", "member": "son"}],
      "entries": [...], "applications": [...],
      "proceedings": [{"ref": "eoir", "kind": "removal", ...}],
      "hearings": [{"starts_at": "2025-03-04T08:30", "proceeding": "eoir"}],
      "check_ins": [...], "detentions": [...], "notes": [...], "deadlines": [...],
      "tasks": [...],
      "documents": [{"filename": "notice.pdf", "description": "",
                     "content_base64": "JVBERi0x..."}],
      "cases": [{"subcode": "asylum", "opened_on": "2025-01-10",
                 "parties": [...], "hearings": [...], "deadlines": [...],
                 "tasks": [...], "notes": [...], "time_entries": [...],
                 "checklist_items": [...], "documents": [...]}],
      "conflict_decision": "cleared", "conflict_note": "..."
    }

Only ``format`` (exactly ``"caseapp-client/1"``) and ``given_names`` are
required; a missing list is an empty one. In a record, the fields without a
default in ``core.records`` are required (an identifier's ``kind`` and
``value``); a missing field takes its default.

- ``given_names``, ``family_names``, ``preferred_name``, ``date_of_birth``: the
  client's identity (``core.clients.ClientIdentity``).
- ``profile``: an object with the fields of ``core.clients.ClientProfile``
  (``citizenships`` and ``languages`` are arrays of strings).
- One list per kind of record, each item an object whose keys are the field
  names of that record's dataclass in ``core.records``:

  ========================  =========================================
  key                       record
  ========================  =========================================
  ``aliases``               ``Alias``
  ``identifiers``           ``Identifier``
  ``phones``                ``Phone``
  ``emails``                ``Email``
  ``addresses``             ``Address``
  ``safety``                ``Safety``: one object (or null), not a list
  ``household_members``     ``HouseholdMember``
  ``incomes``               ``Income``
  ``entries``               ``Entry``
  ``applications``          ``Application``
  ``proceedings``           ``Proceeding``
  ``hearings``              ``Hearing`` not tied to a case
  ``check_ins``             ``CheckIn``
  ``detentions``            ``Detention``
  ``notes``                 ``Note`` not tied to a case
  ``deadlines``             ``Deadline`` not tied to a case
  ``tasks``                 ``Task`` not tied to a case
  ``documents``             a stored file not tied to a case (below)
  ``cases``                 ``Case`` (without ``conflict_check_uuid``)
  ``conflict_checks``       ``ConflictCheck``: written, never read (below)
  ========================  =========================================

  Each case may hold the lists ``parties`` (``Party``), ``hearings``,
  ``deadlines``, ``tasks``, ``notes``, ``time_entries`` (``TimeEntry``),
  ``checklist_items`` (``ChecklistItem``) and ``documents``: the records of
  that case, without ``case_uuid``.
- ``conflict_decision`` (``no_conflict``, ``cleared`` or ``conflict``) and
  ``conflict_note``: read only. The conflict check is run when the client is
  added; when it finds possible conflicts the cases open only if the decision
  is ``cleared`` (they were reviewed).

References
----------

No ``*_uuid`` field appears in the format. A record belongs to a case by being
in that case's lists. A household member and a proceeding may carry a
``"ref"``: any non-empty string, unique among household members (or among
proceedings). An income's ``"member"`` names the ref of the household member
it belongs to (no ``"member"``: the client's own income); a hearing's
``"proceeding"`` names the ref of its proceeding. A ref that matches nothing
is refused. Refs are not kept: each record gets a new UUID.

Values
------

- text: a JSON string; yes/no: ``true`` or ``false``; whole numbers (a time
  entry's ``minutes``): a JSON integer;
- dates: ``"YYYY-MM-DD"``; dates and times (hearings, check-ins):
  ``"YYYY-MM-DDTHH:MM"``, the local time printed on the notice, no time zone;
- money and ``hours_per_week``: a string such as ``"1250.50"`` (a JSON integer
  is also accepted; a number with a decimal point is refused: it can lose
  cents, so quote it);
- an empty date (an optional one): ``null`` or the key left out;
- ``citizenships``, ``languages``, ``adverse_names``: arrays of strings.

Documents are ``{"filename": ..., "description": ..., "content_base64": ...}``:
the file's bytes in standard base64 (``A-Z a-z 0-9 + /``, ``=`` padding, no line
breaks). Its type, size and checksum are computed from the bytes when it is
stored, so ``media_type``, ``size`` and ``sha256`` are refused.

What an export adds, and the parser ignores
-------------------------------------------

An export writes the whole file. At the top level it adds ``uuid`` (the
client's), ``exported_at``, ``exported_by`` and ``checkpoint`` (the audit-log
checkpoint of the export); in every record ``uuid``, ``created_at``,
``created_by``, ``updated_at`` and ``updated_by``; household members and
proceedings get ``"ref"`` = their UUID, so incomes and hearings can point at
them. The parser ignores exactly those keys, in those places, and refuses any
other key it does not know, naming where it is
(``cases[0].parties[1].givn_names is not a field of a party.``).

Two things an export holds are not imported:

- deadlines with ``"computed": true`` (the one-year asylum deadline): the
  service computes them again from the entries and cases;
- ``conflict_checks``, the history of the client's conflict checks in the
  vault that exported them: a conflict check cannot be imported, it is run,
  so the list is skipped (the receiving vault runs its own check when the
  file brings cases).

An export of a file without document bytes has no ``content_base64``; such an
export cannot be imported (the documents would be empty).

Limits
------

``load_client_json`` reads at most 60 MiB (bytes; characters' UTF-8 size for
text), documents' base64 included, nested at most 16 deep; a byte-order mark
is allowed, a key twice in one object, NaN, Infinity and integers of more than
30 digits are not.

Errors
------

Every refusal is ``InvalidClientJson``: its message names the place in the
file (``identifiers[0]: That is not a valid A-number...``) and what is
expected, and never repeats a value from the file (it may be client data).
An unknown key is named only when it looks like a field name (lower-case
letters, digits and ``_``).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from caseapp.core import records as rec
from caseapp.core.clients import (
    ClientIdentity,
    ClientProfile,
    validate_identity,
    validate_profile,
)
from caseapp.core.errors import InvalidInput
from caseapp.core.intake import ClientPlan, PlannedDocument
from caseapp.core.text import clean_text

FORMAT: Final = "caseapp-client/1"
MAX_JSON_BYTES: Final = 60 * 1024 * 1024  # the whole file, documents' base64 included
MAX_DEPTH: Final = 16  # the format itself nests 5 deep (cases[0].parties[0])
# Objects and arrays in one file: a client with thousands of notes stays far below.
MAX_CONTAINERS: Final = 200_000
_MAX_INT_DIGITS: Final = 30
_MAX_AMOUNT_CHARS: Final = 30


class InvalidClientJson(InvalidInput):
    """A client file (JSON) that does not follow the format; the message says where."""

    default_message = f"The client file is not in the {FORMAT} format."


# -- the shape of the format ----------------------------------------------------------

# Keys an export writes that the parser ignores: in every record, and at the top.
RECORD_METADATA: Final = frozenset({"uuid", "created_at", "created_by", "updated_at", "updated_by"})
EXPORT_METADATA: Final = frozenset({"uuid", "exported_at", "exported_by", "checkpoint"})

CLIENT_SECTIONS: Final[tuple[tuple[str, type[rec.Record]], ...]] = (
    ("aliases", rec.Alias),
    ("identifiers", rec.Identifier),
    ("phones", rec.Phone),
    ("emails", rec.Email),
    ("addresses", rec.Address),
    ("household_members", rec.HouseholdMember),
    ("incomes", rec.Income),
    ("entries", rec.Entry),
    ("applications", rec.Application),
    ("proceedings", rec.Proceeding),
    ("hearings", rec.Hearing),
    ("check_ins", rec.CheckIn),
    ("detentions", rec.Detention),
    ("notes", rec.Note),
    ("deadlines", rec.Deadline),
    ("tasks", rec.Task),
    ("documents", rec.Document),
)
CASE_SECTIONS: Final[tuple[tuple[str, type[rec.Record]], ...]] = (
    ("parties", rec.Party),
    ("hearings", rec.Hearing),
    ("deadlines", rec.Deadline),
    ("tasks", rec.Task),
    ("notes", rec.Note),
    ("time_entries", rec.TimeEntry),
    ("checklist_items", rec.ChecklistItem),
    ("documents", rec.Document),
)
SAFETY: Final = "safety"
CASES: Final = "cases"
CONFLICT_CHECKS: Final = "conflict_checks"

# Reference fields other than case_uuid (which is nesting): the key that replaces
# each, and the kind it points at (by that kind's "ref").
_LINKS: Final[Mapping[str, tuple[str, type[rec.Record]]]] = {
    "member_uuid": ("member", rec.HouseholdMember),
    "proceeding_uuid": ("proceeding", rec.Proceeding),
}
_REFERABLE: Final[frozenset[type[rec.Record]]] = frozenset(kind for _, kind in _LINKS.values())
# Set by the service, never part of the format.
_SERVICE_REFERENCES: Final = frozenset({"conflict_check_uuid"})
_DOCUMENT_COMPUTED: Final = frozenset({"media_type", "size", "sha256"})
_CONTENT: Final = "content_base64"

_SAFE_KEY: Final = re.compile(r"[a-z][a-z0-9_]{0,63}")
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
_AMOUNT: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")

_Read = Callable[[object, str], object]


@dataclasses.dataclass(frozen=True, slots=True)
class _Field:
    name: str
    read: _Read
    required: bool


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _fail(path: str, expected: str, nullable: bool) -> InvalidClientJson:
    return InvalidClientJson(f"{path} must be {expected}{', or null' if nullable else ''}.")


def _read_str(raw: object, path: str, nullable: bool = False) -> str:
    if not isinstance(raw, str):
        raise _fail(path, "text (a JSON string)", nullable)
    return raw


def _read_bool(raw: object, path: str, nullable: bool = False) -> bool:
    if type(raw) is not bool:
        raise _fail(path, "true or false", nullable)
    return raw


def _read_int(raw: object, path: str, nullable: bool = False) -> int:
    if type(raw) is not int:
        raise _fail(path, "a whole number", nullable)
    return raw


def _read_decimal(raw: object, path: str, nullable: bool = False) -> Decimal:
    if isinstance(raw, float):
        raise InvalidClientJson(
            f'{path} must be an exact amount in quotes, like "1250.50": '
            "a number with a decimal point can lose cents."
        )
    if type(raw) is int:
        if abs(raw) >= 10**_MAX_INT_DIGITS:
            raise InvalidClientJson(f"{path} is implausibly large; check the number of digits.")
        return Decimal(raw)
    if isinstance(raw, str) and len(raw) <= _MAX_AMOUNT_CHARS and _AMOUNT.fullmatch(raw):
        return Decimal(raw)
    raise _fail(path, 'an amount written like "1250.50"', nullable)


def _read_date(raw: object, path: str, nullable: bool = False) -> date:
    if isinstance(raw, str) and _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise InvalidClientJson(f"{path} is not a calendar date; check it.") from None
    raise _fail(path, "a date written YYYY-MM-DD", nullable)


def _read_moment(raw: object, path: str, nullable: bool = False) -> datetime:
    if isinstance(raw, str) and _MOMENT.fullmatch(raw):
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            raise InvalidClientJson(f"{path} is not a real date and time; check it.") from None
    raise _fail(path, "a local date and time written YYYY-MM-DDTHH:MM", nullable)


def _read_texts(raw: object, path: str, nullable: bool = False) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise _fail(path, "a list of text values", nullable)
    return tuple(_read_str(item, f"{path}[{i}]") for i, item in enumerate(raw))


_READERS: Final[Mapping[object, Callable[[object, str, bool], object]]] = {
    str: _read_str,
    bool: _read_bool,
    int: _read_int,
    Decimal: _read_decimal,
    date: _read_date,
    datetime: _read_moment,
    tuple[str, ...]: _read_texts,
}


def _reader(hint: object) -> _Read:
    """How a JSON value becomes a field of this type (``X | None`` also takes null)."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        if inner not in _READERS:
            raise TypeError(f"intake_json cannot read a field typed {hint!r}")
        optional = _READERS[inner]
        return lambda raw, path: None if raw is None else optional(raw, path, True)
    if hint not in _READERS:
        raise TypeError(f"intake_json cannot read a field typed {hint!r}")
    read = _READERS[hint]
    return lambda raw, path: read(raw, path, False)


_SCHEMAS: dict[type[Any], tuple[_Field, ...]] = {}


def _schema(cls: type[Any]) -> tuple[_Field, ...]:
    """The fields of a dataclass as the format has them: no references, no computed values."""
    if cls not in _SCHEMAS:
        _SCHEMAS[cls] = _build_schema(cls)
    return _SCHEMAS[cls]


def _build_schema(cls: type[Any]) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(cls)
    out: list[_Field] = []
    for f in dataclasses.fields(cls):
        if f.name.endswith("_uuid"):
            if f.name != "case_uuid" and f.name not in _LINKS and f.name not in _SERVICE_REFERENCES:
                raise TypeError(f"intake_json does not know the reference {cls.__name__}.{f.name}")
            continue
        if cls is rec.Document and f.name in _DOCUMENT_COMPUTED:
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out.append(_Field(f.name, _reader(hints[f.name]), required))
    return tuple(out)


def _field_names(cls: type[Any]) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _label(kind: type[rec.Record]) -> str:
    words = kind.KIND.replace("_", " ")
    if kind.KIND in rec.SINGLETONS:
        return f"the {words} record"
    return f"{'an' if words[0] in 'aeiou' else 'a'} {words}"


def _extra_keys(kind: type[rec.Record]) -> frozenset[str]:
    """Keys a record of this kind has besides its fields (refs, nested lists, content)."""
    keys = {key for name, (key, _) in _LINKS.items() if name in _field_names(kind)}
    if kind in _REFERABLE:
        keys.add("ref")
    if kind is rec.Document:
        keys.add(_CONTENT)
    if kind is rec.Case:
        keys.update(name for name, _ in CASE_SECTIONS)
    return frozenset(keys)


# -- reading --------------------------------------------------------------------------


def _unknown_key(path: str, key: str, what: str, kind: type[Any] | None) -> InvalidClientJson:
    where = _join(path, key)
    if not _SAFE_KEY.fullmatch(key):
        # A key can be anything, client data included: describe it instead.
        return InvalidClientJson(
            f"{path or 'The top level'}: a key there is not a field of {what} "
            "(field names are lower-case words joined by _, such as given_names)."
        )
    if key == "case_uuid":
        return InvalidClientJson(
            f"{where} is not part of the format: put the record in the lists of its case "
            "(cases[...].notes, ...) or leave it out."
        )
    for name, (link, target) in _LINKS.items():
        if key == name:
            return InvalidClientJson(
                f'{where} is not part of the format: write "{link}" with the ref of '
                f"{_label(target)} instead."
            )
    if key in _SERVICE_REFERENCES:
        return InvalidClientJson(
            f"{where} is not part of the format: the conflict check is run when the "
            "client is added; leave it out."
        )
    if key.endswith("_uuid"):
        return InvalidClientJson(
            f"{where} is not part of the format: records refer to each other by nesting "
            'and by "ref".'
        )
    if kind is rec.Document and key in _DOCUMENT_COMPUTED:
        return InvalidClientJson(f"{where} is computed from the content; leave it out.")
    return InvalidClientJson(f"{where} is not a field of {what}.")


def _object(raw: object, path: str, what: str) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise InvalidClientJson(f"{path or 'The file'} must be a JSON object ({what}).")
    if not all(isinstance(key, str) for key in raw):
        raise InvalidClientJson(f"{path or 'The file'}: every key must be text.")
    return raw


def _list(raw: object, path: str) -> list[object]:
    if not isinstance(raw, list):
        raise InvalidClientJson(f"{path} must be a list (a JSON array) of objects.")
    return raw


def _read_fields(
    obj: Mapping[str, object],
    path: str,
    cls: type[Any],
    what: str,
    allowed: Iterable[str] = (),
) -> dict[str, Any]:
    """The dataclass fields present in ``obj``; unknown keys refused, missing required ones too."""
    schema = _schema(cls)
    known = {f.name for f in schema} | set(allowed)
    for key in obj:
        if key not in known:
            raise _unknown_key(path, key, what, cls)
    values: dict[str, Any] = {}
    for f in schema:
        if f.name in obj:
            values[f.name] = f.read(obj[f.name], _join(path, f.name))
        elif f.required:
            raise InvalidClientJson(f"{_join(path, f.name)} is required.")
    return values


R = typing.TypeVar("R", bound=rec.Record)


def _cleaned(record: R, path: str, today: date) -> R:
    try:
        # cleaned() returns Self; mypy sees the whole Record union through R.
        return typing.cast(R, record.cleaned(today))
    except InvalidInput as exc:
        raise InvalidClientJson(f"{path}: {exc}") from None


def _ref(obj: Mapping[str, object], key: str, path: str) -> str | None:
    if key not in obj:
        return None
    value = obj[key]
    if not isinstance(value, str) or not value:
        raise InvalidClientJson(f"{_join(path, key)} must be a non-empty string.")
    return value


class _Planner:
    """Builds the plan record by record, giving each its UUID and resolving refs."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.records: list[tuple[str, rec.Record]] = []
        self.documents: list[PlannedDocument] = []
        self.refs: dict[type[rec.Record], dict[str, str]] = {k: {} for k in _REFERABLE}

    def section(
        self, parent: Mapping[str, object], name: str, path: str, kind: type[rec.Record], case: str
    ) -> None:
        if name not in parent:
            return
        where = _join(path, name)
        for i, item in enumerate(_list(parent[name], where)):
            item_path = f"{where}[{i}]"
            obj = _object(item, item_path, _label(kind))
            if kind is rec.Document:
                self.document(obj, item_path, case)
            else:
                self.record(obj, item_path, kind, case)

    def record(
        self, obj: Mapping[str, object], path: str, kind: type[rec.Record], case: str = ""
    ) -> None:
        values = _read_fields(obj, path, kind, _label(kind), RECORD_METADATA | _extra_keys(kind))
        if kind is rec.Deadline and values.get("computed") is True:
            return  # the service computes these again
        names = _field_names(kind)
        if "case_uuid" in names:
            values["case_uuid"] = case
        for name, (key, target) in _LINKS.items():
            if name in names:
                values[name] = self.resolve(obj, key, path, target)
        record = _cleaned(kind(**values), path, self.today)
        record_uuid = rec.new_uuid()
        if kind in _REFERABLE:
            ref = _ref(obj, "ref", path)
            if ref is not None:
                if ref in self.refs[kind]:
                    raise InvalidClientJson(
                        f"{path}.ref is also the ref of an earlier {kind.KIND.replace('_', ' ')}; "
                        "each needs its own."
                    )
                self.refs[kind][ref] = record_uuid
        self.records.append((record_uuid, record))
        if kind is rec.Case:
            for name, nested in CASE_SECTIONS:
                self.section(obj, name, path, nested, record_uuid)

    def resolve(
        self, obj: Mapping[str, object], key: str, path: str, target: type[rec.Record]
    ) -> str:
        ref = _ref(obj, key, path)
        if ref is None:
            return ""
        found = self.refs[target].get(ref)
        if found is None:
            raise InvalidClientJson(
                f"{_join(path, key)} does not match the ref of any {target.KIND.replace('_', ' ')} "
                "in the file."
            )
        return found

    def document(self, obj: Mapping[str, object], path: str, case: str) -> None:
        values = _read_fields(obj, path, rec.Document, "a document", RECORD_METADATA | {_CONTENT})
        if _CONTENT not in obj:
            raise InvalidClientJson(
                f"{path}.{_CONTENT} is required: the file's bytes in base64 (an export made "
                "without document content cannot bring the documents back)."
            )
        content = _decode_base64(obj[_CONTENT], f"{path}.{_CONTENT}")
        described = _cleaned(
            rec.Document(
                media_type="application/octet-stream",  # checked from the bytes when stored
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                case_uuid=case,
                **values,
            ),
            path,
            self.today,
        )
        self.documents.append(
            PlannedDocument(
                uuid=rec.new_uuid(),
                filename=described.filename,
                content=content,
                case_uuid=case,
                description=described.description,
            )
        )


def _decode_base64(raw: object, path: str) -> bytes:
    expected = "the file's bytes in standard base64 (A-Z a-z 0-9 + /, = padding, no line breaks)"
    if not isinstance(raw, str):
        raise _fail(path, expected, False)
    try:
        content = base64.b64decode(raw, validate=True)
    except ValueError:  # binascii.Error, or a non-ASCII character
        raise _fail(path, expected, False) from None
    if base64.b64encode(content).decode("ascii") != raw:
        raise _fail(path, expected, False)  # stray bits in the last group: not canonical
    return content


def _check_format(root: Mapping[str, object]) -> None:
    if "format" not in root:
        raise InvalidClientJson(f'format is required: start the object with "format": "{FORMAT}".')
    value = root["format"]
    if value == FORMAT:
        return
    if isinstance(value, str) and value.startswith("caseapp-client/"):
        raise InvalidClientJson(
            f"format: the file is in another version of the client format; "
            f"this caseapp reads {FORMAT}."
        )
    raise InvalidClientJson(f'format must be "{FORMAT}".')


def _probe(base: Any, name: str, value: object, validate: Callable[[Any], object]) -> None:
    """Validate one field on its own (in an otherwise valid value), to say which it was."""
    validate(dataclasses.replace(base, **{name: value}))


def _identity(root: Mapping[str, object], today: date) -> ClientIdentity:
    schema = _schema(ClientIdentity)
    values: dict[str, Any] = {}
    for f in schema:
        if f.name in root:
            values[f.name] = f.read(root[f.name], f.name)
        elif f.required:
            raise InvalidClientJson(f"{f.name} is required (the client's given name or names).")
    identity = ClientIdentity(**values)

    def validate(value: ClientIdentity) -> ClientIdentity:
        return validate_identity(value, today=today)

    for name, value in values.items():
        try:
            _probe(ClientIdentity(given_names="x"), name, value, validate)
        except InvalidInput as exc:
            raise InvalidClientJson(f"{name}: {exc}") from None
    try:
        return validate(identity)
    except InvalidInput as exc:
        raise InvalidClientJson(str(exc)) from None


def _profile(root: Mapping[str, object], today: date) -> ClientProfile:
    if "profile" not in root:
        return ClientProfile()
    obj = _object(root["profile"], "profile", "the client's profile")
    values = _read_fields(obj, "profile", ClientProfile, "the profile")
    profile = ClientProfile(**values)

    def validate(value: ClientProfile) -> ClientProfile:
        return validate_profile(value, today=today)

    for name, value in values.items():
        try:
            _probe(ClientProfile(), name, value, validate)
        except InvalidInput as exc:
            raise InvalidClientJson(f"profile.{name}: {exc}") from None
    try:
        return validate(profile)
    except InvalidInput as exc:
        raise InvalidClientJson(f"profile: {exc}") from None


def _conflict_decision(root: Mapping[str, object]) -> tuple[str, str]:
    decision = _read_str(root.get("conflict_decision", ""), "conflict_decision")
    note = _read_str(root.get("conflict_note", ""), "conflict_note")
    try:
        if decision.strip():
            decision = rec.CONFLICT_DECISIONS.parse(decision)
    except InvalidInput as exc:
        raise InvalidClientJson(f"conflict_decision: {exc}") from None
    try:
        note = clean_text(note, "The conflict-check note", max_chars=5000)
    except InvalidInput as exc:
        raise InvalidClientJson(f"conflict_note: {exc}") from None
    return decision.strip(), note


_TOP_LEVEL: Final = (
    frozenset({"format", "profile", SAFETY, CASES, "conflict_decision", "conflict_note"})
    | frozenset(f.name for f in dataclasses.fields(ClientIdentity))
    | frozenset(name for name, _ in CLIENT_SECTIONS)
    | EXPORT_METADATA
)


def parse_client_json(data: object, *, today: date) -> ClientPlan:
    """The plan for one new client from a parsed ``caseapp-client/1`` object.

    Raises InvalidClientJson naming the place in the file; never a value from it.
    """
    root = _object(data, "", "one client")
    _check_format(root)
    if "revealed" in root or "safety_hidden" in root:
        raise InvalidClientJson(
            "This is a view of a client's file (caseapp client show --json), with masked "
            "values; it cannot be imported. Use `caseapp export --client ID --json`."
        )
    for key in root:
        if key == CONFLICT_CHECKS:
            # Another vault's history: this vault runs its own check when the
            # plan is stored (the service refuses a plan that carries one).
            continue
        if key not in _TOP_LEVEL:
            raise _unknown_key("", key, "a client file", None)
    identity = _identity(root, today)
    profile = _profile(root, today)
    decision, note = _conflict_decision(root)
    planner = _Planner(today)
    for name, kind in CLIENT_SECTIONS:
        planner.section(root, name, "", kind, "")
        if kind is rec.Address and root.get(SAFETY) is not None:
            planner.record(_object(root[SAFETY], SAFETY, _label(rec.Safety)), SAFETY, rec.Safety)
    planner.section(root, CASES, "", rec.Case, "")
    return ClientPlan(
        identity=identity,
        profile=profile,
        records=tuple(planner.records),
        documents=tuple(planner.documents),
        conflict_decision=decision,
        conflict_note=note,
    )


def _object_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            named = f" ({key})" if _SAFE_KEY.fullmatch(key) else ""
            raise InvalidClientJson(
                f"An object in the file has the same key twice{named}; keep one."
            )
        result[key] = value
    return result


def _constant(_name: str) -> object:
    raise InvalidClientJson("The file holds NaN or Infinity, which are not JSON numbers.")


def _integer(text: str) -> int:
    if len(text) > _MAX_INT_DIGITS:
        raise InvalidClientJson(f"The file holds a number of more than {_MAX_INT_DIGITS} digits.")
    return int(text)


def _depth(value: object) -> int:
    """How deeply arrays and objects nest (iteratively: the value may be hostile)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def load_client_json(text: str | bytes, *, today: date) -> ClientPlan:
    """The plan for one new client from the text of a ``caseapp-client/1`` file."""
    too_large = InvalidClientJson(
        f"The file is larger than {MAX_JSON_BYTES // (1024 * 1024)} MiB, documents included; "
        "add the largest documents to the client separately."
    )
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_JSON_BYTES:
            raise too_large
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidClientJson("The file is not UTF-8 text; save it as UTF-8.") from None
    elif len(text) > MAX_JSON_BYTES or (
        4 * len(text) > MAX_JSON_BYTES
        and len(text.encode("utf-8", "surrogatepass")) > MAX_JSON_BYTES
    ):
        raise too_large
    text = text.removeprefix("\ufeff")
    # json.loads builds every object before anything is checked: a file of
    # millions of empty objects would take gigabytes. Count first (braces inside
    # strings count too, which only makes the cap stricter).
    if text.count("{") + text.count("[") > MAX_CONTAINERS:
        raise InvalidClientJson(
            f"The file holds more than {MAX_CONTAINERS:,} objects and lists; one client's "
            "file has far fewer. Check that this is the right file."
        )
    try:
        data = json.loads(
            text, object_pairs_hook=_object_pairs, parse_constant=_constant, parse_int=_integer
        )
    except json.JSONDecodeError as exc:
        raise InvalidClientJson(
            f"The file is not valid JSON: the problem is at line {exc.lineno}, column {exc.colno}."
        ) from None
    except RecursionError:
        data = None
        depth = MAX_DEPTH + 1
    else:
        depth = _depth(data)
    if depth > MAX_DEPTH:
        raise InvalidClientJson(
            f"The file nests arrays and objects more than {MAX_DEPTH} deep; the format does not."
        )
    return parse_client_json(data, today=today)


# -- writing --------------------------------------------------------------------------


def _value_out(value: object) -> object:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value_out(item) for item in value]
    raise TypeError(f"intake_json cannot write a {type(value).__name__}")


def _fields_out(value: object) -> dict[str, object]:
    return {f.name: _value_out(getattr(value, f.name)) for f in _schema(type(value))}


def _check_exportable(file: rec.ClientFile) -> None:
    """An export is the whole file: masked values or a page of notes would be data lost."""
    if file.safety_hidden or any(s.hidden for rows in file.records.values() for s in rows):
        raise ValueError("client_to_json needs the revealed file: masked values are not data")
    if file.notes_total > len(file.of(rec.Note)):
        raise ValueError("client_to_json needs every note: read the file with all of them")
    unknown = set(file.records) - set(rec.KINDS)
    if unknown:
        raise ValueError("client_to_json was given records of an unknown kind")
    if len(file.of(rec.Safety)) > 1:
        raise ValueError("client_to_json was given more than one safety record")


def client_to_json(
    file: rec.ClientFile,
    *,
    documents: Mapping[str, bytes] | None = None,
    exported_by: str,
    exported_at: str,
    checkpoint: str,
) -> dict[str, object]:
    """The whole client file in the ``caseapp-client/1`` format (ready for ``json.dumps``).

    A document's content is included (base64) when ``documents`` has its bytes,
    by document UUID. Raises ValueError for a masked or partial file, or one whose
    references point outside it.
    """
    _check_exportable(file)
    return _file_out(file, documents or {}, exported_by, exported_at, checkpoint)


def view_to_json(
    file: rec.ClientFile, *, viewed_by: str, viewed_at: str, checkpoint: str
) -> dict[str, object]:
    """The file as read, masked values and all, for ``caseapp client show --json``.

    Same layout as an export, but not one: a masked record carries ``"hidden"``
    (the fields whose values are mask text), ``"revealed"`` says whether the
    read was a reveal, ``"safety_hidden"`` whether safety information was left
    out, and ``"notes_total"`` how many notes the client has (the file holds
    the newest). The parser refuses ``"hidden"``, so a view is never imported
    as if it were the data.
    """
    out = _file_out(file, {}, viewed_by, viewed_at, checkpoint)
    out["revealed"] = file.revealed
    out["safety_hidden"] = file.safety_hidden
    out["notes_total"] = file.notes_total
    return out


def _file_out(
    file: rec.ClientFile,
    content: Mapping[str, bytes],
    exported_by: str,
    exported_at: str,
    checkpoint: str,
) -> dict[str, object]:
    ids = {kind: {s.uuid for s in file.of(kind)} for kind in (*_REFERABLE, rec.Case)}

    def record_out(stored: rec.Stored[Any]) -> dict[str, object]:
        record = stored.record
        out: dict[str, object] = {
            "uuid": stored.uuid,
            "created_at": stored.created_at,
            "created_by": stored.created_by,
            "updated_at": stored.updated_at,
            "updated_by": stored.updated_by,
        }
        if type(record) in _REFERABLE:
            out["ref"] = stored.uuid
        out.update(_fields_out(record))
        for name, (key, target) in _LINKS.items():
            ref = getattr(record, name, "")
            if ref:
                if ref not in ids[target]:
                    raise ValueError(f"a {record.KIND} refers to a {target.KIND} not in the file")
                out[key] = ref
        if isinstance(record, rec.Document) and stored.uuid in content:
            out[_CONTENT] = base64.b64encode(content[stored.uuid]).decode("ascii")
        if stored.hidden:
            out["hidden"] = sorted(stored.hidden)
        return out

    top: dict[str, list[object]] = {name: [] for name, _ in CLIENT_SECTIONS}
    nested: dict[str, dict[str, list[object]]] = {
        case: {name: [] for name, _ in CASE_SECTIONS} for case in ids[rec.Case]
    }
    top_names = {kind: name for name, kind in CLIENT_SECTIONS}
    case_names = {kind: name for name, kind in CASE_SECTIONS}
    for kind in dict.fromkeys([*top_names, *case_names]):
        for stored in file.of(kind):
            case = getattr(stored.record, "case_uuid", "")
            if case:
                if case not in nested:
                    raise ValueError(f"a {kind.KIND} refers to a case not in the file")
                nested[case][case_names[kind]].append(record_out(stored))
            elif kind in top_names:
                top[top_names[kind]].append(record_out(stored))
            else:
                raise ValueError(f"a {kind.KIND} is not in any case")

    client = file.client
    out: dict[str, object] = {
        "format": FORMAT,
        "uuid": client.uuid,
        "exported_at": exported_at,
        "exported_by": exported_by,
        "checkpoint": checkpoint,
    }
    out.update(_fields_out(client.identity))
    out["profile"] = _fields_out(client.profile)
    for name, kind in CLIENT_SECTIONS:
        out[name] = top[name]
        if kind is rec.Address:
            for safety in file.of(rec.Safety):
                out[SAFETY] = record_out(safety)
    out[CASES] = [{**record_out(case), **nested[case.uuid]} for case in file.of(rec.Case)]
    checks = file.of(rec.ConflictCheck)
    if checks:
        out[CONFLICT_CHECKS] = [record_out(check) for check in checks]
    return out
