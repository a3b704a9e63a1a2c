"""The names the conflict check searches: every client, alias, household member
and case party, normalised by ``core.conflicts`` and indexed for FTS5.

The service layer keeps it in step with the records (SQLite triggers cannot
call the Python normaliser under ``trusted_schema=OFF``); deleting a row here
removes its index entry by trigger, and rows go with their client by cascade.
"""

from __future__ import annotations

import itertools
from datetime import date

from caseapp.core import conflicts
from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.storage import fts, vault_meta
from caseapp.storage import records as store
from caseapp.storage.connection import Connection

# Past this many candidates a query is too vague to be a check ("Maria"); the
# most recent are scored, and the caller says the list may be incomplete.
MAX_CANDIDATES = 3000
STALE_KEY = "name_index_stale"


def _put(
    conn: Connection,
    kind: str,
    client_uuid: str,
    record_uuid: str,
    given: str,
    family: str,
    dob: date | None,
) -> None:
    remove(conn, record_uuid)
    cur = conn.execute(
        "INSERT INTO name_index (kind, client_uuid, record_uuid, given_names, family_names, "
        "date_of_birth) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, client_uuid, record_uuid, given, family, None if dob is None else dob.isoformat()),
    )
    conn.execute(
        "INSERT INTO name_index_search (rowid, tokens) VALUES (?, ?)",
        (cur.lastrowid, conflicts.index_text(given, family)),
    )


PREFERRED = ":preferred"


def add_client(conn: Connection, client_uuid: str, identity: ClientIdentity) -> None:
    """The client's name, and the preferred name (with the family name) as a second one."""
    _put(
        conn,
        "client",
        client_uuid,
        client_uuid,
        identity.given_names,
        identity.family_names,
        identity.date_of_birth,
    )
    remove(conn, client_uuid + PREFERRED)
    if identity.preferred_name:
        _put(
            conn,
            "client",
            client_uuid,
            client_uuid + PREFERRED,
            identity.preferred_name,
            identity.family_names,
            identity.date_of_birth,
        )


def add_record(conn: Connection, client_uuid: str, record_uuid: str, record: rec.Record) -> None:
    """Index a record that names a person; other kinds are ignored."""
    if isinstance(record, rec.Alias):
        _put(conn, "alias", client_uuid, record_uuid, record.given_names, record.family_names, None)
    elif isinstance(record, rec.HouseholdMember):
        _put(
            conn,
            "household_member",
            client_uuid,
            record_uuid,
            record.given_names,
            record.family_names,
            record.date_of_birth,
        )
    elif isinstance(record, rec.Party):
        # An organisation (an employer, a landlord) is matched as a family name.
        family = record.family_names or record.organisation
        _put(
            conn,
            f"{record.role}_party",
            client_uuid,
            record_uuid,
            record.given_names,
            family,
            record.date_of_birth,
        )


def remove(conn: Connection, record_uuid: str) -> None:
    conn.execute("DELETE FROM name_index WHERE record_uuid = ?", (record_uuid,))


def _query_text(key: conflicts.NameKey) -> str | None:
    """Rows sharing at least two of the name's terms (one-letter terms as
    initials), or the only term when there is one: a single shared common name
    is no hit.

    Any two terms, not only pairs with the family name: a name typed as one
    string ("Pablo Páramo Ruiz", "Mercado Central Inc") is split at a guess, so
    which words are the family name is not known.
    """

    def term(t: str) -> str:
        return fts.quoted(t) + ("*" if len(t) == 1 else "")

    terms = sorted(set(conflicts.fts_terms(key)))[:12]
    if not terms:
        return None
    if len(terms) == 1:
        return term(terms[0])
    pairs = [f"({term(a)} AND {term(b)})" for a, b in itertools.combinations(terms, 2)]
    return " OR ".join(pairs)


def candidates(
    conn: Connection, query: conflicts.ConflictQuery
) -> tuple[list[conflicts.ConflictCandidate], bool]:
    """People on file who could match ``query``, and whether the list was cut short."""
    rows: dict[int, tuple[object, ...]] = {}
    cut = False
    select = (
        "SELECT n.id, n.kind, n.client_uuid, n.record_uuid, n.given_names, n.family_names, "
        "n.date_of_birth FROM name_index n"
    )
    for key in query.keys:
        text = _query_text(key)
        if text is None:
            continue
        found = conn.execute(
            f"{select} WHERE n.id IN (SELECT rowid FROM name_index_search "
            "WHERE name_index_search MATCH ? ORDER BY rowid DESC LIMIT ?)",
            (text, MAX_CANDIDATES + 1),
        ).fetchall()
        if len(found) > MAX_CANDIDATES:
            cut = True
            found = found[:MAX_CANDIDATES]
        rows.update((int(r[0]), r) for r in found)
    if query.date_of_birth is not None:
        # Same date of birth and one shared name part is a hit; fetch by date.
        for r in conn.execute(
            f"{select} WHERE n.date_of_birth = ? LIMIT ?",
            (query.date_of_birth.isoformat(), MAX_CANDIDATES),
        ):
            rows[int(r[0])] = r
    out = [
        conflicts.ConflictCandidate(
            kind=str(r[1]),  # type: ignore[arg-type]
            client_uuid=str(r[2]),
            # The preferred-name row stands for the client record itself.
            record_uuid=str(r[3]).removesuffix(PREFERRED),
            given=str(r[4]),
            family=str(r[5]),
            date_of_birth=None if r[6] is None else date.fromisoformat(str(r[6])),
        )
        for r in rows.values()
    ]
    return out, cut


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def is_stale(conn: Connection) -> bool:
    return vault_meta.get(conn, STALE_KEY) == "1"


def rebuild(conn: Connection) -> None:
    """Index every name again (after a migration, or if the index was damaged)."""
    conn.execute("DELETE FROM name_index")
    for client_uuid, given, family, preferred, dob in conn.execute(
        "SELECT uuid, given_names, family_names, preferred_name, date_of_birth FROM clients"
    ).fetchall():
        add_client(
            conn,
            client_uuid,
            ClientIdentity(
                given, family, preferred, None if dob is None else date.fromisoformat(dob)
            ),
        )
    for kind in (rec.Alias, rec.HouseholdMember, rec.Party):
        for stored in store.every(conn, kind):
            add_record(conn, stored.client_uuid, stored.uuid, stored.record)
    conn.execute("DELETE FROM vault_meta WHERE key = ?", (STALE_KEY,))
