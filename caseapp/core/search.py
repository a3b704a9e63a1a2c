"""What a person types into a search box, made safe for full-text search.

User text never reaches FTS5's query syntax: it is cut into plain tokens
(runs of letters, digits and combining marks; everything else separates), and
storage quotes each one, so ``"``, ``AND``, ``*``, ``NEAR(`` and ``-`` are
searched for, never parsed. Identifier-looking chunks (``A123-456-789``,
``123-45-6789``) become their digits, which is how the index holds numbers.
"""

from __future__ import annotations

import re
import unicodedata

MAX_QUERY_CHARS = 500
MAX_TOKENS = 8
MAX_TOKEN_CHARS = 64

# A number as pasted: an optional A (A-numbers), then digits with dashes,
# dots or spaces between groups.
_NUMBER_CHUNK = re.compile(r"[Aa]?#?[0-9][0-9\-\u2010-\u2015\u2212.]*[0-9]")
# A USCIS receipt number with dashes typed into it: IOE-09-1234-5678.
_RECEIPT_CHUNK = re.compile(r"[A-Za-z]{3}[0-9]{10}")


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Mn", "Mc", "Co")


def query_tokens(text: str) -> list[str]:
    """The plain tokens of a search, at most ``MAX_TOKENS``, in the order typed."""
    if not isinstance(text, str):
        return []
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_CHARS])
    tokens: list[str] = []
    for chunk in text.split():
        if _NUMBER_CHUNK.fullmatch(chunk):
            digits = "".join(ch for ch in chunk if "0" <= ch <= "9")
            tokens.append(digits)
            continue
        compact = chunk.replace("-", "")
        if _RECEIPT_CHUNK.fullmatch(compact):
            tokens.append(compact)
            continue
        current: list[str] = []
        for ch in chunk + " ":
            if _is_token_char(ch):
                current.append(ch)
            elif current:
                tokens.append("".join(current))
                current = []
    return [t[:MAX_TOKEN_CHARS] for t in tokens if t][:MAX_TOKENS]


def name_for_search(text: str, max_chars: int = 200) -> str:
    """A name typed into a search or conflict check, made harmless rather than
    refused: control, format and broken characters dropped, space collapsed, cut
    to ``max_chars``. (Names that are *stored* are refused instead: see
    ``core.clients.clean_name``.)"""
    if not isinstance(text, str):
        return ""
    kept = []
    for ch in unicodedata.normalize("NFC", text[: 4 * max_chars]):
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or (category == "Cf" and ch not in "\u200c\u200d"):
            kept.append(" ")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())[:max_chars]
