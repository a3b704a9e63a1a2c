"""Retention and purge (issue 7): the office's policy, the list of files that
are due (for a person to review), and the purge itself.

A purge removes each file for good — rows, documents, search-index entries —
in one transaction per client with a non-identifying entry (the client's UUID
and the word ``retention``), then one ``VACUUM`` rebuilds the vault file so no
freed page keeps a word of it (``secure_delete`` has zeroed them already).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.core import retention
from caseapp.core.audit import AuditEvent
from caseapp.core.errors import InvalidInput
from caseapp.services.casework import CaseWork
from caseapp.storage import clients, vault_meta
from caseapp.storage import retention as facts_store
from caseapp.storage.connection import transaction, vacuum_database

POLICY_KEY = "retention_years"
MAX_PURGE = 10_000  # per run: a purge of more than this is surely a wrong policy


@dataclass(frozen=True, slots=True)
class DueFile:
    """A file due for purging, for the review list."""

    uuid: str
    name: str
    since: date  # last case closed (or file created, when it had no case)
    due_on: date
    cases: int


class Retention(CaseWork):
    def _admin_only(self, action: str) -> None:
        self._refuse_unless(
            self.user.is_admin,
            action,
            "Only an administrator can set the retention policy or purge files.",
        )

    def retention_policy(self) -> retention.RetentionPolicy:
        raw = vault_meta.get(self._db(), POLICY_KEY)
        try:
            return retention.RetentionPolicy(int(raw)) if raw else retention.RetentionPolicy()
        except (ValueError, InvalidInput):
            return retention.RetentionPolicy()

    def set_retention_policy(self, policy: retention.RetentionPolicy) -> None:
        """Admin: how many years files are kept after their last case closed."""
        self._admin_only("settings_changed")
        conn = self._db()
        with transaction(conn):
            vault_meta.put(conn, POLICY_KEY, str(policy.years))
            self._append(
                conn,
                AuditEvent("settings_changed", self.user.name, "vault", "", ("retention_years",)),
            )

    def _due(self, today: date) -> list[tuple[str, retention.Due]]:
        policy = self.retention_policy()
        conn = self._db()
        with self._guard.audited():
            found = [
                (uuid, d)
                for uuid, created, cases in facts_store.facts(conn)
                if (d := retention.due(created, cases, policy, today)) is not None
            ]
        return found

    def purge_review(self, today: date | None = None) -> list[DueFile]:
        """Admin: every file due under the policy, with its name, for a person to
        review before anything goes. Listing names is recorded (``purge_review``)."""
        self._admin_only("purge_review")
        day = today or self._today()
        due = self._due(day)
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            self._append(conn, self._event("purge_review", fields=("family_names", "given_names")))
            listed = []
            for uuid, d in due:
                identity = clients.get(conn, uuid).identity
                name = " ".join(p for p in (identity.given_names, identity.family_names) if p)
                listed.append(DueFile(uuid, name, d.since, d.due_on, d.cases))
        return sorted(listed, key=lambda f: (f.due_on, f.name.casefold()))

    def purge(self, uuids: Sequence[str], today: date | None = None) -> int:
        """Admin: purge the reviewed files ``uuids``. Each is checked again (a case
        reopened since the review keeps its file); returns how many went. Then one
        VACUUM. Nothing is purged if any id is not a file that is due."""
        self._admin_only("purge_client")
        if len(uuids) > MAX_PURGE:
            raise InvalidInput(
                f"That is more than {MAX_PURGE} files in one purge; check the retention "
                "policy, then purge in smaller groups."
            )
        day = today or self._today()
        due = {uuid for uuid, _ in self._due(day)}
        wanted = list(dict.fromkeys(uuids))
        not_due = [u for u in wanted if u not in due]
        if not_due:
            raise InvalidInput(
                f"{len(not_due)} of the files chosen are not due under the retention "
                "policy (a case was reopened, or the id is wrong); review the list again. "
                "Nothing was purged."
            )
        conn = self._db()
        for uuid in wanted:
            with self._guard.audited(), transaction(conn):
                clients.delete(conn, uuid)
                self._append(conn, self._event("purge_client", uuid, ("retention",)))
        if wanted:
            with self._guard.audited():
                vacuum_database(conn)
        return len(wanted)
