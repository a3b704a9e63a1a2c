"""The hot queries' plans, so that an index cannot silently disappear.

Each hot service call runs on a real vault (SQLCipher, a synthetic office from
``demo.fill``, no ANALYZE: as the app runs) with a trace callback on the
session's connection. Every statement it ran (SQLite hands the trace the text
with the bound values written in; without ANALYZE the plans are those of the
statements with parameters, checked for all of these) and every statement of
the triggers its writes fire is then put through EXPLAIN QUERY PLAN. A step that reads all of a
table that grows with the office fails, and so does a sort of such a table;
``_problems`` holds the rules, ``ALLOWED`` the few exceptions with their
reasons, ``GAPS`` the known gaps (strict xfails: fixing one makes its test
fail until the entry is removed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile
from caseapp.core.users import Role
from caseapp.crypto import kdf
from caseapp.services import demo, vault
from caseapp.services.session import Session

ADMIN = "admin"
INTAKE = "ines"
PASSPHRASES = {
    ADMIN: "correct horse battery staple 42",
    INTAKE: "purple elephant wanders quietly 97",
}
# Plans do not depend on the number of rows (without ANALYZE SQLite assumes
# large tables); the office only has to be big enough for every path to run.
CLIENTS = 200

# Bookkeeping that stays small however large the office grows (and each FTS5
# table's <name>_config, a few settings). Every other table, one added by a
# later migration too, is taken to grow with it (default deny, as in the read guard).
SMALL_TABLES = frozenset({"vault_meta", "users", "key_slots", "audit_state", "field_devices"})

# -- the office -------------------------------------------------------------------------


@dataclass(frozen=True)
class Picks:
    """What one user's hot calls are made with."""

    client: str  # a client with a full file
    identity: ClientIdentity
    profile: ClientProfile
    after: str  # a client in the middle of the first list page
    word: str  # a word of one of the client's notes
    older_than: str  # the client's second-newest note (read_notes pages from it)


class Office:
    """A synthetic office, opened as one user at a time (one process, one session)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.picks: dict[str, Picks] = {}
        self._open: Session | None = None

    def session(self, user: str) -> Session:
        if self._open is None or self._open.user.name != user:
            self.close()
            self._open = vault.unlock(self.path, user, PASSPHRASES[user])
        return self._open

    def close(self) -> None:
        if self._open is not None:
            self._open.lock()
            self._open = None


def _pick(s: Session) -> Picks:
    page = s.list_clients(limit=50)
    files = [s.read_client_file(c.uuid) for c in page[:30]]
    file = max(files, key=lambda f: (f.notes_total >= 2, len(f.records), f.notes_total))
    notes = file.of(rec.Note)
    words = [
        w
        for n in notes
        if not n.hidden
        for w in n.record.body.split()
        if w.isalpha() and len(w) >= 4
    ]
    return Picks(
        client=file.client.uuid,
        identity=file.client.identity,
        profile=file.client.profile,
        after=page[len(page) // 2].uuid,
        word=words[0],
        older_than=notes[1].uuid,
    )


def _intake_files(s: Session) -> None:
    """A few clients of the intake user's own, with what the dashboard lists."""
    today = date.today()
    for i, (given, family) in enumerate(
        [("Rosa", "Quispe Mamani"), ("Ana Lucía", "Torres"), ("Kwame", "Mensah")]
    ):
        uid = s.create_client(ClientIdentity(given, family, date_of_birth=date(1980 + i, 3, 4)))
        for body in ("Called about the hearing notice", "Brought the lease and pay stubs"):
            s.add_record(uid, rec.Note(body))
        s.add_record(uid, rec.Deadline(today + timedelta(days=5 + i), "Send the declaration"))
        s.add_record(uid, rec.Deadline(today - timedelta(days=3), "Call back"))
        s.add_record(uid, rec.Task("Gather school records", due_on=today + timedelta(days=2)))
        s.add_record(uid, rec.Hearing(datetime.combine(today + timedelta(days=9), time(9, 30))))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    path = tmp_path_factory.mktemp("plans") / "vault"
    vault.create_vault(path, ADMIN, PASSPHRASES[ADMIN], kdf_params=kdf.FLOOR)
    made = Office(path)
    try:
        admin = made.session(ADMIN)
        admin.add_user(INTAKE, Role.INTAKE, PASSPHRASES[INTAKE])
        demo.fill(admin, CLIENTS, seed=7)
        made.picks[ADMIN] = _pick(admin)
        _intake_files(made.session(INTAKE))
        made.picks[INTAKE] = _pick(made.session(INTAKE))
        yield made
    finally:
        made.close()


