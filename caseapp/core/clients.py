"""Client identity: name parts rather than a forced first/last, and a date of birth.

The domain issue extends this with identifiers, contacts and the rest.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields
from datetime import date

from caseapp.core.errors import InvalidInput

MAX_NAME_CHARS = 200
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class ClientIdentity:
    """What intake records first. Names are kept exactly as the client gives them."""

    given_names: str
    family_names: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None


IDENTITY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ClientIdentity))


@dataclass(frozen=True, slots=True)
class Client:
    uuid: str
    identity: ClientIdentity
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str

    @property
    def display_name(self) -> str:
        ident = self.identity
        return " ".join(p for p in (ident.given_names, ident.family_names) if p)


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """One search hit: enough for a list row."""

    uuid: str
    given_names: str
    family_names: str
    preferred_name: str
    date_of_birth: date | None


def clean_name(value: str, label: str, *, required: bool = False) -> str:
    """NFC, surrounding space trimmed, inner runs of space collapsed; no control characters."""
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if required and not text:
        raise InvalidInput(f"{label} is required.")
    if len(text) > MAX_NAME_CHARS:
        raise InvalidInput(f"{label} is longer than {MAX_NAME_CHARS} characters.")
    for ch in text:
        category = unicodedata.category(ch)
        # Cc: control characters; Cf (format) is allowed only as the joiners
        # some scripts need (ZWJ, ZWNJ), never bidi overrides.
        # Cs: a lone surrogate is not a character at all (and cannot be stored).
        if category in ("Cc", "Cs") or (category == "Cf" and ch not in "\u200c\u200d"):
            raise InvalidInput(f"{label} contains an invisible control character; retype it.")
    return text


def validate_identity(identity: ClientIdentity, *, today: date | None = None) -> ClientIdentity:
    """Return a cleaned copy, or raise InvalidInput saying which field is wrong."""
    dob = identity.date_of_birth
    if dob is not None:
        limit = today or date.today()
        if dob > limit:
            raise InvalidInput("Date of birth is in the future.")
        if dob < EARLIEST_BIRTH:
            raise InvalidInput("Date of birth is before 1900; check the year.")
    return ClientIdentity(
        given_names=clean_name(identity.given_names, "Given name(s)", required=True),
        family_names=clean_name(identity.family_names, "Family name(s)"),
        preferred_name=clean_name(identity.preferred_name, "Preferred name"),
        date_of_birth=dob,
    )
