"""Countries (ISO 3166-1) and languages (ISO 639-3), read from what intake types.

``parse_country`` returns the alpha-2 code upper case ("MX"); ``parse_language``
returns the ISO 639-3 code lower case ("spa", "mam", "quc"). Both take a code or
the English name, in any case, with or without accents ("Peru", "Perú").

The tables come from pycountry and are built once, on first use: pycountry
reads its JSON files lazily, and a dictionary lookup is what a 100k-row import
needs. Errors are ``InvalidInput`` subclasses with fixed text; the value typed
never appears in a message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

import pycountry

from caseapp.core.errors import InvalidInput

# Longer than any country or language name pycountry knows (the longest are
# about 60 characters); nothing longer is normalised or looked up.
MAX_INPUT_CHARS = 100
# Lists hold a handful of citizenships or languages; the caps keep a paste of a
# whole document from being split and looked up piece by piece.
MAX_LIST_ITEMS = 20
MAX_LIST_CHARS = 1000

# Kosovo has no ISO 3166-1 code; XK is the user-assigned code that USCIS, the
# State Department and the EU use, so it is the one exception allowed.
KOSOVO = "XK"
_KOSOVO_NAME = "Kosovo"

# Names people write that are neither pycountry's name, official name nor
# common name. Only unambiguous ones: "Korea" or "Congo" alone is not here
# ("Congo" is pycountry's name for the Republic of the Congo, CG).
_COUNTRY_ALIASES: Mapping[str, str] = {
    "Russia": "RU",
    "Turkey": "TR",
    "Ivory Coast": "CI",
    "Cape Verde": "CV",
    "Burma": "MM",
    "Palestine": "PS",
    "State of Palestine": "PS",
    "Micronesia": "FM",
    "Macedonia": "MK",
    "Brunei": "BN",
    "Swaziland": "SZ",
    "Democratic Republic of the Congo": "CD",
    "DR Congo": "CD",
    "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG",
    "East Timor": "TL",
    "Vatican": "VA",
    "Vatican City": "VA",
    "Great Britain": "GB",
    "Britain": "GB",
    "Macau": "MO",
    _KOSOVO_NAME: KOSOVO,
    "Republic of Kosovo": KOSOVO,
}

# English names interpreters and clients use that differ from ISO 639-3's.
_LANGUAGE_ALIASES: Mapping[str, str] = {
    "Haitian Creole": "hat",
    "Pashto": "pus",
    "Farsi": "fas",
    "Mandarin": "cmn",
    "Cantonese": "yue",
    "Punjabi": "pan",
    "Quiché": "quc",
    "Q'eqchi'": "kek",
}

# pycountry names that add "(macrolanguage)" to tell a macrolanguage from an
# individual language of the same name; typed "Swahili" means the macrolanguage.
_MACROLANGUAGE_SUFFIX = " (macrolanguage)"

# Apostrophe look-alikes: Mayan names are written K'iche', Kʼicheʼ or Kiche.
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032]")
_DASHES = re.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_LEADING_THE = re.compile(r"^the\s+")
_CODE_LETTERS = re.compile(r"[A-Za-z]{2,3}")


class InvalidCountry(InvalidInput):
    default_message = "Use a country code such as MX or GT, or the country's English name."


class InvalidLanguage(InvalidInput):
    default_message = (
        "Use a language code such as es or mam, or the language's English name, "
        "such as Spanish or K'iche'."
    )


_AMBIGUOUS_LANGUAGE = (
    "Several languages have that name; enter the three-letter ISO 639-3 code instead, "
    "for example mam for Mam."
)


def _name_key(text: str) -> str:
    """Fold case, accents, apostrophes, dashes and spacing so names compare as people mean them."""
    # NFKC first turns fullwidth letters (from East Asian keyboards) into ASCII.
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DASHES.sub(" ", _APOSTROPHES.sub("", text))
    return _LEADING_THE.sub("", " ".join(text.split()))


def _as_code(text: str) -> str | None:
    """The text upper-cased if it is 2 or 3 ASCII letters (a possible code), else None."""
    # The pattern admits only ASCII, so upper() cannot turn "ß" into "SS".
    return text.upper() if _CODE_LETTERS.fullmatch(text) else None


def _str_field(record: object, field: str) -> str | None:
    value = getattr(record, field, None)
    return value if isinstance(value, str) and value else None


def _prepare(text: str, error: type[InvalidInput], what: str) -> str:
    if len(text) > MAX_INPUT_CHARS:
        raise error(f"That is far too long for {what}. {error.default_message}")
    # NFKC turns fullwidth letters from East Asian keyboards ("ＭＸ") into ASCII.
    stripped = unicodedata.normalize("NFKC", text).strip()
    if not stripped:
        raise error(f"Enter {what}. {error.default_message}")
    return stripped


# --- countries -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _CountryTables:
    by_alpha2: Mapping[str, str]  # alpha-2 -> display name
    by_alpha3: Mapping[str, str]  # alpha-3 -> alpha-2
    by_name: Mapping[str, str]  # name key -> alpha-2


@cache
def _country_tables() -> _CountryTables:
    by_alpha2: dict[str, str] = {}
    by_alpha3: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for record in pycountry.countries:
        alpha2 = _str_field(record, "alpha_2")
        alpha3 = _str_field(record, "alpha_3")
        name = _str_field(record, "name")
        if alpha2 is None or alpha3 is None or name is None:
            continue
        by_alpha2[alpha2] = _str_field(record, "common_name") or name
        by_alpha3[alpha3] = alpha2
        for field in ("name", "official_name", "common_name"):
            value = _str_field(record, field)
            if value:
                by_name.setdefault(_name_key(value), alpha2)
    by_alpha2[KOSOVO] = _KOSOVO_NAME
    for alias, alpha2 in _COUNTRY_ALIASES.items():
        by_name.setdefault(_name_key(alias), alpha2)
    return _CountryTables(by_alpha2, by_alpha3, by_name)


def parse_country(text: str) -> str:
    """Read a country: alpha-2, alpha-3 or English name; return the alpha-2 code (upper case)."""
    stripped = _prepare(text, InvalidCountry, "a country")
    tables = _country_tables()
    code = _as_code(stripped)
    if code is not None:
        if code in tables.by_alpha2:
            return code
        if code in tables.by_alpha3:
            return tables.by_alpha3[code]
    found = tables.by_name.get(_name_key(stripped))
    if found is None:
        raise InvalidCountry()
    return found


def country_name(code: str) -> str:
    """The English name shown for an alpha-2 code: the common name where ISO's is stiff."""
    found = _as_code(code.strip()) if len(code) <= MAX_INPUT_CHARS else None
    name = _country_tables().by_alpha2.get(found) if found else None
    if name is None:
        raise InvalidCountry("That is not a country code caseapp knows; use one such as MX or GT.")
    return name


