"""Countries and languages as intake types them: codes or English names, or a useful refusal."""

from __future__ import annotations

import pytest

from caseapp.core import codes
from caseapp.core.codes import (
    MAX_CHUNKS_PER_NAME,
    MAX_LIST_ITEMS,
    InvalidCountry,
    InvalidLanguage,
    country_codes,
    country_name,
    language_name,
    parse_country,
    parse_country_list,
    parse_language,
    parse_language_list,
)
from caseapp.core.errors import InvalidInput

# --- countries --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("MX", "MX"),
        ("mx", "MX"),
        ("  gt  ", "GT"),
        ("MEX", "MX"),
        ("gtm", "GT"),
        ("SLV", "SV"),
        ("Mexico", "MX"),
        ("méxico", "MX"),
        ("El Salvador", "SV"),
        ("el   salvador", "SV"),
        ("Guatemala", "GT"),
        ("Honduras", "HN"),
        ("Venezuela", "VE"),
        ("Venezuela, Bolivarian Republic of", "VE"),
        ("Bolivia", "BO"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("United Mexican States", "MX"),  # official name
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d\u2019Ivoire", "CI"),  # curly apostrophe
        ("Ivory Coast", "CI"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo", "CG"),
        ("the Gambia", "GM"),
        ("The Bahamas", "BS"),
        ("Guinea Bissau", "GW"),  # space for the hyphen
        ("Timor\u2013Leste", "TL"),  # en dash
        ("United States", "US"),
        ("USA", "US"),
        ("\uff2d\uff38", "MX"),  # fullwidth MX
        ("XK", "XK"),
        ("xk", "XK"),
        ("Kosovo", "XK"),
    ],
)
def test_parse_country_accepts_codes_and_names(typed: str, code: str) -> None:
    assert parse_country(typed) == code


@pytest.mark.parametrize(
    "typed",
    [
        "XX",
        "XA",  # user-assigned codes other than XK
        "XKX",
        "UK",  # exceptionally reserved, not a code; "United Kingdom" is
        "EU",
        "ZZ",
        "Korea",  # two countries
        "Atlantis",
        "Mexic",
        "M X",
        "484",  # numeric codes are not accepted
        "Yugoslavia",  # historic countries are not current countries
        "M\u0000X",
        "\ud800",
        "Mexico\ud800",
    ],
)
def test_parse_country_refuses(typed: str) -> None:
    with pytest.raises(InvalidCountry) as info:
        parse_country(typed)
    assert "MX or GT" in str(info.value)
    assert typed not in str(info.value)


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_parse_country_empty_says_enter(typed: str) -> None:
    with pytest.raises(InvalidCountry, match=r"^Enter a country"):
        parse_country(typed)


def test_parse_country_refuses_long_input_before_lookup() -> None:
    with pytest.raises(InvalidCountry, match="far too long"):
        parse_country("Mexico" + " " * 200)
    with pytest.raises(InvalidCountry, match="far too long"):
        parse_country("x" * 10_000)


def test_invalid_country_is_invalid_input() -> None:
    assert issubclass(InvalidCountry, InvalidInput)
    assert issubclass(InvalidLanguage, InvalidInput)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("MX", "Mexico"),
        ("BO", "Bolivia"),  # common name, not "Bolivia, Plurinational State of"
        ("VN", "Vietnam"),
        ("IR", "Iran"),
        ("TW", "Taiwan"),
        ("SV", "El Salvador"),
        ("XK", "Kosovo"),
        ("gt", "Guatemala"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


@pytest.mark.parametrize("code", ["XX", "", "MEX", "Mexico", "x" * 500, "\ud800"])
def test_country_name_refuses_unknown_codes(code: str) -> None:
    with pytest.raises(InvalidCountry):
        country_name(code)


def test_every_code_round_trips_through_its_name() -> None:
    all_codes = country_codes()
    assert "XK" in all_codes
    assert len(all_codes) == 250
    for code in all_codes:
        assert parse_country(code) == code
        assert parse_country(code.lower()) == code
        assert parse_country(country_name(code)) == code


# --- languages --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("es", "spa"),
        ("ES", "spa"),
        ("spa", "spa"),
        (" SPA ", "spa"),
        ("mam", "mam"),
        ("quc", "quc"),
        ("kjb", "kjb"),
        ("Spanish", "spa"),
        ("spanish", "spa"),
        ("Mam", "mam"),
        ("K'iche'", "quc"),
        ("K\u02bciche\u02bc", "quc"),  # modifier-letter apostrophes, as Mayan orthography writes
        ("Kiche", "quc"),
        ("Quiché", "quc"),
        ("Q'anjob'al", "kjb"),
        ("Kaqchikel", "cak"),
        ("Q'eqchi'", "kek"),
        ("Kekchí", "kek"),
        ("Haitian Creole", "hat"),
        ("Haitian", "hat"),
        ("ht", "hat"),
        ("Mandarin Chinese", "cmn"),
        ("Chinese, Mandarin", "cmn"),
        ("Mandarin", "cmn"),
        ("Cantonese", "yue"),
        ("Chinese", "zho"),  # a macrolanguage
        ("Dari", "prs"),
        ("Pashto", "pus"),
        ("Pushto", "pus"),
        ("ps", "pus"),
        ("Tigrinya", "tir"),
        ("Farsi", "fas"),
        ("Persian", "fas"),
        ("Arabic", "ara"),
        ("Swahili", "swa"),
        ("Swahili (individual language)", "swh"),
        ("Punjabi", "pan"),
        ("Bengali", "ben"),
        ("Bangla", "ben"),
        ("Portuguese", "por"),
        ("English", "eng"),
    ],
)
def test_parse_language_accepts_codes_and_names(typed: str, code: str) -> None:
    assert parse_language(typed) == code