# -- the hot calls ----------------------------------------------------------------------

# prepare(session, picks) does what must not be traced and returns the call to trace.
Prepare = Callable[[Session, Picks], Callable[[], object]]


def _update_client(s: Session, p: Picks) -> Callable[[], object]:
    # A changed name: the update rewrites the search row (triggers) and the name index.
    now = s.read_client(p.client).identity
    identity = replace(now, preferred_name="Lulu" if now.preferred_name == "Kiki" else "Kiki")
    return lambda: s.update_client(p.client, identity)


def _update_profile(s: Session, p: Picks) -> Callable[[], object]:
    now = s.read_client(p.client).profile
    profile = replace(now, pronouns="they/them" if now.pronouns == "she/her" else "she/her")
    return lambda: s.update_profile(p.client, profile)


def _save_intake(s: Session, p: Picks) -> Callable[[], object]:
    # The intake page saved: name and profile in one act.
    now = s.read_client(p.client)
    identity = replace(
        now.identity, preferred_name="Lulu" if now.identity.preferred_name == "Kiki" else "Kiki"
    )
    profile = replace(
        now.profile, pronouns="they/them" if now.profile.pronouns == "she/her" else "she/her"
    )
    return lambda: s.save_intake(p.client, identity, profile)


HOT: dict[str, Prepare] = {
    "search_clients-1-letter": lambda s, p: lambda: s.search_clients(p.identity.family_names[:1]),
    "search_clients-2-letters": lambda s, p: lambda: s.search_clients(p.identity.family_names[:2]),
    "search_clients-3-letters": lambda s, p: lambda: s.search_clients(p.identity.family_names[:3]),
    "search_clients-4-letters": lambda s, p: lambda: s.search_clients(p.identity.family_names[:4]),
    "search_clients-full-name": lambda s, p: (
        lambda: s.search_clients(f"{p.identity.given_names} {p.identity.family_names}")
    ),
    "search_clients-number": lambda s, p: lambda: s.search_clients("A123-456-789"),
    "list_clients-first-page": lambda s, p: lambda: s.list_clients(limit=50),
    "list_clients-first-page-z-a": lambda s, p: lambda: s.list_clients(limit=50, descending=True),
    "list_clients-next-page": lambda s, p: lambda: s.list_clients(after=p.after, limit=50),
    "list_clients-next-page-z-a": lambda s, p: (
        lambda: s.list_clients(after=p.after, limit=50, descending=True)
    ),
    "read_client_file": lambda s, p: lambda: s.read_client_file(p.client),
    "read_client": lambda s, p: lambda: s.read_client(p.client),
    "read_notes-next-page": lambda s, p: lambda: s.read_notes(p.client, before_uuid=p.older_than),
    "search_notes": lambda s, p: lambda: s.search_notes(p.word, limit=50),
    "check_conflicts": lambda s, p: (
        lambda: s.check_conflicts(
            p.identity.given_names, p.identity.family_names, p.identity.date_of_birth
        )
    ),
    "dashboard": lambda s, p: lambda: s.dashboard(days=30),
    "update_client": _update_client,
    "update_profile": _update_profile,
    "save_intake": _save_intake,
}

# -- what a plan may do ------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    """A step that would fail, accepted in these cases (user:call) for ``reason``."""

    step: str  # regular expression, matched against the whole step
    cases: frozenset[str]
    reason: str


