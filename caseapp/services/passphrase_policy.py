"""How strong a new passphrase must be (zxcvbn estimate plus a length floor)."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from caseapp.core.errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline attacks"
_ASSESS_CHARS = 100  # zxcvbn grows slow on very long input; the tail adds strength anyway


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
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            min(score, 2), False, f"Use at least {MIN_LENGTH} characters. {feedback}".strip()
        )
    return Strength(score, score >= MIN_SCORE, feedback)


def require_strong(passphrase: str, user_inputs: list[str] | None = None) -> None:
    strength = assess(passphrase, user_inputs)
    if not strength.acceptable:
        detail = f" {strength.feedback}" if strength.feedback else ""
        raise WeakPassphrase(WeakPassphrase.default_message + detail)
