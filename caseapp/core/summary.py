"""What a printed case summary holds, per redaction profile (DESIGN.md §7).

Pure rules, no PDF: ``build`` turns a client file into sections of label /
value rows and paragraphs; ``caseapp.reports`` lays them out. Profiles:

- ``full`` (for the attorney): everything, tier-1 values shown — the file must
  have been read with a reveal, which is its own audit entry.
- ``client`` (the client's own copy, which may be found by someone else at
  home): numbers masked to their last digits, no safety details, only the
  contacts marked safe, no privileged or sensitive notes.
- ``referral`` (to another organisation): no tier-1 fields at all (numbers,
  addresses, safety, sensitive notes) and no privileged notes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from caseapp.core import case_codes as cc
from caseapp.core import records as rec
from caseapp.core.eligibility import EligibilityResult
from caseapp.core.errors import InvalidInput

RECENT_NOTES = 10
_DONE = ("received", "not_applicable")  # checklist statuses that need nothing more
UPCOMING_DAYS = 90
MAX_NOTE_CHARS = 4000  # a longer note is cut, with a mark, so a summary stays a summary


class Profile(enum.StrEnum):
    FULL = "full"
    CLIENT = "client"
    REFERRAL = "referral"

    @property
    def label(self) -> str:
        return {
            Profile.FULL: "Full (attorney)",
            Profile.CLIENT: "Client copy",
            Profile.REFERRAL: "Referral",
        }[self]


def parse_profile(text: str) -> Profile:
    try:
        return Profile(text.strip().lower())
    except ValueError:
        raise InvalidInput("The profile is one of: full, client, referral.") from None


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    rows: tuple[tuple[str, str], ...] = ()
    paragraphs: tuple[str, ...] = ()
    empty: str = "None recorded."


@dataclass(frozen=True, slots=True)
class CaseSummary:
    client_name: str
    profile: Profile
    sections: tuple[Section, ...]
    generated_by: str
    generated_at: datetime
    checkpoint: str  # "sequence:short chain head"


def all_text(summary: CaseSummary) -> str:
    """Every piece of text the summary prints (to check the fonts can draw it)."""
    parts = [summary.client_name, summary.generated_by]
    for section in summary.sections:
        parts.append(section.title)
        for label, value in section.rows:
            parts += [label, value]
        parts += list(section.paragraphs)
    return "\n".join(parts)


def needs_reveal(profile: Profile) -> bool:
    """Only the full profile shows tier-1 values (read with a reveal)."""
    return profile is Profile.FULL


def _label(vocabulary: cc.Vocabulary, key: str) -> str:
    return vocabulary.label(key) if key in vocabulary else key


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _name(given: str, family: str) -> str:
    return " ".join(p for p in (given, family) if p)


def _client(file: rec.ClientFile) -> Section:
    ident, profile = file.client.identity, file.client.profile
    rows = [("Name", file.client.display_name)]
    if ident.preferred_name:
        rows.append(("Preferred name", ident.preferred_name))
    rows += [
        ("Date of birth", _d(ident.date_of_birth)),
        ("Sex or gender (as stated)", profile.gender),
        ("Pronouns", profile.pronouns),
        ("Country of birth", profile.country_of_birth),
        ("Citizenship", ", ".join(profile.citizenships)),
        ("Languages", ", ".join(profile.languages)),
        ("Interpreter needed", _yes(profile.interpreter_needed)),
        ("Immigration status", _label(cc.IMMIGRATION_STATUSES, profile.immigration_status)),
        ("Status expires", _d(profile.status_expires)),
        ("Client id", file.client.uuid),
    ]
    rows += [
        ("Also known as", _name(a.record.given_names, a.record.family_names))
        for a in file.of(rec.Alias)
    ]
    return Section("Client", tuple((k, v) for k, v in rows if v))


def _numbers(file: rec.ClientFile, profile: Profile) -> Section | None:
    if profile is Profile.REFERRAL:
        return None
    rows = []
    for st_identifier in file.of(rec.Identifier):
        record = st_identifier.record
        parsed = (
            rec.parse_identifier(record.kind, record.value) if not st_identifier.hidden else None
        )
        if profile is Profile.FULL and parsed is not None:
            shown = parsed.display
        elif parsed is not None:
            shown = parsed.masked
        else:
            shown = record.value  # already the service's masked form
        rows.append((rec.IDENTIFIER_KINDS.label(record.kind), shown))
    return Section("A-number, ITIN, SSN", tuple(rows))


def _contacts(file: rec.ClientFile, profile: Profile) -> Section:
    rows: list[tuple[str, str]] = []
    for st_phone in file.of(rec.Phone):
        phone = st_phone.record
        safe = [
            w
            for w, on in (
                ("call", phone.safe_to_call),
                ("text", phone.safe_to_text),
                ("voicemail", phone.safe_to_voicemail),
            )
            if on
        ]
        if profile is not Profile.FULL and not (phone.safe_to_call or phone.safe_to_text):
            continue
        note = "safe to " + ", ".join(safe) if safe else "NOT safe to call, text or leave voicemail"
        rows.append(
            (f"Phone{' (' + phone.label + ')' if phone.label else ''}", f"{phone.number} — {note}")
        )
    for st_email in file.of(rec.Email):
        email = st_email.record
        if profile is not Profile.FULL and not email.safe_to_email:
            continue
        note = "safe to e-mail" if email.safe_to_email else "NOT safe to e-mail"
        rows.append(("E-mail", f"{email.address} — {note}"))
    if profile is not Profile.REFERRAL:
        for st_address in file.of(rec.Address):
            address = st_address.record
            if st_address.hidden or (profile is Profile.CLIENT and not address.safe_to_mail):
                continue
            line = ", ".join(
                x
                for x in (
                    address.line1,
                    address.line2,
                    address.city,
                    address.region,
                    address.postal_code,
                    address.country,
                )
                if x
            )
            note = "safe to mail" if address.safe_to_mail else "NOT safe to mail"
            rows.append((f"Address{' (current)' if address.current else ''}", f"{line} — {note}"))
    if profile is Profile.FULL:
        for st_safety in file.of(rec.Safety):
            safety = st_safety.record
            flags = [
                w
                for w, on in (
                    ("domestic violence", safety.domestic_violence),
                    ("trafficking", safety.trafficking),
                )
                if on
            ]
            rows.append(("Safety", ", ".join(flags) or "no flags"))
            if safety.code_word:
                rows.append(("Code word", safety.code_word))
            if safety.alternate_contact:
                rows.append(("Safe alternate contact", safety.alternate_contact))
    return Section("Contacts (respecting safety flags)", tuple(rows))


def _immigration(file: rec.ClientFile) -> Section:
    rows: list[tuple[str, str]] = []
    for st_entry in file.of(rec.Entry):
        entry = st_entry.record
        rows.append(
            (
                "Entry",
                ", ".join(
                    x
                    for x in (
                        _d(entry.entry_date),
                        entry.place,
                        _label(cc.ENTRY_MANNERS, entry.manner),
                    )
                    if x
                ),
            )
        )
    for st_application in file.of(rec.Application):
        app = st_application.record
        parts = [
            _label(cc.APPLICATION_FORMS, app.form),
            app.receipt_number,
            _label(cc.APPLICATION_STATUSES, app.status),
        ]
        if app.filed_on:
            parts.append("filed " + _d(app.filed_on))
        rows.append(("Application", ", ".join(x for x in parts if x)))
    for st_proceeding in file.of(rec.Proceeding):
        proc = st_proceeding.record
        rows.append(
            (
                "Proceeding",
                ", ".join(
                    x
                    for x in (
                        _label(cc.PROCEEDING_KINDS, proc.kind),
                        proc.court,
                        proc.judge,
                        _label(cc.PROCEEDING_STATUSES, proc.status),
                    )
                    if x
                ),
            )
        )
    for st_detention in file.of(rec.Detention):
        det = st_detention.record
        rows.append(
            (
                "Detention",
                ", ".join(
                    x
                    for x in (
                        det.facility,
                        _d(det.detained_on),
                        "released " + _d(det.released_on) if det.released_on else "",
                    )
                    if x
                ),
            )
        )
    return Section("Immigration history", tuple(rows))


def _cases(file: rec.ClientFile) -> Section:
    rows: list[tuple[str, str]] = []
    checklist: dict[str, list[rec.ChecklistItem]] = {}
    for st_checklistitem in file.of(rec.ChecklistItem):
        checklist.setdefault(st_checklistitem.record.case_uuid, []).append(st_checklistitem.record)
    for st_case in file.of(rec.Case):
        case = st_case.record
        parts = [
            f"{_label(cc.SUBCODE_VOCABULARY, case.subcode)} (LSC {case.lsc_code})",
            _label(cc.CASE_STATUSES, case.status),
            "opened " + _d(case.opened_on),
        ]
        if case.closed_on:
            parts.append("closed " + _d(case.closed_on))
        if case.closing_code:
            parts.append("closing code " + case.closing_code)
        if case.funding_source:
            parts.append("funding " + case.funding_source)
        if case.outcome:
            parts.append("outcome: " + case.outcome)
        rows.append(("Case", ", ".join(parts)))
        items = checklist.get(st_case.uuid, [])
        if items:
            done = sum(1 for i in items if i.status in _DONE)
            missing = [i.label for i in items if i.status not in _DONE]
            rows.append(
                (
                    "Documents",
                    f"{done} of {len(items)} in; still needed: {', '.join(missing) or 'none'}",
                )
            )
    return Section("Cases", tuple(rows))


def _upcoming(file: rec.ClientFile, today: date) -> Section:
    until = today + timedelta(days=UPCOMING_DAYS)
    items: list[tuple[datetime, str, str]] = []
    for st_hearing in file.of(rec.Hearing):
        hearing = st_hearing.record
        if today <= hearing.starts_at.date() <= until:
            what = ", ".join(
                x
                for x in (_label(cc.HEARING_KINDS, hearing.kind), hearing.location, hearing.judge)
                if x
            )
            items.append(
                (hearing.starts_at, "Hearing", f"{hearing.starts_at:%Y-%m-%d %H:%M} — {what}")
            )
    for st_checkin in file.of(rec.CheckIn):
        check = st_checkin.record
        if today <= check.at.date() <= until:
            items.append((check.at, "ICE check-in", f"{check.at:%Y-%m-%d %H:%M} — {check.office}"))
    for st_deadline in file.of(rec.Deadline):
        deadline = st_deadline.record
        if deadline.done_on is None and deadline.due_on <= until:
            late = " (OVERDUE)" if deadline.due_on < today else ""
            items.append(
                (
                    datetime.combine(deadline.due_on, datetime.min.time()),
                    "Deadline",
                    f"{_d(deadline.due_on)}{late} — {deadline.title}",
                )
            )
    items.sort(key=lambda item: item[0])
    return Section(
        f"Hearings and deadlines (overdue, and the next {UPCOMING_DAYS} days)",
        tuple((k, v) for _, k, v in items),
    )


def _household(file: rec.ClientFile, eligibility: EligibilityResult | None) -> Section:
    rows: list[tuple[str, str]] = [("Household size", str(file.household_size))]
    for st_householdmember in file.of(rec.HouseholdMember):
        member = st_householdmember.record
        rows.append(
            (
                "Member",
                ", ".join(
                    x
                    for x in (
                        _name(member.given_names, member.family_names),
                        _label(cc.RELATIONSHIPS, member.relationship),
                        _d(member.date_of_birth),
                        "" if member.in_household else "not in the household",
                    )
                    if x
                ),
            )
        )
    if eligibility is not None:
        rows.append(("Yearly income", f"${eligibility.annual_income:,.2f}"))
        rows.append(
            (
                "Poverty guideline",
                f"{eligibility.percent:.1f}% of the {eligibility.year} guideline "
                f"(${eligibility.guideline:,})",
            )
        )
        met = ", ".join(t.label for t in eligibility.at_or_under)
        rows.append(("At or under", met or "none of the thresholds"))
    return Section("Household and eligibility", tuple(rows))


def _notes(file: rec.ClientFile, profile: Profile, limit: int | None) -> Section:
    paragraphs: list[str] = []
    for st_note in file.of(rec.Note):
        note = st_note.record
        if profile is not Profile.FULL and (note.privileged or note.sensitive or st_note.hidden):
            continue
        if st_note.hidden:
            continue  # masked in this read: nothing to print
        body = (
            note.body if len(note.body) <= MAX_NOTE_CHARS else note.body[:MAX_NOTE_CHARS] + " […]"
        )
        marks = [
            m for m, on in (("privileged", note.privileged), ("sensitive", note.sensitive)) if on
        ]
        head = f"{st_note.created_at[:10]} · {st_note.created_by}" + (
            f" · {', '.join(marks)}" if marks else ""
        )
        paragraphs.append(f"{head}\n{body}")
        if limit is not None and len(paragraphs) >= limit:
            break
    title = "Recent notes" if limit is not None else "Notes (all, newest first)"
    return Section(title, paragraphs=tuple(paragraphs))


def build(
    file: rec.ClientFile,
    profile: Profile,
    *,
    eligibility: EligibilityResult | None,
    generated_by: str,
    generated_at: datetime,
    checkpoint: str,
    today: date | None = None,
    notes: int | None = RECENT_NOTES,
) -> CaseSummary:
    """The sections of a case summary for ``profile``, with the ``notes`` newest
    notes the profile may show (``None``: all the file holds). The full profile
    needs a file read with a reveal; printing it from a masked read is refused."""
    if needs_reveal(profile) and not file.revealed:
        raise InvalidInput("A full summary needs the file revealed first (it is recorded).")
    day = today or generated_at.date()
    sections: list[Section | None] = [
        _client(file),
        _numbers(file, profile),
        _contacts(file, profile),
        _immigration(file),
        _cases(file),
        _upcoming(file, day),
        _household(file, eligibility),
        _notes(file, profile, notes),
    ]
    return CaseSummary(
        client_name=file.client.display_name,
        profile=profile,
        sections=tuple(s for s in sections if s is not None),
        generated_by=generated_by,
        generated_at=generated_at,
        checkpoint=checkpoint,
    )
