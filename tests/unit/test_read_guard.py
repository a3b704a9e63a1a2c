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
        return any(m in message for m in ("prohibited", "not authorized", "authorization denied"))
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
        "SELECT rowid FROM clients_fts WHERE clients_fts MATCH 'Ada*'",
        "SELECT count(*) FROM clients_fts WHERE clients_fts MATCH 'Ada*'",
        "SELECT count(*) FROM clients_fts('Ada*')",
        "SELECT given_names FROM clients_fts",
        "SELECT block FROM clients_fts_data",
        "SELECT term FROM clients_fts_idx",
    ):
        assert refused(conn, sql), sql
    # A vocabulary table over the index reads its shadow tables: refused too.
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, clients_fts, row)")
    try:
        assert refused(conn, "SELECT term FROM temp.vocab")
    finally:
        conn.execute("DROP TABLE temp.vocab")
    with session._guard.audited():
        hits = conn.execute(
            "SELECT rowid FROM clients_fts WHERE clients_fts MATCH 'Ada*'"
        ).fetchall()
        assert len(hits) == 1


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
    assert refused(conn, "SELECT rowid FROM clients_fts WHERE clients_fts MATCH 'Ada*'")
