"""Deleting a client leaves nothing behind: not in the tables, not in any FTS5
shadow table, not in a free page of the file, not in the audit log.

The file is checked page by page after decrypting it ourselves (SQLCipher 4:
AES-256-CBC per page with the IV in the page's reserved tail), so free pages
and the unused space inside pages are read too — a logical dump would miss
exactly what a forensic examiner would find.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.services.session import Session

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512, as SQLCipher 4 lays out a page
PLANTED = {
    "given": "Zqxvalentina",
    "family": "Zqxmontoya",
    "alias": "Zqxalias",
    "note": "Zqxquetzal",
    "street": "Zqxcalle",
    "party": "Zqxadverse",
    "member": "Zqxhermana",
}
A_NUMBER = "987654321"


def decrypted_pages(db: Path, key: bytes) -> bytes:
    """Every page of the vault file, decrypted (free pages included)."""
    raw = db.read_bytes()
    out = bytearray()
    for start in range(0, len(raw), PAGE):
        page = raw[start : start + PAGE]
        if len(page) < PAGE:
            break
        offset = 16 if start == 0 else 0  # page 1 begins with the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(page[offset : PAGE - RESERVE]) + decryptor.finalize()
    return bytes(out)


def _fill(s: Session) -> str:
    client = s.create_client(
        ClientIdentity(PLANTED["given"], PLANTED["family"], date_of_birth=date(1988, 2, 3))
    )
    s.add_record(client, rec.Alias(PLANTED["alias"], PLANTED["family"]))
    s.add_record(client, rec.Identifier("a_number", A_NUMBER))
    s.add_record(client, rec.Address(f"1 {PLANTED['street']} Street", city="Oakland"))
    s.add_record(client, rec.HouseholdMember(PLANTED["member"], PLANTED["family"], "sibling"))
    s.add_record(client, rec.Note(f"Client crossed near {PLANTED['note']} in 2020."))
    s.add_record(client, rec.Note(f"Sensitive: {PLANTED['note']} narrative.", sensitive=True))
    check, _ = s.record_conflict_check(
        client, "no_conflict", adverse_names=[f"Pablo {PLANTED['party']}"]
    )
    s.open_case(
        client,
        rec.Case("u_visa", date.today()),
        check,
        parties=[rec.Party("", "adverse", "Pablo", PLANTED["party"])],
    )
    s.add_document(client, "declaration.txt", f"Statement by {PLANTED['given']}\n".encode())
    return client


def _vocabulary(s: Session) -> set[str]:
    conn = s._db()
    words: set[str] = set()
    with s._guard.audited():
        for index in ("client_search", "note_search", "name_index_search"):
            conn.execute(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {index}, row)")
            words |= {str(r[0]) for r in conn.execute("SELECT term FROM temp.v")}
            conn.execute("DROP TABLE temp.v")
    return words


def _found(blob: bytes) -> set[str]:
    hits = set()
    for word in (*PLANTED.values(), A_NUMBER):
        for form in (word, word.lower()):
            if form.encode() in blob or form.encode("utf-16-le") in blob:
                hits.add(word)
    return hits


def test_the_scanner_sees_a_client_that_is_there(admin_session: Session) -> None:
    """Control: before deletion every planted word is found, in clear, after decrypting."""
    s = admin_session
    _fill(s)
    s._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    words = _vocabulary(s)
    assert {"zqxvalentina", "zqxquetzal", "zqxadverse", A_NUMBER} <= words
    assert "zqxquetzal" in words  # the plain note; the sensitive one is not indexed at all
    db = s.path / "vault.db"
    assert _found(decrypted_pages(db, bytes(s._data_key))) == {*PLANTED.values(), A_NUMBER}
    assert _found(db.read_bytes()) == set()  # and never in the file as stored


def test_a_deleted_client_leaves_no_word_anywhere(admin_session: Session) -> None:
    s = admin_session
    client = _fill(s)
    keeper = s.create_client(ClientIdentity("Ana", "Keeper"))
    s.add_record(keeper, rec.Note("An unrelated note stays."))
    s.delete_client(client)

    assert not {w.lower() for w in PLANTED.values()} & _vocabulary(s)
    assert A_NUMBER not in _vocabulary(s)
    conn = s._db()
    with s._guard.audited():
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall():
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608
            assert not _found(repr(rows).encode()), table
    db = s.path / "vault.db"
    assert _found(decrypted_pages(db, bytes(s._data_key))) == set()
    wal = s.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    # The log keeps a non-identifying entry: the UUID and the act, nothing else.
    [entry] = s.list_audit(client=client, action="delete_client", limit=1)
    assert (entry.user, entry.entity_id, entry.fields) == ("admin", client, "")
    # The rest of the vault is intact.
    assert [c.uuid for c in s.search_clients("Keeper")] == [keeper]
    assert len(s.search_notes("unrelated")) == 1
    assert s.check_integrity() == []
    assert s.check_audit_chain().ok


def test_a_deleted_note_leaves_the_note_index(admin_session: Session) -> None:
    s = admin_session
    client = s.create_client(ClientIdentity("Ana", "Keeper"))
    note = s.add_record(client, rec.Note(f"Met at {PLANTED['note']} shelter."))
    assert "zqxquetzal" in _vocabulary(s)
    s.update_record(client, note, rec.Note("Met at the shelter."))
    assert "zqxquetzal" not in _vocabulary(s)
    s.update_record(client, note, rec.Note(f"Back at {PLANTED['note']}."))
    s.delete_record(client, rec.Note, note)
    assert "zqxquetzal" not in _vocabulary(s)
    assert s.search_notes(PLANTED["note"]) == []