def country_codes() -> tuple[str, ...]:
    """Every alpha-2 code accepted, XK included, sorted."""
    return tuple(sorted(_country_tables().by_alpha2))


# --- languages -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _LanguageTables:
    by_alpha3: Mapping[str, str]  # ISO 639-3 -> display name
    by_alpha2: Mapping[str, str]  # ISO 639-1 -> ISO 639-3
    by_name: Mapping[str, str]  # name key -> ISO 639-3
    ambiguous: frozenset[str]  # name keys that more than one language has


def _accepted_language(record: object) -> bool:
    # Individual languages and macrolanguages that are living: the field records
    # what a client speaks, so an extinct, historical or constructed language
    # code is almost surely a typo for a nearby code.
    return _str_field(record, "scope") in ("I", "M") and _str_field(record, "type") == "L"


@cache
def _language_tables() -> _LanguageTables:
    by_alpha3: dict[str, str] = {}
    by_alpha2: dict[str, str] = {}
    names: dict[str, set[str]] = {}
    for record in pycountry.languages:
        alpha3 = _str_field(record, "alpha_3")
        name = _str_field(record, "name")
        if alpha3 is None or name is None or not _accepted_language(record):
            continue
        # "Swahili (macrolanguage)" reads as "Swahili" on screen; the individual
        # language keeps its "(individual language)" and so stays distinct.
        shown = _str_field(record, "common_name") or name
        by_alpha3[alpha3] = shown.removesuffix(_MACROLANGUAGE_SUFFIX)
        alpha2 = _str_field(record, "alpha_2")
        if alpha2:
            by_alpha2[alpha2] = alpha3
        for field in ("name", "inverted_name", "common_name"):
            value = _str_field(record, field)
            if value:
                names.setdefault(_name_key(value), set()).add(alpha3)
    by_name = {key: next(iter(codes)) for key, codes in names.items() if len(codes) == 1}
    ambiguous = frozenset(key for key, codes in names.items() if len(codes) > 1)
    extra: dict[str, str] = {}
    for key in names:
        if key.endswith(_MACROLANGUAGE_SUFFIX) and key in by_name:
            extra[key.removesuffix(_MACROLANGUAGE_SUFFIX)] = by_name[key]
    extra.update({_name_key(alias): alpha3 for alias, alpha3 in _LANGUAGE_ALIASES.items()})
    for key, alpha3 in extra.items():
        if alpha3 in by_alpha3 and key not in ambiguous:
            by_name.setdefault(key, alpha3)
    return _LanguageTables(by_alpha3, by_alpha2, by_name, ambiguous)


