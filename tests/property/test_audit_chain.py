"""The audit chain under every kind of tampering (DESIGN.md §4).

Each example builds a fresh encrypted log from random valid events, checks it
verifies, applies one mutation an attacker holding the database key could make
(dropping the append-only triggers first, as such an attacker would) and
asserts that ``verify`` fails *at the right entry*:

- a change to an entry, a deletion, a swap, a forged insertion: that entry;
- a forged state row: the entry after the log's last (``entries + 1``);
- entries past the state's recorded end: the first of them;
- a tail re-MACed with the laptop's current key: invisible without the
  anchor, caught at its first rewritten entry with it.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from caseapp.core.audit import ACTIONS, REASONS, AuditEvent, CheckpointClaim, canonical
from caseapp.crypto import audit_chain
from caseapp.storage import audit_log, migrations
from caseapp.storage.connection import Connection, open_database, transaction

SETTINGS = settings(max_examples=50, deadline=None, database=None)

BASE = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
TEXT_COLUMNS = ("at", "user_name", "action", "entity_type", "entity_id", "fields", "reason")
ALL_COLUMNS = ("seq", *TEXT_COLUMNS, "hash", "tag")

# -- strategies ------------------------------------------------------------------

user_names = st.one_of(
    st.just(""), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True)
)
entities = st.one_of(
    st.just(("", "")),
    st.tuples(st.sampled_from(["vault", "user", "client"]), st.uuids().map(str)),
)
field_lists = st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True), max_size=4)


@st.composite
def event_lists(draw: st.DrawFn, min_size: int = 1, max_size: int = 12) -> list[AuditEvent]:
    """Valid events with strictly increasing, distinct times (so no two entries are equal)."""
    n = draw(st.integers(min_value=min_size, max_value=max_size))
    events = []
    for i in range(n):
        entity_type, entity_id = draw(entities)
        events.append(
            AuditEvent(
                action=draw(st.sampled_from(sorted(ACTIONS))),
                user=draw(user_names),
                entity_type=entity_type,
                entity_id=entity_id,
                fields=tuple(draw(field_lists)),
                reason=draw(st.sampled_from(sorted(REASONS))),
                at=BASE + timedelta(minutes=i, microseconds=draw(st.integers(0, 59_999_999))),
            )
        )
    return events


# -- a log to tamper with --------------------------------------------------------------


@dataclass
class Log:
    conn: Connection
    vault_id: str
    anchor: bytes
    size: int

    def verify(self, *, with_anchor: bool, claims: tuple[CheckpointClaim, ...] = ()) -> Any:
        anchor = self.anchor if with_anchor else None
        return audit_log.verify(self.conn, self.vault_id, anchor=anchor, claims=claims)

    def rows(self) -> list[tuple[Any, ...]]:
        return list(
            self.conn.execute(f"SELECT {', '.join(ALL_COLUMNS)} FROM audit_log ORDER BY seq")  # noqa: S608
        )

    def state(self) -> tuple[int, bytes, bytes]:
        seq, head, key = self.conn.execute(
            "SELECT seq, head, next_key FROM audit_state WHERE id = 1"
        ).fetchone()
        return int(seq), bytes(head), bytes(key)

    def head_at(self, seq: int) -> bytes:
        if seq == 0:
            return audit_chain.genesis(self.vault_id)
        return bytes(
            self.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
        )

    def set_state(self, seq: int, head: bytes, key: bytes) -> None:
        self.conn.execute(
            "UPDATE audit_state SET seq = ?, head = ?, next_key = ? WHERE id = 1",
            (seq, head, key),
        )


def drop_triggers(conn: Connection) -> None:
    """What an attacker with the database key does first."""
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")


@contextmanager
def built_log(events: list[AuditEvent]) -> Iterator[Log]:
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp) / "vault.db", bytearray(os.urandom(32)), create=True)
        try:
            migrations.apply(conn)
            vault_id = uuid.uuid4().hex
            _text, anchor = audit_chain.new_anchor()
            with transaction(conn):
                audit_log.initialise(conn, vault_id, anchor)
                with audit_log.recording(conn) as writer:
                    for event in events:
                        writer.append(event)
            log = Log(conn, vault_id, anchor, len(events))
            for with_anchor in (True, False):
                intact = log.verify(with_anchor=with_anchor)
                assert intact.ok, intact.summary()
                assert intact.entries == len(events)
                assert intact.mac_checked is with_anchor
            drop_triggers(conn)
            yield log
        finally:
            conn.close()


def assert_broken_at(log: Log, seq: int, *, with_anchor: bool) -> None:
    result = log.verify(with_anchor=with_anchor)
    assert not result.ok
    assert result.first_bad_seq == seq, result.summary()
    assert result.entries == seq - 1  # every entry before the first bad one checked out
    assert result.problem
    assert result.summary().startswith(f"BROKEN at entry {seq}:")


def rewrite_tail(log: Log, start: int, edit: dict[str, str]) -> None:
    """An attacker holding the laptop's key (A_{N+1}, from the state row) rewrites
    entries ``start``..N: content edited, hashes recomputed, every tag made with
    the key it holds (evolved entry by entry), the state row made consistent."""
    _seq, _head, key = log.state()
    head = log.head_at(start - 1)
    for row in log.rows()[start - 1 :]:
        values = dict(zip(ALL_COLUMNS, row, strict=True))
        if values["seq"] == start:
            values.update(edit)
        data = canonical(*(values[c] for c in ("seq", *TEXT_COLUMNS)))
        head = audit_chain.next_head(head, data)
        values["hash"], values["tag"] = head, audit_chain.tag(key, head)
        key = audit_chain.evolve(key)
        assignments = ", ".join(f"{c} = ?" for c in ALL_COLUMNS[1:])
        log.conn.execute(
            f"UPDATE audit_log SET {assignments} WHERE seq = ?",  # noqa: S608
            (*(values[c] for c in ALL_COLUMNS[1:]), values["seq"]),
        )
    log.set_state(log.size, head, key)


def other_value(column: str, old: Any, draw: st.DrawFn) -> Any:
    """A different value for ``column``: a valid-looking one or arbitrary text."""
    if column == "hash":
        flip = draw(st.integers(0, 255))
        return bytes([old[0] ^ (flip or 1), *old[1:]])
    candidates: dict[str, st.SearchStrategy[str]] = {
        "at": st.integers(0, 10**6).map(
            lambda s: (BASE - timedelta(seconds=s)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        ),
        "user_name": user_names,
        "action": st.sampled_from(sorted(ACTIONS)),
        "entity_type": st.sampled_from(["", "vault", "user", "client"]),
        "entity_id": st.uuids().map(str),
        "fields": field_lists.map(",".join),
        "reason": st.sampled_from(sorted(REASONS)),
    }
    new = draw(st.one_of(candidates[column], st.text(max_size=30)))
    assume(new != old)
    return new


# -- mutations ---------------------------------------------------------------------------


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_an_edited_entry_is_caught_at_that_entry(events: list[AuditEvent], data: Any) -> None:
    """A naive edit (no rehash) breaks the chain itself: caught with or without the anchor."""
    k = data.draw(st.integers(1, len(events)), label="k")
    column = data.draw(st.sampled_from((*TEXT_COLUMNS, "hash")), label="column")
    with built_log(events) as log:
        old = log.rows()[k - 1][ALL_COLUMNS.index(column)]
        new = other_value(column, old, data.draw)
        log.conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (new, k))  # noqa: S608
        assert_broken_at(log, k, with_anchor=True)
        assert_broken_at(log, k, with_anchor=False)


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_an_edited_tag_is_caught_only_with_the_anchor(events: list[AuditEvent], data: Any) -> None:
    k = data.draw(st.integers(1, len(events)), label="k")
    forged = data.draw(st.binary(min_size=32, max_size=32), label="tag")
    with built_log(events) as log:
        assume(forged != log.rows()[k - 1][-1])
        log.conn.execute("UPDATE audit_log SET tag = ? WHERE seq = ?", (forged, k))
        assert_broken_at(log, k, with_anchor=True)
        # The chain alone does not cover the tags: that is what the anchor is for.
        assert log.verify(with_anchor=False).ok


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_a_changed_timestamp_is_caught(events: list[AuditEvent], data: Any) -> None:
    k = data.draw(st.integers(1, len(events)), label="k")
    shift = data.draw(st.integers(1, 10**9) | st.integers(-(10**9), -1), label="microseconds")
    with built_log(events) as log:
        old = datetime.strptime(log.rows()[k - 1][1], "%Y-%m-%dT%H:%M:%S.%fZ")
        new = (old + timedelta(microseconds=shift)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        log.conn.execute("UPDATE audit_log SET at = ? WHERE seq = ?", (new, k))
        assert_broken_at(log, k, with_anchor=True)
        assert_broken_at(log, k, with_anchor=False)


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_a_deleted_entry_is_caught_at_its_number(events: list[AuditEvent], data: Any) -> None:
    """In the middle: a gap in the numbers. The last one: the state row still counts it."""
    k = data.draw(st.integers(1, len(events)), label="k")
    with built_log(events) as log:
        log.conn.execute("DELETE FROM audit_log WHERE seq = ?", (k,))
        assert_broken_at(log, k, with_anchor=True)
        assert_broken_at(log, k, with_anchor=False)


@SETTINGS
@given(events=event_lists(min_size=2), data=st.data())
def test_swapped_entries_are_caught_at_the_first(events: list[AuditEvent], data: Any) -> None:
    i, j = sorted(
        data.draw(
            st.lists(st.integers(1, len(events)), min_size=2, max_size=2, unique=True),
            label="i, j",
        )
    )
    swap_hashes = data.draw(st.booleans(), label="swap hash and tag too")
    with built_log(events) as log:
        rows = log.rows()
        columns = TEXT_COLUMNS + (("hash", "tag") if swap_hashes else ())
        assignments = ", ".join(f"{c} = ?" for c in columns)
        for seq, source in ((i, rows[j - 1]), (j, rows[i - 1])):
            values = [source[ALL_COLUMNS.index(c)] for c in columns]
            log.conn.execute(f"UPDATE audit_log SET {assignments} WHERE seq = ?", (*values, seq))  # noqa: S608
        assert_broken_at(log, i, with_anchor=True)
        assert_broken_at(log, i, with_anchor=False)


@SETTINGS
@given(events=event_lists(), forged=event_lists(max_size=1), data=st.data())
def test_a_forged_entry_inserted_is_caught_at_its_place(
    events: list[AuditEvent], forged: list[AuditEvent], data: Any
) -> None:
    """Inserted at k, later entries renumbered. Naively (any hash): caught at k by
    the chain. Carefully (chain recomputed, tags made with the laptop's key,
    state row fixed): only the anchor catches it, still at k."""
    k = data.draw(st.integers(1, len(events) + 1), label="k")
    careful = data.draw(st.booleans(), label="careful")
    event = forged[0]
    with built_log(events) as log:
        conn = log.conn
        conn.execute("UPDATE audit_log SET seq = -seq WHERE seq >= ?", (k,))
        conn.execute("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
        at = (BASE - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        parts = (event.user, event.action, event.entity_type, event.entity_id)
        conn.execute(
            "INSERT INTO audit_log (seq, at, user_name, action, entity_type, entity_id, "
            "fields, reason, hash, tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (k, at, *parts, event.fields_text, event.reason, os.urandom(32), os.urandom(32)),
        )
        log.size += 1
        if careful:
            rewrite_tail(log, k, {})
            assert log.verify(with_anchor=False).ok
            if k <= len(events):
                assert_broken_at(log, k, with_anchor=True)
            else:
                # Appended with the laptop's own key: that is an append, which
                # whoever holds the key can make. Forward security guards the past.
                assert log.verify(with_anchor=True).ok
        else:
            assert_broken_at(log, k, with_anchor=True)
            assert_broken_at(log, k, with_anchor=False)


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_a_tail_re_maced_with_the_current_key_needs_the_anchor(
    events: list[AuditEvent], data: Any
) -> None:
    """Schneier–Kelsey: the laptop only holds A_{N+1}, so a rewrite of entries
    k..N with honest-looking hashes and MACs passes the chain, and fails the
    anchor at exactly k. A checkpoint at c >= k catches it at c."""
    n = len(events)
    k = data.draw(st.integers(1, n), label="k")
    edit_column = data.draw(st.sampled_from(("", "user_name", "action", "entity_id")), label="edit")
    checkpoint_at = data.draw(st.integers(1, n), label="checkpoint")
    with built_log(events) as log:
        before = CheckpointClaim(checkpoint_at, log.head_at(checkpoint_at).hex()[:16])
        edit = {}
        if edit_column:
            old = log.rows()[k - 1][ALL_COLUMNS.index(edit_column)]
            edit[edit_column] = other_value(edit_column, old, data.draw)
        rewrite_tail(log, k, edit)

        chain_only = log.verify(with_anchor=False)
        assert chain_only.ok, chain_only.summary()
        assert chain_only.entries == n
        assert_broken_at(log, k, with_anchor=True)

        with_checkpoint = log.verify(with_anchor=False, claims=(before,))
        if edit_column and checkpoint_at >= k:
            assert with_checkpoint.first_bad_seq == checkpoint_at
            assert "checkpoint" in with_checkpoint.problem
        else:  # the history the checkpoint covers is unchanged
            assert with_checkpoint.ok


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_a_forged_state_row_is_caught_after_the_last_entry(
    events: list[AuditEvent], data: Any
) -> None:
    """seq or head not matching the chain: caught by the chain. next_key not
    following from the anchor: caught with the anchor only."""
    n = len(events)
    what = data.draw(st.sampled_from(("seq", "head", "next_key", "missing")), label="what")
    with built_log(events) as log:
        seq, head, key = log.state()
        if what == "seq":
            seq = data.draw(st.integers(n + 1, 2**62) | st.integers(-(2**62), -1), label="seq")
        elif what == "head":
            head = data.draw(st.binary(min_size=32, max_size=32).filter(lambda h: h != head))
        elif what == "next_key":
            key = data.draw(st.binary(min_size=32, max_size=32).filter(lambda h: h != key))
        if what == "missing":
            log.conn.execute("DELETE FROM audit_state")
        else:
            log.set_state(seq, head, key)
        assert_broken_at(log, n + 1, with_anchor=True)
        if what == "next_key":
            assert log.verify(with_anchor=False).ok  # the key can only be checked from A_0
        else:
            assert_broken_at(log, n + 1, with_anchor=False)


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_entries_past_the_states_end_are_named_from_the_first(
    events: list[AuditEvent], data: Any
) -> None:
    """The state row set back to m < N (or entries appended by hand without it):
    the first entry it does not cover is m + 1."""
    n = len(events)
    m = data.draw(st.integers(0, n - 1), label="m")
    with built_log(events) as log:
        _seq, _head, key = log.state()
        log.set_state(m, log.head_at(m), key)
        for with_anchor in (True, False):
            result = log.verify(with_anchor=with_anchor)
            assert not result.ok
            assert result.first_bad_seq == m + 1, result.summary()
            assert result.entries == m


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_a_careful_truncation_needs_the_anchor_or_a_checkpoint(
    events: list[AuditEvent], data: Any
) -> None:
    """The last r entries removed and the state row set to match the chain (the
    key cannot be rolled back: A_{N-r+1} is gone). Invisible to the chain; the
    anchor and any checkpoint past the cut name the first missing entry."""
    n = len(events)
    r = data.draw(st.integers(1, n), label="removed")
    keep = n - r
    checkpoint_at = data.draw(st.integers(1, n), label="checkpoint")
    with built_log(events) as log:
        before = CheckpointClaim(checkpoint_at, log.head_at(checkpoint_at).hex())
        _seq, _head, key = log.state()
        log.conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
        log.set_state(keep, log.head_at(keep), key)

        chain_only = log.verify(with_anchor=False)
        assert chain_only.ok
        assert chain_only.entries == keep
        assert_broken_at(log, keep + 1, with_anchor=True)
        checked = log.verify(with_anchor=False, claims=(before,))
        if checkpoint_at > keep:
            assert checked.first_bad_seq == keep + 1
            assert f"checkpoint shows entry {checkpoint_at}" in checked.problem
        else:
            assert checked.ok


@SETTINGS
@given(events=event_lists(), data=st.data())
def test_conflicting_checkpoints_for_one_entry_fail(events: list[AuditEvent], data: Any) -> None:
    """Two different heads claimed for one entry cannot both hold, whatever their order."""
    c = data.draw(st.integers(1, len(events)), label="c")
    with built_log(events) as log:
        right = CheckpointClaim(c, log.head_at(c).hex()[:16])
        wrong = CheckpointClaim(c, bytes(8).hex())
        assume(wrong != right)
        assert log.verify(with_anchor=True, claims=(right,)).ok
        for claims in ((right, wrong), (wrong, right)):
            result = log.verify(with_anchor=True, claims=claims)
            assert result.first_bad_seq == c
