"""How the case-work commands print: text for a terminal, dictionaries for --json.

Loaded only when such a command runs (it pulls in the whole domain).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from caseapp.core import case_codes
from caseapp.core import records as rec
from caseapp.core.clients import ClientSummary
from caseapp.core.conflicts import ConflictHit
from caseapp.core.eligibility import EligibilityResult
from caseapp.services.casework import ConflictReport, Dashboard, DashboardItem, NoteHit


def summary_json(c: ClientSummary) -> dict[str, object]:
    return {
        "uuid": c.uuid,
        "given_names": c.given_names,
        "family_names": c.family_names,
        "preferred_name": c.preferred_name,
        "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
    }


def summary_line(c: ClientSummary) -> str:
    dob = c.date_of_birth.isoformat() if c.date_of_birth else "-"
    name = ", ".join(p for p in (c.family_names, c.given_names) if p)
    return f"{c.uuid}\t{name}\t{dob}"


def note_json(h: NoteHit) -> dict[str, object]:
    return {
        "note_uuid": h.note_uuid,
        "client_uuid": h.client_uuid,
        "client_name": h.client_name,
        "case_uuid": h.case_uuid or None,
        "created_at": h.created_at,
        "created_by": h.created_by,
        "snippet": h.snippet,
    }


def hit_json(h: ConflictHit) -> dict[str, object]:
    c = h.candidate
    return {
        "kind": c.kind,
        "client_uuid": c.client_uuid,
        "record_uuid": c.record_uuid,
        "given_names": c.given,
        "family_names": c.family,
        "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
        "score": h.score,
        "reasons": list(h.reasons),
    }


def render_conflicts(report: ConflictReport) -> list[str]:
    if not report.hits:
        lines = ["No possible conflicts found."]
    else:
        lines = [f"{len(report.hits)} possible conflict(s), strongest first:"]
        for h in report.hits:
            c = h.candidate
            who = " ".join(p for p in (c.given, c.family) if p) or "(name withheld)"
            dob = f", born {c.date_of_birth.isoformat()}" if c.date_of_birth else ""
            lines.append(f"  {h.score:3d}  {who}{dob}  [{c.kind}, client {c.client_uuid}]")
            lines.append(f"       {'; '.join(h.reasons)}")
    if report.names_withheld and report.hits:
        lines.append("Names are withheld for intake staff: ask a paralegal or attorney to review.")
    if report.incomplete:
        lines.append(
            "The name is very common: only the most recent matches were checked. "
            "Add the date of birth or the full name."
        )
    return lines


def item_json(i: DashboardItem) -> dict[str, object]:
    return {
        "kind": i.kind,
        "date": i.when.isoformat(),
        "time": i.at.strftime("%H:%M") if i.at else None,
        "title": i.title,
        "client_uuid": i.client_uuid,
        "client_name": i.client_name,
        "case_uuid": i.case_uuid or None,
        "record_uuid": i.record_uuid,
    }


def render_dashboard(board: Dashboard) -> list[str]:
    def line(i: DashboardItem) -> str:
        when = i.when.isoformat() + (f" {i.at.strftime('%H:%M')}" if i.at else "")
        return f"  {when:<16}  {i.title}  —  {i.client_name}"

    lines = [f"One-year asylum deadlines (missed, and the next {max(board.days, 90)} days):"]
    lines += [
        line(i) + ("  MISSED" if i.when < board.today else "") for i in board.asylum_deadlines
    ] or ["  none"]
    lines.append(f"Overdue (the last 90 days, before {board.today.isoformat()}):")
    lines += [line(i) for i in board.overdue] or ["  none"]
    if board.older_overdue:
        lines.append(
            f"  … and {board.older_overdue:,} open deadlines or tasks due more than 90 days "
            "ago: close or re-date them."
        )
    lines.append(f"Next {board.days} days:")
    lines += [line(i) for i in board.upcoming] or ["  none"]
    if board.truncated:
        lines.append("(Some lists were cut at 200 items, the soonest kept.)")
    return lines


def _label(vocabulary: case_codes.Vocabulary, key: str) -> str:
    return vocabulary.label(key) if key in vocabulary else key


def _d(value: date | None) -> str:
    return value.isoformat() if value else "-"


def _flags(**flags: bool) -> str:
    on = [name.replace("_", " ") for name, value in flags.items() if value]
    return ", ".join(on) if on else "none"


def _one_line(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]


def _record_lines(file: rec.ClientFile) -> list[tuple[str, list[str]]]:
    """(section title, rows) for every record kind except cases and notes."""
    names = [f"{r.given_names} {r.family_names} ({r.kind})" for r in _all(file, rec.Alias)]
    numbers = []
    for s in file.of(rec.Identifier):
        r = s.record
        shown = r.value if s.hidden else rec.parse_identifier(r.kind, r.value).display
        numbers.append(f"{_label(rec.IDENTIFIER_KINDS, r.kind)}: {shown}")
    phones = [
        f"{r.number} {r.label}  safe: "
        + _flags(call=r.safe_to_call, text=r.safe_to_text, voicemail=r.safe_to_voicemail)
        for r in _all(file, rec.Phone)
    ]
    emails = [f"{r.address}  safe: {_flags(email=r.safe_to_email)}" for r in _all(file, rec.Email)]
    addresses = []
    for a in _all(file, rec.Address):
        parts = (a.line1, a.line2, a.city, a.region, a.postal_code, a.country)
        mail = "yes" if a.safe_to_mail else "no"
        addresses.append(", ".join(x for x in parts if x) + f"  safe to mail: {mail}")
    safety = [
        f"Code word: {r.code_word or '-'}; alternate contact: {r.alternate_contact or '-'}; "
        f"flags: {_flags(domestic_violence=r.domestic_violence, trafficking=r.trafficking)}"
        for r in _all(file, rec.Safety)
    ]
    household = []
    for m in _all(file, rec.HouseholdMember):
        relation = _label(case_codes.RELATIONSHIPS, m.relationship)
        household.append(
            f"{m.given_names} {m.family_names} ({relation}, born {_d(m.date_of_birth)})"
        )
    income = [f"{r.amount} {r.frequency} ({r.source})" for r in _all(file, rec.Income)]
    entries = [
        f"{_d(r.entry_date)} {r.place} — {_label(case_codes.ENTRY_MANNERS, r.manner)}"
        for r in _all(file, rec.Entry)
    ]
    applications = [
        f"{r.form} {r.receipt_number} filed {_d(r.filed_on)}: "
        + _label(case_codes.APPLICATION_STATUSES, r.status)
        for r in _all(file, rec.Application)
    ]
    proceedings = [
        f"{_label(case_codes.PROCEEDING_KINDS, r.kind)} at {r.court or '-'} "
        f"({_label(case_codes.PROCEEDING_STATUSES, r.status)})"
        for r in _all(file, rec.Proceeding)
    ]
    hearings = [
        f"{r.starts_at:%Y-%m-%d %H:%M} {_label(case_codes.HEARING_KINDS, r.kind)} "
        f"{r.location} {r.judge}"
        for r in _all(file, rec.Hearing)
    ]
    check_ins = [f"{r.at:%Y-%m-%d %H:%M} {r.office}" for r in _all(file, rec.CheckIn)]
    detention = [
        f"{r.facility} {_d(r.detained_on)} – {_d(r.released_on)}" for r in _all(file, rec.Detention)
    ]
    deadlines = [
        f"{_d(r.due_on)} {r.title}" + (f" (done {_d(r.done_on)})" if r.done_on else "")
        for r in _all(file, rec.Deadline)
    ]
    tasks = [f"{_d(r.due_on)} {r.title} {r.assigned_to}" for r in _all(file, rec.Task)]
    documents = [
        f"{r.filename} ({r.media_type}, {r.size:,} bytes)" for r in _all(file, rec.Document)
    ]
    return [
        ("Other names", names),
        ("Numbers", numbers),
        ("Phones", phones),
        ("E-mail", emails),
        ("Addresses", addresses),
        ("Safety", safety),
        ("Household", household),
        ("Income", income),
        ("Entries", entries),
        ("Applications", applications),
        ("Proceedings", proceedings),
        ("Hearings", hearings),
        ("ICE check-ins", check_ins),
        ("Detention", detention),
        ("Deadlines", deadlines),
        ("Tasks", tasks),
        ("Documents", documents),
    ]


def _all(file: rec.ClientFile, kind: type[rec.R]) -> list[rec.R]:
    return [s.record for s in file.of(kind)]


def _case_lines(file: rec.ClientFile, case: rec.Stored[rec.Case]) -> list[str]:
    r = case.record
    closed = f"; closed {_d(r.closed_on)} ({r.closing_code})" if r.closed_on else ""
    rows = [
        f"Status: {r.status}; opened {_d(r.opened_on)}{closed}",
        f"Problem code: {r.lsc_code or '-'}; funding: {r.funding_source or '-'}",
    ]
    for p in _all(file, rec.Party):
        if p.case_uuid == case.uuid:
            who = " ".join(x for x in (p.given_names, p.family_names, p.organisation) if x)
            rows.append(f"{p.role} party: {who}")
    items = [i for i in _all(file, rec.ChecklistItem) if i.case_uuid == case.uuid]
    if items:
        done = sum(1 for i in items if i.status in ("received", "not_applicable"))
        rows.append(f"Documents checklist: {done} of {len(items)} done")
    return rows


def eligibility_json(result: EligibilityResult) -> dict[str, object]:
    return {
        "year": result.year,
        "region": result.region.value,
        "household_size": result.household_size,
        "annual_income": str(result.annual_income),
        "guideline": result.guideline,
        "percent_of_guideline": str(result.percent),
        "at_or_under": [t.label for t in result.at_or_under],
        "over": [t.label for t in result.over],
    }


def eligibility_line(result: EligibilityResult) -> str:
    lines = ", ".join(f"{t.label} yes" for t in result.at_or_under) or ""
    over = ", ".join(f"{t.label} no" for t in result.over)
    marks = "; ".join(x for x in (lines, over) if x)
    return (
        f"${result.annual_income:,.2f} a year for {result.household_size}: "
        f"{result.percent}% of the {result.year} guideline (${result.guideline:,}) — {marks}"
    )


def render_file(file: rec.ClientFile, eligibility: EligibilityResult | None = None) -> list[str]:
    """The client's file as a paralegal reads it on a terminal."""
    c = file.client
    ident, prof = c.identity, c.profile
    preferred = f" ({ident.preferred_name})" if ident.preferred_name else ""
    pronouns = f" ({prof.pronouns})" if prof.pronouns else ""
    interpreter = "  (interpreter needed)" if prof.interpreter_needed else ""
    expires = f", expires {_d(prof.status_expires)}" if prof.status_expires else ""
    status = _label(case_codes.IMMIGRATION_STATUSES, prof.immigration_status)
    lines = [
        f"{ident.given_names} {ident.family_names}".strip() + preferred,
        f"  Client id:        {c.uuid}",
        f"  Date of birth:    {_d(ident.date_of_birth)}",
        f"  Sex/gender:       {prof.gender or '-'}{pronouns}",
        f"  Born in:          {prof.country_of_birth or '-'}",
        f"  Citizenship:      {', '.join(prof.citizenships) or '-'}",
        f"  Languages:        {', '.join(prof.languages) or '-'}{interpreter}",
        f"  Status:           {status}{expires}",
        f"  Last arrival:     {_d(file.last_arrival)}",
        f"  Household size:   {file.household_size}",
        f"  Eligibility:      {eligibility_line(eligibility) if eligibility else '-'}",
        f"  Created {c.created_at} by {c.created_by}; updated {c.updated_at} by {c.updated_by}",
    ]
    if not file.revealed:
        lines.append("  (A-numbers, ITINs, SSNs, addresses, safety details and sensitive notes")
        lines.append("   are masked: `client show ID --reveal` shows them, and is recorded.)")
    if file.safety_hidden:
        lines.append("  Safety information is on file (hidden).")

    def section(title: str, rows: Sequence[str]) -> None:
        if rows:
            lines.append("")
            lines.append(title)
            lines.extend(f"  {row}" for row in rows)

    for title, rows in _record_lines(file):
        section(title, rows)
    for case in file.of(rec.Case):
        name = case.record.title or _label(case_codes.SUBCODE_VOCABULARY, case.record.subcode)
        section(f"Case: {name} ({case.uuid})", _case_lines(file, case))
    notes = file.of(rec.Note)
    section(
        f"Notes ({len(notes)} of {file.notes_total}, newest first)",
        [
            f"{n.created_at[:16]} {n.created_by}: {_one_line(n.record.body)}"
            + (" [privileged]" if n.record.privileged else "")
            + (" [sensitive]" if n.record.sensitive else "")
            for n in notes
        ],
    )
    return lines
