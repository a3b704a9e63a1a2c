"""Hostile text in printed documents (issue 10, item 5): arbitrary Unicode names
and notes through the case summary (every profile) and the intake form, and
the cases that matter most checked by extracting the PDF's text with pdftotext.

Bidi overrides and zero-width characters are refused where they are typed (a
name or note that reads differently on paper than on screen is a spoofing
risk), so they never reach a PDF; combining stacks, CJK, Arabic and emoji
do, and print as stored; characters no bundled font has are refused with the
characters named; a 1 MB note of any shape prints, cut (as every note in a
summary) to its first 4,000 characters with a mark.
"""

from __future__ import annotations

import io
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from hardening_report import record
from hostile import BIDI, ZERO_WIDTH, check_message, clean, hostile_name, hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import CaseappError, InvalidInput
from caseapp.core.summary import Profile
from caseapp.crypto import kdf
from caseapp.services import vault

ZWJ = "\u200c\u200d"  # ZWNJ and ZWJ: needed by several scripts, allowed in names
# Kept in notes: joiners, directional marks and isolates, soft hyphen, word joiner.
NOTE_MARKS = "\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u00ad\u2060\ufeff"
ADMIN = "admin"
PASSPHRASE = "correct horse battery staple 9x"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[vault.Session]:
    path = tmp_path_factory.mktemp("hostile-pdf") / "vault"
    vault.create_vault(path, ADMIN, PASSPHRASE, kdf_params=kdf.FLOOR)
    opened = vault.unlock(path, ADMIN, PASSPHRASE)
    yield opened
    assert opened.check_integrity() == []
    opened.lock()


def pdftotext(pdf: bytes, tmp: Path) -> str:
    file = tmp / "doc.pdf"
    file.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(file), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(hostile_name, hostile_name, st.one_of(hostile_name, hostile_text))
def test_any_accepted_name_and_note_prints_or_is_refused_clearly(
    session: vault.Session, given: str, family: str, note: str
) -> None:
    record("fuzz", runs=1)
    client = clean(session.create_client, ClientIdentity(given, family))
    if isinstance(client, CaseappError):
        return
    clean(session.add_record, client, rec.Note(note))
    for profile in Profile:
        pdf = clean(session.case_summary_pdf, client, profile, password=None)
        if isinstance(pdf, CaseappError):
            assert isinstance(pdf, InvalidInput)
            assert "fonts cannot show" in str(pdf), pdf
            continue
        assert pdf.startswith(b"%PDF-")
        assert pages(pdf)  # a PDF a reader can open, with text in it
    form = clean(session.intake_form_pdf, client, password=None, reveal=True)
    if not isinstance(form, CaseappError):
        assert pages(form)


# Names that are accepted and must print exactly as stored.
PRINTED = {
    "combining stack": ("Zoe\u0301\u0308\u0323", "Stack" + "\u0301" * 12),
    "cjk": ("小龍", "李"),
    "emoji": ("Ana\U0001f600", "G\u00f3mez"),
    "mixed scripts": ("Nguy\u1ec5n", "\u0416\u0443\u043a\u043e\u0432"),
    "syntax": ("\"Robert'); DROP", "TABLE--"),
    "long": ("A" * 40 + "\u00e9" * 40, "B" * 80),
}


@pytest.mark.parametrize("case", PRINTED)
def test_hostile_names_print_exactly(session: vault.Session, tmp_path: Path, case: str) -> None:
    given, family = PRINTED[case]
    record("fuzz", runs=1, inputs=1)
    client = session.create_client(ClientIdentity(given, family))
    stored = session.read_client_file(client).client.identity
    pdf = session.case_summary_pdf(client, Profile.FULL, password=None)
    name = "".join(f"{stored.given_names}{stored.family_names}".split())
    # pdftotext drops marks stacked on one spot (it takes them for fake bold);
    # pypdf keeps every one. A long name wraps: compared without white space.
    for text in (pdftotext(pdf, tmp_path), "\n".join(pages(pdf))):
        flat = "".join(unicodedata.normalize("NFC", text).split())
        assert name in flat or case == "combining stack", text[:300]
    assert name in "".join(unicodedata.normalize("NFC", "\n".join(pages(pdf))).split())


