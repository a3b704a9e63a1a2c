"""The audit MAC (DESIGN.md §4): ``audit_chain.tag`` is HMAC-SHA-256, byte for byte,
for the chain's keys and any other, and verification computes it without
``hmac.digest`` (whose per-call cost on OpenSSL 3 was half of a 1M-entry check)."""

from __future__ import annotations

import hmac
import os
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.audit import AuditEvent
from caseapp.crypto import audit_chain
from caseapp.storage import audit_log, migrations
from caseapp.storage.connection import open_database, transaction

SETTINGS = settings(max_examples=300, deadline=None, database=None)


@SETTINGS
@given(key=st.binary(min_size=32, max_size=32), message=st.binary(max_size=200))
def test_a_chain_key_tag_is_hmac_sha256(key: bytes, message: bytes) -> None:
    assert audit_chain.tag(key, message) == hmac.digest(key, message, "sha256")


@SETTINGS
@given(key=st.binary(max_size=200), message=st.binary(max_size=64))
def test_a_key_of_any_other_length_is_hmac_sha256_too(key: bytes, message: bytes) -> None:
    """A state row forged with a key of another length still gets the real HMAC."""
    assert audit_chain.tag(key, message) == hmac.digest(key, message, "sha256")


def test_a_known_tag() -> None:
    """Checked against ``openssl dgst -sha256 -mac HMAC``, not only against Python."""
    key = bytes(range(32))
    head = bytes(range(32, 64))
    assert audit_chain.tag(key, head).hex() == (
        "62215de7bddcea7e2c4047ff6bb94f8d18262fc8b3f3648134bb7d44158ff84d"
    )


def test_every_chain_key_takes_the_fast_path() -> None:
    key = audit_chain.evolve(os.urandom(20))
    for _ in range(100):
        assert len(key) == 32
        key = audit_chain.evolve(key)


def test_verification_with_the_anchor_does_not_call_hmac_digest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp) / "vault.db", bytearray(os.urandom(32)), create=True)
        try:
            migrations.apply(conn)
            vault_id = uuid.uuid4().hex
            anchor = os.urandom(20)
            with transaction(conn):
                audit_log.initialise(conn, vault_id, anchor)
                with audit_log.recording(conn) as writer:
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
        finally:
            conn.close()
