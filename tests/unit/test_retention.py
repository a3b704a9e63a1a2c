"""Retention and purge: the rule, the review list, and a purge after which the
planted name is in no table, no FTS shadow table and no free page of the
decrypted file, while the audit log still verifies."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import InvalidInput, PermissionDenied
from caseapp.core.retention import CaseState, RetentionPolicy, due, years_after
from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.services import vault
from caseapp.storage.connection import open_database

ADMIN = "ana"
PASS = "correct horse battery staple 42"
PARALEGAL = ("paz", "purple elephant wanders quietly 97")
PLANTED = "Vuković-Þórsdóttir"
PHRASE = "planted note about the zanzibar-quince hearing"
TODAY = date(2026, 12, 2)


def test_the_rule() -> None:
    seven = RetentionPolicy(7)
    closed = CaseState("closed", date(2018, 6, 1))
    assert due(date(2015, 1, 1), [closed], seven, TODAY) is not None
    assert due(date(2015, 1, 1), [CaseState("closed", date(2020, 6, 1))], seven, TODAY) is None
    # Any open or pending case keeps the file, however old the others.
    assert due(date(2015, 1, 1), [closed, CaseState("pending", None)], seven, TODAY) is None
    assert due(date(2015, 1, 1), [closed, CaseState("open", None)], seven, TODAY) is None
    # Closed without a date: kept for a person to look at.
    assert due(date(2015, 1, 1), [CaseState("closed", None)], seven, TODAY) is None
    # No case at all: counted from the day the file was made.
    assert due(date(2019, 12, 1), [], seven, TODAY) is not None
    assert due(date(2019, 12, 3), [], seven, TODAY) is None
    # Exactly N years: due that day.
    assert due(date(2015, 1, 1), [CaseState("closed", date(2019, 12, 2))], seven, TODAY)
    assert years_after(date(2016, 2, 29), 7) == date(2023, 2, 28)
    for bad in (0, 51, -3):
        with pytest.raises(InvalidInput):
            RetentionPolicy(bad)


def _closed_case_client(s: vault.Session, family: str, closed_years_ago: int) -> str:
    client = s.create_client(
        ClientIdentity("Mirela", family),
        records=[
            (
                rec.new_uuid(),
                rec.Identifier("a_number", "A208765432" if family == PLANTED else "A301234567"),
            ),
            (rec.new_uuid(), rec.Alias("Mira", family + "-Alias")),
            (rec.new_uuid(), rec.Note(PHRASE if family == PLANTED else "an ordinary note")),
        ],
    )
    s.add_document(client, "letter.txt", f"Dear {family}, your hearing".encode())
    check, _ = s.record_conflict_check(client, "no_conflict")
    closed_on = date.today() - timedelta(days=366 * closed_years_ago)
    opened = rec.Case("asylum", closed_on - timedelta(days=400))
    case = s.open_case(client, opened, check)
    stored = s.read_client_file(client).of(rec.Case)[0].record
    s.update_record(
        client,
        case,
        dataclasses.replace(stored, status="closed", closed_on=closed_on, closing_code="A"),
    )
    return client


PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC-SHA512 at the end of each page


def _decrypted_pages(file: Path, key: bytearray) -> bytes:
    """Every page of a SQLCipher 4 file decrypted by hand (AES-256-CBC under the
    raw key, the IV at the page's end) — free pages and slack included, which a
    logical export would skip."""
    data = file.read_bytes()
    assert len(data) % PAGE == 0
    out = bytearray()
    for n in range(len(data) // PAGE):
        page = data[n * PAGE : (n + 1) * PAGE]
        start = 16 if n == 0 else 0  # page 1 begins with the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(bytes(key)), modes.CBC(iv)).decryptor()
        out += decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()
    return bytes(out)


def test_the_page_decryption_sees_what_is_there(tmp_path: Path) -> None:
    """The scan below is only worth something if it finds a live value."""
    path = tmp_path / "vault"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(path, ADMIN, PASS) as s:
        s.create_client(ClientIdentity("Mirela", PLANTED))
        key = bytearray(s._data_key)
    assert PLANTED.encode() in _decrypted_pages(path / "vault.db", key)


def test_purge_removes_every_trace_and_keeps_the_log(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(path, ADMIN, PASS) as s:
        s.add_user(PARALEGAL[0], Role.PARALEGAL, PARALEGAL[1])
        old = _closed_case_client(s, PLANTED, 9)
        recent = _closed_case_client(s, "Recentclosed", 2)
        s.create_client(ClientIdentity("Still", "Open"))
        s.set_retention_policy(RetentionPolicy(7))
        review = s.purge_review()
        assert [f.uuid for f in review] == [old]
        assert review[0].name == f"Mirela {PLANTED}"
        assert review[0].cases == 1
        # A file that is not due is refused, and nothing goes.
        with pytest.raises(InvalidInput, match="not due"):
            s.purge([old, recent])
        assert s.purge([old]) == 1
        assert s.purge_review() == []
        entries = s.list_audit(action="purge_client")
        assert [(e.entity_id, e.fields) for e in entries] == [(old, "retention")]
        assert s.verify_audit().ok
        assert s.check_integrity() == []
        key = bytearray(s._data_key)
    # Nowhere in the decrypted file: tables, FTS shadow tables, free pages, slack.
    wal = path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed: nothing there
    plain = _decrypted_pages(path / "vault.db", key)
    for needle in (PLANTED, PHRASE, "zanzibar", "208765432", f"Dear {PLANTED}"):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in plain, needle
    conn = open_database(path / "vault.db", key)
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    finally:
        conn.close()
    assert free == 0  # VACUUM left no free page to hold old words
    assert pages > 0
    # The other files are still there, whole.
    with vault.unlock(path, ADMIN, PASS) as s:
        assert len(s.list_clients(limit=10)) == 2
        assert s.read_client_file(recent).client.identity.family_names == "Recentclosed"


def test_only_an_admin_sets_the_policy_or_purges(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(path, ADMIN, PASS) as s:
        s.add_user(PARALEGAL[0], Role.PARALEGAL, PARALEGAL[1])
        old = _closed_case_client(s, PLANTED, 9)
    with vault.unlock(path, *PARALEGAL) as s:
        for attempt in (
            lambda: s.set_retention_policy(RetentionPolicy(3)),
            s.purge_review,
            lambda: s.purge([old]),
        ):
            with pytest.raises(PermissionDenied, match="administrator"):
                attempt()
    with vault.unlock(path, ADMIN, PASS) as s:
        assert s.retention_policy() == RetentionPolicy(7)  # the default
        assert len(s.list_audit(action="access_refused")) == 3
        assert len(s.list_clients(limit=10)) == 1
