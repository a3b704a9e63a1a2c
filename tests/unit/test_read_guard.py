"""The read guard: client tables only inside an audited act, and no way around it
through Python's cache of prepared statements."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from caseapp.core.clients import ClientIdentity
from caseapp.services import vault
from caseapp.services.session import Session
from caseapp.storage.read_guard import OPEN_TABLES

NAME_BY_UUID = "SELECT given_names FROM clients WHERE uuid = ?"


@pytest.fixture
def opened(make_vault: Callable[..., Any]) -> Iterator[tuple[Session, str]]:
    made = make_vault()
    session = vault.unlock(Path(made.path), made.admin, made.passphrase)
    try:
        uid = session.create_client(ClientIdentity("Ada", "Lovelace"))
        yield session, uid
    finally:
        session.lock()


def refused(conn: Any, sql: str, args: tuple[object, ...] = ()) -> bool:
    """True if SQLite refused the statement on the authorizer's word."""
    try:
        conn.execute(sql, args).fetchall()
    except sqlcipher3.DatabaseError as exc:
        message = str(exc)
        # A virtual table whose shadow tables are refused fails to construct.
        markers = ("prohibited", "not authorized", "authorization denied", "vtable constructor")
        return any(m in message for m in markers)
    return False


def test_a_client_column_is_refused_outside_an_audited_act(opened: tuple[Session, str]) -> None:
    session, uid = opened
    conn = session._db()
    before = session._guard.refusals
    assert refused(conn, "SELECT given_names FROM clients")
    assert refused(conn, NAME_BY_UUID, (uid,))
    assert refused(conn, "SELECT * FROM clients")
    assert session._guard.refusals > before


def test_inside_an_audited_act_it_is_allowed(opened: tuple[Session, str]) -> None:
    session, uid = opened
    conn = session._db()
    with session._guard.audited():
        assert session._guard.active
        assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]
    assert not session._guard.active


def test_a_statement_prepared_inside_is_refused_when_run_again_outside(
    opened: tuple[Session, str],
) -> None:
    """Python caches prepared statements by their SQL text; the authorizer only
    runs at prepare time. Leaving the scope expires them, so the cached one is
    prepared (and checked) again."""
    session, uid = opened
    conn = session._db()
    with session._guard.audited():
        for _ in range(3):  # well and truly cached
            assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]
    assert refused(conn, NAME_BY_UUID, (uid,))
    # And it works again in the next act: the expiry does not break the cache.
    with session._guard.audited():
        assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]
    assert refused(conn, NAME_BY_UUID, (uid,))


def test_the_cache_hazard_is_real_without_the_reinstall(opened: tuple[Session, str]) -> None:
    """Control for the test above: flipping the guard's depth without
    re-installing the authorizer lets the cached statement run unchecked. If
    this ever stops holding, the test above no longer proves anything."""
    session, uid = opened
    conn = session._db()
    guard = session._guard
    guard._depth += 1
    try:
        assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]
    finally:
        guard._depth -= 1
    assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]  # the hazard
    assert refused(conn, NAME_BY_UUID + " ", (uid,))  # a new text is prepared: refused


def test_nested_acts_stay_open_until_the_outermost_ends(opened: tuple[Session, str]) -> None:
    session, uid = opened
    conn = session._db()
    with session._guard.audited():
        with session._guard.audited():
            assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]
        assert conn.execute(NAME_BY_UUID, (uid,)).fetchall() == [("Ada",)]
    assert refused(conn, NAME_BY_UUID, (uid,))


def test_an_act_that_raises_closes_the_tables_again(opened: tuple[Session, str]) -> None:
    session, uid = opened
    conn = session._db()

    def failing_act() -> None:
        with session._guard.audited():
            conn.execute(NAME_BY_UUID, (uid,)).fetchall()
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        failing_act()
    assert not session._guard.active
    assert refused(conn, NAME_BY_UUID, (uid,))


def test_how_many_is_allowed_outside_what_is_not(opened: tuple[Session, str]) -> None:
    session, _uid = opened
    conn = session._db()
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM (SELECT 1 FROM clients)").fetchone()[0] == 1
    # count(*) with any condition on a column reads the column: refused.
    for sql in (
        "SELECT count(*) FROM clients WHERE given_names LIKE 'A%'",
        "SELECT count(*) FROM clients WHERE id = 1",
        "SELECT count(*) FROM clients GROUP BY family_names",
        "SELECT max(length(given_names)) FROM clients",
        "SELECT EXISTS (SELECT 1 FROM clients WHERE family_names = 'Lovelace')",
        "SELECT rowid FROM clients",
    ):
        assert refused(conn, sql), sql


def test_the_name_index_is_refused_outside(opened: tuple[Session, str]) -> None:
    session, _uid = opened
    conn = session._db()
    for sql in (
        "SELECT rowid FROM client_search WHERE client_search MATCH 'Ada*'",
        "SELECT count(*) FROM client_search WHERE client_search MATCH 'Ada*'",
        "SELECT count(*) FROM client_search('Ada*')",
        "SELECT block FROM client_search_data",
        "SELECT term FROM client_search_idx",
        "SELECT rowid FROM name_index_search WHERE name_index_search MATCH 'ada'",
        "SELECT given_names FROM name_index",
        "SELECT block FROM note_search_data",
    ):
        assert refused(conn, sql), sql
    # A vocabulary table over the index reads its shadow tables: refused too.
    for index in ("client_search", "note_search", "name_index_search"):
        conn.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, {index}, row)")
        try:
            assert refused(conn, "SELECT term FROM temp.vocab"), index
        finally:
            with session._guard.audited():  # default deny covers temp tables too
                conn.execute("DROP TABLE temp.vocab")
    with session._guard.audited():
        hits = conn.execute(
            "SELECT rowid FROM client_search WHERE client_search MATCH 'Ada*'"
        ).fetchall()
        assert len(hits) == 1


def test_every_table_but_the_vault_bookkeeping_is_guarded(opened: tuple[Session, str]) -> None:
    """Default deny: a table a later migration adds is client data until listed as open."""
    session, _uid = opened
    conn = session._db()
    names = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    ]
    guarded = [n for n in names if n not in OPEN_TABLES]
    assert {"clients", "notes", "identifiers", "addresses", "safety", "documents"} <= set(guarded)
    assert {"document_contents", "client_search_data", "name_index_search_idx"} <= set(guarded)
    for name in guarded:
        assert refused(conn, f'SELECT * FROM "{name}" LIMIT 1'), name  # noqa: S608
    for name in sorted(OPEN_TABLES & set(names)):
        conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()  # noqa: S608


def test_writes_are_refused_outside(opened: tuple[Session, str]) -> None:
    session, uid = opened
    conn = session._db()
    assert refused(conn, "UPDATE clients SET given_names = 'Eve' WHERE uuid = ?", (uid,))
    assert refused(conn, "DELETE FROM clients")
    assert refused(
        conn,
        "INSERT INTO clients (uuid, given_names, created_at, created_by, updated_at, "
        "updated_by) VALUES ('x', 'Eve', '', '', '', '')",
    )
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    assert session.read_client(uid).identity.given_names == "Ada"


def test_the_service_path_leaves_the_guard_closed(opened: tuple[Session, str]) -> None:
    session, uid = opened
    conn = session._db()
    session.read_client(uid)
    session.search_clients("Ada")
    session.update_client(uid, ClientIdentity("Ada", "King"))
    assert not session._guard.active
    assert refused(conn, NAME_BY_UUID, (uid,))
    assert refused(conn, "SELECT rowid FROM client_search WHERE client_search MATCH 'Ada*'")
