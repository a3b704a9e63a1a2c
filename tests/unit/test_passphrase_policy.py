"""What counts as a strong enough new passphrase."""

from __future__ import annotations

import pytest

from caseapp.core.errors import WeakPassphrase
from caseapp.services.passphrase_policy import MIN_LENGTH, assess, require_strong


@pytest.mark.parametrize(
    "weak",
    [
        "",
        "short",
        "password123",
        "password password",
        "mgarcia mgarcia",
        "Password1Password1",
        "abcabcabcabcabcabc",
        "qwertyuiopasdfgh",
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(weak: str) -> None:
    strength = assess(weak)
    assert not strength.acceptable
    with pytest.raises(WeakPassphrase) as err:
        require_strong(weak)
    assert "too easy to guess" in str(err.value)


def test_user_name_counts_against_the_passphrase() -> None:
    assert not assess("mgarcia2024!", ["mgarcia"]).acceptable


@pytest.mark.parametrize(
    "strong",
    [
        "correct horse battery staple",
        "purple elephant dancing quietly",
        "Ñandú corre por la pampa helada",
        # longer than zxcvbn's 72-character limit
        "correct horse battery staple under the old bridge near the river bend at dawn",
    ],
)
def test_strong_passphrases_pass(strong: str) -> None:
    assert len(strong) >= MIN_LENGTH
    assert assess(strong).acceptable
    require_strong(strong)


def test_a_megabyte_passphrase_is_judged_quickly_without_error() -> None:
    assert assess("é" * 1_000_000).acceptable is False
    assert assess("unrelated words " + "x9Q" * 300_000).score >= 0
