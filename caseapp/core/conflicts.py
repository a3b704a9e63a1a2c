"""Conflict check: is a prospective client, or the adverse party of a new case, on file?

Storage fetches candidates from the FTS5 index with ``fts_terms`` (the index
holds ``index_text`` for every client, alias, adverse or related party and
household member), builds a ``ConflictCandidate`` for each row, calls ``score``
and hands the hits to ``rank``. Everything here is pure and never raises on
any name text (lone surrogates and 10,000 characters included); a name with
no tokens matches nothing.

Normalising a name
    NFKD, casefold, then accents dropped (María = maria, Nguyễn = nguyen) and
    the letters that do not decompose folded by a table (Ł, Ø, Đ, ð, ß, æ,
    œ, ı, þ, ħ, ŧ). White space, dashes, apostrophes, dots, commas and every
    other character that is not a letter, digit or mark separate tokens.
    Other scripts keep their letters (no transliteration); Arabic loses its
    optional vowel points and tatweel, Persian and Arabic yeh and kaf are one
    letter. A CJK run without spaces is one token. Particles (de, del, la,
    van, der, al, bin, ...) are dropped from a name part that has other
    tokens, so "De La Cruz" is "cruz" but a family name that is only "De"
    stays "de".

Scores (0-100; a hit scores at least MIN_SCORE = 40)
    Family part x given part, order-free within each part, and tried with
    given and family swapped (intake often swaps them); plus a check on all
    tokens together for names typed into one field:

    same words (EXACT_MATCH)                  90  "López García, María" / "Maria Garcia Lopez"
    one part same, the other a subset         80  "Maria Garcia" / "María García López";
                                                  "Juan Garcia" / "Juan Carlos Garcia"
    both parts subsets                        70
    all words of one name in the other        70  both of 2+ words (a name typed in one field)
    one part same, the other an initial       60  "J. Garcia" / "Juan Garcia"
    one part a subset, the other an initial   50
    one part same, the other shares a word    35  "Maria Garcia Lopez" / "Maria Garcia Perez"
    one part matches, the other differs       30  "Maria Garcia" / "Maria Rodriguez"
    both parts share a word but differ        25
    (the last three are hits only with a matching date of birth)

    A token pair at Damerau-Levenshtein distance 1 (both 5+ letters) counts
    as equal for 25 points less each ("Similar spelling"); a part spelled
    with or without spaces or apostrophes ("McDonald" / "Mc Donald") as equal
    for 5 points less. A single shared token (only "maria") is never a hit.

    Date of birth: same +15 (capped at 100); day and month swapped, same
    year, +5; otherwise -25, so an exact name with another date still shows
    (65). An adverse party whose name scores MEDIUM_MATCH (50) or more is
    always listed, at MIN_SCORE at least: a conflict of interest is the one
    thing the check must not miss.

Speed: the key of each name is built once, when the query or candidate is
made. Most candidates the index returns share one common word ("maria") and
nothing else; an exact pre-check turns those away with a few set operations
before the part-by-part comparison runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal, TypeAlias, get_args

ConflictKind = Literal["client", "alias", "adverse_party", "related_party", "household_member"]
CONFLICT_KINDS: Final[frozenset[str]] = frozenset(get_args(ConflictKind))

EXACT_MATCH: Final = 90
MEDIUM_MATCH: Final = 50
MIN_SCORE: Final = 40
DOB_SAME_BONUS: Final = 15
DOB_SWAPPED_BONUS: Final = 5
DOB_DIFFERENT_PENALTY: Final = 25
SIMILAR_SPELLING_PENALTY: Final = 25
SPACING_PENALTY: Final = 5

REASON_SAME_NAME: Final = "Same name (accents and order ignored)"
REASON_ALL_PARTS: Final = "All parts of the shorter name match"
REASON_SAME_FAMILY: Final = "Same family name"
REASON_ONE_OF_TWO: Final = "Family name matches one of two surnames"
REASON_FAMILY_INITIAL: Final = "Family name initial matches"
REASON_SHARES_SURNAME: Final = "Shares one of two surnames"
REASON_DIFFERENT_FAMILY: Final = "Different family name"
REASON_SAME_GIVEN: Final = "Same given name"
REASON_GIVEN_SUBSET: Final = "Given names match apart from a middle name"
REASON_GIVEN_INITIAL: Final = "Given name initial matches"
REASON_SHARES_GIVEN: Final = "Shares a given name"
REASON_DIFFERENT_GIVEN: Final = "Different given name"
REASON_SWAPPED: Final = "Given and family names swapped"
REASON_SIMILAR: Final = "Similar spelling"
REASON_SPACING: Final = "Written with different spacing or punctuation"
REASON_DOB_SAME: Final = "Same date of birth"
REASON_DOB_SWAPPED: Final = "Date of birth matches with day and month swapped"
REASON_DOB_DIFFERENT: Final = "Different date of birth"
REASON_OTHER_NAME: Final = "Matches another name the person uses"

KIND_REASONS: Final[dict[str, str]] = {
    "client": "Is an existing client",
    "alias": "Matches an alias",
    "adverse_party": "Is an adverse party in an existing case",
    "related_party": "Is a related party in an existing case",
    "household_member": "Is a household member of an existing client",
}
# Ties go to the record that is most serious to miss.
_KIND_PRIORITY: Final[dict[str, int]] = {
    "adverse_party": 0,
    "client": 1,
    "alias": 2,
    "related_party": 3,
    "household_member": 4,
}

# --- Normalisation -----------------------------------------------------------

# Names are at most 200 characters once cleaned; anything far longer is not a
# name, and capping it keeps the pairwise comparisons below bounded.
_MAX_PART_CHARS = 1_000
_MAX_PART_TOKENS = 24
_FUZZY_MIN_LEN = 5
# "de la cruz" is three pieces; six bounds the search for a joined spelling.
_MAX_JOINED_PIECES = 6

# Spanish, Portuguese, Dutch, German and Arabic particles.
_PARTICLES: Final = frozenset(
    {"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos"}
    | {"van", "der", "den", "von", "al", "el", "bin", "ibn"}
)

# Applied after casefold, so lower case is enough.
_FOLD: Final[dict[str, str]] = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "þ": "th",
    "ħ": "h",
    "ŧ": "t",
    # Modifier letters used as apostrophes (Lm, so not caught as punctuation).
    "\u02b9": " ",
    "\u02bb": " ",
    "\u02bc": " ",
    "\u02bd": " ",
    # Transliterated ayin and hamza: "Saʿid" is mostly typed "Said".
    "\u02be": "",
    "\u02bf": "",
    "\u0640": "",  # tatweel only stretches a word
    # Arabic and Persian keyboards type different code points for one letter.
    "\u0649": "\u064a",
    "\u06cc": "\u064a",
    "\u06a9": "\u0643",
}

# Canonical combining classes of marks that spell a sound rather than accent
# a letter: nukta, kana voicing, virama, and the Telugu, Thai, Lao and Tibetan
# vowel and tone signs. Accents (200+), overlays (1), Hebrew points and
# Arabic vowel points (10-35) are dropped.
_KEPT_MARK_CLASSES: Final = frozenset(range(6, 10)) | frozenset(range(36, 200))
# Invisible marks of class 0: grapheme joiner, variation selectors.
_INVISIBLE_MARKS: Final = frozenset(
    chr(cp) for cp in (0x034F, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0))
)

# ASCII needs none of the Unicode work: lower-case letters and digits stay,
# everything else separates. Same result as the general path, much faster.
_ASCII_FOLD: Final = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256)
)
# Bounds the per-character cache below even if someone pastes all of Unicode.
_MAX_CACHED_CHARS = 20_000


def _fold_char(ch: str) -> str:
    """What one character of casefolded NFKD text becomes: itself, a fold, "" or " "."""
    mapped = _FOLD.get(ch)
    if mapped is not None:
        return mapped
    mark_class = unicodedata.combining(ch)
    if mark_class:
        return ch if mark_class in _KEPT_MARK_CLASSES else ""
    if ch in _INVISIBLE_MARKS:
        return ""
    cat = unicodedata.category(ch)
    if cat[0] in "LNM":
        return ch
    # Joiners and direction marks are invisible: dropped, not separators.
    return "" if cat == "Cf" else " "


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character.

    Translating in C is what keeps building 5,000 candidate keys cheap; a
    table of every code point would cost a second at import.
    """

    def __missing__(self, code_point: int) -> str:
        folded = _fold_char(chr(code_point))
        if len(self) < _MAX_CACHED_CHARS:
            self[code_point] = folded
        return folded


