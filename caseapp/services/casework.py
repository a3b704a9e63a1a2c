"""Case work across files: the conflict check and opening a case, the
upcoming-deadlines dashboard, note search, and eligibility."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache

from caseapp.core import case_codes, checklists, conflicts, resources
from caseapp.core import records as rec
from caseapp.core.audit import AuditEvent
from caseapp.core.clients import ClientIdentity, clean_name
from caseapp.core.eligibility import (
    EligibilityResult,
    Frequency,
    GuidelineTable,
    Income,
    Threshold,
)
from caseapp.core.errors import InvalidInput
from caseapp.core.search import name_for_search, query_tokens
from caseapp.core.users import Role
from caseapp.services.client_file import ClientFiles
from caseapp.storage import clients, name_index, vault_meta
from caseapp.storage import records as store
from caseapp.storage import search as search_store
from caseapp.storage.connection import Connection, transaction

FUNDER_THRESHOLDS_KEY = "funder_thresholds"
MAX_NOTE_HITS = 200
WITHHELD_REASON = "Possible conflict with a file on record: ask a paralegal or attorney to review"
ASYLUM_WARNING_DAYS = 90
OVERDUE_DAYS = 90
DASHBOARD_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ConflictReport:
    """Ranked possible conflicts. ``incomplete``: a name too common to check fully."""

    hits: tuple[conflicts.ConflictHit, ...]
    incomplete: bool = False
    # Intake staff see that a possible conflict exists, not whose file it is.
    names_withheld: bool = False


@dataclass(frozen=True, slots=True)
class NoteHit:
    note_uuid: str
    client_uuid: str
    client_name: str
    case_uuid: str
    created_at: str
    created_by: str
    snippet: str


@dataclass(frozen=True, slots=True)
class DashboardItem:
    """One line of the dashboard: what is due, when, for whom."""

    kind: str  # deadline, asylum_deadline, hearing, check_in, task
    when: date
    at: datetime | None
    title: str
    client_uuid: str
    client_name: str
    case_uuid: str
    record_uuid: str
    # What the title was made from (a hearing's kind, a check-in's office), so a
    # screen in another language can say it its own way.
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    days: int
    upcoming: tuple[DashboardItem, ...]
    # Open deadlines and tasks due in the last OVERDUE_DAYS.
    overdue: tuple[DashboardItem, ...]
    # Open one-year asylum deadlines: every missed one, then those coming up.
    asylum_deadlines: tuple[DashboardItem, ...]
    # Open deadlines and tasks due before that, counted: a list of years of
    # forgotten to-dos helps no one; the number says there is clean-up to do.
    older_overdue: int = 0
    # A list reached DASHBOARD_LIMIT: narrow the days.
    truncated: bool = False


@cache
def guideline_table() -> GuidelineTable:
    """The HHS poverty guidelines shipped in resources/reference."""
    text = resources.path("reference", "poverty_guidelines.json").read_text(encoding="utf-8")
    return GuidelineTable.from_dict(json.loads(text))


def eligibility(
    file: rec.ClientFile,
    *,
    year: int | None = None,
    funder_thresholds: Sequence[Threshold] = (),
) -> EligibilityResult:
    """The household's income against the guideline (from a file already read)."""
    table = guideline_table()
    if year is None:
        this_year = date.today().year
        past = [y for y in table.available_years if y <= this_year]
        year = max(past) if past else min(table.available_years)
    in_household = {m.uuid for m in file.of(rec.HouseholdMember) if m.record.in_household}
    incomes = [
        Income(s.record.amount, Frequency(s.record.frequency), s.record.hours_per_week)
        for s in file.of(rec.Income)
        if not s.record.member_uuid or s.record.member_uuid in in_household
    ]
    annual = sum((i.annual() for i in incomes), Decimal(0))
    return table.assess(
        annual, year, file.client.profile.region, file.household_size, funder_thresholds
    )


def _display(given: str, family: str) -> str:
    return " ".join(p for p in (given, family) if p)


