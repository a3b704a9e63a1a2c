"""The audit log through the services (DESIGN.md §4): no read without an entry,
no personal data in the log, truncation and rollback against checkpoints, and a
verifier that answers every malformed input with a clear error or a result."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from caseapp.core.audit import CheckpointClaim, VerifyResult, parse_checkpoint
from caseapp.core.clients import IDENTITY_FIELDS, ClientIdentity
from caseapp.core.errors import (
    AuditLogBroken,
    CaseappError,
    InvalidAuditAnchor,
    InvalidCheckpoint,
    NotFound,
    PermissionDenied,
    StorageFailure,
)
from caseapp.core.users import Role
from caseapp.crypto import audit_chain, kdf
from caseapp.services import vault
from caseapp.services.client_file import CLIENT_FIELDS
from caseapp.services.session import Session
from caseapp.storage import audit_log, clients
from caseapp.storage.connection import Connection

ADMIN = "admin"
PASSPHRASE = "correct horse battery staple 42"


class Anchored(NamedTuple):
    path: Path
    anchor: str
    recovery_code: str


@pytest.fixture
def anchored(tmp_path: Path) -> Callable[[str], Anchored]:
    """Factory: a FLOOR-cost vault and the anchor its creation showed once."""

    def make(name: str = "vault") -> Anchored:
        path = tmp_path / name
        made = vault.create_vault(path, ADMIN, PASSPHRASE, kdf_params=kdf.FLOOR)
        return Anchored(path, made.audit_anchor, made.recovery_code)

    return make


@pytest.fixture
def session(anchored: Callable[[str], Anchored]) -> Iterator[tuple[Session, Anchored]]:
    made = anchored("vault")
    opened = vault.unlock(made.path, ADMIN, PASSPHRASE)
    try:
        yield opened, made
    finally:
        opened.lock()


def drop_triggers(conn: Connection) -> None:
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")


def count_entries(conn: Connection, action: str | None = None) -> int:
    if action is None:
        return audit_log.count(conn)
    return int(
        conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]
    )


def last_seq(conn: Connection) -> int:
    return int(conn.execute("SELECT seq FROM audit_state WHERE id = 1").fetchone()[0])


# -- every read is an entry --------------------------------------------------------------


def test_every_read_is_exactly_one_entry(session: tuple[Session, Anchored]) -> None:
    s, _made = session
    uid = s.create_client(ClientIdentity("Ada", "Lovelace", date_of_birth=date(1990, 12, 10)))
    conn = s._db()
    before = count_entries(conn)
    for i in range(5):
        s.read_client(uid, reason="case_work")
        assert count_entries(conn) == before + i + 1
    reads = s.list_audit(client=uid, action="read_client")
    assert len(reads) == 5
    for entry in reads:
        assert (entry.user, entry.entity_type, entry.entity_id) == (ADMIN, "client", uid)
        assert entry.fields == ",".join(CLIENT_FIELDS)
        assert entry.reason == "case_work"


def test_a_read_of_a_missing_client_returns_nothing_and_records_nothing(
    session: tuple[Session, Anchored],
) -> None:
    s, _made = session
    conn = s._db()
    before = count_entries(conn)
    with pytest.raises(NotFound):
        s.read_client(str(uuid.uuid4()))
    assert count_entries(conn) == before
    assert s.check_audit_chain().ok


IDENTITIES = st.builds(
    ClientIdentity,
    given_names=st.sampled_from(["Ana", "Bea", "Chidi", "Dana", "Emeka", "Farah"]),
    family_names=st.sampled_from(["Okafor", "Nguyen", "Kowalski", "Garcia", "Haddad"]),
    preferred_name=st.sampled_from(["", "Annie", "Bo"]),
    date_of_birth=st.one_of(st.none(), st.dates(date(1930, 1, 1), date(2010, 12, 31))),
)


class AuditedActs(RuleBasedStateMachine):
    """Create, read, update, search and list the log, with audit appends made to
    fail on chosen calls. A failed append means the act raised (so returned
    nothing) and changed nothing; successful reads and read entries stay equal."""

    fail_next = False  # read by the patched AuditWriter.append

    clients_made = Bundle("clients")

    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        path = Path(self._tmp.name) / "vault"
        vault.create_vault(path, ADMIN, PASSPHRASE, kdf_params=kdf.FLOOR)
        self.session = vault.unlock(path, ADMIN, PASSPHRASE)
        self.conn = self.session._db()
        self.model: dict[str, ClientIdentity] = {}
        self.reads = 0
        self.entries = count_entries(self.conn)

    def teardown(self) -> None:
        AuditedActs.fail_next = False
        self.session.lock()
        self._tmp.cleanup()

    # -- helpers

    def _arm(self, fail: bool) -> None:
        AuditedActs.fail_next = fail

    def _failed(self, act: Callable[[], object]) -> None:
        """The act must raise StorageFailure, leave no entry and no open scope."""
        before = count_entries(self.conn)
        with pytest.raises(StorageFailure):
            act()
        assert not AuditedActs.fail_next, "the append was never attempted"
        assert count_entries(self.conn) == before

    def _peek(self, uid: str) -> ClientIdentity:
        """The stored record, read without an act (test only): no entry."""
        with self.session._guard.audited():
            return clients.get(self.conn, uid).identity

    def _client_rows(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM clients").fetchone()[0])

    # -- rules

    @rule(target=clients_made, identity=IDENTITIES, fail=st.booleans())
    def create(self, identity: ClientIdentity, fail: bool) -> Any:
        rows = self._client_rows()
        self._arm(fail)
        if fail:
            self._failed(lambda: self.session.create_client(identity))
            assert self._client_rows() == rows
            return multiple()
        uid = self.session.create_client(identity)
        self.entries += 1
        self.model[uid] = identity
        assert self._client_rows() == rows + 1
        return uid

    @rule(uid=clients_made, fail=st.booleans())
    def read(self, uid: str, fail: bool) -> None:
        self._arm(fail)
        if fail:
            self._failed(lambda: self.session.read_client(uid))
            return
        client = self.session.read_client(uid)
        self.reads += 1
        self.entries += 1
        assert client.uuid == uid
        assert client.identity == self.model[uid]

    @rule(uid=clients_made, identity=IDENTITIES, fail=st.booleans())
    def update(self, uid: str, identity: ClientIdentity, fail: bool) -> None:
        self._arm(fail)
        if fail:
            self._failed(lambda: self.session.update_client(uid, identity))
            assert self._peek(uid) == self.model[uid]
            return
        old = self.model[uid]
        updated = self.session.update_client(uid, identity)
        # The update's entry, and a read entry: the whole record comes back.
        self.entries += 2
        self.reads += 1
        assert updated.identity == identity
        assert self._peek(uid) == identity
        entry = self.session.list_audit(client=uid, action="update_client", limit=1)[0]
        self.entries += 1
        changed = [f for f in IDENTITY_FIELDS if getattr(old, f) != getattr(identity, f)]
        assert entry.fields == ",".join(changed)
        self.model[uid] = identity

    @rule(data=st.data(), fail=st.booleans())
    def search(self, data: st.DataObject, fail: bool) -> None:
        text = data.draw(
            st.sampled_from(sorted({i.family_names for i in self.model.values()}) or ["Nobody"])
        )
        self._arm(fail)
        if fail:
            self._failed(lambda: self.session.search_clients(text))
            return
        found = {hit.uuid for hit in self.session.search_clients(text, limit=500)}
        self.entries += 1
        expected = {uid for uid, ident in self.model.items() if ident.family_names == text}
        assert expected <= found

    @rule(fail=st.booleans())
    def list_log(self, fail: bool) -> None:
        self._arm(fail)
        if fail:
            self._failed(lambda: self.session.list_audit())
            return
        page = self.session.list_audit(limit=5)
        self.entries += 1
        assert page[0].action == "audit_viewed"  # viewing the log is recorded first
        assert [e.seq for e in page] == sorted((e.seq for e in page), reverse=True)

    @rule()
    def read_missing(self) -> None:
        with pytest.raises(NotFound):
            self.session.read_client(str(uuid.uuid4()))

    # -- invariants

    @invariant()
    def reads_equal_read_entries(self) -> None:
        assert count_entries(self.conn, "read_client") == self.reads

    @invariant()
    def one_entry_per_successful_act(self) -> None:
        assert count_entries(self.conn) == self.entries
        assert last_seq(self.conn) == self.entries

    @invariant()
    def the_guard_is_closed_and_the_chain_intact(self) -> None:
        assert not self.session._guard.active
        assert self.session.check_audit_chain().ok


def test_audited_acts(monkeypatch: pytest.MonkeyPatch) -> None:
    real_append = audit_log.AuditWriter.append

    def flaky_append(writer: audit_log.AuditWriter, event: Any) -> int:
        if AuditedActs.fail_next:
            AuditedActs.fail_next = False
            raise StorageFailure()
        return real_append(writer, event)

    monkeypatch.setattr(audit_log.AuditWriter, "append", flaky_append)
    run_state_machine_as_test(
        AuditedActs,
        settings=settings(max_examples=15, stateful_step_count=15, deadline=None, database=None),
    )


# -- no personal data in the log -----------------------------------------------------------


def test_no_personal_data_reaches_the_log(session: tuple[Session, Anchored]) -> None:
    s, made = session
    tag = uuid.uuid4().hex[:12]
    given, family, preferred = f"Zyxwqv{tag}", f"Qorvath{tag}", f"Pimbly{tag}"
    new_family = f"Vexmoor{tag}"
    birth = date(1987, 3, 14)
    search_text = f"zyxwqv{tag[:6]}"

    uid = s.create_client(ClientIdentity(f"{given} Marie", family, preferred, birth))
    s.update_client(uid, ClientIdentity(f"{given} Marie", new_family, preferred, birth))
    s.read_client(uid, reason="client_request")
    assert [hit.uuid for hit in s.search_clients(search_text)] == [uid]
    assert [hit.uuid for hit in s.search_clients(f"{given} {new_family}")] == [uid]
    s.list_audit(client=uid)
    assert s.verify_audit(anchor=made.anchor, checkpoints=[s.audit_checkpoint().short]).ok

    needles = [
        given,
        family,
        new_family,
        preferred,
        f"{given} Marie",
        search_text,
        birth.isoformat(),
        birth.strftime("%Y%m%d"),
        tag,
    ]
    conn = s._db()
    for table in ("audit_log", "audit_state"):
        for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - fixed names
            for value in row:
                if isinstance(value, str):
                    for needle in needles:
                        assert needle.casefold() not in value.casefold(), (table, value)
                elif isinstance(value, bytes):
                    for needle in needles:
                        for form in (needle, needle.lower(), needle.upper()):
                            assert form.encode() not in value, table

    entity_ids = [r[0] for r in conn.execute("SELECT entity_id FROM audit_log")]
    assert uid in entity_ids
    for value in entity_ids:
        if value:
            assert str(uuid.UUID(value)) == value


# -- truncation and rollback ---------------------------------------------------------------


def _truncate(conn: Connection, keep: int) -> None:
    """Remove every entry after ``keep`` and make the state row match the chain, as
    a careful attacker with the database key would (the MAC key cannot be rolled
    back: the old ones are gone, so it is left as it is)."""
    drop_triggers(conn)
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    head = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (keep,)).fetchone()[0]
    conn.execute("UPDATE audit_state SET seq = ?, head = ? WHERE id = 1", (keep, head))


def test_truncation_passes_the_chain_alone_but_not_a_checkpoint_or_the_anchor(
    session: tuple[Session, Anchored],
) -> None:
    s, made = session
    uid = s.create_client(ClientIdentity("Ada", "Lovelace"))
    for _ in range(3):
        s.read_client(uid)
    early = s.audit_checkpoint()
    for _ in range(3):
        s.read_client(uid)
    cp = s.audit_checkpoint()
    s.read_client(uid)
    assert cp.seq > early.seq + 2
    keep = early.seq + 1  # the reads after it, and the checkpoint's own entry, removed
    conn = s._db()
    _truncate(conn, keep)

    chain = s.check_audit_chain()
    assert chain.ok
    assert chain.entries == keep

    claim = parse_checkpoint(cp.short)
    assert claim == CheckpointClaim(cp.seq, cp.head[:16])
    result = audit_log.verify(conn, s.vault_id, claims=[claim])
    assert (result.ok, result.first_bad_seq) == (False, keep + 1)
    assert f"checkpoint shows entry {cp.seq}" in result.problem
    anchor = audit_chain.parse_anchor(made.anchor)
    result = audit_log.verify(conn, s.vault_id, anchor=anchor)
    assert (result.ok, result.first_bad_seq) == (False, keep + 1)

    # A checkpoint from before the cut still holds; the one after it does not.
    assert s.verify_audit(checkpoints=[early.short, early.full]).ok
    _truncate(conn, keep)  # the check was recorded as entry keep + 1: roll it back
    for text in (cp.short, cp.full):
        result = s.verify_audit(checkpoints=[early.short, text])
        assert (result.ok, result.first_bad_seq) == (False, keep + 1), result.summary()
        _truncate(conn, keep)
    result = s.verify_audit(anchor=made.anchor)
    assert (result.ok, result.first_bad_seq) == (False, keep + 1)


def test_a_rolled_back_vault_passes_even_the_anchor_but_not_a_later_checkpoint(
    anchored: Callable[[str], Anchored],
) -> None:
    """Whole-file rollback cannot be seen on the laptop alone (DESIGN.md §4)."""
    made = anchored("vault")
    db = made.path / "vault.db"
    with vault.unlock(made.path, ADMIN, PASSPHRASE) as s:
        uid = s.create_client(ClientIdentity("Grace", "Hopper"))
    saved = made.path.parent / "saved.db"
    shutil.copy2(db, saved)
    with vault.unlock(made.path, ADMIN, PASSPHRASE) as s:
        for _ in range(4):
            s.read_client(uid)
        later = s.audit_checkpoint()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copy2(saved, db)
    with vault.unlock(made.path, ADMIN, PASSPHRASE) as s:
        conn = s._db()
        entries = audit_log.count(conn)
        assert entries < later.seq
        assert s.check_audit_chain().ok
        anchor = audit_chain.parse_anchor(made.anchor)
        assert audit_log.verify(conn, s.vault_id, anchor=anchor).ok
        result = s.verify_audit(anchor=made.anchor, checkpoints=[later.short])
        assert (result.ok, result.first_bad_seq) == (False, entries + 1)


# -- the verifier's input --------------------------------------------------------------------


def _bad_anchors(made: Anchored) -> list[str]:
    good = made.anchor
    groups = good.split("-")
    typo = good[:3] + ("0" if good[3] != "0" else "1") + good[4:]
    return [
        "",
        "ABCDE",
        "-".join(groups[:-1]),  # a group short
        good + "-ABCDE",  # a group too many
        good[:-1],
        good.replace(good[0], "U", 1),  # U is not Crockford Base32
        good.replace(good[0], "*", 1),
        typo,
        made.recovery_code,  # the other code on the sheet
        "A" * 1_000_000,
        "\ud800" * 40,  # lone surrogates, as a broken clipboard might hand over
        "\udcff\udcfe" * 20,
        "\x00" * 40,
        "Ａ" * 40,  # full-width letters
    ]


def test_malformed_anchors_are_refused_with_a_clear_message(
    session: tuple[Session, Anchored],
) -> None:
    s, made = session
    conn = s._db()
    for bad in _bad_anchors(made):
        before = count_entries(conn)
        with pytest.raises(InvalidAuditAnchor) as caught:
            s.verify_audit(anchor=bad)
        assert isinstance(caught.value, CaseappError)
        message = str(caught.value)
        assert "audit anchor" in message
        assert len(message) < 300
        assert bad[:20] not in message or not bad
        assert count_entries(conn) == before  # refused before anything ran
    assert "not the recovery code" in str(InvalidAuditAnchor())


def test_the_recovery_code_is_refused_as_an_anchor_by_its_check_characters(
    session: tuple[Session, Anchored],
) -> None:
    s, made = session
    with pytest.raises(InvalidAuditAnchor, match="Group 1 of the audit anchor"):
        s.verify_audit(anchor=made.recovery_code)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "garbage",
        "12",
        "12:",
        ":9f86d081884c7d65",
        "12:9f86d081884c7d6",  # 15 hex digits: too short to mean anything
        "12:" + "a" * 65,
        "-1:9f86d081884c7d65",
        "1e3:9f86d081884c7d65",
        "12:9f86d081884c7d6g",
        "12;9f86d081884c7d65",
        "1234567890123456:9f86d081884c7d65",
        "9" * 1_000_000 + ":9f86d081884c7d65",
        "12:9f86d081884c7d65\ud800",
        "12:9f86d081884c7d65 13:9f86d081884c7d65",
    ],
)
def test_garbage_checkpoints_are_refused(text: str) -> None:
    with pytest.raises(InvalidCheckpoint) as caught:
        parse_checkpoint(text)
    assert "SEQUENCE:HEAD" in str(caught.value)


def test_checkpoints_parse_leniently() -> None:
    assert parse_checkpoint(" 12 : 9F86D081884C7D65 \n") == CheckpointClaim(12, "9f86d081884c7d65")


def test_a_garbage_checkpoint_stops_verification_before_anything_runs(
    session: tuple[Session, Anchored],
) -> None:
    s, made = session
    conn = s._db()
    before = count_entries(conn)
    with pytest.raises(InvalidCheckpoint):
        s.verify_audit(anchor=made.anchor, checkpoints=[s.audit_checkpoint().short, "junk"])
    assert count_entries(conn) == before


def test_the_right_anchor_verifies_and_another_vaults_fails_at_entry_1(
    session: tuple[Session, Anchored], anchored: Callable[[str], Anchored]
) -> None:
    s, made = session
    other = anchored("other")
    result = s.verify_audit(anchor=made.anchor)
    assert result.ok
    assert result.mac_checked
    assert result.summary().startswith("intact:")
    # Typed the way a person might: lower case, spaces for hyphens, O for 0, L for 1.
    sloppy = made.anchor.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert s.verify_audit(anchor=sloppy).ok
    for wrong in (other.anchor, audit_chain.new_anchor()[0]):
        result = s.verify_audit(anchor=wrong)
        assert (result.ok, result.first_bad_seq, result.entries) == (False, 1, 0)
        assert "MAC" in result.problem
    # Chain only, for contrast: the vault's own chain is intact.
    assert s.verify_audit().ok


# -- entries of the wrong type -----------------------------------------------------------------


def _loosen(conn: Connection, table: str) -> None:
    """Recreate ``table`` without STRICT or types, data kept, as an attacker could."""
    key, *rest = (r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
    conn.execute(f"ALTER TABLE {table} RENAME TO {table}_old")
    conn.execute(f"CREATE TABLE {table} ({key} INTEGER PRIMARY KEY, {', '.join(rest)})")
    conn.execute(f"INSERT INTO {table} SELECT * FROM {table}_old")  # noqa: S608
    conn.execute(f"DROP TABLE {table}_old")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("at", "x'00ff'"),
        ("at", "x'32303235'"),
        ("at", "12345"),
        ("user_name", "NULL"),
        ("user_name", "CAST(x'ff61646d696e' AS TEXT)"),  # not UTF-8
        ("action", "CAST(x'c0af' AS TEXT)"),  # an overlong "/"
        ("reason", "1.5"),
        ("fields", "zeroblob(1000000)"),
        ("hash", "'text'"),
        ("hash", "NULL"),
        ("tag", "1000000000000"),  # bytes(10**12) would have been a terabyte
        ("tag", "-1"),
        ("tag", "NULL"),
        ("tag", "'text'"),
    ],
)
def test_entries_of_the_wrong_type_give_a_result_not_an_exception(
    session: tuple[Session, Anchored], column: str, value: str
) -> None:
    s, made = session
    uid = s.create_client(ClientIdentity("Ada", "Lovelace"))
    s.read_client(uid)
    conn = s._db()
    k = audit_log.count(conn) - 1
    with s._guard.audited():  # an attacker's own tables are not open tables
        _loosen(conn, "audit_log")
    conn.execute(f"UPDATE audit_log SET {column} = {value} WHERE seq = ?", (k,))  # noqa: S608
    anchor = audit_chain.parse_anchor(made.anchor)
    with_anchor = audit_log.verify(conn, s.vault_id, anchor=anchor)
    assert isinstance(with_anchor, VerifyResult)
    assert (with_anchor.ok, with_anchor.first_bad_seq) == (False, k), with_anchor.summary()
    chain_only = s.check_audit_chain()
    if column == "tag" and value == "'text'":
        assert chain_only.ok  # a tag is only checked with the anchor
    else:
        assert (chain_only.ok, chain_only.first_bad_seq) == (False, k), chain_only.summary()
    assert conn.text_factory is str  # verify put the connection back as it was


def test_not_utf8_text_is_caught_even_in_the_strict_table(
    session: tuple[Session, Anchored],
) -> None:
    s, made = session
    conn = s._db()
    drop_triggers(conn)
    conn.execute("UPDATE audit_log SET user_name = CAST(x'ff' AS TEXT) WHERE seq = 1")
    result = s.verify_audit(anchor=made.anchor)
    assert (result.ok, result.first_bad_seq) == (False, 1)
    assert "wrong type" in result.problem


@pytest.mark.parametrize(
    "value", ["NULL", "'2'", "2.5", "x'02'", "CAST(x'ff' AS TEXT)", "-5"], ids=repr
)
def test_sequence_numbers_of_the_wrong_type_give_a_result(
    session: tuple[Session, Anchored], value: str
) -> None:
    s, _made = session
    conn = s._db()
    s.read_client(s.create_client(ClientIdentity("Ada")))
    n = audit_log.count(conn)
    k = 2
    columns = [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")]
    with s._guard.audited():  # an attacker's own tables are not open tables
        conn.execute("ALTER TABLE audit_log RENAME TO audit_log_old")
        conn.execute(f"CREATE TABLE audit_log ({', '.join(columns)})")  # seq no longer a key
        conn.execute("INSERT INTO audit_log SELECT * FROM audit_log_old")
        conn.execute("DROP TABLE audit_log_old")
    conn.execute(f"UPDATE audit_log SET seq = {value} WHERE seq = ?", (k,))  # noqa: S608
    result = s.check_audit_chain()
    assert isinstance(result, VerifyResult)
    assert not result.ok
    assert result.first_bad_seq is not None
    assert 1 <= result.first_bad_seq <= k
    assert result.entries < n


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("seq", "'abc'"),
        ("seq", "CAST(x'ff' AS TEXT)"),
        ("seq", "2.0"),
        ("head", "5"),
        ("head", "'text'"),
        ("head", "NULL"),
        ("next_key", "NULL"),
        ("next_key", "1000000000000"),
    ],
)
def test_a_state_row_of_the_wrong_type_gives_a_result_and_blocks_acts(
    session: tuple[Session, Anchored], column: str, value: str
) -> None:
    s, made = session
    conn = s._db()
    n = audit_log.count(conn)
    with s._guard.audited():  # an attacker's own tables are not open tables
        _loosen(conn, "audit_state")
    conn.execute(f"UPDATE audit_state SET {column} = {value}")  # noqa: S608
    anchor = audit_chain.parse_anchor(made.anchor)
    for key in (anchor, None):
        result = audit_log.verify(conn, s.vault_id, anchor=key)
        assert (result.ok, result.first_bad_seq) == (False, n + 1), result.summary()
    # No act goes ahead unrecorded: it fails with a message, and appends nothing.
    with pytest.raises((AuditLogBroken, StorageFailure)):
        s.create_client(ClientIdentity("Ada"))
    assert audit_log.count(conn) == n
    assert int(conn.execute("SELECT count(*) FROM clients").fetchone()[0]) == 0


def test_intake_sees_only_its_own_intakes_and_refusals_are_recorded(
    make_vault: Callable[..., tuple[Path, str, str, str]],
) -> None:
    path, admin, passphrase, _ = make_vault()
    intake_pass = "seven lanterns drift over marble 13"
    with vault.unlock(path, admin, passphrase) as session:
        session.add_user("ines", Role.INTAKE, intake_pass)
        theirs = session.create_client(ClientIdentity("Zyxwqv", "Otherclient"))
    with vault.unlock(path, "ines", intake_pass) as session:
        mine = session.create_client(ClientIdentity("Zyxwqv", "Mineclient"))
        assert session.read_client(mine).identity.family_names == "Mineclient"
        assert [c.uuid for c in session.search_clients("Zyxwqv")] == [mine]
        with pytest.raises(PermissionDenied):
            session.read_client(theirs)
        with pytest.raises(PermissionDenied):
            session.update_client(theirs, ClientIdentity("Changed"))
    with vault.unlock(path, admin, passphrase) as session:
        refused = session.list_audit(action="access_refused")
        assert [(e.user, e.entity_id, e.fields) for e in reversed(refused)] == [
            ("ines", theirs, "read_client"),
            ("ines", theirs, "update_client"),
        ]
        assert session.read_client(theirs).identity.given_names == "Zyxwqv"
        reads = session.list_audit(action="read_client", client=theirs)
        assert [e.user for e in reads] == [admin]


@pytest.mark.parametrize(
    "damage",
    ["DELETE FROM audit_state", "UPDATE audit_state SET seq = 1"],
)
def test_a_damaged_log_state_still_lets_an_admin_in_to_investigate_but_reads_nothing(
    make_vault: Callable[..., tuple[Path, str, str, str]], damage: str
) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        client = session.create_client(ClientIdentity("Zyxwqv", "Damagedstate"))
    with vault.unlock(path, admin, passphrase) as session:
        session._db().execute(damage)
    with vault.unlock(path, admin, passphrase) as session:
        assert session.audit_broken
        result = session.verify_audit()
        assert not result.ok
        assert session.list_audit(limit=5)
        with pytest.raises(AuditLogBroken):
            session.read_client(client)
        with pytest.raises(AuditLogBroken):
            session.search_clients("Zyxwqv")