_FOLD_TABLE: Final = _FoldTable()


def _fold(text: str) -> str:
    """Folded text with every separator as a space (not yet split)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    # NFKD again after casefold: folding can leave a composed character.
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return text.translate(_FOLD_TABLE)


def normalise_token(text: str) -> str:
    """Fold text for matching: no accents or case; separators become single spaces."""
    return " ".join(_fold(text).split())


def _raw_tokens(part: str) -> tuple[str, ...]:
    """Tokens of one name part in typed order, particles kept, duplicates dropped."""
    if len(part) > _MAX_PART_CHARS:
        part = part[:_MAX_PART_CHARS]
    tokens = _fold(part).split()
    if len(tokens) < 2:
        return tuple(tokens)
    return tuple(dict.fromkeys(tokens[:_MAX_PART_TOKENS]))


def _without_particles(raw: tuple[str, ...]) -> tuple[str, ...]:
    if _PARTICLES.isdisjoint(raw):
        return raw
    kept = tuple(t for t in raw if t not in _PARTICLES)
    return kept or raw


def name_tokens(*parts: str) -> tuple[str, ...]:
    """Matching tokens of the name parts, in order; particles dropped per part."""
    out: dict[str, None] = {}
    for part in parts:
        out.update(dict.fromkeys(_without_particles(_raw_tokens(part))))
    return tuple(out)


# --- Keys --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name reduced to what matching compares. Equal keys: same tokens in each part.

    ``family_raw`` and ``given_raw`` keep typed order and particles; they only
    serve to recognise one spelling with and without spaces.
    """

    tokens: frozenset[str]
    family: frozenset[str]
    given: frozenset[str]
    full: str
    family_raw: tuple[str, ...] = field(default=(), compare=False, repr=False)
    given_raw: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        # A key built by hand has no typed order; sorted is as good as any.
        if self.family and not self.family_raw:
            object.__setattr__(self, "family_raw", tuple(sorted(self.family)))
        if self.given and not self.given_raw:
            object.__setattr__(self, "given_raw", tuple(sorted(self.given)))


