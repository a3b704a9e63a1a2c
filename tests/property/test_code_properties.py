"""Code and vocabulary parsers under generated input: round trips, and only their own errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core import codes
from caseapp.core.case_codes import VOCABULARIES, Term, Vocabulary
from caseapp.core.checklists import TEMPLATES, template_for
from caseapp.core.codes import (
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
from caseapp.core.phones import InvalidPhone, Phone, parse_phone

A = TypeVar("A")
T = TypeVar("T")

SETTINGS = settings(max_examples=300, deadline=None, database=None)

# Any text, with lone surrogates (which st.characters() leaves out by default)
# and the characters phone numbers and lists are made of mixed in.
HOSTILE_CHARS = st.one_of(
    st.characters(),
    st.characters(categories=["Cs"]),
    st.characters(categories=["Cc", "Cf", "Zs", "Mn"]),
    st.sampled_from(list("+()-./,;'0123456789 aAxX")),
)
hostile_text = st.one_of(
    st.text(HOSTILE_CHARS, max_size=120),
    st.text(HOSTILE_CHARS, min_size=90, max_size=110),  # around the length caps
    st.integers(min_value=0, max_value=20_000).map(lambda n: "9" * n),
)


def _outcome(parse: Callable[[A], T], value: A) -> tuple[T | None, InvalidInput | None]:
    """The parsed value or the InvalidInput raised; any other exception propagates."""
    try:
        return parse(value), None
    except InvalidInput as exc:
        return None, exc


@st.composite
def recased(draw: st.DrawFn, text: str) -> str:
    """The text with its letters' case flipped at random and space around it."""
    flipped = "".join(ch.upper() if draw(st.booleans()) else ch.lower() for ch in text)
    return draw(st.sampled_from(["", " ", "\t"])) + flipped + draw(st.sampled_from(["", " "]))


# --- vocabularies -----------------------------------------------------------

SPELLINGS: list[tuple[Vocabulary, Term, str]] = [
    (vocabulary, term, spelling)
    for vocabulary in VOCABULARIES
    for term in vocabulary
    for spelling in (term.key, term.label_en, term.label_es)
]


@st.composite
def retyped(draw: st.DrawFn, text: str) -> str:
    """The text as a hurried person types it: case flipped, separators added or dropped."""
    out = []
    for ch in text:
        if not ch.isalnum():
            out.append(draw(st.sampled_from(["", " ", "-", "_", ch])))
            continue
        out.append(ch.upper() if draw(st.booleans()) else ch.lower())
        if draw(st.integers(0, 9)) == 0:
            out.append(draw(st.sampled_from([" ", "-", "."])))
    return draw(st.sampled_from(["", " ", "\t"])) + "".join(out) + draw(st.sampled_from(["", " "]))


@SETTINGS
@given(st.sampled_from(SPELLINGS).flatmap(lambda s: st.tuples(st.just(s), retyped(s[2]))))
def test_every_key_and_label_parses_back_to_its_key(
    drawn: tuple[tuple[Vocabulary, Term, str], str],
) -> None:
    (vocabulary, term, _), typed = drawn
    key = vocabulary.parse(typed)
    assert key == term.key
    assert vocabulary.label(key) == term.label_en
    assert vocabulary.label_es(key) == term.label_es
    assert vocabulary.parse(vocabulary.label(key)) == key


@SETTINGS
@given(st.sampled_from(VOCABULARIES), hostile_text)
def test_vocabulary_parse_raises_only_its_fixed_messages(vocabulary: Vocabulary, text: str) -> None:
    key, error = _outcome(vocabulary.parse, text)
    if error is None:
        assert key in vocabulary
    else:
        assert isinstance(error, vocabulary.error)
        assert str(error) in (vocabulary.empty_message, vocabulary.invalid_message)


@SETTINGS
@given(st.sampled_from(sorted(TEMPLATES)).flatmap(retyped))
def test_template_for_any_spelling_of_a_subcode(typed: str) -> None:
    assert template_for(typed)


# --- countries and languages ------------------------------------------------

COUNTRY_MESSAGES = {
    InvalidCountry.default_message,
    f"Enter a country. {InvalidCountry.default_message}",
    f"That is far too long for a country. {InvalidCountry.default_message}",
}
LANGUAGE_MESSAGES = {
    InvalidLanguage.default_message,
    f"Enter a language. {InvalidLanguage.default_message}",
    f"That is far too long for a language. {InvalidLanguage.default_message}",
    codes._AMBIGUOUS_LANGUAGE,
}


@SETTINGS
@given(st.sampled_from(country_codes()), st.data())
def test_country_code_and_name_round_trip(code: str, data: st.DataObject) -> None:
    assert parse_country(data.draw(recased(code))) == code
    assert parse_country(data.draw(recased(country_name(code)))) == code