ALLOWED = (
    Allowed(
        r"SCAN c USING COVERING INDEX clients_by_name",
        frozenset({f"{ADMIN}:list_clients-first-page", f"{ADMIN}:list_clients-first-page-z-a"}),
        # No filter, ORDER BY is the index's order, LIMIT <= 1000: SQLite stops after
        # `limit` index entries. (With an owner filter, as for intake, it would not.)
        "the first page walks the covering index in order and stops at the LIMIT",
    ),
    Allowed(
        r"SEARCH c USING COVERING INDEX clients_by_name \(family_names[<>]\?\)",
        frozenset({f"{ADMIN}:list_clients-next-page", f"{ADMIN}:list_clients-next-page-z-a"}),
        "keyset paging: from the marker on in index order, stopping at the LIMIT",
    ),
    Allowed(
        r"SEARCH x USING COVERING INDEX (?:deadlines|tasks)_open_due "
        r"\(due_on(?:<|>\? AND due_on<)\?\)",
        frozenset({f"{ADMIN}:dashboard"}),
        # count(*) of the older overdue ones: the partial indexes hold only open
        # deadlines and tasks, and the count reads no table page, only index entries.
        "counting open overdue deadlines and tasks from partial covering indexes alone",
    ),
    Allowed(
        r"USE TEMP B-TREE FOR ORDER BY",
        frozenset({f"{ADMIN}:search_notes", f"{INTAKE}:search_notes"}),
        # The inner query takes the newest `limit` matches (for intake, of the
        # user's own notes) in FTS5's rowid order (ORDER BY rowid DESC LIMIT ?);
        # the outer sort re-orders those few rows.
        "sorts at most `limit` rows, already cut by the inner query's LIMIT",
    ),
    Allowed(
        r"USE TEMP B-TREE FOR ORDER BY",
        frozenset(
            f"{user}:search_clients-{kind}"
            for user in (ADMIN, INTAKE)
            for kind in ("3-letters", "4-letters", "full-name", "number")
        ),
        # FTS5 finds the matches; they are sorted by name. Three letters or more
        # (or a whole word, or a whole number) match few clients: a small sort.
        # Shorter prefixes are in GAPS.
        "sorts the clients the FTS query matched, few for 3+ letters",
    ),
    Allowed(
        r"(?:SCAN|SEARCH) c USING COVERING INDEX clients_by_creator_name "
        r"\(created_by=\?(?: AND family_names[<>]\?)?\)",
        frozenset(
            f"{INTAKE}:list_clients-{page}"
            for page in ("first-page", "first-page-z-a", "next-page", "next-page-z-a")
        ),
        # Intake users see only their own clients: the index starts at their first
        # (created_by=?) and is walked in name order to the LIMIT.
        "an intake user's page walks their own part of the covering index to the LIMIT",
    ),
    Allowed(
        r"USE TEMP B-TREE FOR ORDER BY",
        frozenset({f"{INTAKE}:dashboard"}),
        # Hearings and check-ins of an intake user's own clients: SQLite starts from
        # clients_created_by (created_by=?), then each client's rows by client_uuid.
        "sorts the hearings and check-ins of the user's own clients only",
    ),
)

_SHORT_PREFIX = (
    "a {} prefix matches a large share of the office (every client with a name word "
    "starting so): each match is looked up in clients and all are sorted by name in a "
    "temp B-tree before the LIMIT applies"
)
GAPS = {
    f"{user}:search_clients-{n}": _SHORT_PREFIX.format(n)
    for user in (ADMIN, INTAKE)
    for n in ("1-letter", "2-letters")
}


_LOOP = re.compile(r"(SCAN|SEARCH) (\S+)(.*)")
# A range with one end open, e.g. (family_names>?): from there on, to the end of the index.
_OPEN_RANGE = re.compile(r"\((\w+)[<>]\?\)$")
_RANGE = re.compile(r"\((\w+)>\? AND \1<\?\)$")
_PER_CLIENT = re.compile(r"SEARCH \S+ USING (?:COVERING )?INDEX \S+ \(client_uuid=\?")
_STRING = re.compile(r"'(?:[^']|'')*'")
# Words that can follow a table name and are not its alias.
_NOT_ALIAS = (
    "ON|USING|WHERE|JOIN|INNER|LEFT|RIGHT|FULL|CROSS|NATURAL|INDEXED|NOT|ORDER|GROUP|LIMIT|SET|"
    "VALUES|SELECT|HAVING|WINDOW|UNION|EXCEPT|INTERSECT|DEFAULT|AS"
)
_SOURCE = re.compile(
    r"\b(?:FROM|JOIN|UPDATE|INTO)\s+\"?(\w+)\"?"
    rf"(?:\s+(?:AS\s+)?(?!(?:{_NOT_ALIAS})\b)(\w+))?",
    re.IGNORECASE,
)


def _sources(sql: str) -> dict[str, str]:
    """Name or alias in a plan -> the table it stands for (lower case)."""
    found: dict[str, str] = {}
    for table, alias in _SOURCE.findall(_STRING.sub("''", sql)):
        found[table.lower()] = table.lower()
        if alias:
            found[alias.lower()] = table.lower()
    return found


