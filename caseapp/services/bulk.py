"""Many records at once: clients from a CSV of intakes or a JSON file, synthetic
clients for demonstrations and benchmarks, and a client's records exported
for their own records request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, cast

from caseapp.core import documents
from caseapp.core import records as rec
from caseapp.core.audit import AuditEvent
from caseapp.core.clients import validate_identity, validate_profile
from caseapp.core.errors import InvalidInput
from caseapp.core.intake import ClientPlan, PlannedDocument
from caseapp.core.users import Role
from caseapp.services.audited import _Refused
from caseapp.services.casework import CaseWork, conflict_queries, party_names
from caseapp.storage import audit_log, clients
from caseapp.storage import records as store
from caseapp.storage.connection import Connection, transaction


class _ConflictsFound(Exception):
    """Internal: a plan's conflict check found possible conflicts (message for the user)."""


class ImportRefused(InvalidInput):
    """One plan of an import cannot be stored; nothing of the import was."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    client_uuids: tuple[str, ...]
    records: int


@dataclass(frozen=True, slots=True)
class ExportedClient:
    """A client's whole file in clear, with the bytes of every document, for
    their own records request (``core.intake_json.client_to_json`` writes it)."""

    file: rec.ClientFile
    documents: dict[str, bytes]
    exported_at: str
    exported_by: str
    checkpoint: str


class BulkWork(CaseWork):
    """Imports and exports."""

    def import_plans(self, plans: Sequence[ClientPlan], *, synthetic: bool = False) -> ImportResult:
        """Create every planned client in one transaction, or none of them.

        Each client's entry names what was created; one more entry records the
        import itself. A plan that opens cases gets the same conflict check as
        ``record_conflict_check`` (against everyone on file and the clients
        earlier in the same import);
        possible conflicts stop the import unless the plan says they were
        reviewed and cleared. ``synthetic`` is for ``caseapp demo`` only: its
        plans carry their own conflict-check records and it refuses any vault
        that holds real clients.
        """
        if synthetic:
            self._require_demo_vault()
        prepared = [self._prepare(plan, synthetic) for plan in plans]
        conn = self._db()
        try:
            with self._recording_refusals("import_clients"):
                return self._store_plans(conn, prepared, synthetic)
        except _ConflictsFound as found:
            # The import is undone, but the check it ran has told the user that
            # someone is on file: that search is recorded on its own.
            with transaction(conn):
                self._append(conn, self._event("conflict_check", fields=("names", "date_of_birth")))
            raise ImportRefused(str(found)) from None

    def _store_plans(
        self,
        conn: Connection,
        prepared: Sequence[tuple[ClientPlan, list[tuple[str, rec.Record]]]],
        synthetic: bool,
    ) -> ImportResult:
        created: list[str] = []
        count = 0
        with self._guard.audited(), transaction(conn):
            events: list[AuditEvent] = []
            for plan, planned in prepared:
                client_uuid = rec.new_uuid()
                if not synthetic:
                    planned = self._with_conflict_check(conn, plan, planned)
                self._insert_client(
                    conn, plan.identity, plan.profile, planned, client_uuid=client_uuid
                )
                if synthetic:
                    clients.mark_synthetic(conn, client_uuid)
                for doc in plan.documents:
                    self._insert_document(conn, client_uuid, doc)
                count += len(planned) + len(plan.documents)
                kinds = sorted(
                    {r.KIND for _, r in planned} | ({"document"} if plan.documents else set())
                )
                events.append(
                    self._event("create_client", client_uuid, ["identity", "profile", *kinds])
                )
                created.append(client_uuid)
            events.append(AuditEvent("import_clients", self.user.name, "vault", "", ("clients",)))
            self._append(conn, *events)
        return ImportResult(tuple(created), count)

    def _prepare(
        self, plan: ClientPlan, synthetic: bool
    ) -> tuple[ClientPlan, list[tuple[str, rec.Record]]]:
        """Validate a plan on its own (before the transaction): its message names
        the plan's source (``line 12``). Every planned id is replaced by a fresh
        one, so a plan can never reuse — or point at — a record already stored."""
        where = f" ({plan.source})" if plan.source else ""
        try:
            cleaned = replace(
                plan,
                identity=validate_identity(plan.identity, today=self._today()),
                profile=validate_profile(plan.profile, today=self._today()),
            )
            records = list(plan.records)
            cases = {u for u, r in records if isinstance(r, rec.Case)}
            if not synthetic:
                if any(isinstance(r, rec.ConflictCheck) for _, r in records):
                    raise InvalidInput("A conflict check cannot be imported: it is run.")
                if cases and plan.conflict_decision == "conflict":
                    raise InvalidInput(
                        "The file records a conflict of interest: its cases cannot be opened "
                        "here. Refer the client elsewhere."
                    )
                if plan.conflict_decision not in ("", "cleared", "no_conflict", "conflict"):
                    raise InvalidInput("conflict_decision is cleared (or left out).")
                # The real check is added when the plan is stored; let validation see one.
                placeholder = rec.new_uuid()
                records = [
                    (u, replace(r, conflict_check_uuid=placeholder))
                    if isinstance(r, rec.Case)
                    else (u, r)
                    for u, r in records
                ]
                if cases:
                    records.append((placeholder, rec.ConflictCheck("cleared", 1)))
            seen = {u for u, _ in records}
            for doc in plan.documents:
                rec.check_uuid(doc.uuid, "A document", required=True)
                if doc.uuid in seen:
                    raise InvalidInput("Two of the new records have the same id.")
                seen.add(doc.uuid)
                if doc.case_uuid and doc.case_uuid not in cases:
                    raise InvalidInput("A document refers to a case that is not in the file.")
            planned = self._clean_new_records(cleaned.identity, records, self._today())
            for doc in plan.documents:
                documents.check_document(doc.filename, doc.content)
        except InvalidInput as exc:
            raise ImportRefused(f"{exc}{where} Nothing was imported.") from None
        if not synthetic:
            planned = [(u, r) for u, r in planned if not isinstance(r, rec.ConflictCheck)]
        fresh = {old: rec.new_uuid() for old in seen}
        planned = [(fresh[u], _renumbered(r, fresh)) for u, r in planned]
        moved = tuple(
            replace(d, uuid=fresh[d.uuid], case_uuid=fresh.get(d.case_uuid, ""))
            for d in plan.documents
        )
        return replace(cleaned, documents=moved), planned

    def _with_conflict_check(
        self, conn: Connection, plan: ClientPlan, planned: list[tuple[str, rec.Record]]
    ) -> list[tuple[str, rec.Record]]:
        """Run the real check for a plan that opens cases; record it; point the cases at it."""
        cases = [(u, r) for u, r in planned if isinstance(r, rec.Case)]
        if not cases:
            return planned
        where = f" ({plan.source})" if plan.source else ""
        aliases = [(r.given_names, r.family_names) for _, r in planned if isinstance(r, rec.Alias)]
        adverse = [r for _, r in planned if isinstance(r, rec.Party) and r.role == "adverse"]
        names = [name for party in adverse for name in party_names(party)]
        queries = conflict_queries(plan.identity, aliases, names)
        report = self._conflicts(conn, queries, "")
        hits = len(report.hits)
        decision = "no_conflict"
        if hits:
            if plan.conflict_decision != "cleared":
                raise _ConflictsFound(
                    f"The conflict check found {hits} possible conflict"
                    f"{'s' if hits != 1 else ''}{where}. Review them with `caseapp conflicts`, "
                    'then add "conflict_decision": "cleared" to open the case. Nothing was '
                    "imported."
                )
            if self.user.role is Role.INTAKE:
                raise _Refused(
                    message=f"There are possible conflicts to review{where}: a paralegal or "
                    "attorney must clear them before a case opens. Nothing was imported."
                )
            decision = "cleared"
        check = rec.ConflictCheck(decision, hits, tuple(names), plan.conflict_note).cleaned(
            self._today()
        )
        check_uuid = rec.new_uuid()
        return [
            (check_uuid, check),
            *(
                (u, replace(r, conflict_check_uuid=check_uuid) if isinstance(r, rec.Case) else r)
                for u, r in planned
            ),
        ]

    def _insert_document(self, conn: Connection, client_uuid: str, doc: PlannedDocument) -> None:
        accepted = documents.check_document(doc.filename, doc.content)
        record = rec.Document(
            filename=accepted.filename,
            media_type=accepted.media_type.mime,
            size=accepted.size,
            sha256=accepted.sha256,
            case_uuid=doc.case_uuid,
            description=doc.description,
        ).cleaned(self._today())
        store.insert(conn, client_uuid, record, self.user.name, record_uuid=doc.uuid)
        store.put_content(conn, doc.uuid, doc.content)

    def add_client_plan(self, plan: ClientPlan) -> str:
        """One client from a JSON file (``caseapp client add --json``)."""
        return self.import_plans([plan]).client_uuids[0]

    def _require_demo_vault(self) -> None:
        """Synthetic people go only into a vault that holds nothing but them."""
        conn = self._db()
        self._refuse_unless(
            self.user.is_admin,
            "import_clients",
            "Only an administrator can fill a vault with synthetic data.",
        )
        with self._guard.audited():
            only_synthetic = clients.only_synthetic(conn)
        self._refuse_unless(
            only_synthetic,
            "import_clients",
            "This vault holds real clients: synthetic data goes only into a new, "
            "empty vault (create one with `caseapp init --vault DIR`).",
        )

    def export_client(self, client_uuid: str, *, reason: str = "client_request") -> ExportedClient:
        """A client's whole file in clear, documents included, for their own
        records request. Recorded as an export (and a reveal of every tier-1 kind)."""
        self._refuse_unless(
            self.user.role is not Role.INTAKE,
            "export",
            "Intake staff cannot export client files. Ask a paralegal or attorney.",
            client_uuid,
        )
        file = self.read_client_file(client_uuid, reveal=True, notes=1_000_000, reason=reason)
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            docs = {d.uuid: store.get_content(conn, d.uuid) for d in file.of(rec.Document)}
            cp = audit_log.checkpoint(conn)
            self._append(conn, self._event("export", client_uuid, ("file", "documents"), reason))
        return ExportedClient(
            file=file,
            documents=docs,
            exported_at=datetime.now(UTC).isoformat(timespec="seconds"),
            exported_by=self.user.name,
            checkpoint=cp.full,
        )


_REFERENCES = ("case_uuid", "member_uuid", "proceeding_uuid", "conflict_check_uuid")


def _renumbered(record: rec.Record, fresh: dict[str, str]) -> rec.Record:
    """The record with its references to other planned records moved to their new ids."""
    changes = {
        name: fresh[getattr(record, name)]
        for name in _REFERENCES
        if getattr(record, name, "") in fresh
    }
    if not changes:
        return record
    moved: Any = replace(cast(Any, record), **changes)
    return cast(rec.Record, moved)
