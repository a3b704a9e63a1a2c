"""Every user-facing string of the GUI is in the catalogue, translated to
Spanish with its placeholders and accelerators intact, and the app shows it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = {lang: ROOT / "resources" / "i18n" / f"caseapp_{lang}.ts" for lang in ("es", "en")}
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?[a-z]+>")


def _messages(path: Path) -> list[ET.Element]:
    # Our own catalogue from the checkout, not untrusted input.
    return list(ET.parse(path).getroot().iter("message"))  # noqa: S314


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text.replace("&&", "")))


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es", "resources/i18n/*.qm missing: run `make translations`"
    yield
    i18n.install("en")


def test_the_catalogues_hold_every_string_of_the_gui(tmp_path: Path) -> None:
    # lupdate over today's code adds nothing to a copy of the committed catalogue.
    copy = tmp_path / "check.ts"
    shutil.copy(TS["es"], copy)
    sources = sorted(str(p) for p in (ROOT / "caseapp" / "gui").glob("*.py"))
    done = subprocess.run(
        [str(LUPDATE), "-no-obsolete", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"\((\d+) new and (\d+) already existing\)", done.stdout + done.stderr)
    assert found, done.stdout + done.stderr
    assert found.group(1) == "0", "new GUI strings: run `make update-translations` and translate"
    assert len(_messages(copy)) == len(_messages(TS["es"]))  # nothing obsolete either


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_message_is_translated_faithfully(lang: str) -> None:
    messages = _messages(TS[lang])
    assert messages
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"not translated: {source!r}")
            continue
        for text in _translations(message):
            if not text.strip():
                problems.append(f"empty: {source!r}")
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"markup differs: {source!r} -> {text!r}")
            if _accelerators(text) > 1 or (_accelerators(source) == 0 and _accelerators(text)):
                problems.append(f"accelerator: {source!r} -> {text!r}")
        if message.get("numerus") == "yes" and len(_translations(message)) != 2:
            problems.append(f"needs singular and plural: {source!r}")
    assert problems == []


def test_english_plurals_read_naturally(qapp: object) -> None:
    i18n.install("en")
    assert i18n.tr("%n client(s).", "", 1) == "1 client."
    assert i18n.tr("%n client(s).", "", 3) == "3 clients."


def test_spanish_is_used_once_installed(spanish: None) -> None:
    assert i18n.current_language() == "es"
    assert i18n.tr("Clients") != "Clients"
    assert "2" in i18n.tr("%n client(s).", "", 2)


def test_language_follows_the_override_or_the_system() -> None:
    assert i18n.choose_language("es") == "es"
    assert i18n.choose_language("xx") == i18n.system_language()
    assert i18n.choose_language("") in i18n.LANGUAGES


def test_messages_from_the_rules_are_shown_in_spanish(spanish: None) -> None:
    from caseapp.core.errors import CaseappError
    from caseapp.core.identifiers import parse_a_number
    from caseapp.gui.error_text import user_message

    with pytest.raises(CaseappError) as caught:
        parse_a_number("12")
    english = str(caught.value)
    shown = user_message(caught.value)
    assert shown != english
    assert "Número A" in shown or "número A" in shown, shown


def test_every_conflict_reason_is_in_the_catalogue() -> None:
    from caseapp.core import conflicts
    from caseapp.gui.intake_dialog import REASONS

    core = {v for k, v in vars(conflicts).items() if k.startswith("REASON_")}
    core |= set(conflicts.KIND_REASONS.values())
    assert core == set(REASONS)