@dataclass(frozen=True)
class Explained:
    label: str  # "statement" or "trigger <name>"
    sql: str
    steps: tuple[tuple[int, int, str], ...]  # (id, parent, detail)

    def text(self) -> str:
        depth = {0: -1}
        lines = []
        for step_id, parent, detail in self.steps:
            depth[step_id] = depth.get(parent, -1) + 1
            lines.append("    " + "  " * depth[step_id] + detail)
        return f"{self.label}: {self.sql}\n" + "\n".join(lines)


@dataclass(frozen=True)
class Schema:
    tables: frozenset[str]
    small: frozenset[str]


def _schema(session: Session) -> Schema:
    rows = session._db().execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    found = [(str(name).lower(), str(sql or "")) for name, sql in rows]
    fts = {n for n, sql in found if re.match(r"CREATE VIRTUAL TABLE", sql, re.IGNORECASE)}
    return Schema(frozenset(n for n, _ in found), SMALL_TABLES | {f"{name}_config" for name in fts})


def _open_ended(rest: str, sql: str) -> bool:
    """A range search with one end open (to the start or the end of the index)."""
    if _OPEN_RANGE.search(rest):
        return True
    # "x IS NOT NULL" is planned as the lower bound x > NULL: without another
    # lower bound on x the range starts at the beginning of the index.
    closed = _RANGE.search(rest)
    lower = rf"\b{closed[1]}\s*(?:>|BETWEEN\b)" if closed else ""
    return closed is not None and not re.search(lower, _STRING.sub("''", sql), re.IGNORECASE)


def _problems(plan: Explained, case: str, schema: Schema) -> list[str]:
    """Steps that read a growing table whole, or sort it, unless ALLOWED for ``case``."""
    names = _sources(plan.sql)
    details = [d for _, _, d in plan.steps]
    subqueries = {d.split()[-1] for d in details if d.startswith(("CO-ROUTINE", "MATERIALIZE"))}
    loops = []  # over growing tables, FTS5 tables among them
    found: list[tuple[str, str]] = []  # (step, what is wrong with it)
    for detail in details:
        loop = _LOOP.fullmatch(detail)
        if loop is None or detail == "SCAN CONSTANT ROW":
            continue
        kind, name, rest = loop.groups()
        name = name.removeprefix("main.")
        table = names.get(name.lower(), name.lower())
        if table not in schema.tables:
            if name not in subqueries:
                found.append((detail, f"cannot tell which table {name!r} is"))
            continue
        if table in schema.small:
            continue
        loops.append(detail)
        if "VIRTUAL TABLE" in rest:
            continue  # FTS5 reads its index for the MATCH
        if kind == "SCAN":
            found.append((detail, f"reads all of {table}"))
        elif "AUTOMATIC" in rest:
            found.append((detail, f"builds an index of all of {table} on every run"))
        elif _open_ended(rest, plan.sql):
            found.append((detail, f"reads {table} from a point to the end"))
    # One client's records (every loop by client_uuid) are a file's worth: sorting is fine.
    if loops and not all(_PER_CLIENT.match(d) for d in loops):
        found += [(d, "sorts rows of a growing table") for d in details if "TEMP B-TREE" in d]
    return [
        f"{step!r}: {why}"
        for step, why in found
        if not any(case in a.cases and re.fullmatch(a.step, step) for a in ALLOWED)
    ]


# -- tracing and explaining -------------------------------------------------------------

_SKIP = ("BEGIN", "COMMIT", "ROLLBACK", "END", "SAVEPOINT", "RELEASE", "PRAGMA")
_WRITE = re.compile(
    r"\s*(?:(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+\"?(\w+)\"?",
    re.IGNORECASE,
)
_SET = re.compile(r"\bSET\b(.*?)(?:\bWHERE\b|$)", re.IGNORECASE | re.DOTALL)
_TRIGGER_ON = re.compile(
    r"\b(INSERT|UPDATE|DELETE)\b(?:\s+OF\s+([\w\s,\"]+?))?\s+ON\s+\"?(\w+)", re.IGNORECASE
)
_ROW_REF = re.compile(r"\b(?:new|old)\.(\"?)\w+\1", re.IGNORECASE)


@dataclass(frozen=True)
class Write:
    event: str  # INSERT, UPDATE or DELETE
    table: str
    columns: frozenset[str] | None  # those an UPDATE sets


