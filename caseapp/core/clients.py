"""The client: identity (name parts rather than a forced first/last, a date of
birth) and profile (how the client describes themselves, countries, languages,
current immigration status). Everything else is a record (``core.records``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields
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
class ClientProfile:
    """What the client tells intake about themselves, kept as they state it."""

    # Sex or gender in the client's own words (free text, not a fixed list).
    gender: str = ""
    pronouns: str = ""
    country_of_birth: str = ""  # ISO 3166-1 alpha-2
    citizenships: tuple[str, ...] = ()  # ISO 3166-1 alpha-2, in the order given
    languages: tuple[str, ...] = ()  # ISO 639-3; the first is the preferred language
    interpreter_needed: bool = False
    interpreter_language: str = ""  # ISO 639-3; empty: the preferred language
    immigration_status: str = "unknown"
    status_expires: date | None = None
    # Poverty-guideline region: 48_states_dc, alaska or hawaii.
    region: str = "48_states_dc"


PROFILE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ClientProfile))


@dataclass(frozen=True, slots=True)
class Client:
    uuid: str
    identity: ClientIdentity
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    profile: ClientProfile = field(default_factory=ClientProfile)

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


def validate_profile(profile: ClientProfile, *, today: date | None = None) -> ClientProfile:
    """Return a cleaned copy of the profile, or raise InvalidInput naming the field."""
    # Imported here: codes loads pycountry's tables, which identity alone never needs.
    from caseapp.core import case_codes, codes
    from caseapp.core.eligibility import Region
    from caseapp.core.text import clean_line

    if type(profile.interpreter_needed) is not bool:
        raise InvalidInput("Interpreter needed must be yes or no.")
    languages = codes.parse_language_list(profile.languages)
    interpreter = profile.interpreter_language.strip()
    expires = profile.status_expires
    if expires is not None and (expires.year < 1900 or expires.year > 2200):
        raise InvalidInput("The status expiry date has an impossible year; check it.")
    try:
        region = Region(profile.region.strip().lower() or Region.STATES_48_DC)
    except ValueError:
        raise InvalidInput(
            "The region is one of: 48 states and DC (48_states_dc), alaska, hawaii."
        ) from None
    return ClientProfile(
        gender=clean_line(profile.gender, "Sex or gender", max_chars=100),
        pronouns=clean_line(profile.pronouns, "Pronouns", max_chars=50),
        country_of_birth=(
            codes.parse_country(profile.country_of_birth)
            if profile.country_of_birth.strip()
            else ""
        ),
        citizenships=codes.parse_country_list(profile.citizenships),
        languages=languages,
        interpreter_needed=profile.interpreter_needed,
        interpreter_language=codes.parse_language(interpreter) if interpreter else "",
        immigration_status=case_codes.IMMIGRATION_STATUSES.parse(
            profile.immigration_status or "unknown"
        ),
        status_expires=expires,
        region=region.value,
    )