def parse_language(text: str) -> str:
    """Read a language: ISO 639-1, ISO 639-3 or English name; return the 639-3 code (lower case)."""
    stripped = _prepare(text, InvalidLanguage, "a language")
    tables = _language_tables()
    code = _as_code(stripped)
    # Two or three letters are read as a code first: "Ari" is the code of
    # Arikara although another language is named Ari. Names that short are rare.
    if code is not None:
        lower = code.lower()
        if lower in tables.by_alpha3:
            return lower
        if lower in tables.by_alpha2:
            return tables.by_alpha2[lower]
    key = _name_key(stripped)
    found = tables.by_name.get(key)
    if found is not None:
        return found
    if key in tables.ambiguous:
        raise InvalidLanguage(_AMBIGUOUS_LANGUAGE)
    raise InvalidLanguage()


def language_name(code: str) -> str:
    """The English name of an ISO 639-3 code, as ISO writes it ("Mandarin Chinese", "K'iche'")."""
    found = _as_code(code.strip()) if len(code) <= MAX_INPUT_CHARS else None
    name = _language_tables().by_alpha3.get(found.lower()) if found else None
    if name is None:
        raise InvalidLanguage(
            "That is not a language code caseapp knows; use an ISO 639-3 code such as spa or mam."
        )
    return name


# --- lists -----------------------------------------------------------------

# No English country or language name has more than one comma ("Korea,
# Republic of"); a test keeps this true as pycountry changes.
MAX_CHUNKS_PER_NAME = 2

_ORDINALS = ("1st", "2nd", "3rd")


def _ordinal(n: int) -> str:
    return _ORDINALS[n - 1] if n <= len(_ORDINALS) else f"{n}th"


def _parses(text: str, parse: Callable[[str], str]) -> bool:
    try:
        parse(text)
    except InvalidInput:
        return False
    return True


def _pieces(text: str, parse: Callable[[str], str]) -> Iterator[str]:
    """Split on ";" then ",", rejoining commas inside a name ("Korea, Republic of")."""
    for part in text.split(";"):
        chunks = part.split(",")
        start = 0
        while start < len(chunks):
            # The longest run of chunks that reads as one entry wins; failing
            # that the chunk goes on alone, to be reported by its own error.
            longest = min(len(chunks), start + MAX_CHUNKS_PER_NAME)
            end = next(
                (
                    stop
                    for stop in range(longest, start + 1, -1)
                    if _parses(",".join(chunks[start:stop]), parse)
                ),
                start + 1,
            )
            yield ",".join(chunks[start:end])
            start = end


def _parse_list(
    value: str | Iterable[str],
    parse: Callable[[str], str],
    error: type[InvalidInput],
    what: str,
) -> tuple[str, ...]:
    if isinstance(value, str):
        if len(value) > MAX_LIST_CHARS:
            raise error(f"That list is far too long; list at most {MAX_LIST_ITEMS} {what}.")
        items: Iterable[str] = _pieces(value, parse)
    else:
        items = value
    result: list[str] = []
    position = 0
    for item in items:
        if not item.strip():
            continue  # "MX, , GT" and a trailing comma are slips, not entries
        position += 1
        if position > MAX_LIST_ITEMS:
            raise error(f"List at most {MAX_LIST_ITEMS} {what}.")
        try:
            code = parse(item)
        except InvalidInput as exc:
            raise error(f"Check the {_ordinal(position)} of the {what} listed. {exc}") from None
        if code not in result:
            result.append(code)
    return tuple(result)


def parse_country_list(value: str | Iterable[str]) -> tuple[str, ...]:
    """Countries from strings or one "MX, GT; Honduras" string: alpha-2 codes, order kept."""
    return _parse_list(value, parse_country, InvalidCountry, "countries")


def parse_language_list(value: str | Iterable[str]) -> tuple[str, ...]:
    """Languages from strings or one "es, mam" string; the first is the primary language."""
    return _parse_list(value, parse_language, InvalidLanguage, "languages")