def _write(sql: str) -> Write | None:
    found = _WRITE.match(sql)
    if found is None:
        return None
    verb = sql.split()[0].upper()
    columns = None
    if verb == "UPDATE" and (assignments := _SET.search(_STRING.sub("''", sql))):
        columns = frozenset(c.lower() for c in re.findall(r"\"?(\w+)\"?\s*=", assignments[1]))
    return Write("INSERT" if verb == "REPLACE" else verb, found[1].lower(), columns)


@dataclass(frozen=True)
class Trigger:
    name: str
    on: Write  # the event, the table and, for UPDATE OF, its columns
    statements: tuple[str, ...]

    def fires_on(self, write: Write) -> bool:
        if (self.on.event, self.on.table) != (write.event, write.table):
            return False
        return (
            self.on.columns is None
            or write.columns is None
            or bool(self.on.columns & write.columns)
        )


def _trace(session: Session, call: Callable[[], object]) -> list[str]:
    """Every distinct statement ``call`` ran on the session's connection."""
    conn = session._db()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    # Statements FTS5 runs on its own shadow tables mostly come as comments ("--
    # SELECT ... WHERE id=?"), unexpanded: FTS5's business, always by key.
    return [
        s
        for s in dict.fromkeys(seen)
        if not s.lstrip().startswith("--") and s.split()[0].upper() not in _SKIP
    ]


def _triggers(conn: Any) -> list[Trigger]:
    out = []
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"):
        head, body = re.split(r"\bBEGIN\b", sql, maxsplit=1, flags=re.IGNORECASE)
        on = _TRIGGER_ON.search(head)
        assert on is not None, sql
        columns = frozenset(c.strip(' "').lower() for c in on[2].split(",")) if on[2] else None
        body = re.sub(r"\bEND\s*$", "", body.strip(), flags=re.IGNORECASE)
        statements = tuple(s.strip() for s in body.split(";") if s.strip())
        out.append(Trigger(name, Write(on[1].upper(), on[3].lower(), columns), statements))
    return out


def _explain(session: Session, statements: list[str]) -> list[Explained]:
    """The plans of ``statements`` and of every trigger statement their writes fire."""
    conn = session._db()
    plans = []
    with session._guard.audited():
        triggers = _triggers(conn)
        work = [("statement", s) for s in statements]
        fired: set[str] = set()
        while work:
            label, sql = work.pop(0)
            write = _write(sql)
            if write is not None:
                for trigger in triggers:
                    if trigger.name not in fired and trigger.fires_on(write):
                        fired.add(trigger.name)
                        work += [(f"trigger {trigger.name}", t) for t in trigger.statements]
                if write.event == "INSERT" and "SELECT" not in sql.upper():
                    continue  # INSERT ... VALUES: nothing to plan (its triggers are queued)
            if sql.upper().startswith("SELECT RAISE("):
                continue  # the audit log's append-only guard: no table read
            # In a trigger body: new.x and old.x become parameters (the plan is the same).
            text, marks = _ROW_REF.subn("?", sql)
            rows = conn.execute("EXPLAIN QUERY PLAN " + text, (None,) * marks).fetchall()
            plans.append(Explained(label, sql, tuple((r[0], r[1], r[3]) for r in rows)))
    return plans


def _run(office: Office, user: str, call_name: str) -> list[Explained]:
    session = office.session(user)
    statements = _trace(session, HOT[call_name](session, office.picks[user]))
    return _explain(session, statements)


# -- the tests -----------------------------------------------------------------------------

CASES = [
    pytest.param(
        user,
        name,
        id=f"{user}:{name}",
        marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=GAPS[f"{user}:{name}"])]
        if f"{user}:{name}" in GAPS
        else [],
    )
    for user in (ADMIN, INTAKE)
    for name in HOT
]


@pytest.mark.parametrize(("user", "call"), CASES)
def test_hot_call_reads_no_growing_table_whole(office: Office, user: str, call: str) -> None:
    plans = _run(office, user, call)
    schema = _schema(office.session(user))
    # The trace really saw the call: its audit entry (the chain state, by key) and
    # at least one read of client data.
    details = [d for p in plans for _, _, d in p.steps]
    assert "SEARCH audit_state USING INTEGER PRIMARY KEY (rowid=?)" in details, _all_text(plans)
    growing = schema.tables - schema.small
    assert any(
        (m := _LOOP.fullmatch(d)) and _sources(p.sql).get(m[2].lower()) in growing
        for p in plans
        for _, _, d in p.steps
    ), _all_text(plans)
    bad = [(p, found) for p in plans if (found := _problems(p, f"{user}:{call}", schema))]
    assert not bad, "\n\n".join(p.text() + "\n  -> " + "\n  -> ".join(f) for p, f in bad)


