"""Messages raised by core and services reach the Spanish screen in Spanish.

The catalogue ``resources/i18n/caseapp_core_es.ts`` holds every template the
extractor finds, each translated with its placeholders and code words intact;
real errors come out in Spanish with their values filled in; anything else
passes through unchanged.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from caseapp.core import case_codes, clients, codes, identifiers, intake_json, phones, records
from caseapp.core.errors import CaseappError, InvalidInput, WrongPassphrase
from caseapp.gui import core_messages, i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "caseapp_core_es.ts"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
PLACEHOLDER = re.compile(r"%\d+")
# Words a translation keeps as they are: commands, field keys, file names, the format.
CODE = re.compile(
    r"`[^`]+`|\b\w*_\w*\b|\b[\w-]+\.(?:db|keys|json|docx|xlsx)\b|caseapp-client/1|\bcaseapp\b"
)
TODAY = date(2025, 6, 1)


def _messages(path: Path) -> list[ET.Element]:
    # Our own catalogue from the checkout, not untrusted input.
    root = ET.parse(path).getroot()  # noqa: S314
    contexts = [c for c in root.iter("context") if c.findtext("name") == "core"]
    return [message for context in contexts for message in context.iter("message")]


def _message_of(call: object) -> str:
    assert callable(call)
    with pytest.raises(CaseappError) as caught:
        call()
    return str(caught.value)


@pytest.fixture(scope="module")
def templates() -> list[core_messages.Template]:
    return core_messages.extract()


@pytest.fixture
def spanish(qapp: object, tmp_path: Path) -> Iterator[None]:
    """The Spanish interface with the core catalogue compiled from the checkout."""
    qm = tmp_path / "caseapp_core_es.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator(app)
    assert translator.load(str(qm))
    assert i18n.install("es") == "es", "resources/i18n/*.qm missing: run `make translations`"
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        i18n.install("en")


# -- the catalogue --------------------------------------------------------------------------------


def test_the_catalogue_holds_exactly_the_templates_of_the_code(
    templates: list[core_messages.Template],
) -> None:
    found = {t.text for t in templates}
    listed = {m.findtext("source") or "" for m in _messages(TS)}
    new, gone = sorted(found - listed), sorted(listed - found)
    hint = "run `python -m caseapp.gui.core_messages --update-ts " + str(TS.relative_to(ROOT))
    assert (new, gone) == ([], []), f"{hint}` and translate what is new"
    assert len(listed) == len(_messages(TS)), "a template is listed twice"


def test_every_template_is_translated_faithfully() -> None:
    problems = []
    for message in _messages(TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") is not None or not text.strip():
            problems.append(f"not translated: {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        problems += [
            f"{token!r} changed: {source!r} -> {text!r}"
            for token in sorted(set(CODE.findall(source)))
            if token not in text
        ]
    assert problems == []


def test_the_extractor_reads_every_kind_of_message(templates: list[core_messages.Template]) -> None:
    found = {t.text: t for t in templates}
    # An f-string, numbered in order.
    assert "%1 is in the future; check the date." in found
    assert "%1 has exactly 9 digits, written %2; count them again." in found
    # A class's default message, and one built from a module constant.
    assert "The vault is locked. Unlock it again to continue." in found
    assert "The client file is not in the caseapp-client/1 format." in found
    # ``a if c else b``: one template per branch.
    assert "Too many failed attempts. Wait %1 second before trying again." in found
    assert "Too many failed attempts. Wait %1 seconds before trying again." in found
    # A module constant raised by name, and a message passed as a parameter.
    assert "That record is not in this client's file." in found
    assert "The release date is before the detention date." in found
    # Vocabulary messages, and the names they fill in.
    assert "That is not a choice for the %1. Choose one of: %2." in found
    assert found["case status"].label
    # Labels passed to the checks that fill the placeholders.
    assert found["The member's date of birth"].label
    assert not found["%1 is required."].label
    # Builtin exceptions are programming errors, never shown: left out.
    assert not any("is ambiguous or empty" in text for text in found)
    # Each where its text is written: the lines exist and hold (part of) the text.
    for template in templates:
        for rel, line in template.locations:
            lines = (ROOT / rel).read_text(encoding="utf-8").splitlines()
            assert 0 < line <= len(lines), (template.text, rel, line)


def test_the_command_keeps_translations_and_drops_what_is_gone(tmp_path: Path) -> None:
    copy = tmp_path / "caseapp_core_es.ts"
    shutil.copy(TS, copy)
    done = subprocess.run(
        [sys.executable, "-m", "caseapp.gui.core_messages", "--update-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "(0 new and" in done.stdout, done.stdout + done.stderr
    assert done.stderr == ""  # no message the extractor cannot read
    assert core_messages.read_ts(copy) == core_messages.read_ts(TS)

    # Against a catalogue with one translation and one template that no longer exists.
    old = tmp_path / "old_es.ts"
    old.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">\n'
        "<context>\n    <name>core</name>\n"
        "    <message>\n        <source>%1 is required.</source>\n"
        "        <translation>%1: obligatorio.</translation>\n    </message>\n"
        "    <message>\n        <source>A message nobody raises.</source>\n"
        "        <translation>Un mensaje.</translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    new, kept, dropped = core_messages.write_ts(old, core_messages.extract(), "es")
    assert (kept, dropped) == (1, 1)
    entries = core_messages.read_ts(old)
    assert entries["%1 is required."].translation == "%1: obligatorio."
    assert entries["%1 is required."].kind is None
    assert "A message nobody raises." not in entries
    assert sum(e.kind == "unfinished" for e in entries.values()) == new
    text = old.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    assert '<translation type="unfinished"></translation>' in text
    # Locations as lupdate writes them: relative to the catalogue's folder.
    assert '<location filename="../../caseapp/core/' in TS.read_text(encoding="utf-8")


# -- at run time ----------------------------------------------------------------------------------


def test_real_errors_come_out_in_spanish(spanish: None) -> None:
    future = date.today() + timedelta(days=3)
    cases = {
        lambda: identifiers.parse_a_number("12"): (
            "Un Número A tiene de 7 a 9 dígitos después de la A; vuelva a contar los dígitos "
            "del aviso o de la tarjeta."
        ),
        lambda: clients.validate_identity(
            clients.ClientIdentity("Ana", date_of_birth=future)
        ): "La fecha de nacimiento está en el futuro.",
        lambda: case_codes.CASE_STATUSES.parse("maybe"): (
            "Esa no es una opción válida para el estado del caso. Elija una de estas: "
            "Abierto, Pendiente (en espera de una agencia) o Cerrado."
        ),
        lambda: records.parse_amount("abc"): (
            "El monto debe escribirse como 1250.50 (dólares y centavos)."
        ),
        # The label is itself translated; a value that is not a label stays as it is.
        lambda: records.HouseholdMember("Ana", date_of_birth=future).cleaned(date.today()): (
            "La fecha de nacimiento del miembro del hogar está en el futuro; revise la fecha."
        ),
        lambda: records.parse_amount("abc", "El monto mensual"): (
            "El monto mensual debe escribirse como 1250.50 (dólares y centavos)."
        ),
        lambda: identifiers.parse_itin("12-34"): (
            "Un ITIN tiene exactamente 9 dígitos y se escribe 9XX-XX-XXXX; vuelva a contarlos."
        ),
        lambda: clients.validate_identity(clients.ClientIdentity(" ")): (
            "Nombre(s) de pila: este dato es obligatorio."
        ),
        # A message inside a message, an ordinal, a phone number's origin.
        lambda: codes.parse_country_list("MX, Narnia"): (
            "Revise el elemento n.º 2 de la lista de países. Use un código de país, como MX "
            "o GT, o el nombre del país en inglés."
        ),
        lambda: phones.parse_phone("555 12"): (
            "Ese número de teléfono es demasiado corto para un número de EE. UU. Incluya el "
            "código de país, p. ej., +502 para Guatemala, si el número no es de EE. UU."
        ),
        lambda: intake_json.load_client_json(
            '{"format": "caseapp-client/1", "given_names": "A", "profile": {"region": "mars"}}',
            today=TODAY,
        ): (
            "profile.region: La región es una de estas: 48 estados y DC (48_states_dc), "
            "alaska, hawaii."
        ),
    }
    for call, spanish_text in cases.items():
        english = _message_of(call)
        assert core_messages.translate_message(english) == spanish_text, english
    assert core_messages.translate_message(str(WrongPassphrase())).startswith(
        "Ese nombre de usuario y esa frase de contraseña no abren esta bóveda."
    )


def test_each_call_takes_at_most_a_few_milliseconds(spanish: None) -> None:
    texts = [
        str(InvalidInput("The member's date of birth is in the future; check the date.")),
        "Text that no template matches, as long as a real message " * 3,
        "profile.region: The region is one of: 48 states and DC (48_states_dc), alaska, hawaii.",
    ]
    core_messages.translate_message(texts[0])  # the catalogue is compiled once, here
    start = time.perf_counter()
    for _ in range(100):
        for text in texts:
            core_messages.translate_message(text)
    assert (time.perf_counter() - start) / 300 < 0.005


def test_unknown_text_passes_through_unchanged(spanish: None) -> None:
    for text in (
        "Something nobody wrote.",
        "",
        "Date of birth is in the past.",  # close to a template, but not one
        "The vault is locked.",  # part of a message only
        "Texto que ya está en español.",
    ):
        assert core_messages.translate_message(text) == text


class _NoCatalogue:
    """A Qt without the core catalogue: every text comes back as it was asked for."""

    @staticmethod
    def translate(context: str, text: str, *args: object) -> str:
        return text


def test_english_and_missing_translations_return_the_text(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = _message_of(lambda: identifiers.parse_a_number("12"))
    required = _message_of(lambda: clients.validate_identity(clients.ClientIdentity("")))
    i18n.install("en")
    assert core_messages.translate_message(message) == message
    assert core_messages.translate_message(required) == required
    # Spanish screens without the core catalogue: the English text, not half of each.
    assert i18n.install("es") == "es", "resources/i18n/*.qm missing: run `make translations`"
    try:
        monkeypatch.setattr(core_messages, "QCoreApplication", _NoCatalogue)
        assert core_messages.translate_message(message) == message
        assert core_messages.translate_message(required) == required
    finally:
        i18n.install("en")