class CaseWork(ClientFiles):
    """Conflict checks, cases, the dashboard and note search."""

    # -- conflict check -------------------------------------------------------------

    def _conflicts(
        self, conn: Connection, queries: Sequence[conflicts.ConflictQuery], exclude: str
    ) -> ConflictReport:
        hits: list[conflicts.ConflictHit] = []
        incomplete = False
        for query in queries:
            found, cut = name_index.candidates(conn, query)
            incomplete = incomplete or cut
            for candidate in found:
                if exclude and candidate.client_uuid == exclude:
                    continue
                hit = conflicts.score(query, candidate)
                if hit is not None:
                    hits.append(hit)
        ranked = conflicts.rank(hits)
        withheld = self.user.role is Role.INTAKE
        if withheld:
            # That there is a possible conflict, and how strong; not whose file it is,
            # nor why (a reason such as "Same date of birth" would be a probe).
            ranked = [
                conflicts.ConflictHit(
                    conflicts.ConflictCandidate(h.candidate.kind, "", "", "", ""),
                    h.score,
                    (WITHHELD_REASON,),
                )
                for h in ranked
            ]
        return ConflictReport(tuple(ranked), incomplete, withheld)

    def check_conflicts(
        self,
        given: str,
        family: str = "",
        date_of_birth: date | None = None,
        *,
        other_names: Sequence[tuple[str, str]] = (),
    ) -> ConflictReport:
        """Search clients, aliases, household members and case parties for a name.
        The entry records that a check ran, never the name."""
        query = conflicts.ConflictQuery(
            name_for_search(given),
            name_for_search(family),
            date_of_birth,
            tuple((name_for_search(g), name_for_search(f)) for g, f in other_names),
        )
        with self._act(self._event("conflict_check", fields=("names", "date_of_birth"))) as conn:
            return self._conflicts(conn, [query], "")

    def _client_queries(
        self, conn: Connection, client_uuid: str, adverse_names: Sequence[str]
    ) -> list[conflicts.ConflictQuery]:
        client = clients.get(conn, client_uuid)
        aliases = [
            (a.record.given_names, a.record.family_names)
            for a in store.for_client(conn, rec.Alias, client_uuid)
        ]
        return conflict_queries(client.identity, aliases, adverse_names)

    def client_conflicts(
        self, client_uuid: str, adverse_names: Sequence[str] = ()
    ) -> ConflictReport:
        """The check before a case opens: the client (with aliases) and the new
        case's adverse parties against everyone else on file."""
        names = [clean_name(n, "An adverse party's name", required=True) for n in adverse_names]
        event = self._event("conflict_check", client_uuid, ("names", "date_of_birth"))
        with self._recording_refusals("conflict_check"), self._act(event) as conn:
            self._check_client_access(conn, client_uuid)
            return self._conflicts(
                conn, self._client_queries(conn, client_uuid, names), client_uuid
            )

    def record_conflict_check(
        self,
        client_uuid: str,
        decision: str,
        *,
        adverse_names: Sequence[str] = (),
        note: str = "",
        seen_hits: int | None = None,
    ) -> tuple[str, ConflictReport]:
        """Run the check for a client and record the decision on it. Returns the
        check's UUID (a case opens against it) and the report.

        ``seen_hits``: how many hits the user saw when deciding; the decision is
        refused if the check finds another number now.
        ``no_conflict`` is accepted only when there are no hits; clearing hits,
        or recording a conflict, takes a paralegal, attorney or administrator.
        The search is recorded even when the decision is then refused: it has
        told the user something about other files.
        """
        check = rec.ConflictCheck(decision, 0, tuple(adverse_names), note).cleaned(self._today())
        report = self.client_conflicts(client_uuid, check.adverse_names)
        hits = len(report.hits)
        if seen_hits is not None and seen_hits != hits:
            # The decision was made on another list of hits than there is now.
            raise InvalidInput(
                f"The check now finds {hits} possible conflict{'s' if hits != 1 else ''}, "
                f"not {seen_hits}: review the list again, then decide."
            )
        if hits and check.decision == "no_conflict":
            raise InvalidInput(
                f"The check found {hits} possible conflict{'s' if hits != 1 else ''}: review "
                "them and record them as cleared, or as a conflict."
            )
        self._refuse_unless(
            not hits or self.user.role is not Role.INTAKE,
            "create_conflict_check",
            "There are possible conflicts to review: a paralegal or attorney must "
            "clear them before a case opens.",
            client_uuid,
        )
        conn = self._db()
        with (
            self._recording_refusals("create_conflict_check"),
            self._guard.audited(),
            transaction(conn),
        ):
            self._check_client_access(conn, client_uuid)
            again = self._conflicts(
                conn, self._client_queries(conn, client_uuid, check.adverse_names), client_uuid
            )
            if len(again.hits) != hits:
                raise InvalidInput("The records changed while checking; run the check again.")
            check = replace(check, hits=hits)
            check_uuid = store.insert(conn, client_uuid, check, self.user.name)
            self._append(
                conn,
                self._event(
                    "create_conflict_check", client_uuid, rec.record_fields(rec.ConflictCheck)
                ),
            )
            return check_uuid, report

    # -- cases ------------------------------------------------------------------------

    def open_case(
        self,
        client_uuid: str,
        case: rec.Case,
        conflict_check_uuid: str,
        *,
        parties: Sequence[rec.Party] = (),
        with_checklist: bool = True,
    ) -> str:
        """Open a case on a recorded conflict check. Every adverse party given must
        have been in that check. Adds the case type's document checklist."""
        today = self._today()
        cleaned = replace(case, conflict_check_uuid=conflict_check_uuid).cleaned(today)
        if cleaned.status == "closed":
            raise InvalidInput("A new case is open or pending; close it later.")
        planned_uuid = rec.new_uuid()
        new_parties = [replace(p, case_uuid=planned_uuid).cleaned(today) for p in parties]
        conn = self._db()
        with self._recording_refusals("create_case"), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            self._check_in_file(conn, client_uuid, cleaned)
            check = self._usable_check(conn, client_uuid, conflict_check_uuid)
            for party in new_parties:
                _require_checked(check.record, party)
            case_uuid = store.insert(
                conn, client_uuid, cleaned, self.user.name, record_uuid=planned_uuid
            )
            kinds = ["case"]
            for party in new_parties:
                party_uuid = store.insert(conn, client_uuid, party, self.user.name)
                name_index.add_record(conn, client_uuid, party_uuid, party)
                kinds.append("party")
            if with_checklist:
                for item in checklists.template_for(cleaned.subcode):
                    store.insert(
                        conn,
                        client_uuid,
                        rec.ChecklistItem(case_uuid, item.label_en, item.key),
                        self.user.name,
                    )
                kinds.append("checklist_item")
            self._after_change(conn, client_uuid, case_uuid, cleaned)
            self._append(
                conn,
                *(
                    self._event(f"create_{kind}", client_uuid, _fields_of(kind))
                    for kind in dict.fromkeys(kinds)
                ),
            )
            return case_uuid

    def add_party(
        self, client_uuid: str, party: rec.Party, *, conflict_check_uuid: str = ""
    ) -> str:
        """Add a party to an open case. An adverse party needs a recent conflict
        check of this client's that named them; a related party does not."""
        cleaned = party.cleaned(self._today())
        conn = self._db()
        with self._recording_refusals("create_party"), self._guard.audited(), transaction(conn):
            self._check_client_access(conn, client_uuid)
            self._check_in_file(conn, client_uuid, cleaned)
            if cleaned.role == "adverse":
                if not conflict_check_uuid:
                    raise InvalidInput(
                        "An adverse party needs a conflict check that names them: record "
                        "one with their name, then add them with it."
                    )
                check = self._usable_check(conn, client_uuid, conflict_check_uuid)
                _require_checked(check.record, cleaned)
            party_uuid = store.insert(conn, client_uuid, cleaned, self.user.name)
            self._after_change(conn, client_uuid, party_uuid, cleaned)
            self._append(conn, self._event("create_party", client_uuid, _fields_of("party")))
            return party_uuid

    # -- dashboard ----------------------------------------------------------------------

    def dashboard(self, *, days: int = 30, today: date | None = None) -> Dashboard:
        """Hearings, check-ins, deadlines and tasks in the next ``days``; overdue
        deadlines and tasks; one-year asylum deadlines in the next 90 days (or
        ``days``, if longer) — listed apart because missing one bars asylum."""
        if type(days) is not int or not 0 <= days <= 366:
            raise InvalidInput("Show from 0 to 366 days ahead.")
        start = today or self._today()
        end = start + timedelta(days=days)
        fields = ("deadline", "hearing", "check_in", "task")
        with self._act(self._event("view_dashboard", fields=fields)) as conn:
            due = search_store.due_between(
                conn,
                start,
                end,
                asylum_until=start + timedelta(days=max(days, ASYLUM_WARNING_DAYS)),
                overdue_since=start - timedelta(days=OVERDUE_DAYS),
                limit=DASHBOARD_LIMIT,
                only_created_by=self._own_only(),
            )
        items = [
            DashboardItem(
                kind=r.kind,
                when=r.when,
                at=r.at,
                title=_title(r.kind, r.title),
                client_uuid=r.client_uuid,
                client_name=_display(r.given, r.family),
                case_uuid=r.case_uuid,
                record_uuid=r.record_uuid,
                detail=r.title if r.kind in ("hearing", "check_in") else "",
            )
            for r in due.rows
        ]
        return Dashboard(
            today=start,
            days=days,
            upcoming=tuple(
                i for i in items if start <= i.when <= end and i.kind != "asylum_deadline"
            ),
            overdue=tuple(i for i in items if i.when < start and i.kind != "asylum_deadline"),
            asylum_deadlines=tuple(i for i in items if i.kind == "asylum_deadline"),
            older_overdue=due.older_overdue,
            truncated=due.truncated,
        )

    # -- note search ---------------------------------------------------------------------

    def search_notes(self, text: str, *, limit: int = 50) -> list[NoteHit]:
        """Notes containing every word typed, newest first. Sensitive notes are not
        searchable. The entry records that a search ran, never what was typed."""
        tokens = query_tokens(text)
        with self._act(self._event("search_notes", fields=("body",))) as conn:
            rows = search_store.notes(
                conn,
                tokens,
                limit=max(1, min(limit, MAX_NOTE_HITS)),
                only_created_by=self._own_only(),
            )
        return [
            NoteHit(
                note_uuid=r.note_uuid,
                client_uuid=r.client_uuid,
                client_name=_display(r.given, r.family),
                case_uuid=r.case_uuid,
                created_at=r.created_at,
                created_by=r.created_by,
                snippet=search_store.snippet(r.body, tokens),
            )
            for r in rows
        ]

    # -- office settings -------------------------------------------------------------------

    def funder_thresholds(self) -> tuple[Threshold, ...]:
        """The office's own eligibility lines (e.g. a funder's 150%), besides 125% and 200%."""
        raw = vault_meta.get(self._db(), FUNDER_THRESHOLDS_KEY)
        if not raw:
            return ()
        return tuple(Threshold(label, Decimal(percent)) for label, percent in json.loads(raw))

    def set_funder_thresholds(self, thresholds: Sequence[Threshold]) -> None:
        """Admin: replace the office's funder thresholds."""
        self._refuse_unless(
            self.user.is_admin,
            "settings_changed",
            "Only an administrator can change the office's settings.",
        )
        labels = [t.label for t in thresholds]
        if len(set(labels)) != len(labels) or {"125%", "200%"} & set(labels):
            raise InvalidInput("Each threshold needs its own name (125% and 200% are built in).")
        conn = self._db()
        with transaction(conn):
            vault_meta.put(
                conn,
                FUNDER_THRESHOLDS_KEY,
                json.dumps([[t.label, str(t.percent)] for t in thresholds]),
            )
            self._append(
                conn,
                AuditEvent("settings_changed", self.user.name, "vault", "", ("funder_thresholds",)),
            )


