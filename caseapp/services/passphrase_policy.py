"""How strong a new passphrase must be (zxcvbn estimate plus a length floor)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from zxcvbn import zxcvbn

from caseapp.core.errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline attacks"
# zxcvbn refuses input over 72 characters (and grows slow near it); a longer
# passphrase is judged on its first 72, the rest only adds strength.
_ASSESS_CHARS = 72


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    feedback: str

    @property
    def label(self) -> str:
        return ("Very weak", "Weak", "Fair", "Strong", "Very strong")[self.score]


def assess(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    if not passphrase:
        return Strength(0, False, "Enter a passphrase.")
    result = zxcvbn(passphrase[:_ASSESS_CHARS], user_inputs=list(user_inputs or []))
    score = int(result["score"])
    hints = [result["feedback"].get("warning") or "", *result["feedback"].get("suggestions", [])]
    feedback = " ".join(h for h in hints if h)
    if _is_repetition(passphrase):
        # zxcvbn rates "password password" as strong; a repeated word is not.
        return Strength(min(score, 1), False, "Repeating a word does not make it harder to guess.")
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            min(score, 2), False, f"Use at least {MIN_LENGTH} characters. {feedback}".strip()
        )
    return Strength(score, score >= MIN_SCORE, feedback)


def _is_repetition(passphrase: str) -> bool:
    """True for one word or pattern said again: "password password", "abcabc"."""
    compact = re.sub(r"[\W_]+", "", passphrase.casefold())
    # A string is a repetition of a shorter unit iff it occurs inside itself doubled
    # before its own length (linear time, no regex backtracking on long input).
    return len(compact) > 1 and (compact + compact).find(compact, 1) < len(compact)


def require_strong(passphrase: str, user_inputs: list[str] | None = None) -> None:
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        detail = f" {strength.feedback}" if strength.feedback else ""
        raise WeakPassphrase(WeakPassphrase.default_message + detail)