def name_key(given: str, family: str) -> NameKey:
    """The key of a name given as its given and family parts (either may be empty)."""
    given_raw = _raw_tokens(given)
    family_raw = _raw_tokens(family)
    given_set = frozenset(_without_particles(given_raw))
    family_set = frozenset(_without_particles(family_raw))
    tokens = given_set | family_set
    return NameKey(
        tokens=tokens,
        family=family_set,
        given=given_set,
        full=" ".join(sorted(tokens)),
        family_raw=family_raw,
        given_raw=given_raw,
    )


def fts_terms(key: NameKey) -> tuple[str, ...]:
    """Terms to OR together when fetching candidates: tokens, and parts written joined."""
    terms = set(key.tokens)
    # "Mc Donald" must fetch a "McDonald" that shares no other token.
    for raw in (key.given_raw, key.family_raw):
        if len(raw) > 1:
            terms.add("".join(raw))
    return tuple(sorted(terms))


def index_text(given: str, family: str) -> str:
    """What the FTS index stores for a candidate, so that ``fts_terms`` finds it."""
    return " ".join(fts_terms(name_key(given, family)))


# --- Records and hits --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConflictCandidate:
    """A person on file that storage fetched for the check."""

    kind: ConflictKind
    client_uuid: str  # the client the record belongs to
    record_uuid: str
    given: str
    family: str
    date_of_birth: date | None = None
    key: NameKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in CONFLICT_KINDS:
            raise ValueError(f"Unknown conflict record kind {self.kind!r}.")
        object.__setattr__(self, "key", name_key(self.given, self.family))


@dataclass(frozen=True, slots=True)
class _QueryName:
    """One name of the query with what the quick filter looks up for every candidate."""

    key: NameKey
    raw: tuple[str, ...]
    raw_set: frozenset[str]
    # Proper prefixes of its words: a candidate piece among them may be half
    # of a word this name writes joined.
    prefixes: frozenset[str]
    one_word: bool
    repeats_word: bool  # a word in both its given and family parts
    initials: frozenset[str]
    first_letters: frozenset[str]
    # Words of 5+ letters by their first two and by their last two letters.
    by_start: dict[str, tuple[str, ...]]
    by_end: dict[str, tuple[str, ...]]