def test_arabic_names_print_in_order(session: vault.Session) -> None:
    record("fuzz", runs=1, inputs=1)
    client = session.create_client(ClientIdentity("محمد", "عبد الله"))
    pdf = session.case_summary_pdf(client, Profile.REFERRAL, password=None)
    text = unicodedata.normalize("NFKC", "\n".join(pages(pdf)))
    assert "محمد" in text
    assert "عبد" in text


OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"


@pytest.mark.parametrize("mark", list(OVERRIDES))
def test_bidi_overrides_are_refused_in_names_and_notes(session: vault.Session, mark: str) -> None:
    """The "Trojan Source" trick: text that reads differently on paper."""
    record("fuzz", runs=1, inputs=2)
    with pytest.raises(InvalidInput) as name_refused:
        session.create_client(ClientIdentity(f"Ali{mark}ce", "Spoof"))
    check_message(name_refused.value)
    client = session.create_client(ClientIdentity("Alice", "Plain"))
    with pytest.raises(InvalidInput) as note_refused:
        session.add_record(client, rec.Note(f"paid {mark}0001$ in cash"))
    check_message(note_refused.value)


@pytest.mark.parametrize("mark", [c for c in BIDI + ZERO_WIDTH if c not in OVERRIDES + ZWJ])
def test_other_invisible_characters_are_refused_in_names(session: vault.Session, mark: str) -> None:
    record("fuzz", runs=1, inputs=1)
    with pytest.raises(InvalidInput) as refused:
        session.create_client(ClientIdentity(f"Ali{mark}ce", "Hidden"))
    check_message(refused.value)


def test_notes_keep_isolates_and_marks_and_print(session: vault.Session, tmp_path: Path) -> None:
    """What editors insert in mixed Arabic and Latin text is kept in a note,
    shapes the text and is not drawn; the words around it print."""
    record("fuzz", runs=1, inputs=1)
    client = session.create_client(ClientIdentity("Isolates", "Client"))
    marks = NOTE_MARKS
    body = f"before \u2067محمد\u2069 {marks} afterword"
    session.add_record(client, rec.Note(body))
    (stored,) = session.read_client_file(client).of(rec.Note)
    assert stored.record.body == body  # every mark kept
    text = pdftotext(session.case_summary_pdf(client, Profile.FULL, password=None), tmp_path)
    assert "before" in text
    assert "afterword" in text


def test_characters_no_font_has_are_named_not_printed_as_boxes(session: vault.Session) -> None:
    record("fuzz", runs=1, inputs=1)
    client = session.create_client(ClientIdentity("Ana\U0001d56c", "Fraktur"))
    with pytest.raises(InvalidInput, match="fonts cannot show") as refused:
        session.case_summary_pdf(client, Profile.FULL, password=None)
    assert "\U0001d56c" in str(refused.value)


WORDS = ("hearing", "declaration", "李", "محمد", "Zoe\u0301")
MEGABYTE_NOTES = {
    "words": lambda n: " ".join(
        ("hearing", "declaration", "李", "محمد", "Zoe\u0301")[i % 5] for i in range(n)
    ),
    "one word": lambda n: "x" * n,
    "combining": lambda n: "a" + "\u0301" * n,
    "cjk": lambda n: "李小龍" * n,
    "lines": lambda n: "line\n" * n,
}


@pytest.mark.parametrize("shape", MEGABYTE_NOTES)
def test_a_one_megabyte_note_prints_cut_to_a_summary(
    session: vault.Session, tmp_path: Path, shape: str
) -> None:
    """A summary shows a note's first 4,000 characters and a mark that it was
    cut; a 1 MB note of any shape gets there without a hang (hostile.no_hang)."""
    record("fuzz", runs=1, inputs=1)
    client = session.create_client(ClientIdentity("Longnote", shape.title()))
    body = ("startmarker " + MEGABYTE_NOTES[shape](1_000_000))[:1_000_000]
    session.add_record(client, rec.Note(body))
    (stored,) = session.read_client_file(client).of(rec.Note)
    assert stored.record.body == unicodedata.normalize("NFC", body).rstrip()
    pdf = clean(session.case_summary_pdf, client, Profile.FULL, password=None, all_notes=True)
    assert isinstance(pdf, bytes), pdf
    text = pdftotext(pdf, tmp_path)
    assert "startmarker" in text
    assert "[…]" in text
