"""Audit entries: only a fixed vocabulary, user names and UUIDs get in, and the
canonical form hashed at append time is the one verification recomputes."""

from __future__ import annotations

import hmac
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.audit import (
    ACTIONS,
    ENTITY_TYPES,
    REASONS,
    AuditEvent,
    Checkpoint,
    CheckpointClaim,
    VerifyResult,
    canonical,
    parse_checkpoint,
)
from caseapp.core.errors import InvalidUserName
from caseapp.core.users import USER_NAME, validate_user_name
from caseapp.crypto import audit_chain
from caseapp.storage import audit_log, migrations
from caseapp.storage.connection import open_database, transaction

SETTINGS = settings(max_examples=50, deadline=None, database=None)
A_UUID = "2707cd8b-072e-4fc4-aebe-c41927e02621"

# -- what an event may hold ---------------------------------------------------------------


@pytest.mark.parametrize(
    "action", ["", "delete_everything", "READ_CLIENT", "read_client ", "read client", "read-client"]
)
def test_unknown_actions_are_refused(action: str) -> None:
    with pytest.raises(ValueError, match="unknown audit action"):
        AuditEvent(action)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_known_action_is_accepted(action: str) -> None:
    assert AuditEvent(action).action == action


@pytest.mark.parametrize(
    "reason", ["because Maria Garcia asked", "Client_Request", "client request", "other\n"]
)
def test_free_text_reasons_are_refused(reason: str) -> None:
    with pytest.raises(ValueError, match="unknown audit reason"):
        AuditEvent("read_client", reason=reason)


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_every_listed_reason_is_accepted(reason: str) -> None:
    assert AuditEvent("read_client", reason=reason).reason == reason


@pytest.mark.parametrize("entity_type", ["clients", "Client", "person", "client "])
def test_unknown_entity_types_are_refused(entity_type: str) -> None:
    with pytest.raises(ValueError, match="unknown audit entity type"):
        AuditEvent("read_client", entity_type=entity_type, entity_id=A_UUID)


@pytest.mark.parametrize(
    "field",
    [
        "",
        "Given_names",
        "given names",
        "given-names",
        "1given",
        "_given",
        "given,family",
        "given\x1ffamily",
        "given_names\n",
        "naïve",
        "a" * 65,
        "Maria Garcia",
    ],
)
def test_field_names_must_be_identifiers(field: str) -> None:
    with pytest.raises(ValueError, match="field names are identifiers"):
        AuditEvent("read_client", fields=("given_names", field))


def test_field_names_of_64_characters_are_accepted() -> None:
    assert AuditEvent("read_client", fields=("a" * 64,)).fields_text == "a" * 64


@pytest.mark.parametrize(
    "user",
    [
        "jane doe",
        " jane",
        "jane ",
        "jane\n",
        "jane\tdoe",
        ".jane",
        "-jane",
        "José",
        "ｊａｎｅ",  # full-width
        "jane\x1fread_client",
        "a" * 65,
        "jane,doe",
        "jane@firm",
    ],
)
def test_user_names_must_be_user_names(user: str) -> None:
    with pytest.raises(ValueError, match="audit user must be a user name"):
        AuditEvent("unlock", user=user)


@pytest.mark.parametrize(
    "entity_id",
    [
        "Maria Garcia",
        "2707CD8B-072E-4FC4-AEBE-C41927E02621",  # upper case: not how ids are written
        A_UUID + "\n",
        " " + A_UUID,
        "{" + A_UUID + "}",
        "g",
        "a" * 65,
        A_UUID + "\x1f",
    ],
)
def test_entity_ids_must_be_uuid_like(entity_id: str) -> None:
    with pytest.raises(ValueError, match="entity ids are UUIDs"):
        AuditEvent("read_client", entity_type="client", entity_id=entity_id)


