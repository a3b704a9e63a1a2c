"""The append-only audit log: entries, the one-row chain state, checkpoints, verification.

Appends happen inside the caller's transaction, so an entry and the change it
records commit together or not at all. Triggers refuse UPDATE and DELETE on
the log (a convenience: whoever has the key can drop them; the chain and the
MACs are the control).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlcipher3

from caseapp.core.audit import (
    AuditEntry,
    AuditEvent,
    Checkpoint,
    CheckpointClaim,
    VerifyResult,
    canonical,
)
from caseapp.core.errors import AuditLogBroken
from caseapp.crypto import audit_chain
from caseapp.storage.connection import Connection, damage_checked


def _stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def initialise(conn: Connection, vault_id: str, anchor: bytes) -> None:
    """Start the chain for a new vault. ``anchor`` (A_0) is not stored: only A_1 is."""
    conn.execute(
        "INSERT INTO audit_state (id, seq, head, next_key) VALUES (1, 0, ?, ?)",
        (audit_chain.genesis(vault_id), audit_chain.evolve(anchor)),
    )


@dataclass(slots=True)
class _State:
    seq: int
    head: bytes
    key: bytes


class AuditWriter:
    """Appends entries within one open transaction; ``flush`` stores the chain state."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        row = conn.execute("SELECT seq, head, next_key FROM audit_state WHERE id = 1").fetchone()
        if (
            row is None
            or type(row[0]) is not int
            or not isinstance(row[1], bytes)
            or not isinstance(row[2], bytes)
        ):
            # Removed or rewritten by hand: no act may go unrecorded, so none goes ahead.
            raise AuditLogBroken()
        self._state = _State(row[0], row[1], row[2])
        self._dirty = False

    def append(self, event: AuditEvent) -> int:
        """Append one entry; returns its sequence number."""
        state = self._state
        seq = state.seq + 1
        at = _stamp(event.at)
        fields = event.fields_text
        parts = (event.user, event.action, event.entity_type, event.entity_id, fields, event.reason)
        head = audit_chain.next_head(state.head, canonical(seq, at, *parts))
        entry_tag = audit_chain.tag(state.key, head)
        try:
            self._conn.execute(
                "INSERT INTO audit_log (seq, at, user_name, action, entity_type, entity_id, "
                "fields, reason, hash, tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, at, *parts, head, entry_tag),
            )
        except sqlcipher3.IntegrityError as exc:
            # The state says entry ``seq`` is next but it exists: the state was set back.
            raise AuditLogBroken() from exc
        # The old key is dropped here and overwritten in the state row at flush.
        self._state = _State(seq, head, audit_chain.evolve(state.key))
        self._dirty = True
        return seq

    def flush(self) -> None:
        if not self._dirty:
            return
        s = self._state
        self._conn.execute(
            "UPDATE audit_state SET seq = ?, head = ?, next_key = ? WHERE id = 1",
            (s.seq, s.head, s.key),
        )
        self._dirty = False


@contextmanager
def recording(conn: Connection) -> Iterator[AuditWriter]:
    """Use inside a transaction: several entries, one state update."""
    writer = AuditWriter(conn)
    yield writer
    writer.flush()


def append(conn: Connection, event: AuditEvent) -> int:
    """Append one entry inside the caller's transaction."""
    with recording(conn) as writer:
        return writer.append(event)


@damage_checked()  # a damaged page: CorruptVault, not a raw error
def checkpoint(conn: Connection) -> Checkpoint:
    row = conn.execute("SELECT seq, head FROM audit_state WHERE id = 1").fetchone()
    return Checkpoint(seq=int(row[0]), head=bytes(row[1]).hex(), at=_stamp())


def last_at(conn: Connection, action: str, *, unless: str | None = None) -> str | None:
    """When ``action`` was last recorded (the entry's UTC time stamp), if ever.
    With ``unless``, an entry that a later ``unless`` entry names (by entity)
    does not count: a backup recorded, then not made."""
    if unless is None:
        row = conn.execute(
            "SELECT at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT a.at FROM audit_log AS a WHERE a.action = ? AND NOT EXISTS ("
            " SELECT 1 FROM audit_log AS f WHERE f.entity_id = a.entity_id"
            " AND f.entity_id <> '' AND f.action = ? AND f.seq > a.seq"
            ") ORDER BY a.seq DESC LIMIT 1",
            (action, unless),
        ).fetchone()
    return None if row is None else str(row[0])


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


@damage_checked()  # a damaged page: CorruptVault, not a raw error
def entries(
    conn: Connection,
    *,
    user: str | None = None,
    entity_id: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    before_seq: int | None = None,
    limit: int = 100,
) -> list[AuditEntry]:
    """Newest first, one page; pass the last page's smallest ``seq`` as ``before_seq``."""
    where = ["1 = 1"]
    args: list[object] = []
    if user is not None:
        where.append("user_name = ? COLLATE NOCASE")
        args.append(user)
    if entity_id is not None:
        where.append("entity_id = ?")
        args.append(entity_id)
    if action is not None:
        where.append("action = ?")
        args.append(action)
    if since is not None:
        where.append("at >= ?")
        args.append(_stamp(since))
    if before_seq is not None:
        where.append("seq < ?")
        args.append(before_seq)
    args.append(max(1, min(limit, 10_000)))
    rows = conn.execute(
        "SELECT seq, at, user_name, action, entity_type, entity_id, fields, reason "
        f"FROM audit_log WHERE {' AND '.join(where)} ORDER BY seq DESC LIMIT ?",
        args,
    ).fetchall()
    return [AuditEntry(*row) for row in rows]


