"""A client's file: identity, profile and every record, behind the audited path.

Every read appends its audit entry in the same transaction and names what it
returned; tier-1 values come back masked unless the caller asks to reveal
them, and a reveal is an entry of its own (DESIGN.md §4-5).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar

from caseapp.core import documents
from caseapp.core import records as rec
from caseapp.core.audit import AuditEvent
from caseapp.core.clients import (
    IDENTITY_FIELDS,
    PROFILE_FIELDS,
    Client,
    ClientIdentity,
    ClientProfile,
    ClientSummary,
    validate_identity,
    validate_profile,
)
from caseapp.core.deadlines import one_year_asylum_deadline
from caseapp.core.errors import InvalidInput, NotFound, PermissionDenied
from caseapp.core.search import query_tokens
from caseapp.core.users import Role
from caseapp.services.audited import AuditedSession
from caseapp.storage import audit_log, clients, drafts, name_index
from caseapp.storage import records as store
from caseapp.storage.connection import Connection, transaction, vacuum_database

R = TypeVar("R", bound=rec.Record)

CLIENT_FIELDS = IDENTITY_FIELDS + PROFILE_FIELDS
NOT_IN_FILE = "That record is not in this client's file."
# A case opens on a recent check: clients added since an older one were never compared.
CONFLICT_CHECK_DAYS = 30
# Searches by whole number (7+ digits) a session may run in NUMBER_WINDOW seconds.
NUMBER_SEARCHES = 60
NUMBER_WINDOW = 600.0
# A file opens with this many notes, newest first; more are paged in.
FILE_NOTES = 200
MAX_DRAFT_FIELDS = 100
MAX_DRAFT_CHARS = 100_000
_DRAFT_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
_LIST_FIELDS = ("given_names", "family_names", "preferred_name", "date_of_birth")
# Kinds that come only with a case opened on a real conflict check.
_CASE_ONLY = frozenset({"case", "conflict_check", "party", "time_entry", "checklist_item"})
# Kinds with people's names in them: they feed the conflict check.
_NAMED_KINDS = frozenset({"alias", "household_member", "party"})
_ASYLUM_TITLE = "One-year asylum filing deadline"
_COMPUTED = (
    "This deadline is computed from the entries, the asylum case and the I-589 filing: "
    "change those, and it follows."
)


def reveal_labels(stored: rec.Stored[Any]) -> list[str]:
    """Audit field names for revealing one record: which kind of secret was seen."""
    record = stored.record
    if isinstance(record, rec.Identifier):
        return [record.kind]
    if isinstance(record, rec.Address):
        return ["address"]
    if isinstance(record, rec.Safety):
        return ["safety"]
    if isinstance(record, rec.Note) and record.sensitive:
        return ["sensitive_note"]
    return []


def mask(stored: rec.Stored[R]) -> rec.Stored[R]:
    """A copy with tier-1 values replaced by mask text (``hidden`` names them)."""
    record: Any = stored.record
    hidden = rec.tier1_fields(record)
    if not hidden:
        return stored
    if isinstance(record, rec.Identifier):
        masked: Any = replace(record, value=rec.parse_identifier(record.kind, record.value).masked)
    else:
        masked = replace(
            record,
            **{
                name: rec.MASK_TEXT if getattr(record, name) else ""
                for name in hidden
                if isinstance(getattr(record, name), str)
            },
        )
    return replace(stored, record=masked, hidden=hidden)


@dataclass(frozen=True, slots=True)
class _Part:
    """One part of a client's intake being replaced: which fields it has, the
    validated value and how it is stored."""

    name: str  # the Client attribute: identity or profile
    value: object
    fields: Sequence[str]
    write: Callable[[Connection, str], None]


class ClientFiles(AuditedSession):
    """Client identity, profile and records."""

    # -- access ------------------------------------------------------------------

    def _own_only(self) -> str | None:
        """Intake staff see only the clients they started."""
        return self.user.name if self.user.role is Role.INTAKE else None

    def _today(self) -> date:
        return date.today()

    def _client_dob(self, conn: Connection, client_uuid: str) -> date | None:
        return clients.get(conn, client_uuid).identity.date_of_birth

    # -- the client ----------------------------------------------------------------

    def create_client(
        self,
        identity: ClientIdentity,
        profile: ClientProfile | None = None,
        records: Sequence[tuple[str, rec.Record]] = (),
    ) -> str:
        """Record a new client with any first records (``(uuid, record)`` pairs, so
        records can refer to each other). One act, one audit entry naming every
        kind created. Cases are not among them: they open with ``open_case`` on
        a conflict check that was run (or come with an import, which runs one)."""
        today = self._today()
        cleaned = validate_identity(identity, today=today)
        cleaned_profile = validate_profile(profile or ClientProfile(), today=today)
        if any(r.KIND in _CASE_ONLY for _, r in records):
            # A case needs a conflict check that was really run: open_case, after
            # record_conflict_check (or an import, which runs the check itself).
            raise InvalidInput("Open cases with their conflict check, after adding the client.")
        planned = self._clean_new_records(cleaned, records, today)
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            client_uuid = self._insert_client(conn, cleaned, cleaned_profile, planned)
            kinds = sorted({r.KIND for _, r in planned})
            self._append(conn, self._event("create_client", client_uuid, [*CLIENT_FIELDS, *kinds]))
        return client_uuid

    def _insert_client(
        self,
        conn: Connection,
        identity: ClientIdentity,
        profile: ClientProfile,
        planned: Sequence[tuple[str, rec.Record]],
        *,
        client_uuid: str = "",
    ) -> str:
        client_uuid = clients.insert(
            conn, identity, self.user.name, profile, client_uuid=client_uuid
        )
        name_index.add_client(conn, client_uuid, identity)
        store.insert_many(conn, client_uuid, planned, self.user.name)
        for record_uuid, record in planned:
            if record.KIND in _NAMED_KINDS:
                name_index.add_record(conn, client_uuid, record_uuid, record)
        self._refresh_asylum_deadline(conn, client_uuid)
        return client_uuid

    def _clean_new_records(
        self,
        identity: ClientIdentity,
        records: Sequence[tuple[str, rec.Record]],
        today: date,
    ) -> list[tuple[str, rec.Record]]:
        """Validate first records against each other (they reference only each other)."""
        planned = [(u, r.cleaned(today)) for u, r in records]
        by_uuid: dict[str, rec.Record] = {}
        for record_uuid, record in planned:
            rec.check_uuid(record_uuid, "A record", required=True)
            _refuse_mask_text(record, record)
            if isinstance(record, rec.Deadline) and record.computed:
                raise InvalidInput(_COMPUTED)
            if record_uuid in by_uuid:
                raise InvalidInput("Two of the new records have the same id.")
            by_uuid[record_uuid] = record
        checks = {u for u, r in planned if isinstance(r, rec.ConflictCheck)}
        singles: set[str] = set()
        for _uuid, record in planned:
            if record.KIND in rec.SINGLETONS:
                if record.KIND in singles:
                    raise InvalidInput("A client has at most one safety record.")
                singles.add(record.KIND)
            self._check_dates(identity.date_of_birth, record)
            for field_name in ("case_uuid", "member_uuid", "proceeding_uuid"):
                ref = getattr(record, field_name, "")
                if ref and not _refers(by_uuid.get(ref), field_name):
                    raise InvalidInput(
                        f"A new {_label(record)} refers to a record that is not there."
                    )
            if isinstance(record, rec.Case):
                if record.conflict_check_uuid not in checks:
                    raise InvalidInput(
                        "A case opens only after a conflict check: record its result first."
                    )
                check = by_uuid[record.conflict_check_uuid]
                assert isinstance(check, rec.ConflictCheck)
                require_open_decision(check)
        return planned

    def _check_dates(self, dob: date | None, record: rec.Record) -> None:
        """The rules between a record and the client's date of birth."""
        if dob is None:
            return
        if isinstance(record, rec.Entry) and record.entry_date < dob:
            raise InvalidInput("The date of entry is before the client's date of birth.")
        if isinstance(record, rec.Detention) and record.detained_on and record.detained_on < dob:
            raise InvalidInput("The detention date is before the client's date of birth.")

    def read_client(self, client_uuid: str, *, reason: str = "") -> Client:
        """A client's identity and profile. Recorded as a read of those fields."""
        event = self._event("read_client", client_uuid, CLIENT_FIELDS, reason)
        with self._recording_refusals("read_client"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            return clients.get(conn, client_uuid)

    def update_client(self, client_uuid: str, identity: ClientIdentity) -> Client:
        """Replace the identity fields; the entry names the fields that changed."""
        return self._update_parts(client_uuid, self._identity_part(identity))

    def update_profile(self, client_uuid: str, profile: ClientProfile) -> Client:
        """Replace the profile fields; the entry names the fields that changed."""
        return self._update_parts(client_uuid, self._profile_part(profile))

    def save_intake(
        self, client_uuid: str, identity: ClientIdentity, profile: ClientProfile
    ) -> Client:
        """The intake page saved as one act: identity and profile replaced in one
        transaction, one entry naming every field that changed (one commit)."""
        return self._update_parts(
            client_uuid, self._identity_part(identity), self._profile_part(profile)
        )

    def _identity_part(self, identity: ClientIdentity) -> _Part:
        cleaned = validate_identity(identity, today=self._today())

        def store_identity(conn: Connection, client_uuid: str) -> None:
            self._check_entries_after_birth(conn, client_uuid, cleaned.date_of_birth)
            clients.update(conn, client_uuid, cleaned, self.user.name)
            name_index.add_client(conn, client_uuid, cleaned)

        return _Part("identity", cleaned, IDENTITY_FIELDS, store_identity)

    def _profile_part(self, profile: ClientProfile) -> _Part:
        cleaned = validate_profile(profile, today=self._today())

        def store_profile(conn: Connection, client_uuid: str) -> None:
            clients.update_profile(conn, client_uuid, cleaned, self.user.name)

        return _Part("profile", cleaned, PROFILE_FIELDS, store_profile)

    def _update_parts(self, client_uuid: str, *parts: _Part) -> Client:
        conn = self._db()
        with self._recording_refusals("update_client"), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            current = clients.get(conn, client_uuid)
            changes = []
            for part in parts:
                before = getattr(current, part.name)
                changed = [f for f in part.fields if getattr(before, f) != getattr(part.value, f)]
                changes.append((part, changed))
            self._append(
                conn,
                self._event("update_client", client_uuid, [f for _, c in changes for f in c]),
                # What comes back is the whole record: that is a read, recorded as one.
                self._event("read_client", client_uuid, CLIENT_FIELDS),
            )
            for part, changed in changes:
                if changed:
                    part.write(conn, client_uuid)
            return clients.get(conn, client_uuid)

    def _check_entries_after_birth(
        self, conn: Connection, client_uuid: str, dob: date | None
    ) -> None:
        for stored in store.for_client(conn, rec.Entry, client_uuid):
            self._check_dates(dob, stored.record)

    def read_client_file(
        self, client_uuid: str, *, reason: str = "", reveal: bool = False, notes: int = FILE_NOTES
    ) -> rec.ClientFile:
        """The whole file. Tier-1 values are masked unless ``reveal``; a reveal is
        recorded as its own entry naming what kinds of secret were shown."""
        conn = self._db()
        with self._recording_refusals("read_client"), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            client = clients.get(conn, client_uuid)
            found: dict[str, tuple[rec.Stored[Any], ...]] = {}
            for kind in rec.RECORD_TYPES:
                limit = max(0, notes) if kind is rec.Note else None
                rows = store.for_client(conn, kind, client_uuid, limit=limit)
                if rows:
                    found[kind.KIND] = tuple(rows)
            notes_total = store.count_for_client(conn, rec.Note, client_uuid)
            revealed = sorted(
                {label for rows in found.values() for s in rows for label in reveal_labels(s)}
            )
            safety_hidden = False
            if not reveal:
                safety_hidden = "safety" in found
                found.pop("safety", None)
                found = {kind: tuple(mask(s) for s in rows) for kind, rows in found.items()}
            events = [
                self._event("read_client", client_uuid, [*CLIENT_FIELDS, *sorted(found)], reason)
            ]
            if reveal and revealed:
                events.append(self._event("reveal", client_uuid, revealed, reason))
            self._append(conn, *events)
            return rec.ClientFile(
                client=client,
                records=found,
                revealed=reveal,
                safety_hidden=safety_hidden,
                notes_total=notes_total,
            )

    def read_notes(
        self, client_uuid: str, *, before_uuid: str = "", limit: int = FILE_NOTES
    ) -> list[rec.Stored[rec.Note]]:
        """The next page of a client's notes, newest first (sensitive ones masked)."""
        event = self._event("read_client", client_uuid, ("note",))
        with self._recording_refusals("read_client"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            rows = store.notes_page(conn, client_uuid, before_uuid=before_uuid, limit=limit)
            return [mask(s) for s in rows]

    def reveal(self, client_uuid: str, record_uuid: str, *, reason: str = "") -> rec.Stored[Any]:
        """One tier-1 record in clear (an A-number, an address, a sensitive note,
        the safety information). Recorded as a reveal naming what kind it was."""
        conn = self._db()
        with self._recording_refusals("reveal"), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            if not _is_uuid(record_uuid):
                raise NotFound(NOT_IN_FILE)
            try:
                stored = store.find(conn, record_uuid)
            except NotFound:
                raise NotFound(NOT_IN_FILE) from None
            if stored.client_uuid != client_uuid:
                raise NotFound(NOT_IN_FILE)
            labels = reveal_labels(stored) or [stored.record.KIND]
            self._append(conn, self._event("reveal", client_uuid, labels, reason))
            return stored

    # -- records -------------------------------------------------------------------

    def add_record(self, client_uuid: str, record: rec.Record) -> str:
        """Add one record to a client's file; returns its UUID. Cases open with
        ``open_case`` (they need a conflict check), documents with ``add_document``."""
        if isinstance(record, rec.Case):
            raise InvalidInput("Open a case with its conflict check (open_case).")
        if isinstance(record, rec.Document):
            raise InvalidInput("Add a document with its file (add_document).")
        if isinstance(record, rec.ConflictCheck):
            raise InvalidInput("Record a conflict check with record_conflict_check.")
        if isinstance(record, rec.Party) and record.role.strip().lower() == "adverse":
            raise InvalidInput(
                "An adverse party is added with the conflict check that named them (add_party)."
            )
        if isinstance(record, rec.Deadline) and record.computed:
            raise InvalidInput("Computed deadlines come from the file; add a deadline of your own.")
        return self._add(client_uuid, record)

    def _add(self, client_uuid: str, record: rec.Record, *, content: bytes | None = None) -> str:
        _refuse_mask_text(record, record)
        cleaned = record.cleaned(self._today())
        if isinstance(cleaned, rec.TimeEntry) and not cleaned.worker:
            cleaned = replace(cleaned, worker=self.user.name)
        conn = self._db()
        action = f"create_{cleaned.KIND}"
        with self._recording_refusals(action), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            self._check_in_file(conn, client_uuid, cleaned)
            if cleaned.KIND in rec.SINGLETONS and store.count_for_client(
                conn, type(cleaned), client_uuid
            ):
                raise InvalidInput("This client already has one; change that one instead.")
            record_uuid = store.insert(conn, client_uuid, cleaned, self.user.name)
            if content is not None:
                store.put_content(conn, record_uuid, content)
            self._after_change(conn, client_uuid, record_uuid, cleaned)
            self._append(conn, self._event(action, client_uuid, rec.record_fields(type(cleaned))))
            return record_uuid

    def _usable_check(
        self, conn: Connection, client_uuid: str, check_uuid: str
    ) -> rec.Stored[rec.ConflictCheck]:
        """A check of this client's, recent, that did not find a conflict."""
        check = in_file(conn, rec.ConflictCheck, check_uuid, client_uuid)
        require_open_decision(check.record)
        made = datetime.fromisoformat(check.created_at).date()
        if (self._today() - made).days > CONFLICT_CHECK_DAYS:
            raise InvalidInput(
                f"That conflict check is more than {CONFLICT_CHECK_DAYS} days old: clients "
                "added since were not compared. Run the check again."
            )
        return check

    def _check_in_file(self, conn: Connection, client_uuid: str, record: rec.Record) -> None:
        """References stay inside the client's own file; dates fit the client's birth."""
        if not clients.exists(conn, client_uuid):
            raise NotFound("That client does not exist (it may have been removed).")
        self._check_dates(self._client_dob(conn, client_uuid), record)
        for field_name, kind in (
            ("case_uuid", rec.Case),
            ("member_uuid", rec.HouseholdMember),
            ("proceeding_uuid", rec.Proceeding),
        ):
            ref = getattr(record, field_name, "")
            if ref and _owner_or_none(conn, kind, ref) != client_uuid:
                raise NotFound(NOT_IN_FILE)
        if isinstance(record, rec.Case) and record.conflict_check_uuid:
            check = in_file(conn, rec.ConflictCheck, record.conflict_check_uuid, client_uuid)
            if check.client_uuid != client_uuid:
                raise NotFound(NOT_IN_FILE)
            require_open_decision(check.record)

    def _after_change(
        self, conn: Connection, client_uuid: str, record_uuid: str, record: rec.Record | None
    ) -> None:
        """Keep derived data in step: the conflict-check names, the asylum deadline."""
        if record is None:
            name_index.remove(conn, record_uuid)
        elif record.KIND in _NAMED_KINDS:
            name_index.add_record(conn, client_uuid, record_uuid, record)
        if record is None or record.KIND in ("entry", "case", "application"):
            self._refresh_asylum_deadline(conn, client_uuid)
        clients.touch(conn, client_uuid, self.user.name)

    def update_record(
        self, client_uuid: str, record_uuid: str, record: rec.Record
    ) -> rec.Stored[Any]:
        """Replace a record; the entry names the fields that changed. Returns the new
        version (a read, recorded as one)."""
        _refuse_mask_text(record, record)  # before validation, so the message says why
        cleaned = record.cleaned(self._today())
        conn = self._db()
        action = f"update_{cleaned.KIND}"
        with self._recording_refusals(action), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            before = in_file(conn, type(cleaned), record_uuid, client_uuid)
            _refuse_mask_text(before.record, cleaned)
            cleaned = self._keep_service_fields(before.record, cleaned)
            self._check_in_file(conn, client_uuid, cleaned)
            if (
                isinstance(before.record, rec.Case)
                and isinstance(cleaned, rec.Case)
                and before.record.status == "closed"
                and cleaned.status != "closed"
            ):
                # Reopening is opening: the check it stands on must be recent.
                self._usable_check(conn, client_uuid, cleaned.conflict_check_uuid)
            changed = rec.changed_fields(before.record, cleaned)
            self._append(conn, self._event(action, client_uuid, changed))
            if changed:
                store.update(conn, record_uuid, cleaned, self.user.name)
                self._after_change(conn, client_uuid, record_uuid, cleaned)
            return store.get(conn, type(cleaned), record_uuid)

    def _keep_service_fields(self, before: rec.Record, after: R) -> R:
        """Fields only the service sets cannot be changed by an update."""
        if isinstance(before, rec.Case) and isinstance(after, rec.Case):
            return replace(after, conflict_check_uuid=before.conflict_check_uuid)
        if isinstance(before, rec.Document) and isinstance(after, rec.Document):
            return replace(
                after, size=before.size, sha256=before.sha256, media_type=before.media_type
            )
        if isinstance(before, rec.Deadline) and isinstance(after, rec.Deadline):
            if before.computed:
                raise InvalidInput(_COMPUTED)
            return replace(after, computed=False)
        if isinstance(before, rec.ConflictCheck):
            raise InvalidInput("A recorded conflict check cannot be changed; record a new one.")
        if isinstance(before, rec.Party) and isinstance(after, rec.Party):
            named = ("role", "given_names", "family_names", "organisation", "case_uuid")
            if "adverse" in (before.role, after.role) and any(
                getattr(before, f) != getattr(after, f) for f in named
            ):
                raise InvalidInput(
                    "A new or renamed adverse party needs a conflict check that names them: "
                    "record one, then add the party with it."
                )
        return after

    def delete_record(self, client_uuid: str, kind: type[rec.Record], record_uuid: str) -> None:
        """Remove one record (with what hangs off it: a case takes its parties,
        notes, deadlines...). The entry names the kind, never the content."""
        if kind is rec.ConflictCheck:
            raise InvalidInput("Conflict checks are kept: they show why a case was opened.")
        conn = self._db()
        action = f"delete_{kind.KIND}"
        with self._recording_refusals(action), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            stored = in_file(conn, kind, record_uuid, client_uuid)
            if isinstance(stored.record, rec.Deadline) and stored.record.computed:
                raise InvalidInput(_COMPUTED)
            if kind is rec.Case:
                for named in store.for_case(conn, rec.Party, record_uuid):
                    name_index.remove(conn, named.uuid)
            store.delete(conn, kind, record_uuid)
            self._after_change(conn, client_uuid, record_uuid, None)
            self._append(conn, self._event(action, client_uuid, (kind.KIND,)))

    def set_safety(self, client_uuid: str, safety: rec.Safety) -> str:
        """Create or replace the client's safety information."""
        conn = self._db()
        with self._recording_refusals("update_safety"), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            rows = store.for_client(conn, rec.Safety, client_uuid)
            existing = rows[0].uuid if rows else None
        if existing is None:
            return self._add(client_uuid, safety)
        self.update_record(client_uuid, existing, safety)
        return existing

    # -- documents ---------------------------------------------------------------------

    def add_document(
        self,
        client_uuid: str,
        filename: str,
        data: bytes,
        *,
        case_uuid: str = "",
        description: str = "",
    ) -> str:
        """Store a file inside the vault after checking what it really is."""
        accepted = documents.check_document(filename, data)
        record = rec.Document(
            filename=accepted.filename,
            media_type=accepted.media_type.mime,
            size=accepted.size,
            sha256=accepted.sha256,
            case_uuid=case_uuid,
            description=description,
        )
        return self._add(client_uuid, record, content=data)

    def read_document(
        self, client_uuid: str, document_uuid: str
    ) -> tuple[rec.Stored[rec.Document], bytes]:
        """A document's description and bytes (for the in-app viewer or a saved copy)."""
        event = self._event("read_document", client_uuid, ("content",))
        with self._recording_refusals("read_document"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            stored = in_file(conn, rec.Document, document_uuid, client_uuid)
            return stored, store.get_content(conn, document_uuid)

    def export_document(
        self, client_uuid: str, document_uuid: str, *, reason: str = "client_request"
    ) -> tuple[rec.Stored[rec.Document], bytes]:
        """A document's bytes for an unencrypted copy outside the vault: recorded as an
        export (not a view), with its reason."""
        event = self._event("export", client_uuid, ("document",), reason)
        with self._recording_refusals("export"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            stored = in_file(conn, rec.Document, document_uuid, client_uuid)
            return stored, store.get_content(conn, document_uuid)

    # -- the list and search ---------------------------------------------------------------

    def list_clients(
        self, *, after: str = "", limit: int = 50, descending: bool = False
    ) -> list[ClientSummary]:
        """One page of clients by family then given name (Z→A with
        ``descending``); pass the last row's UUID as ``after`` for the next page."""
        if after:
            rec.check_uuid(after, "The page marker", required=True)
        with self._act(self._event("list_clients", fields=_LIST_FIELDS)) as conn:
            return clients.page(
                conn,
                after_uuid=after,
                limit=limit,
                descending=descending,
                only_created_by=self._own_only(),
            )

    def client_summaries(self, uuids: Sequence[str]) -> list[ClientSummary]:
        """The list rows of these clients (at most 500; any removed are left out):
        a list that dropped rows it scrolled past reads them again by id."""
        for uuid in uuids:
            rec.check_uuid(uuid, "A client id", required=True)
        with self._act(self._event("list_clients", fields=_LIST_FIELDS)) as conn:
            return clients.summaries(conn, uuids, only_created_by=self._own_only())

    def search_clients(self, text: str, *, limit: int = 50) -> list[ClientSummary]:
        """Type-ahead over names and aliases (prefix match) and numbers (whole
        numbers only). The entry records that a search ran — and whether it was
        by number — never what was typed.

        Searches by number are rationed (NUMBER_SEARCHES per NUMBER_WINDOW
        seconds): the file shows the last digits of a masked number, and
        guessing the rest, search after search, would read it without a reveal.
        """
        fields = list(_LIST_FIELDS)
        tokens = query_tokens(text)
        if any(sum(ch.isdigit() for ch in t) >= 7 for t in tokens):
            self._ration_number_search()
            fields.append("numbers")
        with self._act(self._event("search_clients", fields=fields)) as conn:
            return clients.search(conn, tokens, limit=limit, only_created_by=self._own_only())

    def _ration_number_search(self) -> None:
        now = time.monotonic()
        recent = [t for t in self._number_searches if now - t < NUMBER_WINDOW]
        self._refuse_unless(
            len(recent) < NUMBER_SEARCHES,
            "search_clients",
            f"More than {NUMBER_SEARCHES} searches by number in {NUMBER_WINDOW // 60:.0f} "
            "minutes: number searches pause for a while (guessing numbers is how a masked "
            "number could be read). Names can still be searched.",
        )
        self._number_searches = [*recent, now]

    # -- drafts (unsaved edits kept through an idle lock) --------------------------------

    def save_draft(self, client_uuid: str, fields: dict[str, str]) -> None:
        """Keep a file's unsaved edits, as typed (not yet valid, perhaps), for this user."""
        if not isinstance(fields, dict) or len(fields) > MAX_DRAFT_FIELDS:
            raise InvalidInput("A draft holds at most 100 fields.")
        for key, value in fields.items():
            if not (isinstance(key, str) and _DRAFT_KEY.fullmatch(key) and isinstance(value, str)):
                raise InvalidInput("A draft's fields are named texts.")
            if len(value) > MAX_DRAFT_CHARS:
                raise InvalidInput("A draft field is too long to keep.")
        event = self._event("save_draft", client_uuid, tuple(sorted(fields)))
        with self._recording_refusals("save_draft"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            drafts.put(conn, client_uuid, self.user.name, dict(fields))

    def read_draft(self, client_uuid: str) -> dict[str, str] | None:
        """This user's draft of the file, if any (it stays until saved or discarded)."""
        event = self._event("read_draft", client_uuid)
        with self._recording_refusals("read_draft"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            return drafts.get(conn, client_uuid, self.user.name)

    def discard_draft(self, client_uuid: str) -> None:
        event = self._event("discard_draft", client_uuid)
        with self._recording_refusals("discard_draft"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            drafts.remove(conn, client_uuid, self.user.name)

    def drafted_clients(self) -> list[str]:
        """Ids of the files this user left with unsaved edits (oldest first)."""
        # Only this user's own drafts, saved on files they could open at the time.
        with self._act(self._event("read_draft")) as conn:
            return drafts.clients_with_drafts(conn, self.user.name)

    # -- removal ---------------------------------------------------------------------------

    def delete_client(self, client_uuid: str, *, vacuum: bool = True) -> None:
        """Admin: remove a client and every record of theirs for good.

        Rows, documents and search-index entries go in one transaction, with a
        non-identifying entry (the client's UUID only); then ``VACUUM`` rebuilds
        the file so no freed page keeps the words (secure_delete zeroes them too).
        """
        self._refuse_unless(
            self.user.is_admin,
            "delete_client",
            "Only an administrator can delete a client's file.",
            client_uuid,
        )
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            clients.delete(conn, client_uuid)
            self._append(conn, self._event("delete_client", client_uuid))
        if vacuum:
            # The deletion has happened. secure_delete already zeroed the freed
            # pages; VACUUM also rebuilds the file without them. It needs free
            # disk space the size of the vault, so a failure here is reported.
            with self._guard.audited():
                vacuum_database(conn)

    # -- derived records ---------------------------------------------------------------------

    def _refresh_asylum_deadline(self, conn: Connection, client_uuid: str) -> None:
        """Keep the computed one-year asylum deadline in step with the file.

        It exists while the client has an open or pending asylum case and a
        known last arrival; it is done once an I-589 has been filed. A deadline
        someone entered by hand is left alone.
        """
        cases = [
            c
            for c in store.for_client(conn, rec.Case, client_uuid)
            if c.record.subcode == "asylum" and c.record.status != "closed"
        ]
        entries = store.for_client(conn, rec.Entry, client_uuid)
        existing = [
            d
            for d in store.for_client(conn, rec.Deadline, client_uuid)
            if d.record.computed and d.record.kind == "asylum_one_year"
        ]
        if not cases or not entries:
            for d in existing:
                store.delete(conn, rec.Deadline, d.uuid)
            return
        last = max(e.record.entry_date for e in entries)
        due = one_year_asylum_deadline(last, today=max(last, self._today()))
        # Only a filing after the last arrival counts (an earlier one was left behind
        # on departure), and not one USCIS rejected or the client withdrew.
        filed = [
            a.record.filed_on
            for a in store.for_client(conn, rec.Application, client_uuid)
            if a.record.form == "I-589"
            and a.record.filed_on is not None
            and a.record.filed_on >= last
            and a.record.status not in ("rejected", "withdrawn")
        ]
        wanted = rec.Deadline(
            due_on=due,
            title=_ASYLUM_TITLE,
            kind="asylum_one_year",
            case_uuid=cases[0].uuid,
            done_on=min(filed) if filed else None,
            computed=True,
        )
        if not existing:
            store.insert(conn, client_uuid, wanted, self.user.name)
            return
        first, *extra = existing
        if first.record != wanted:
            store.update(conn, first.uuid, wanted, self.user.name)
        for d in extra:
            store.delete(conn, rec.Deadline, d.uuid)

    def _append(self, conn: Connection, *events: AuditEvent) -> None:
        """Several entries for one act: one chain-state update."""
        with audit_log.recording(conn) as log:
            for event in events:
                log.append(event)


def _is_uuid(value: object) -> bool:
    try:
        rec.check_uuid(value, "", required=True)  # type: ignore[arg-type]
    except InvalidInput:
        return False
    return True


def _owner_or_none(conn: Connection, kind: type[rec.Record], record_uuid: str) -> str | None:
    try:
        return store.owner(conn, kind, record_uuid)
    except NotFound:
        return None


def in_file(conn: Connection, kind: type[R], record_uuid: str, client_uuid: str) -> rec.Stored[R]:
    """A record of this client's, or NotFound — the same message whether it does not
    exist or is another client's, so no one learns which."""
    if not _is_uuid(record_uuid):
        raise NotFound(NOT_IN_FILE)
    try:
        found = store.get(conn, kind, record_uuid)
    except NotFound:
        raise NotFound(NOT_IN_FILE) from None
    if found.client_uuid != client_uuid:
        raise NotFound(NOT_IN_FILE)
    return found


def _label(record: rec.Record) -> str:
    return record.KIND.replace("_", " ")


def _refers(target: rec.Record | None, field_name: str) -> bool:
    expected = {
        "case_uuid": rec.Case,
        "member_uuid": rec.HouseholdMember,
        "proceeding_uuid": rec.Proceeding,
    }[field_name]
    return isinstance(target, expected)


def _refuse_mask_text(before: rec.Record, after: rec.Record) -> None:
    """A masked copy written back would replace the data with bullets."""
    for name in rec.tier1_fields(before) | rec.tier1_fields(after):
        value = getattr(after, name)
        # The mask character itself: identifiers are masked as A•••-•••-789.
        if isinstance(value, str) and rec.MASK_TEXT[0] in value:
            raise InvalidInput(
                "This copy was masked: reveal the record before changing it, so that "
                "nothing is overwritten with the mask."
            )


def require_open_decision(check: rec.ConflictCheck) -> None:
    if check.decision == "conflict":
        raise PermissionDenied(
            "The conflict check for this client found a conflict: the case cannot be "
            "opened here. Refer the client elsewhere."
        )