@pytest.mark.parametrize(
    "typed",
    [
        "xx",
        "zzz",
        "lat",  # historical: not a language a client needs an interpreter for
        "epo",  # constructed
        "mis",  # special codes (uncoded, multiple, undetermined, none)
        "und",
        "Klingon",
        "Spanishh",
        "\ud800",
        "spa\x00",
    ],
)
def test_parse_language_refuses(typed: str) -> None:
    with pytest.raises(InvalidLanguage) as info:
        parse_language(typed)
    assert typed not in str(info.value)


def test_ambiguous_language_name_asks_for_the_code() -> None:
    # Two living languages are called Bari in ISO 639-3.
    with pytest.raises(InvalidLanguage, match="ISO 639-3 code"):
        parse_language("Bari")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("spa", "Spanish"),
        ("quc", "K'iche'"),
        ("cmn", "Mandarin Chinese"),
        ("pus", "Pushto"),
        ("swa", "Swahili"),  # "(macrolanguage)" left off on screen
        ("ben", "Bangla"),
    ],
)
def test_language_name(code: str, name: str) -> None:
    assert language_name(code) == name


@pytest.mark.parametrize("code", ["es", "xx", "", "Spanish", "lat", "y" * 500])
def test_language_name_refuses_non_639_3(code: str) -> None:
    with pytest.raises(InvalidLanguage):
        language_name(code)


def test_every_language_name_reads_back_as_its_code() -> None:
    tables = codes._language_tables()
    code_like = {*tables.by_alpha3, *tables.by_alpha2}
    for code, name in tables.by_alpha3.items():
        assert parse_language(code) == code
        key = codes._name_key(name)
        # A name that is also a code ("Ari") reads as the code, by design.
        if key not in tables.ambiguous and key not in code_like:
            assert parse_language(name) == code, name


def test_no_name_has_more_commas_than_the_list_splitter_rejoins() -> None:
    keys = [*codes._country_tables().by_name, *codes._language_tables().by_name]
    assert max(key.count(",") for key in keys) < MAX_CHUNKS_PER_NAME


def test_names_fit_under_the_input_cap() -> None:
    keys = [*codes._country_tables().by_name, *codes._language_tables().by_name]
    assert max(len(key) for key in keys) < codes.MAX_INPUT_CHARS


# --- lists ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", ()),
        ("  ", ()),
        ("MX", ("MX",)),
        ("MX, GT", ("MX", "GT")),
        ("MX;GT;HN", ("MX", "GT", "HN")),
        ("Mexico, mx, MEX", ("MX",)),  # duplicates dropped
        ("GT, MX", ("GT", "MX")),  # order kept
        ("MX,, GT,", ("MX", "GT")),
        ("Korea, Republic of, Mexico", ("KR", "MX")),  # a comma inside a name
        ("Venezuela, Bolivarian Republic of; Bolivia", ("VE", "BO")),
        (["MX", "Guatemala"], ("MX", "GT")),
        (("SV", "sv"), ("SV",)),
        (["Korea, Republic of"], ("KR",)),
        ([], ()),
    ],
)
def test_parse_country_list(typed: str | list[str], expected: tuple[str, ...]) -> None:
    assert parse_country_list(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mam, es", ("mam", "spa")),  # primary language first
        ("Spanish; K'iche'", ("spa", "quc")),
        ("es, Spanish, spa", ("spa",)),
        ("Chinese, Mandarin, Spanish", ("cmn", "spa")),
        (["Haitian Creole", "fr"], ("hat", "fra")),
        ("", ()),
    ],
)
def test_parse_language_list(typed: str | list[str], expected: tuple[str, ...]) -> None:
    assert parse_language_list(typed) == expected


def test_list_error_names_the_position_not_the_value() -> None:
    with pytest.raises(InvalidCountry) as info:
        parse_country_list("MX, Atlantis, GT")
    message = str(info.value)
    assert "2nd" in message
    assert "Atlantis" not in message
    with pytest.raises(InvalidLanguage, match="3rd"):
        parse_language_list(["es", "mam", "Elvish"])


def test_list_length_is_capped() -> None:
    many = [code for code in country_codes()[: MAX_LIST_ITEMS + 1]]
    assert len(parse_country_list(many[:MAX_LIST_ITEMS])) == MAX_LIST_ITEMS
    with pytest.raises(InvalidCountry, match=f"at most {MAX_LIST_ITEMS}"):
        parse_country_list(many)
    with pytest.raises(InvalidCountry, match="far too long"):
        parse_country_list("MX, " * 1000)
    with pytest.raises(InvalidLanguage, match="far too long"):
        parse_language_list("," * 5000)


def test_tables_are_built_once() -> None:
    assert codes._country_tables() is codes._country_tables()
    assert codes._language_tables() is codes._language_tables()