def _steps(plans: list[Explained], table_word: str) -> list[tuple[Explained, str]]:
    """(plan, step) for every step of plans whose statement reads ``table_word``."""
    word = re.compile(rf"\b(?:FROM|JOIN)\s+{table_word}\b", re.IGNORECASE)
    return [(p, d) for p in plans if word.search(p.sql) for _, _, d in p.steps]


def _all_text(plans: list[Explained]) -> str:
    return "\n\n".join(p.text() for p in plans)


def test_list_pages_come_from_the_covering_name_index(office: Office) -> None:
    for call, step in (
        ("list_clients-first-page", "SCAN c USING COVERING INDEX clients_by_name"),
        (
            "list_clients-next-page",
            "SEARCH c USING COVERING INDEX clients_by_name (family_names>?)",
        ),
        (
            "list_clients-next-page-z-a",
            "SEARCH c USING COVERING INDEX clients_by_name (family_names<?)",
        ),
    ):
        plans = _run(office, ADMIN, call)
        page = [p for p in plans if "clients_by_name" in p.sql]
        assert len(page) == 1, _all_text(plans)
        details = [d for _, _, d in page[0].steps]
        # Covering, and in the index's order: no table page read, no sort.
        assert details == [step], page[0].text()


def test_client_file_reads_every_kind_by_its_client_index(office: Office) -> None:
    plans = _run(office, ADMIN, "read_client_file")
    read = [p for p in plans if p.sql.startswith("SELECT") and "client_uuid = '" in p.sql]
    # One read per kind of record (and the count of notes).
    assert len(read) > len(rec.RECORD_TYPES), _all_text(plans)
    for plan in read:
        loops = [d for _, _, d in plan.steps if _LOOP.fullmatch(d)]
        assert loops, plan.text()
        assert all("(client_uuid=?" in d for d in loops), plan.text()
    notes = [d for p, d in _steps(read, "notes") if "notes_client" in d]
    # Newest first straight from (client_uuid, id): the file's 200 notes, no sort of all of them.
    assert "SEARCH notes USING INDEX notes_client (client_uuid=?)" in notes, _all_text(read)
    cases = [d for _, d in _steps(read, "cases")]
    assert "SEARCH cases USING INDEX cases_client (client_uuid=?)" in cases, _all_text(read)


def test_a_client_is_read_by_its_uuid(office: Office) -> None:
    plans = _run(office, ADMIN, "read_client")
    steps = [d for _, d in _steps(plans, "clients")]
    assert steps, _all_text(plans)
    assert all(re.fullmatch(r"SEARCH clients USING INDEX \w+ \(uuid=\?\)", d) for d in steps), (
        _all_text(plans)
    )


def test_dashboard_reads_the_due_date_indexes(office: Office) -> None:
    plans = _run(office, ADMIN, "dashboard")
    expected = {
        "deadlines": "SEARCH d USING INDEX deadlines_open_due (due_on>? AND due_on<?)",
        "tasks": "SEARCH t USING INDEX tasks_open_due (due_on>? AND due_on<?)",
        "hearings": "SEARCH x USING INDEX hearings_starts (starts_at>? AND starts_at<?)",
        "check_ins": "SEARCH x USING INDEX check_ins_at (at>? AND at<?)",
    }
    for table, step in expected.items():
        assert step in [d for _, d in _steps(plans, table)], _all_text(plans)
    counts = [p for p in plans if p.sql.startswith("SELECT count(*) FROM deadlines")]
    assert len(counts) == 1, _all_text(plans)
    # The older overdue ones are counted from the index alone.
    assert [d for _, _, d in counts[0].steps] == [
        "SEARCH x USING COVERING INDEX deadlines_open_due (due_on<?)"
    ], counts[0].text()


def test_conflict_check_reads_the_name_index_by_fts_and_birth_date(office: Office) -> None:
    plans = _run(office, ADMIN, "check_conflicts")
    steps = [d for _, d in _steps(plans, "name_index")]
    assert "SEARCH n USING INDEX name_index_dob (date_of_birth=?)" in steps, _all_text(plans)
    assert "SEARCH n USING INTEGER PRIMARY KEY (rowid=?)" in steps, _all_text(plans)
    assert any(d.startswith("SCAN name_index_search VIRTUAL TABLE") for d in steps), _all_text(
        plans
    )