LANGUAGE_CODES = sorted(codes._language_tables().by_alpha3)


@SETTINGS
@given(st.sampled_from(LANGUAGE_CODES), st.data())
def test_language_code_round_trips(code: str, data: st.DataObject) -> None:
    assert parse_language(data.draw(recased(code))) == code
    name = language_name(code)
    found, error = _outcome(parse_language, data.draw(recased(name)))
    if error is not None:
        assert str(error) == codes._AMBIGUOUS_LANGUAGE
    elif len(codes._name_key(name)) > 3:  # a name as short as a code reads as the code
        assert found == code


@SETTINGS
@given(hostile_text)
def test_country_and_language_raise_only_fixed_messages(text: str) -> None:
    country, error = _outcome(parse_country, text)
    if error is None:
        assert country in country_codes()
    else:
        assert isinstance(error, InvalidCountry)
        assert str(error) in COUNTRY_MESSAGES
    language, error = _outcome(parse_language, text)
    if error is None:
        assert language in LANGUAGE_CODES
    else:
        assert isinstance(error, InvalidLanguage)
        assert str(error) in LANGUAGE_MESSAGES


@SETTINGS
@given(st.one_of(hostile_text, st.lists(hostile_text, max_size=25)))
def test_lists_raise_only_their_own_error(value: str | list[str]) -> None:
    countries, error = _outcome(parse_country_list, value)
    assert error is None or isinstance(error, InvalidCountry)
    assert countries is None or len(countries) == len(set(countries))
    languages, error = _outcome(parse_language_list, value)
    assert error is None or isinstance(error, InvalidLanguage)
    assert languages is None or len(languages) == len(set(languages))


@SETTINGS
@given(st.lists(st.sampled_from(country_codes()), max_size=codes.MAX_LIST_ITEMS))
def test_country_list_keeps_first_occurrence_order(chosen: list[str]) -> None:
    names = [country_name(code) for code in chosen]
    expected = tuple(dict.fromkeys(chosen))
    assert parse_country_list(chosen) == expected
    assert parse_country_list("; ".join(names)) == expected


# --- phones -----------------------------------------------------------------


def _example_numbers() -> list[str]:
    types = (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.TOLL_FREE,
    )
    found = [
        phonenumbers.example_number_for_type(region, kind)
        for region in sorted(phonenumbers.SUPPORTED_REGIONS)
        for kind in types
    ]
    found += [
        phonenumbers.example_number_for_non_geo_entity(code)
        for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS)
    ]
    e164 = phonenumbers.PhoneNumberFormat.E164
    return sorted({phonenumbers.format_number(n, e164) for n in found if n is not None})


EXAMPLE_NUMBERS = _example_numbers()


def test_there_are_examples_from_many_regions() -> None:
    regions = {Phone(e164).region for e164 in EXAMPLE_NUMBERS}
    assert len(regions) > 200


@SETTINGS
@given(st.sampled_from(EXAMPLE_NUMBERS))
def test_parse_phone_round_trips_e164_and_display(e164: str) -> None:
    phone = Phone(e164)
    assert parse_phone(e164) == phone
    assert parse_phone(phone.display, phone.region or "US") == phone
    assert phone.masked[-2:] == e164[-2:]
    assert sum(ch.isdigit() for ch in phone.masked) == 2
    assert e164[1:-2] not in repr(phone)


@SETTINGS
@given(st.sampled_from(EXAMPLE_NUMBERS), st.sampled_from([" ", "-", ".", "\u00a0", "\u2013"]))
def test_separators_do_not_change_the_number(e164: str, separator: str) -> None:
    # Grouping the digits by threes is how numbers arrive from forms and e-mail.
    digits = e164[1:]
    spaced = "+" + separator.join(digits[i : i + 3] for i in range(0, len(digits), 3))
    assert parse_phone(spaced) == Phone(e164)


@SETTINGS
@given(hostile_text, st.sampled_from(["US", "MX", "GT", "SV", "HN"]))
def test_parse_phone_raises_only_invalid_phone_and_never_echoes_digits(
    text: str, region: str
) -> None:
    phone, error = _outcome(lambda typed: parse_phone(typed, region), text)
    if phone is not None:
        assert Phone(phone.e164) == phone
    else:
        assert isinstance(error, InvalidPhone)
        # No message holds four digits in a row, so no piece of a number can leak.
        assert not re.search(r"[0-9]{4}", str(error))


@pytest.mark.parametrize("e164", EXAMPLE_NUMBERS[:: max(1, len(EXAMPLE_NUMBERS) // 50)])
def test_example_numbers_are_accepted_with_00_prefix(e164: str) -> None:
    assert parse_phone("00" + e164[1:]) == Phone(e164)
