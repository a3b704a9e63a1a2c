"""Audit entries, checkpoints and verification results (DESIGN.md §4).

An entry records who did what to which entity and which fields — never a
field's value — so purging a client leaves no personal data in the log.
Every text in an entry comes from a fixed vocabulary or is a staff user name
or an entity's UUID; the checks here refuse anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from caseapp.core.errors import InvalidCheckpoint

# The record kinds of core.records, named here so that importing the audit
# vocabulary does not load the domain (a test holds the two lists together).
RECORD_KINDS = (
    "alias",
    "identifier",
    "phone",
    "email",
    "address",
    "safety",
    "household_member",
    "income",
    "entry",
    "application",
    "proceeding",
    "hearing",
    "check_in",
    "detention",
    "case",
    "party",
    "deadline",
    "task",
    "note",
    "time_entry",
    "document",
    "checklist_item",
    "conflict_check",
)

# Actions: lower-case words joined by underscores. New acts add words here.
ACTIONS = frozenset(
    {
        "vault_created",
        "unlock",
        "unlock_recovery",
        "unlock_failed",
        "lock",
        "user_added",
        "user_add_undone",
        "user_removed",
        "role_changed",
        "passphrase_changed",
        "passphrase_reset",
        "passphrase_reset_recovery",
        "recovery_code_replaced",
        "rekey",
        "key_slot_dropped",
        "key_change_undone",  # a key slot's new passphrase or code could not be written
        "create_client",
        "read_client",
        "update_client",
        "search_clients",
        "access_refused",
        "audit_viewed",
        "audit_verified",
        "integrity_checked",
        "print",
        "export",
        # Client files (issue 4). Record kinds add create_/update_/delete_<kind> below.
        "reveal",
        "read_document",
        "list_clients",
        "search_notes",
        "conflict_check",
        "view_dashboard",
        "import_clients",
        "delete_client",
        "settings_changed",
        # Unsaved edits kept through an idle lock (issue 5).
        "save_draft",
        "read_draft",
        "discard_draft",
        # Backups and restores (issue 7).
        "backup",
        "backup_failed",  # the backup named just before could not be made
        "restore",
        "purge_review",
        "purge_client",
        # Field intake (issue 7).
        "device_enrolled",
        "device_revoked",
        "field_import",
    }
) | frozenset(f"{verb}_{kind}" for verb in ("create", "update", "delete") for kind in RECORD_KINDS)

ENTITY_TYPES = frozenset({"", "vault", "user", "client"})

# Reasons are chosen from a list, never typed: free text could carry a name.
REASONS = frozenset(
    {
        "",
        "client_request",
        "case_work",
        "court_filing",
        "supervision",
        "conflict_check",
        "data_correction",
        "security_review",
        "other",
    }
)

_FIELD = re.compile(r"[a-z][a-z0-9_]{0,63}")
# Entity ids are UUIDs in their canonical form: nothing else (no hex-encoded text).
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_USER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SEPARATOR = "\x1f"  # canonical form joins fields with ASCII unit separator


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What a caller asks to record. Validated before it reaches the log."""

    action: str
    user: str = ""
    entity_type: str = ""
    entity_id: str = ""
    fields: tuple[str, ...] = ()
    reason: str = ""
    at: datetime | None = None  # None: the time of appending

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown audit action {self.action!r}")
        if self.entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown audit entity type {self.entity_type!r}")
        if self.reason not in REASONS:
            raise ValueError(f"unknown audit reason {self.reason!r}")
        if self.user and not _USER.fullmatch(self.user):
            raise ValueError("audit user must be a user name")
        if self.entity_id and not _UUID.fullmatch(self.entity_id):
            raise ValueError("audit entity ids are UUIDs")
        for name in self.fields:
            if not _FIELD.fullmatch(name):
                raise ValueError(f"audit field names are identifiers, not {name!r}")

    @property
    def fields_text(self) -> str:
        return ",".join(self.fields)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """An entry as stored: the event plus its place in the chain."""

    seq: int
    at: str  # UTC, ISO 8601 with microseconds and "Z"
    user: str
    action: str
    entity_type: str
    entity_id: str
    fields: str
    reason: str


def canonical(
    seq: int,
    at: str,
    user: str,
    action: str,
    entity_type: str,
    entity_id: str,
    fields: str,
    reason: str,
) -> bytes:
    """The bytes an entry's hash covers. No part may hold the separator."""
    parts = (str(seq), at, user, action, entity_type, entity_id, fields, reason)
    return _SEPARATOR.join(parts).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """(sequence, chain head, time): stamped on every export, kept off the machine."""

    seq: int
    head: str  # hex of h_seq
    at: str

    SHORT = 16

    @property
    def short(self) -> str:
        """``SEQ:HEAD16`` — what a PDF footer prints; enough to catch a rewrite."""
        return f"{self.seq}:{self.head[: self.SHORT]}"

    @property
    def full(self) -> str:
        return f"{self.seq}:{self.head}"


@dataclass(frozen=True, slots=True)
class CheckpointClaim:
    """A checkpoint typed back in by a verifier: the head may be a prefix."""

    seq: int
    head_prefix: str


def parse_checkpoint(text: str) -> CheckpointClaim:
    match = re.fullmatch(r"\s*([0-9]{1,15})\s*:\s*([0-9a-fA-F]{16,64})\s*", text)
    if not match or int(match.group(1)) < 1:  # entries are numbered from 1
        raise InvalidCheckpoint()
    return CheckpointClaim(int(match.group(1)), match.group(2).lower())


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    entries: int
    mac_checked: bool
    first_bad_seq: int | None = None
    problem: str = ""

    def summary(self) -> str:
        if self.ok:
            how = "chain and every MAC" if self.mac_checked else "chain only, no anchor given"
            return f"intact: {self.entries} entries ({how})"
        return f"BROKEN at entry {self.first_bad_seq}: {self.problem}"