def test_note_search_takes_the_newest_matches_from_fts(office: Office) -> None:
    plans = _run(office, ADMIN, "search_notes")
    search = [p for p in plans if "note_search MATCH" in p.sql]
    assert len(search) == 1, _all_text(plans)
    steps = search[0].steps
    inner = {i for i, _, d in steps if d.startswith("CO-ROUTINE")}
    # Inside the subquery FTS5 hands the matches over newest first: no sort there.
    assert [d for _, parent, d in steps if parent in inner] == [
        next(d for _, _, d in steps if d.startswith("SCAN note_search VIRTUAL TABLE"))
    ], search[0].text()
    assert "SEARCH n USING INTEGER PRIMARY KEY (rowid=?)" in [d for _, _, d in steps]


def test_a_name_change_rebuilds_the_search_row_by_index(office: Office) -> None:
    plans = _run(office, ADMIN, "update_client")
    rebuild = [p for p in plans if p.label == "trigger clients_search_update"]
    assert rebuild, _all_text(plans)
    steps = [d for p in rebuild for _, _, d in p.steps]
    for alias, table in (("a", "aliases"), ("i", "identifiers"), ("p", "applications")):
        assert f"SEARCH {alias} USING INDEX {table}_client (client_uuid=?)" in steps, _all_text(
            rebuild
        )


def test_an_intake_users_list_starts_at_their_own_clients(office: Office) -> None:
    for call, step in (
        (
            "list_clients-first-page",
            "SEARCH c USING COVERING INDEX clients_by_creator_name (created_by=?)",
        ),
        (
            "list_clients-next-page",
            "SEARCH c USING COVERING INDEX clients_by_creator_name "
            "(created_by=? AND family_names>?)",
        ),
    ):
        plans = _run(office, INTAKE, call)
        page = [p for p in plans if "clients_by_creator_name" in p.sql]
        assert len(page) == 1, _all_text(plans)
        # Covering and in the index's order: no table page read, no sort.
        assert [d for _, _, d in page[0].steps] == [step], page[0].text()


def test_an_intake_users_note_search_walks_fts_newest_first(office: Office) -> None:
    plans = _run(office, INTAKE, "search_notes")
    search = [p for p in plans if "note_search MATCH" in p.sql]
    assert len(search) == 1, _all_text(plans)
    details = [d for _, _, d in search[0].steps]
    # The own notes' ids come from the indexes; FTS5 is walked in rowid order (no
    # sort of its matches) and not handed those ids to look up one by one.
    assert "SEARCH k USING INDEX clients_created_by (created_by=?)" in details, search[0].text()
    assert "SEARCH o USING COVERING INDEX notes_client (client_uuid=?)" in details, search[0].text()
    fts = [d for d in details if d.startswith("SCAN s VIRTUAL TABLE")]
    assert len(fts) == 1, search[0].text()
    assert ":M" in fts[0], search[0].text()
    assert "=" not in fts[0].split(":")[0], search[0].text()
    assert details.count("USE TEMP B-TREE FOR ORDER BY") <= 1, search[0].text()


def test_an_intake_users_dashboard_counts_from_their_own_clients(office: Office) -> None:
    plans = _run(office, INTAKE, "dashboard")
    counts = [p for p in plans if p.sql.startswith("SELECT count(*) FROM clients")]
    assert len(counts) == 2, _all_text(plans)
    for plan in counts:
        details = [d for _, _, d in plan.steps]
        assert details[0] == "SEARCH c USING INDEX clients_created_by (created_by=?)", plan.text()
        assert re.fullmatch(
            r"SEARCH x USING INDEX (deadlines|tasks)_client \(client_uuid=\?\)", details[1]
        ), plan.text()


def test_missed_asylum_deadlines_are_read_by_kind(office: Office) -> None:
    plans = _run(office, ADMIN, "dashboard")
    asylum = [p for p in plans if "INDEXED BY deadlines_open_kind_due" in p.sql]
    assert asylum, _all_text(plans)
    for plan in asylum:
        assert (
            "SEARCH d USING INDEX deadlines_open_kind_due (kind=? AND due_on>? AND due_on<?)"
            in [d for _, _, d in plan.steps]
        ), plan.text()