def _prepare(key: NameKey) -> _QueryName:
    raw = key.given_raw + key.family_raw
    long_words = sorted(t for t in key.tokens if len(t) >= _FUZZY_MIN_LEN)
    by_start: dict[str, tuple[str, ...]] = {}
    by_end: dict[str, tuple[str, ...]] = {}
    for word in long_words:
        by_start[word[:2]] = (*by_start.get(word[:2], ()), word)
        by_end[word[-2:]] = (*by_end.get(word[-2:], ()), word)
    return _QueryName(
        key=key,
        raw=raw,
        raw_set=frozenset(raw),
        prefixes=frozenset(w[:i] for w in raw for i in range(1, len(w))),
        one_word=len(key.tokens) == 1,
        repeats_word=not key.given.isdisjoint(key.family),
        initials=frozenset(t for t in key.tokens if len(t) == 1),
        first_letters=frozenset(t[0] for t in key.tokens if len(t) > 1),
        by_start=by_start,
        by_end=by_end,
    )


@dataclass(frozen=True, slots=True)
class ConflictQuery:
    """The person being checked; ``other_names`` are (given, family) pairs, e.g. aliases."""

    given: str
    family: str = ""
    date_of_birth: date | None = None
    other_names: tuple[tuple[str, str], ...] = ()
    keys: tuple[NameKey, ...] = field(init=False, repr=False, compare=False)
    _prepared: tuple[_QueryName, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = ((self.given, self.family), *self.other_names)
        keys = tuple(name_key(g, f) for g, f in names)
        object.__setattr__(self, "keys", keys)
        object.__setattr__(self, "_prepared", tuple(_prepare(k) for k in keys))


@dataclass(frozen=True, slots=True)
class ConflictHit:
    """A plausible match and, for the paralegal, why."""

    candidate: ConflictCandidate
    score: int
    reasons: tuple[str, ...]


# --- Matching ----------------------------------------------------------------

# How two token sets relate, weakest first. ABSENT: one side has none.
_ABSENT, _DIFFERENT, _OVERLAP, _INITIAL, _SUBSET, _EQUAL = range(6)
# (level, similar-spelling pairs, joined spelling, initials used)
_Relation: TypeAlias = tuple[int, int, bool, bool]
_ABSENT_RELATION: Final[_Relation] = (_ABSENT, 0, False, False)
_EQUAL_RELATION: Final[_Relation] = (_EQUAL, 0, False, False)

# (family level, given level) -> score before spelling penalties and dates.
# Symmetric: with given and family swapped, either side's labels could be the
# right ones, and the score must not depend on which person is checked.
_PAIR_SCORES: Final[dict[tuple[int, int], int]] = {
    (_EQUAL, _EQUAL): EXACT_MATCH,
    (_EQUAL, _SUBSET): 80,
    (_SUBSET, _EQUAL): 80,
    (_SUBSET, _SUBSET): 70,
    (_EQUAL, _INITIAL): 60,
    (_INITIAL, _EQUAL): 60,
    (_SUBSET, _INITIAL): 50,
    (_INITIAL, _SUBSET): 50,
    # Below MIN_SCORE: only a date of birth makes these hits. A part that
    # shares a word but differs in another ("Maria Elena" / "Maria Jose",
    # "Garcia Lopez" / "Garcia Perez", "Thi Lan" / "Thi Hoa") more often
    # names someone else; a part that differs entirely may be a married name.
    (_EQUAL, _OVERLAP): 35,
    (_OVERLAP, _EQUAL): 35,
    (_SUBSET, _OVERLAP): 30,
    (_OVERLAP, _SUBSET): 30,
    (_EQUAL, _DIFFERENT): 30,
    (_SUBSET, _DIFFERENT): 30,
    (_DIFFERENT, _EQUAL): 30,
    (_DIFFERENT, _SUBSET): 30,
    (_OVERLAP, _OVERLAP): 25,
}
_ALL_PARTS_SCORE: Final = 70

_FAMILY_REASONS: Final[dict[int, str]] = {
    _EQUAL: REASON_SAME_FAMILY,
    _SUBSET: REASON_ONE_OF_TWO,
    _INITIAL: REASON_FAMILY_INITIAL,
    _OVERLAP: REASON_SHARES_SURNAME,
    _DIFFERENT: REASON_DIFFERENT_FAMILY,
}
_GIVEN_REASONS: Final[dict[int, str]] = {
    _EQUAL: REASON_SAME_GIVEN,
    _SUBSET: REASON_GIVEN_SUBSET,
    _INITIAL: REASON_GIVEN_INITIAL,
    _OVERLAP: REASON_SHARES_GIVEN,
    _DIFFERENT: REASON_DIFFERENT_GIVEN,
}

_DOB_UNKNOWN, _DOB_SAME, _DOB_SWAPPED, _DOB_DIFFERENT = range(4)


def _one_edit_apart(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1, for tokens of 5+ characters."""
    la, lb = len(a), len(b)
    if la > lb:
        a, b, la, lb = b, a, lb, la
    if la < _FUZZY_MIN_LEN or lb - la > 1:
        return False
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la < lb:
        return a[i:] == b[i + 1 :]
    if i == la:
        return False  # equal
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _spells(word: str, pieces: list[str]) -> bool:
    """Whether ``word`` is all of ``pieces`` concatenated in some order."""
    if not pieces:
        return not word
    return any(
        word.startswith(p) and _spells(word[len(p) :], pieces[:i] + pieces[i + 1 :])
        for i, p in enumerate(pieces)
    )


def _joined(a_raw: tuple[str, ...], b_raw: tuple[str, ...]) -> bool:
    """One side writes as one word what the other writes as several (O'Brien, OBrien)."""
    if len(a_raw) < 2 and len(b_raw) < 2:
        return False
    # dict.fromkeys: the same word can be in both parts of a name.
    rest_a = list(dict.fromkeys(t for t in a_raw if t not in b_raw))
    rest_b = list(dict.fromkeys(t for t in b_raw if t not in a_raw))
    if len(rest_a) == 1 and 2 <= len(rest_b) <= _MAX_JOINED_PIECES:
        word, pieces = rest_a[0], rest_b
    elif len(rest_b) == 1 and 2 <= len(rest_a) <= _MAX_JOINED_PIECES:
        word, pieces = rest_b[0], rest_a
    else:
        return False
    return len(word) == sum(map(len, pieces)) and _spells(word, pieces)


def _relate(
    a: frozenset[str],
    b: frozenset[str],
    a_raw: tuple[str, ...],
    b_raw: tuple[str, ...],
    *,
    initials: bool,
) -> _Relation:
    """How two token sets relate; symmetric, and blind to token order."""
    if not a or not b:
        return _ABSENT_RELATION
    if a == b:
        return _EQUAL_RELATION
    common = a & b
    rest_a = a - common
    rest_b = b - common
    similar = 0
    if rest_a and rest_b:
        near_a = {x for x in rest_a if any(_one_edit_apart(x, y) for y in rest_b)}
        if near_a:
            near_b = {y for y in rest_b if any(_one_edit_apart(x, y) for x in near_a)}
            similar = min(len(near_a), len(near_b))
            # Several words near one ("Garsia Grcia" / "Garcia") are not all
            # matched by it: only the side with fewer near words is covered.
            if len(near_a) <= len(near_b):
                rest_a = rest_a - near_a
            if len(near_b) <= len(near_a):
                rest_b = rest_b - near_b
    if not rest_a and not rest_b:
        return (_EQUAL, similar, False, False)
    if _joined(a_raw, b_raw):
        return (_EQUAL, 0, True, False)
    used_initials = False
    if initials:
        letters_a = {x for x in a if len(x) == 1}
        letters_b = {y for y in b if len(y) == 1}
        if letters_a or letters_b:
            firsts_a = {x[0] for x in a if len(x) > 1}
            firsts_b = {y[0] for y in b if len(y) > 1}
            left_a = {
                x for x in rest_a if not (x in firsts_b if len(x) == 1 else x[0] in letters_b)
            }
            left_b = {
                y for y in rest_b if not (y in firsts_a if len(y) == 1 else y[0] in letters_a)
            }
            used_initials = len(left_a) < len(rest_a) or len(left_b) < len(rest_b)
            rest_a, rest_b = frozenset(left_a), frozenset(left_b)
    matched = bool(common) or similar > 0
    if not rest_a or not rest_b:
        if matched:
            return (_SUBSET, similar, False, used_initials)
        if used_initials:
            return (_INITIAL, 0, False, True)
    if matched:
        return (_OVERLAP, similar, False, used_initials)
    return (_DIFFERENT, 0, False, False)


def _modifiers(similar: int, joined: int) -> tuple[int, list[str]]:
    penalty = SIMILAR_SPELLING_PENALTY * similar + SPACING_PENALTY * joined
    reasons = []
    if similar:
        reasons.append(REASON_SIMILAR)
    if joined:
        reasons.append(REASON_SPACING)
    return penalty, reasons


def _part_reason(level: int, similar: int, joined: bool, reasons: dict[int, str]) -> list[str]:
    # "Same family name" would overstate a part matched only by spelling.
    if level == _EQUAL and (similar or joined):
        return []
    return [reasons[level]]


def _pair_score(family: _Relation, given: _Relation) -> tuple[int, tuple[str, ...]]:
    f_level, f_similar, f_joined, f_initials = family
    g_level, g_similar, g_joined, g_initials = given
    base = _PAIR_SCORES.get((f_level, g_level))
    if base is None:
        return 0, ()
    reasons = _part_reason(f_level, f_similar, f_joined, _FAMILY_REASONS)
    reasons += _part_reason(g_level, g_similar, g_joined, _GIVEN_REASONS)
    if f_initials and f_level != _INITIAL:
        reasons.append(REASON_FAMILY_INITIAL)
    if g_initials and g_level != _INITIAL:
        reasons.append(REASON_GIVEN_INITIAL)
    penalty, extra = _modifiers(f_similar + g_similar, f_joined + g_joined)
    return base - penalty, (*reasons, *extra)


def _initial_or_one_word(q: _QueryName, c: NameKey) -> bool:
    """Whether one more weak signal could complete a hit: a matching initial, or one-word names."""
    c_tokens = c.tokens
    if q.one_word and len(c_tokens) == 1:
        return True
    if q.initials and any(t[0] in q.initials for t in c_tokens if len(t) > 1):
        return True
    # min() stays in C, and single-letter tokens are rare.
    return min(map(len, c_tokens)) == 1 and any(
        len(t) == 1 and t in q.first_letters for t in c_tokens
    )


def _could_match(q: _QueryName, c: NameKey, same_dob: bool) -> bool:
    """Cheap necessary condition for a hit: most fetched candidates share one token only.

    Exact, not a heuristic: it only skips pairs the full comparison would score 0.
    A hit needs two matched words (exact or similar), or one and an initial, a
    one-word name or the same date of birth, or a joined spelling.
    """
    c_tokens = c.tokens
    q_tokens = q.key.tokens
    shared = len(q_tokens & c_tokens)
    if shared >= 2 or (shared and same_dob):
        return True
    # A word in both parts ("Juan Juan") counts twice; rare, so not worth counting.
    if q.repeats_word or not c.given.isdisjoint(c.family):
        return True
    # A word written joined starts with a piece of the other side.
    c_raw = c.given_raw + c.family_raw
    if not q.prefixes.isdisjoint(c_raw):
        return True
    q_raw, q_raw_set = q.raw, q.raw_set
    for word in c_raw:
        if word.startswith(q_raw) and word not in q_raw_set:
            return True
    if shared and _initial_or_one_word(q, c):
        return True
    needed = 2 - shared
    by_start, by_end = q.by_start, q.by_end
    for y in c_tokens:
        ly = len(y)
        # A shared word is already counted, and with no word repeated it
        # cannot also be the similar half of a match in another part.
        if ly < _FUZZY_MIN_LEN or y in q_tokens:
            continue
        # One edit leaves the first two or the last two letters alone.
        for x in by_start.get(y[:2], ()) + by_end.get(y[-2:], ()):
            if -2 < len(x) - ly < 2 and _one_edit_apart(x, y):
                needed -= 1
                if needed <= 0:
                    return True
                break
    return needed == 1 and (same_dob or _initial_or_one_word(q, c))


def _name_score(query: _QueryName, c: NameKey, same_dob: bool) -> tuple[int, tuple[str, ...]]:
    """Best name score over the two part orientations and the all-tokens check."""
    q = query.key
    if q.full == c.full:
        return EXACT_MATCH, (REASON_SAME_NAME,)
    if not _could_match(query, c, same_dob):
        return 0, ()
    best: tuple[int, tuple[str, ...]] = (0, ())
    orientations = (
        (q.family, q.given, q.family_raw, q.given_raw, False),
        (q.given, q.family, q.given_raw, q.family_raw, True),
    )
    for q_family, q_given, q_family_raw, q_given_raw, swapped in orientations:
        # An orientation sharing no token in either part has nothing to offer
        # that the all-tokens check below does not; testing both the same way
        # keeps the score blind to which part the query put first.
        if q_family.isdisjoint(c.family) and q_given.isdisjoint(c.given):
            continue
        family = _relate(q_family, c.family, q_family_raw, c.family_raw, initials=True)
        given = _relate(q_given, c.given, q_given_raw, c.given_raw, initials=True)
        points, reasons = _pair_score(family, given)
        if points > best[0]:
            best = (points, (*reasons, REASON_SWAPPED) if swapped else reasons)
    level, similar, joined, _ = _relate(
        q.tokens, c.tokens, q.given_raw + q.family_raw, c.given_raw + c.family_raw, initials=False
    )
    if level == _EQUAL or (level == _SUBSET and min(len(q.tokens), len(c.tokens)) >= 2):
        penalty, extra = _modifiers(similar, int(joined))
        if level == _SUBSET:
            points, reasons = _ALL_PARTS_SCORE - penalty, (REASON_ALL_PARTS, *extra)
        else:  # not the same tokens, so spelling or spacing made them equal
            points, reasons = EXACT_MATCH - penalty, tuple(extra)
        if points > best[0]:
            best = (points, reasons)
    return best


def _dob_relation(a: date | None, b: date | None) -> int:
    if a is None or b is None:
        return _DOB_UNKNOWN
    if a == b:
        return _DOB_SAME
    if a.year == b.year and a.day == b.month and a.month == b.day:
        return _DOB_SWAPPED
    return _DOB_DIFFERENT


_DOB_EFFECTS: Final[dict[int, tuple[int, tuple[str, ...]]]] = {
    _DOB_UNKNOWN: (0, ()),
    _DOB_SAME: (DOB_SAME_BONUS, (REASON_DOB_SAME,)),
    _DOB_SWAPPED: (DOB_SWAPPED_BONUS, (REASON_DOB_SWAPPED,)),
    _DOB_DIFFERENT: (-DOB_DIFFERENT_PENALTY, (REASON_DOB_DIFFERENT,)),
}


def score(query: ConflictQuery, candidate: ConflictCandidate) -> ConflictHit | None:
    """A hit if the candidate plausibly is the person checked, else None."""
    c_key = candidate.key
    if not c_key.tokens:
        return None
    dob = _dob_relation(query.date_of_birth, candidate.date_of_birth)
    best, best_is_other = 0, False
    best_reasons: tuple[str, ...] = ()
    for index, q_name in enumerate(query._prepared):
        if not q_name.key.tokens:
            continue
        points, reasons = _name_score(q_name, c_key, dob == _DOB_SAME)
        if points > best:
            best, best_reasons, best_is_other = points, reasons, index > 0
    if best <= 0:
        return None
    adjust, dob_reasons = _DOB_EFFECTS[dob]
    total = max(0, min(100, best + adjust))
    if total < MIN_SCORE:
        if candidate.kind != "adverse_party" or best < MEDIUM_MATCH:
            return None
        total = MIN_SCORE
    other = (REASON_OTHER_NAME,) if best_is_other else ()
    reasons = (KIND_REASONS[candidate.kind], *best_reasons, *dob_reasons, *other)
    return ConflictHit(candidate, total, reasons)


def _rank_key(hit: ConflictHit) -> tuple[int, int, str, str, str]:
    c = hit.candidate
    return (
        -hit.score,
        _KIND_PRIORITY[c.kind],
        c.family.casefold(),
        c.given.casefold(),
        c.record_uuid,
    )


def rank(hits: Iterable[ConflictHit]) -> list[ConflictHit]:
    """Best first, adverse parties first on ties; one hit per record (the best)."""
    seen: set[tuple[str, str, str]] = set()
    ranked: list[ConflictHit] = []
    for hit in sorted(hits, key=_rank_key):
        c = hit.candidate
        identity = (c.client_uuid, c.kind, c.record_uuid)
        if identity not in seen:
            seen.add(identity)
            ranked.append(hit)
    return ranked