def test_only_canonical_uuids_are_entity_ids() -> None:
    u = uuid.uuid4()
    assert AuditEvent("read_client", entity_type="client", entity_id=str(u)).entity_id == str(u)
    # Bare hex could smuggle hex-encoded text (a name) into the log.
    with pytest.raises(ValueError, match="UUID"):
        AuditEvent("read_client", entity_type="client", entity_id=u.hex)
    with pytest.raises(ValueError, match="UUID"):
        AuditEvent("read_client", entity_type="client", entity_id="4d617269612047617263c3ad61")


@SETTINGS
@given(st.text(max_size=70))
def test_the_log_takes_exactly_the_names_a_user_may_have(name: str) -> None:
    """User names are ASCII by rule (core.users): any name a user can have can be
    logged, and nothing else can, so no unicode ever reaches the canonical form."""
    try:
        AuditEvent("unlock", user=name)
    except ValueError:
        logged = False
    else:
        logged = True
    assert logged == (name == "" or USER_NAME.fullmatch(name) is not None)
    if logged and name:
        assert name.isascii()
        assert validate_user_name(name) == name


@SETTINGS
@given(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", fullmatch=True))
def test_every_valid_user_name_can_be_logged(name: str) -> None:
    assert AuditEvent("unlock", user=validate_user_name(name)).user == name


def test_non_ascii_user_names_are_refused_by_both_rules() -> None:
    for name in ("José", "Nguyễn", "Łukasz", "ß"):
        with pytest.raises(InvalidUserName):
            validate_user_name(name)
        with pytest.raises(ValueError, match="user name"):
            AuditEvent("unlock", user=name)


# -- canonical form, hashing, verification ---------------------------------------------------

events = st.builds(
    AuditEvent,
    action=st.sampled_from(sorted(ACTIONS)),
    user=st.one_of(st.just(""), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", fullmatch=True)),
    entity_type=st.sampled_from(sorted(ENTITY_TYPES)),
    entity_id=st.one_of(st.just(""), st.uuids().map(str)),
    fields=st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,63}", fullmatch=True), max_size=5).map(tuple),
    reason=st.sampled_from(sorted(REASONS)),
    at=st.one_of(
        st.none(),
        st.datetimes(
            min_value=datetime(1971, 1, 1),
            max_value=datetime(2200, 1, 1),
            timezones=st.sampled_from([UTC, timezone(timedelta(hours=-7, minutes=-30))]),
        ),
    ),
)


@contextmanager
def fresh_log() -> Iterator[tuple[Any, str, bytes]]:
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp) / "vault.db", bytearray(os.urandom(32)), create=True)
        try:
            migrations.apply(conn)
            vault_id = uuid.uuid4().hex
            anchor = os.urandom(20)
            with transaction(conn):
                audit_log.initialise(conn, vault_id, anchor)
            yield conn, vault_id, anchor
        finally:
            conn.close()


@SETTINGS
@given(st.lists(events, min_size=1, max_size=6))
def test_what_is_hashed_at_append_is_what_verify_recomputes(batch: list[AuditEvent]) -> None:
    with fresh_log() as (conn, vault_id, anchor):
        with transaction(conn), audit_log.recording(conn) as writer:
            for event in batch:
                writer.append(event)
        head = audit_chain.genesis(vault_id)
        key = audit_chain.evolve(anchor)
        rows = conn.execute(
            "SELECT seq, at, user_name, action, entity_type, entity_id, fields, reason, "
            "hash, tag FROM audit_log ORDER BY seq"
        ).fetchall()
        for event, row in zip(batch, rows, strict=True):
            data = canonical(*row[:8])
            assert data.isascii()
            assert data.count(b"\x1f") == 7  # no part holds the separator
            assert row[2:8] == (
                event.user,
                event.action,
                event.entity_type,
                event.entity_id,
                event.fields_text,
                event.reason,
            )
            head = audit_chain.next_head(head, data)
            assert row[8] == head
            assert audit_chain.tags_equal(row[9], audit_chain.tag(key, head))
            key = audit_chain.evolve(key)
        state = conn.execute("SELECT seq, head, next_key FROM audit_state").fetchone()
        assert state == (len(batch), head, key)
        for with_anchor in (anchor, None):
            result = audit_log.verify(conn, vault_id, anchor=with_anchor)
            assert result == VerifyResult(True, len(batch), with_anchor is not None)


