"""The conflict check finds the same person under the spellings intake really sees."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from caseapp.core import conflicts
from caseapp.core.conflicts import (
    EXACT_MATCH,
    KIND_REASONS,
    MIN_SCORE,
    REASON_ALL_PARTS,
    REASON_DIFFERENT_FAMILY,
    REASON_DOB_DIFFERENT,
    REASON_DOB_SAME,
    REASON_DOB_SWAPPED,
    REASON_FAMILY_INITIAL,
    REASON_GIVEN_INITIAL,
    REASON_GIVEN_SUBSET,
    REASON_ONE_OF_TWO,
    REASON_OTHER_NAME,
    REASON_SAME_FAMILY,
    REASON_SAME_GIVEN,
    REASON_SAME_NAME,
    REASON_SHARES_SURNAME,
    REASON_SIMILAR,
    REASON_SPACING,
    REASON_SWAPPED,
    ConflictCandidate,
    ConflictHit,
    ConflictKind,
    ConflictQuery,
    fts_terms,
    index_text,
    name_key,
    name_tokens,
    normalise_token,
    rank,
    score,
)

DOB = date(1990, 5, 7)


def _candidate(
    given: str,
    family: str,
    *,
    kind: ConflictKind = "client",
    dob: date | None = None,
    client: str = "client-1",
    record: str = "record-1",
) -> ConflictCandidate:
    return ConflictCandidate(kind, client, record, given, family, dob)


def _score(
    query: tuple[str, str],
    candidate: tuple[str, str],
    *,
    kind: ConflictKind = "client",
    query_dob: date | None = None,
    candidate_dob: date | None = None,
) -> ConflictHit | None:
    return score(
        ConflictQuery(*query, date_of_birth=query_dob),
        _candidate(*candidate, kind=kind, dob=candidate_dob),
    )


# --- Normalisation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("María", "maria"),
        ("MARÍA", "maria"),
        ("Nguyễn", "nguyen"),
        ("Łukasz", "lukasz"),
        ("ŁUKASZ", "lukasz"),
        ("Øyvind", "oyvind"),
        ("Đặng", "dang"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Œuvray", "oeuvray"),
        ("Yıldız", "yildiz"),
        ("İbrahim", "ibrahim"),
        ("Þórður", "thordur"),
        ("Ħamrun", "hamrun"),
        ("Çağlar", "caglar"),
        ("Ñúñez", "nunez"),
        ("ＭＡＲＩＡ", "maria"),  # fullwidth, as some phone keyboards type it
        ("Иван", "иван"),
        ("Ёлкин", "елкин"),
        ("Γιώργος", "γιωργοσ"),
        ("ΠΑΠΑΔΌΠΟΥΛΟΣ", "παπαδοπουλοσ"),
        ("أحمد", "احمد"),
        ("مُحَمَّد", "محمد"),  # vowel points are optional in writing
        ("عـــلي", "علي"),  # tatweel
        ("王伟", "王伟"),
        ("አበበ", "አበበ"),
        ("García-López", "garcia lopez"),
        ("O’Brien", "o brien"),
        ("  Jean\u2013Luc  ", "jean luc"),  # en dash, outer space
        ("Zoë\u200d", "zoe"),  # a joiner is invisible, not a separator
        ("", ""),
    ],
)
def test_normalise_token(typed: str, normalised: str) -> None:
    assert normalise_token(typed) == normalised


@pytest.mark.parametrize(
    ("parts", "tokens"),
    [
        (("María José",), ("maria", "jose")),
        (("García-López",), ("garcia", "lopez")),
        (("García\u2011López",), ("garcia", "lopez")),  # non-breaking hyphen
        (("García\u2212López",), ("garcia", "lopez")),  # minus sign from a PDF
        (("O'Brien",), ("o", "brien")),
        (("Oʼneal",), ("o", "neal")),  # modifier-letter apostrophe
        (("J. R., Jr.",), ("j", "r", "jr")),
        (("de la Cruz",), ("cruz",)),
        (("De La Cruz",), ("cruz",)),
        (("van der Berg",), ("berg",)),
        (("dos Santos",), ("santos",)),
        (("Silva e Santos",), ("silva", "santos")),
        (("Al-Sayed",), ("sayed",)),
        (("Mohammed bin Salman",), ("mohammed", "salman")),
        (("De",), ("de",)),  # a name that is only a particle keeps it
        (("De La",), ("de", "la")),
        (("Al",), ("al",)),
        (("Maria", "De"), ("maria", "de")),  # particles are dropped per part
        (("王伟",), ("王伟",)),
        (("王 伟",), ("王", "伟")),
        (("Иван Петров",), ("иван", "петров")),
        (("محمد علي",), ("محمد", "علي")),
        (("አበበ ቢቂላ",), ("አበበ", "ቢቂላ")),
        (("Ana Ana",), ("ana",)),
        (("",), ()),
        (("  -  ' . ,",), ()),
    ],
)
def test_name_tokens(parts: tuple[str, ...], tokens: tuple[str, ...]) -> None:
    assert name_tokens(*parts) == tokens


def test_name_key_ignores_order_and_punctuation() -> None:
    key = name_key("María", "García López")
    assert key == name_key("Maria", "Lopez Garcia")
    assert key == name_key("MARIA", "García-López")
    assert key.full == name_key("Lopez Garcia Maria", "").full == "garcia lopez maria"
    assert key.tokens == {"maria", "garcia", "lopez"}
    assert key.family == {"garcia", "lopez"}
    assert key.given == {"maria"}


def test_name_key_of_nothing_is_empty() -> None:
    key = name_key("", "")
    assert key.tokens == frozenset()
    assert key.full == ""
    assert fts_terms(key) == ()
    assert index_text("", "") == ""


# --- FTS terms ---------------------------------------------------------------


def test_fts_terms_are_folded_tokens_without_particles() -> None:
    terms = fts_terms(name_key("María José", "de la Cruz"))
    assert {"maria", "jose", "cruz"} <= set(terms)
    assert not {"de", "la"} & set(terms)
    assert all(t.isascii() for t in terms)


def test_fts_terms_keep_other_scripts() -> None:
    assert set(fts_terms(name_key("Иван", "Петров"))) >= {"иван", "петров"}


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        (("Maria", "Garcia Lopez"), ("María", "García-López")),
        (("", "Garcia Lopez"), ("", "García-López")),
        (("Juan", "Cruz"), ("Juan", "De La Cruz")),
        (("Sean", "OBrien"), ("Seán", "O'Brien")),
        (("", "Mc Donald"), ("", "McDonald")),
        (("Wei", "Wang"), ("Wang", "Wei")),
        (("王伟", ""), ("王 伟", "")),
    ],
)
def test_query_terms_find_the_indexed_record(
    query: tuple[str, str], stored: tuple[str, str]
) -> None:
    assert set(fts_terms(name_key(*query))) & set(index_text(*stored).split())
    assert _score(query, stored) is not None


def test_index_text_is_what_fts_terms_search_for() -> None:
    key = name_key("Ana María", "García-López")
    assert tuple(index_text("Ana María", "García-López").split()) == fts_terms(key)


# --- Matches -----------------------------------------------------------------

# (query given, query family, candidate given, candidate family, reasons, lowest score)
MATCHES: list[tuple[str, str, str, str, set[str], int]] = [
    ("María", "García López", "Maria", "Garcia Lopez", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Maria", "Garcia Lopez", "María", "García-López", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Maria", "Lopez Garcia", "María", "García López", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Lopez Garcia Maria", "", "Maria", "Garcia Lopez", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Garcia Lopez", "Maria", "Maria", "Garcia Lopez", {REASON_SAME_NAME}, EXACT_MATCH),
    ("María", "García de López", "Maria", "Garcia Lopez", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Juan", "De La Cruz", "Juan", "Cruz", {REASON_SAME_NAME}, EXACT_MATCH),
    # Known by the first surname only.
    ("María", "García López", "María", "García", {REASON_ONE_OF_TWO, REASON_SAME_GIVEN}, 80),
    ("María", "García", "María", "López García", {REASON_ONE_OF_TWO, REASON_SAME_GIVEN}, 80),
    ("Juan Carlos", "Garcia", "Juan", "Garcia", {REASON_SAME_FAMILY, REASON_GIVEN_SUBSET}, 80),
    ("Juan C.", "Garcia", "Juan Carlos", "Garcia", {REASON_GIVEN_SUBSET, REASON_GIVEN_INITIAL}, 80),
    ("J.", "Garcia", "Juan", "Garcia", {REASON_SAME_FAMILY, REASON_GIVEN_INITIAL}, 60),
    ("Juan", "G.", "Juan", "Garcia", {REASON_FAMILY_INITIAL, REASON_SAME_GIVEN}, 60),
    ("Maria", "Garsia", "Maria", "Garcia", {REASON_SAME_GIVEN, REASON_SIMILAR}, 65),
    ("Ahmed", "Hassan", "Ahmad", "Hassan", {REASON_SAME_FAMILY, REASON_SIMILAR}, 65),
    ("Maria", "Rodirguez", "Maria", "Rodriguez", {REASON_SIMILAR}, 65),  # transposed letters
    ("Sean", "O'Brien", "Seán", "OBrien", {REASON_SAME_GIVEN, REASON_SPACING}, 85),
    ("Juan", "Delacruz", "Juan", "De La Cruz", {REASON_SPACING}, 85),
    ("Garcia", "Maria", "Maria", "Garcia Lopez", {REASON_ONE_OF_TWO, REASON_SWAPPED}, 80),
    ("Maria Garcia Lopez", "", "Maria", "Garcia", {REASON_ALL_PARTS}, 70),
    ("Nguyễn Văn", "An", "Nguyen Van", "An", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Văn An", "Nguyễn", "Van An", "Nguyen", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Łukasz", "Wałęsa", "Lukasz", "Walesa", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Søren", "Kierkegård", "Soren", "Kierkegard", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Иван", "Петров", "ИВАН", "ПЕТРОВ", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Γιώργος", "Παπαδόπουλος", "ΓΙΩΡΓΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΣ", {REASON_SAME_NAME}, EXACT_MATCH),
    ("أحمد", "محمد", "احمد", "مُحَمَّد", {REASON_SAME_NAME}, EXACT_MATCH),
    ("علی", "رضایی", "علي", "رضايي", {REASON_SAME_NAME}, EXACT_MATCH),  # Persian yeh
    ("伟", "王", "伟", "王", {REASON_SAME_NAME}, EXACT_MATCH),
    ("王伟", "", "王 伟", "", {REASON_SPACING}, 85),
    ("አበበ", "ቢቂላ", "አበበ", "ቢቂላ", {REASON_SAME_NAME}, EXACT_MATCH),
    ("Mononym", "", "", "Mononym", {REASON_SAME_NAME}, EXACT_MATCH),
]


@pytest.mark.parametrize(("qg", "qf", "cg", "cf", "reasons", "lowest"), MATCHES)
def test_matches(qg: str, qf: str, cg: str, cf: str, reasons: set[str], lowest: int) -> None:
    hit = _score((qg, qf), (cg, cf))
    assert hit is not None
    assert hit.score >= lowest
    assert reasons <= set(hit.reasons)
    assert hit.reasons[0] == KIND_REASONS["client"]


@pytest.mark.parametrize(("qg", "qf", "cg", "cf", "reasons", "lowest"), MATCHES)
def test_matches_whichever_side_is_checked(
    qg: str, qf: str, cg: str, cf: str, reasons: set[str], lowest: int
) -> None:
    one = _score((qg, qf), (cg, cf))
    other = _score((cg, cf), (qg, qf))
    assert one is not None
    assert other is not None
    assert one.score == other.score


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        (("Maria", "Garcia"), ("Maria", "Rodriguez")),
        (("Maria", ""), ("Maria", "Lopez")),
        (("", "Garcia"), ("Maria", "Garcia")),
        (("Juan", "Garcia"), ("Pedro", "Garcia")),
        (("Maria", "Garcia"), ("Jose", "Lopez")),
        (("Maria", "Garcia Lopez"), ("Maria", "Garcia Perez")),  # another mother's surname
        (("Maria Elena", "Garcia"), ("Maria Jose", "Garcia")),
        (("Thị Lan", "Nguyễn"), ("Thị Hoa", "Nguyễn")),
        (("Maria Elena", "Garcia Lopez"), ("Maria Jose", "Garcia Perez")),
        (("J.", "G."), ("Juan", "Garcia")),  # initials alone
        (("Ana", "Lopez"), ("Ana", "Perez Garcia")),
        (("Mariah", "Lopez"), ("Maria", "Perez")),  # one similar word and nothing else
        (("Jose", "Perez"), ("Josue", "Perez")),  # 4 letters: too short for typo tolerance
        (("Maria", "Garcia"), ("", "")),
        (("", ""), ("Maria", "Garcia")),
        (("-", "'"), ("Maria", "Garcia")),
        (("Иван", "Петров"), ("Ivan", "Petrov")),  # no transliteration
    ],
)
def test_not_matches(query: tuple[str, str], candidate: tuple[str, str]) -> None:
    assert _score(query, candidate) is None


def test_order_of_name_parts_does_not_matter() -> None:
    stored = ("María", "García López")
    for query in [
        ("Maria", "Garcia Lopez"),
        ("Maria", "Lopez Garcia"),
        ("Garcia Lopez", "Maria"),
        ("Lopez Garcia Maria", ""),
        ("", "Maria Garcia Lopez"),
    ]:
        hit = _score(query, stored)
        assert hit is not None
        assert hit.score == EXACT_MATCH


# --- Dates of birth ------------------------------------------------------------


def test_same_date_of_birth_raises_the_score() -> None:
    plain = _score(("J.", "Garcia"), ("Juan", "Garcia"))
    dated = _score(("J.", "Garcia"), ("Juan", "Garcia"), query_dob=DOB, candidate_dob=DOB)
    assert plain is not None
    assert dated is not None
    assert dated.score > plain.score
    assert REASON_DOB_SAME in dated.reasons


def test_same_date_of_birth_is_capped_at_100() -> None:
    hit = _score(("Juan", "Garcia"), ("Juan", "Garcia"), query_dob=DOB, candidate_dob=DOB)
    assert hit is not None
    assert hit.score == 100


def test_day_and_month_swapped_raises_a_little() -> None:
    swapped = date(1990, 7, 5)
    plain = _score(("Juan", "Garcia"), ("Juan", "Garcia"))
    hit = _score(("Juan", "Garcia"), ("Juan", "Garcia"), query_dob=DOB, candidate_dob=swapped)
    same = _score(("Juan", "Garcia"), ("Juan", "Garcia"), query_dob=DOB, candidate_dob=DOB)
    assert plain is not None
    assert hit is not None
    assert same is not None
    assert plain.score < hit.score < same.score
    assert REASON_DOB_SWAPPED in hit.reasons


def test_different_date_of_birth_lowers_but_keeps_a_strong_name_match() -> None:
    other = date(1984, 2, 11)
    hit = _score(("Juan", "Garcia"), ("Juan", "Garcia"), query_dob=DOB, candidate_dob=other)
    assert hit is not None
    assert MIN_SCORE <= hit.score < EXACT_MATCH
    assert REASON_DOB_DIFFERENT in hit.reasons
    strong = _score(
        ("María", "García"), ("María", "García López"), query_dob=DOB, candidate_dob=other
    )
    assert strong is not None


def test_a_different_date_of_birth_drops_a_weak_client_match() -> None:
    other = date(1984, 2, 11)
    assert _score(("J.", "Garcia"), ("Juan", "Garcia")) is not None
    assert _score(("J.", "Garcia"), ("Juan", "Garcia"), query_dob=DOB, candidate_dob=other) is None


def test_only_one_date_known_changes_nothing() -> None:
    plain = _score(("J.", "Garcia"), ("Juan", "Garcia"))
    one = _score(("J.", "Garcia"), ("Juan", "Garcia"), query_dob=DOB)
    assert plain == one


def test_same_date_of_birth_rescues_a_weak_name_match() -> None:
    # Married name, or a surname only one office recorded.
    hit = _score(("Maria", "Garcia"), ("Maria", "Rodriguez"), query_dob=DOB, candidate_dob=DOB)
    assert hit is not None
    assert {REASON_SAME_GIVEN, REASON_DIFFERENT_FAMILY, REASON_DOB_SAME} <= set(hit.reasons)
    hit = _score(
        ("Maria", "Garcia Lopez"), ("Maria", "Garcia Perez"), query_dob=DOB, candidate_dob=DOB
    )
    assert hit is not None
    assert REASON_SHARES_SURNAME in hit.reasons
    # A single shared word and a date are not enough when the family name is missing.
    assert _score(("Maria", ""), ("Maria", "Lopez"), query_dob=DOB, candidate_dob=DOB) is None


# --- Kinds ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(conflicts.CONFLICT_KINDS))
def test_every_kind_says_what_the_record_is(kind: ConflictKind) -> None:
    hit = _score(("Juan", "Garcia"), ("Juan", "Garcia"), kind=kind)
    assert hit is not None
    assert KIND_REASONS[kind] in hit.reasons


def test_kind_reasons_read_as_expected() -> None:
    assert KIND_REASONS["alias"] == "Matches an alias"
    assert KIND_REASONS["adverse_party"] == "Is an adverse party in an existing case"


def test_an_adverse_party_is_listed_even_with_another_date_of_birth() -> None:
    other = date(1984, 2, 11)
    query = (("J.", "Garcia"), ("Juan", "Garcia"))
    client = _score(*query, kind="client", query_dob=DOB, candidate_dob=other)
    adverse = _score(*query, kind="adverse_party", query_dob=DOB, candidate_dob=other)
    assert client is None
    assert adverse is not None
    assert adverse.score >= MIN_SCORE
    assert KIND_REASONS["adverse_party"] in adverse.reasons
    # Below medium, even an adverse party is not a match.
    assert _score(("Maria", "Garcia"), ("Maria", "Rodriguez"), kind="adverse_party") is None


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        ConflictCandidate("lawyer", "c", "r", "Juan", "Garcia")  # type: ignore[arg-type]


# --- Other names of the person checked -----------------------------------------


def test_other_names_are_tried_and_the_best_kept() -> None:
    query = ConflictQuery("Rosa", "Mendoza", other_names=(("Rosa", "Garcia"), ("R.", "Garcia")))
    hit = score(query, _candidate("Rosa", "Garcia"))
    assert hit is not None
    assert hit.score == EXACT_MATCH
    assert REASON_OTHER_NAME in hit.reasons
    assert REASON_SAME_NAME in hit.reasons


def test_the_primary_name_needs_no_other_name_reason() -> None:
    query = ConflictQuery("Rosa", "Garcia", other_names=(("Rosa", "Mendoza"),))
    hit = score(query, _candidate("Rosa", "Garcia"))
    assert hit is not None
    assert REASON_OTHER_NAME not in hit.reasons


def test_an_empty_primary_name_can_match_by_another_name() -> None:
    query = ConflictQuery("", "", other_names=(("Rosa", "Garcia"),))
    assert score(query, _candidate("Rosa", "Garcia")) is not None


# --- Ranking -------------------------------------------------------------------


def _hit(
    points: int,
    kind: ConflictKind = "client",
    family: str = "Garcia",
    record: str = "r1",
    client: str = "c1",
) -> ConflictHit:
    return ConflictHit(
        _candidate("Juan", family, kind=kind, record=record, client=client), points, ()
    )


def test_rank_orders_by_score_then_adverse_party_then_name() -> None:
    hits = [
        _hit(65, "client", "Zapata", record="a"),
        _hit(90, "household_member", "Garcia", record="b"),
        _hit(65, "adverse_party", "Zapata", record="c"),
        _hit(65, "client", "Alvarez", record="d"),
        _hit(90, "client", "Garcia", record="e"),
    ]
    ranked = rank(hits)
    assert [h.candidate.record_uuid for h in ranked] == ["e", "b", "c", "d", "a"]


def test_rank_keeps_the_best_hit_per_record() -> None:
    weak = _hit(50, record="same")
    strong = _hit(80, record="same")
    other_kind = _hit(60, "alias", record="same")
    ranked = rank([weak, strong, other_kind])
    assert ranked == [strong, other_kind]


def test_rank_of_nothing() -> None:
    assert rank([]) == []


def test_rank_of_real_scores() -> None:
    query = ConflictQuery("María", "García López", DOB)
    candidates = [
        _candidate("Maria", "Garcia", record="first-surname"),
        _candidate("Maria", "Garcia Lopez", record="exact", dob=DOB),
        _candidate("Maria", "Rodriguez", record="other"),
        _candidate("M.", "Garcia Lopez", kind="adverse_party", record="initial"),
    ]
    hits = [h for c in candidates if (h := score(query, c)) is not None]
    assert [h.candidate.record_uuid for h in rank(hits)] == ["exact", "first-surname", "initial"]


# --- Robustness ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\ud800",
        "María\udfffGarcía",
        "\x00\x1f\x7f",
        "\u202eairam",
        "a" * 10_000,
        "Maria " * 2_000,
        "-".join(["García"] * 3_000),
        "\u0301" * 500,
        "ǅ ﬁ ẞ ᾳ ŉ",
        "\U0001f600 \U000e0001",
    ],
)
def test_any_text_is_handled(text: str) -> None:
    normalise_token(text)
    name_tokens(text, text)
    key = name_key(text, text)
    fts_terms(key)
    index_text(text, text)
    for query, candidate in [
        ((text, text), ("Maria", "Garcia")),
        (("Maria", "Garcia"), (text, text)),
    ]:
        hit = _score(query, candidate, query_dob=DOB, candidate_dob=DOB)
        assert hit is None or MIN_SCORE <= hit.score <= 100
    self_hit = _score((text, text), (text, text))
    assert (self_hit is None) == (not key.tokens)


def test_keys_are_built_once() -> None:
    candidate = _candidate("María", "García")
    assert candidate.key == name_key("María", "García")
    query = ConflictQuery("María", "García", other_names=(("Mary", "Garcia"),))
    assert query.keys == (name_key("María", "García"), name_key("Mary", "Garcia"))


def test_values_are_frozen() -> None:
    candidate = _candidate("María", "García")
    with pytest.raises(dataclasses.FrozenInstanceError):
        candidate.given = "Ana"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        name_key("a", "b").full = "c"  # type: ignore[misc]
