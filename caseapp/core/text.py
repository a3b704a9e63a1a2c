"""Free text as typed at intake: NFC-normalised, kept exactly otherwise.

Two shapes: a *line* (a court's name, a label, a code word) and *multi-line*
text (notes, outcomes). Both refuse what can hide or fake text on screen —
control characters, lone surrogates and bidi overrides — and say so without
repeating the text, which may be client data.
"""

from __future__ import annotations

import unicodedata

from caseapp.core.errors import InvalidInput

MAX_LINE_CHARS = 500
# A note pasted from a long declaration can be big; a megabyte of text is far
# past any real note and still small enough to render and index.
MAX_NOTE_CHARS = 1_000_000

# Bidi embeddings and overrides (U+202A-U+202E) reorder what follows them: the
# "Trojan Source" trick that makes a name or a filename read differently on
# screen. Isolates (U+2066-U+2069) and the directional marks (LRM, RLM and the
# Arabic letter mark) are what editors insert in mixed Arabic/Latin text, so
# multi-line text keeps those.
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
_LINE_FORMAT_ALLOWED = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: needed by several scripts
_TEXT_FORMAT_ALLOWED = _LINE_FORMAT_ALLOWED | frozenset(
    "\u200b\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u00ad\u2060\ufeff"
)


def _refuse_hidden(text: str, label: str, allowed_format: frozenset[str], newlines: bool) -> None:
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc" and not (newlines and ch in "\n\t"):
            raise InvalidInput(f"{label} contains an invisible control character; retype it.")
        if category == "Cs":
            raise InvalidInput(f"{label} contains a broken character; retype it.")
        if category == "Cf" and (ch in _BIDI_OVERRIDES or ch not in allowed_format):
            raise InvalidInput(
                f"{label} contains an invisible formatting character that can make text "
                "read differently on screen; retype it."
            )


def clean_line(value: str, label: str, *, required: bool = False, max_chars: int = 0) -> str:
    """One line: NFC, outer space trimmed, inner runs of white space collapsed."""
    limit = max_chars or MAX_LINE_CHARS
    if len(value) > 4 * limit:  # do not normalise megabytes only to refuse them
        raise InvalidInput(f"{label} is longer than {limit} characters.")
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if required and not text:
        raise InvalidInput(f"{label} is required.")
    if len(text) > limit:
        raise InvalidInput(f"{label} is longer than {limit} characters.")
    _refuse_hidden(text, label, _LINE_FORMAT_ALLOWED, newlines=False)
    return text


def clean_text(value: str, label: str, *, required: bool = False, max_chars: int = 0) -> str:
    """Multi-line text: NFC, line ends made ``\\n``, trailing space trimmed; tabs kept."""
    limit = max_chars or MAX_NOTE_CHARS
    if len(value) > 2 * limit:
        raise InvalidInput(f"{label} is longer than {limit:,} characters.")
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if required and not text.strip():
        raise InvalidInput(f"{label} is required.")
    if len(text) > limit:
        raise InvalidInput(f"{label} is longer than {limit:,} characters.")
    _refuse_hidden(text, label, _TEXT_FORMAT_ALLOWED, newlines=True)
    return text