def conflict_queries(
    identity: ClientIdentity,
    aliases: Sequence[tuple[str, str]],
    adverse_names: Sequence[str],
) -> list[conflicts.ConflictQuery]:
    """What a conflict check searches for: the client under every name they use
    (aliases, the preferred name), and each adverse party's name."""
    others = list(aliases)
    if identity.preferred_name:
        others.append((identity.preferred_name, identity.family_names))
    queries = [
        conflicts.ConflictQuery(
            identity.given_names, identity.family_names, identity.date_of_birth, tuple(others)
        )
    ]
    # An adverse party's name is one string: its last word is taken as the family
    # name; the scoring tries the parts swapped and the candidates share any two words.
    for name in adverse_names:
        given, _, family = name.rpartition(" ")
        queries.append(conflicts.ConflictQuery(given, family))
    return queries


def party_names(party: rec.Party) -> list[str]:
    """Every name a party goes by: the person's, and the organisation's."""
    names = []
    person = " ".join(x for x in (party.given_names, party.family_names) if x)
    if person:
        names.append(person)
    if party.organisation:
        names.append(party.organisation)
    return names


def _title(kind: str, title: str) -> str:
    if kind == "hearing":
        return f"Hearing: {case_codes.HEARING_KINDS.label(title)}"
    if kind == "check_in":
        return f"ICE check-in: {title}" if title else "ICE check-in"
    return title


def _split(name: str) -> tuple[str, str]:
    given, _, family = name.rpartition(" ")
    return given, family


def _require_checked(check: rec.ConflictCheck, party: rec.Party) -> None:
    """Every name an adverse party goes by (person and organisation) was checked."""
    if party.role != "adverse":
        return
    checked = {conflicts.name_key(*_split(n)).full for n in check.adverse_names}
    names = []
    if party.given_names or party.family_names:
        names.append(conflicts.name_key(party.given_names, party.family_names).full)
    if party.organisation:
        names.append(conflicts.name_key("", party.organisation).full)
    if any(name not in checked for name in names):
        raise InvalidInput(
            "An adverse party was not part of the conflict check. Run the check "
            "again with every adverse party (the person and the organisation), then "
            "open the case."
        )


def _fields_of(kind: str) -> tuple[str, ...]:
    return rec.record_fields(rec.KINDS[kind])
