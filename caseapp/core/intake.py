"""A new client as planned by an import (CSV, JSON, synthetic data) before it is stored.

The parsers in ``core.intake_csv`` and ``core.intake_json`` build plans; the
service layer validates each against the vault (conflict check, references)
and stores them in one audited act.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile


@dataclass(frozen=True, slots=True)
class PlannedDocument:
    """A file to store with a new client (bytes checked by ``core.documents`` on the way in)."""

    uuid: str
    filename: str
    content: bytes = field(repr=False)
    case_uuid: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class ClientPlan:
    """One client to create: identity, profile, first records as (uuid, record).

    Records refer to each other by those UUIDs (a party's ``case_uuid`` is the
    UUID planned for its case). ``conflict_decision`` is needed only when the
    plan opens cases and the conflict check finds possible conflicts: then it
    must be ``cleared`` (reviewed) for the cases to open.
    """

    identity: ClientIdentity
    profile: ClientProfile = field(default_factory=ClientProfile)
    records: tuple[tuple[str, rec.Record], ...] = ()
    documents: tuple[PlannedDocument, ...] = ()
    conflict_decision: str = ""
    conflict_note: str = ""
    # Where the plan came from, for messages: "line 12" or "cases[0]".
    source: str = ""
