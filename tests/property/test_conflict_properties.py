"""Conflict scoring under generated names: order-blind, symmetric, total, and stable."""

from __future__ import annotations

import random
from datetime import date
from typing import get_args

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from caseapp.core.conflicts import (
    EXACT_MATCH,
    KIND_REASONS,
    MIN_SCORE,
    ConflictCandidate,
    ConflictHit,
    ConflictKind,
    ConflictQuery,
    fts_terms,
    index_text,
    name_key,
    normalise_token,
    rank,
    score,
)

SETTINGS = settings(max_examples=300, deadline=None, database=None)

# Words that exercise every rule: double surnames, particles, initials, one-edit
# typos, joined spellings, other scripts.
VOCABULARY = [
    "María", "Maria", "Mariah", "Mario", "García", "Garsia", "Gracia", "López", "Lopes",
    "Juan", "J.", "G", "de", "la", "Cruz", "DeLaCruz", "Mc", "Donald", "McDonald",
    "O'", "Brien", "OBrien", "Nguyễn", "Văn", "Иван", "Γιώργος", "王", "伟", "王伟", "አበበ",
]  # fmt: skip
words = st.one_of(
    st.sampled_from(VOCABULARY),
    st.text(alphabet="abcdeé", min_size=1, max_size=7),
)
word_lists = st.lists(words, max_size=4)
dates = st.one_of(
    st.none(), st.sampled_from([date(1990, 5, 7), date(1990, 7, 5), date(1971, 1, 1)])
)
kinds: st.SearchStrategy[ConflictKind] = st.sampled_from(get_args(ConflictKind))

# Names made only of letters (any script), as a person's name would be.
letter_names = st.lists(
    st.text(st.characters(categories=["L"]), min_size=1, max_size=12), min_size=1, max_size=4
).map(" ".join)


def _points(hit: ConflictHit | None) -> int | None:
    return None if hit is None else hit.score


@SETTINGS
@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_token(text)
    assert normalise_token(once) == once


@SETTINGS
@given(st.text(), st.text())
def test_index_and_query_agree(given_name: str, family: str) -> None:
    terms = fts_terms(name_key(given_name, family))
    assert tuple(index_text(given_name, family).split()) == terms
    # Storage quotes each term; none may change when FTS normalises it again.
    for term in terms:
        assert term
        assert normalise_token(term) == term


@SETTINGS
@given(st.text(), st.text(), st.text(), st.text(), dates, dates, kinds, st.text())
def test_score_is_total(
    qg: str,
    qf: str,
    cg: str,
    cf: str,
    q_dob: date | None,
    c_dob: date | None,
    kind: ConflictKind,
    alias: str,
) -> None:
    query = ConflictQuery(qg, qf, q_dob, other_names=((alias, qf),))
    candidate = ConflictCandidate(kind, "c", "r", cg, cf, c_dob)
    hit = score(query, candidate)
    if hit is not None:
        assert MIN_SCORE <= hit.score <= 100
        assert hit.reasons[0] == KIND_REASONS[kind]
        assert rank([hit, hit]) == [hit]


@SETTINGS
@given(letter_names, letter_names, dates, kinds)
def test_a_name_matches_itself(
    given_name: str, family: str, dob: date | None, kind: ConflictKind
) -> None:
    assume(name_key(given_name, family).tokens)
    query = ConflictQuery(given_name, family, dob)
    candidate = ConflictCandidate(kind, "c", "r", given_name, family, dob)
    hit = score(query, candidate)
    assert hit is not None
    assert hit.score >= EXACT_MATCH


@SETTINGS
@given(
    word_lists,
    word_lists,
    word_lists,
    word_lists,
    dates,
    dates,
    kinds,
    st.randoms(use_true_random=False),
    st.booleans(),
)
def test_score_ignores_word_order_and_which_part_is_which(
    qg: list[str],
    qf: list[str],
    cg: list[str],
    cf: list[str],
    q_dob: date | None,
    c_dob: date | None,
    kind: ConflictKind,
    rnd: random.Random,
    swap: bool,
) -> None:
    candidate = ConflictCandidate(kind, "c", "r", " ".join(cg), " ".join(cf), c_dob)
    before = score(ConflictQuery(" ".join(qg), " ".join(qf), q_dob), candidate)
    shuffled_g, shuffled_f = list(qg), list(qf)
    rnd.shuffle(shuffled_g)
    rnd.shuffle(shuffled_f)
    if swap:
        shuffled_g, shuffled_f = shuffled_f, shuffled_g
    after = score(ConflictQuery(" ".join(shuffled_g), " ".join(shuffled_f), q_dob), candidate)
    assert _points(before) == _points(after)


@SETTINGS
@given(word_lists, word_lists, word_lists, word_lists, dates, dates)
def test_score_is_the_same_whichever_person_is_checked(
    qg: list[str],
    qf: list[str],
    cg: list[str],
    cf: list[str],
    q_dob: date | None,
    c_dob: date | None,
) -> None:
    a = (" ".join(qg), " ".join(qf))
    b = (" ".join(cg), " ".join(cf))
    forward = score(ConflictQuery(*a, q_dob), ConflictCandidate("client", "c", "r", *b, c_dob))
    backward = score(ConflictQuery(*b, c_dob), ConflictCandidate("client", "c", "r", *a, q_dob))
    assert _points(forward) == _points(backward)


@SETTINGS
@given(word_lists, word_lists, word_lists, word_lists, dates, dates)
def test_adverse_parties_are_never_ranked_lower_than_clients(
    qg: list[str],
    qf: list[str],
    cg: list[str],
    cf: list[str],
    q_dob: date | None,
    c_dob: date | None,
) -> None:
    query = ConflictQuery(" ".join(qg), " ".join(qf), q_dob)
    names = (" ".join(cg), " ".join(cf))
    client = score(query, ConflictCandidate("client", "c", "r", *names, c_dob))
    adverse = score(query, ConflictCandidate("adverse_party", "c", "r", *names, c_dob))
    if client is not None:
        assert adverse is not None
        assert adverse.score >= client.score
        assert rank([client, adverse])[0] is adverse