def test_times_are_stored_in_utc_with_microseconds() -> None:
    local = timezone(timedelta(hours=2))
    with fresh_log() as (conn, vault_id, _anchor):
        with transaction(conn):
            audit_log.append(
                conn, AuditEvent("unlock", at=datetime(2025, 1, 1, 12, 0, 0, 5, tzinfo=local))
            )
            audit_log.append(conn, AuditEvent("lock"))
        stamps = [e.at for e in audit_log.entries(conn)]
        assert stamps[1] == "2025-01-01T10:00:00.000005Z"
        assert datetime.strptime(stamps[0], "%Y-%m-%dT%H:%M:%S.%fZ")
        assert audit_log.verify(conn, vault_id).ok


def test_the_chain_starts_from_the_vault_id() -> None:
    assert audit_chain.genesis("a" * 32) != audit_chain.genesis("b" * 32)
    with fresh_log() as (conn, vault_id, anchor):
        with transaction(conn):
            audit_log.append(conn, AuditEvent("unlock"))
        assert audit_log.verify(conn, vault_id, anchor=anchor).ok
        other = audit_log.verify(conn, uuid.uuid4().hex)
        assert (other.ok, other.first_bad_seq) == (False, 1)


def test_the_anchor_is_not_stored_only_its_successor() -> None:
    with fresh_log() as (conn, _vault_id, anchor):
        (next_key,) = conn.execute("SELECT next_key FROM audit_state").fetchone()
        assert next_key == audit_chain.evolve(anchor)
        assert next_key != anchor


def test_an_anchor_round_trips_through_its_text() -> None:
    text, raw = audit_chain.new_anchor()
    assert len(raw) == 20
    assert audit_chain.parse_anchor(text) == raw
    assert audit_chain.parse_anchor(text.lower().replace("-", " ")) == raw


# -- checkpoints and results --------------------------------------------------------------------


def test_a_checkpoint_prints_short_and_full_and_parses_back() -> None:
    head = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    cp = Checkpoint(seq=1234, head=head, at="2025-01-01T00:00:00.000000Z")
    assert cp.short == "1234:9f86d081884c7d65"
    assert cp.full == f"1234:{head}"
    assert parse_checkpoint(cp.short) == CheckpointClaim(1234, head[:16])
    assert parse_checkpoint(cp.full) == CheckpointClaim(1234, head)
    assert parse_checkpoint(cp.full.upper()) == CheckpointClaim(1234, head)


def test_a_result_says_where_it_broke() -> None:
    assert VerifyResult(True, 12, True).summary() == "intact: 12 entries (chain and every MAC)"
    assert "no anchor given" in VerifyResult(True, 12, False).summary()
    broken = VerifyResult(False, 4, True, 5, "its MAC does not match")
    assert broken.summary() == "BROKEN at entry 5: its MAC does not match"


def test_verification_with_the_anchor_does_not_call_hmac_digest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The chain keys' MACs go through audit_chain.tag (tests/unit/test_audit_mac.py).
    with fresh_log() as (conn, vault_id, anchor):
        with transaction(conn), audit_log.recording(conn) as writer:
            for _ in range(20):
                writer.append(AuditEvent("unlock"))

        def refuse(*_args: object) -> bytes:
            raise AssertionError("hmac.digest on the verification path")

        monkeypatch.setattr(hmac, "digest", refuse)
        result = audit_log.verify(conn, vault_id, anchor=anchor)
        assert (result.ok, result.entries, result.mac_checked) == (True, 20, True)
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET tag = zeroblob(32) WHERE seq = 7")
        broken = audit_log.verify(conn, vault_id, anchor=anchor)
        assert (broken.ok, broken.first_bad_seq, broken.entries) == (False, 7, 6)
        assert broken.problem == "its MAC does not match the anchor (entry rewritten)"
