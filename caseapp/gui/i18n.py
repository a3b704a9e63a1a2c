"""Translation: every user-facing string of the GUI goes through :func:`tr`.

``pyside6-lupdate`` files a bare ``tr("…")`` call (and ``QT_TR_NOOP("…")``)
under the empty context wherever it appears, so :func:`tr` looks strings up
in that same context: one catalogue, one source of truth per string.
The catalogues live in ``resources/i18n/caseapp_<lang>.ts`` (sources, in git)
and are compiled to ``.qm`` by ``make translations`` (``make run`` and
``make test`` do it first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from caseapp.core import resources
from caseapp.core.case_codes import Term

LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"
LANGUAGE_KEY = "ui/language"  # "" or absent: follow the system

_installed: QTranslator | None = None
_installed_core: QTranslator | None = None  # the messages from core/ and services/
_language = DEFAULT_LANGUAGE


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``%n`` is replaced by ``n``)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def catalogue_dir() -> Path:
    return resources.path("i18n")


def system_language() -> str:
    name = QLocale.system().name().split("_")[0].lower()
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(override: str) -> str:
    """The override from settings if it is one we have, else the system's."""
    return override if override in LANGUAGES else system_language()


def install(language: str) -> str:
    """Use ``language`` for every string from now on; returns the language used.

    English is the source language; its catalogue holds only the plural forms
    ("1 client", "2 clients"). A missing or unreadable catalogue falls back to
    the English source text rather than failing to start.
    """
    global _installed, _installed_core, _language
    app = QCoreApplication.instance()
    if app is None:
        return DEFAULT_LANGUAGE
    for old in (_installed, _installed_core):
        if old is not None:
            app.removeTranslator(old)
    _installed = _installed_core = None
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _language = DEFAULT_LANGUAGE
    translator = QTranslator(app)
    if not translator.load(str(catalogue_dir() / f"caseapp_{language}.qm")):
        return DEFAULT_LANGUAGE
    app.installTranslator(translator)
    _installed = translator
    _language = language
    core = QTranslator(app)
    if core.load(str(catalogue_dir() / f"caseapp_core_{language}.qm")):
        app.installTranslator(core)
        _installed_core = core
    return language


def term_label(term: Term) -> str:
    """A vocabulary term's label in the interface language (terms carry both)."""
    if _language == "es" and term.label_es:
        return term.label_es
    return term.label_en


def current_language() -> str:
    return _language