@damage_checked()  # a damaged page: CorruptVault, not a raw error
def verify(
    conn: Connection,
    vault_id: str,
    *,
    anchor: bytes | None = None,
    claims: Sequence[CheckpointClaim] = (),
) -> VerifyResult:
    """Recompute the chain (and with ``anchor``, every MAC) and hold it against
    the state row and any checkpoints kept off the machine.

    Whatever an attacker wrote into the tables (wrong types, bytes that are not
    UTF-8), the answer is a VerifyResult, never an exception."""
    # Text is read as the stored bytes (which the chain covers): text that is not
    # UTF-8, planted by hand, must fail the check, not stop it with a decode error.
    saved = conn.text_factory
    conn.text_factory = bytes
    try:
        return _verify(conn, vault_id, anchor, claims)
    finally:
        conn.text_factory = saved


def _verify(
    conn: Connection,
    vault_id: str,
    anchor: bytes | None,
    claims: Sequence[CheckpointClaim],
) -> VerifyResult:
    # Every claim counts: two different heads claimed for one entry cannot both hold.
    by_seq: dict[int, set[str]] = {}
    for claim in claims:
        by_seq.setdefault(claim.seq, set()).add(claim.head_prefix)
    head = audit_chain.genesis(vault_id)
    key = audit_chain.evolve(anchor) if anchor is not None else None
    sha256 = hashlib.sha256
    tag = audit_chain.tag
    expected = 1

    def broken(seq: int, problem: str) -> VerifyResult:
        return VerifyResult(False, expected - 1, key is not None, seq, problem)

    wrong_type = "the entry holds data of the wrong type"
    # SQLite joins each entry's canonical bytes (the same join as
    # core.audit.canonical; the tests hold the two together), which is several
    # times faster than doing it in Python. The hash covers those bytes, so a
    # column stored under another type but with the same bytes is the same
    # entry; any other change fails the hash; a NULL makes the join NULL.
    cursor = conn.execute(
        "SELECT seq, CAST(seq || char(31) || at || char(31) || user_name || char(31) || action "
        "|| char(31) || entity_type || char(31) || entity_id || char(31) || fields "
        "|| char(31) || reason AS BLOB), hash, tag FROM audit_log ORDER BY seq"
    )
    evolve_prefix = b"evolve"
    compare = hmac.compare_digest
    # The per-entry work is the hot loop of a 1M-entry check: every test that
    # cannot fail on an honest entry sits behind one that does.
    for seq, data, stored_hash, stored_tag in cursor:
        if seq != expected:
            if type(seq) is not int:
                return broken(expected, wrong_type)
            if seq > expected:
                return broken(expected, f"entries {expected}–{seq - 1} are missing")
            return broken(expected, "entries are out of order")
        if data is None or type(stored_tag) is not bytes:
            return broken(seq, wrong_type)
        if not data.isascii():  # honest entries are ASCII; others must at least be UTF-8
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                return broken(seq, wrong_type)
        head = sha256(head + data).digest()
        if stored_hash != head:
            return broken(seq, "the entry (or the one before it) was changed")
        if key is not None:
            if not compare(tag(key, head), stored_tag):
                return broken(seq, "its MAC does not match the anchor (entry rewritten)")
            key = sha256(evolve_prefix + key).digest()
        if by_seq:
            prefixes = by_seq.get(seq)
            if prefixes is not None and not all(head.hex().startswith(p) for p in prefixes):
                return broken(
                    seq, "it differs from a checkpoint kept off the machine (history rewritten)"
                )
        expected += 1
    last = expected - 1
    later = [s for s in by_seq if s > last]
    if later:
        return broken(
            last + 1,
            f"the log ends at entry {last} but a checkpoint shows entry {max(later)}: "
            "entries were removed",
        )
    state = conn.execute("SELECT seq, head, next_key FROM audit_state WHERE id = 1").fetchone()
    if (
        state is None
        or type(state[0]) is not int
        or not isinstance(state[1], bytes)
        or not isinstance(state[2], bytes)
        or state[0] != last
        or state[1] != head
    ):
        if state is not None and type(state[0]) is int and 0 <= state[0] < last:
            # Entries past the recorded end: name the first one, which exists.
            return VerifyResult(
                False,
                state[0],
                key is not None,
                state[0] + 1,
                f"the log's state ends at entry {state[0]} but entries up to {last} "
                "follow (entries added by hand, or the state forged)",
            )
        return broken(
            last + 1,
            "the log's state does not match its last entry (entries removed or the state forged)",
        )
    if key is not None and not hmac.compare_digest(state[2], key):
        return broken(
            last + 1,
            "the log's key does not follow from the anchor "
            "(entries removed at the end, or the state forged)",
        )
    return VerifyResult(True, last, key is not None)
