"""The CSV intake parser under generated input: it never raises, and names survive the trip."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.intake_csv import COLUMNS, CsvResult, parse_csv

SETTINGS = settings(max_examples=300, deadline=None, database=None)
TODAY = date(2025, 6, 1)


def _check_shape(result: CsvResult) -> None:
    assert isinstance(result, CsvResult)
    assert not (result.plans and result.errors)  # all or nothing
    assert result.rows >= len(result.plans)
    assert all(error.line >= 0 and error.message for error in result.errors)


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_result_never_an_exception(data: bytes) -> None:
    _check_shape(parse_csv(data, today=TODAY))


# Text that looks like CSV, so that generated input gets past decoding and the header.
_HEADERS = st.sampled_from([c.name for c in COLUMNS] + ["", "Given_Names ", "colour"])
_CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(['"', '""', "\n", "\r\n", ",", ";", "\t", "1990-01-01", "yes", "A1234567"]),
)


@st.composite
def _csvish(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from(",;\t"))
    header = draw(st.lists(_HEADERS, min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(_CELL, max_size=8), max_size=6))
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]))
    if codec == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode(codec, "surrogatepass")
    return text.encode(codec, "surrogatepass")


@SETTINGS
@given(_csvish())
def test_csv_like_text_gives_a_result_never_an_exception(data: bytes) -> None:
    _check_shape(parse_csv(data, today=TODAY))


# Names as clean_name keeps them: words of letters and marks (any script, NFC
# or not) and a little punctuation, one space between words.
_WORD = st.text(
    alphabet=st.one_of(
        st.characters(categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc")),
        st.sampled_from("'-.,\"ʼ"),
    ),
    min_size=1,
    max_size=12,
)
_NAME = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)


@SETTINGS
@given(
    st.lists(st.tuples(_NAME, st.one_of(st.just(""), _NAME)), min_size=1, max_size=20),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    st.sampled_from(["\r\n", "\n"]),
)
def test_names_written_by_csv_writer_read_back_the_same(
    names: list[tuple[str, str]], delimiter: str, codec: str, newline: str
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["given_names", "family_names"])
    writer.writerows(names)
    result = parse_csv(out.getvalue().encode(codec), today=TODAY)
    assert result.errors == ()
    got = [(p.identity.given_names, p.identity.family_names) for p in result.plans]
    assert got == [tuple(unicodedata.normalize("NFC", part) for part in pair) for pair in names]
