"""Recovery codes under arbitrary input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.errors import InvalidRecoveryCode
from caseapp.crypto import recovery

SETTINGS = settings(max_examples=400, deadline=None, database=None)


@SETTINGS
@given(st.binary(min_size=20, max_size=20))
def test_parse_inverts_format(raw: bytes) -> None:
    assert recovery.parse(recovery.format_code(raw)) == bytearray(raw)


@SETTINGS
@given(st.binary(min_size=20, max_size=20), st.sampled_from([" ", "", "-", "  ", "\t"]))
def test_parse_ignores_case_and_separators(raw: bytes, sep: str) -> None:
    text = recovery.format_code(raw).replace("-", sep).lower()
    assert recovery.parse(text) == bytearray(raw)


@SETTINGS
@given(st.text(max_size=80))
def test_parse_raises_only_invalid_recovery_code(text: str) -> None:
    try:
        result = recovery.parse(text)
    except InvalidRecoveryCode as exc:
        message = str(exc)
    else:
        message = "accepted"
        assert len(result) == recovery.RANDOM_BYTES
    assert message


@SETTINGS
@given(
    st.binary(min_size=20, max_size=20),
    st.integers(min_value=0, max_value=39),
    st.characters(codec="utf-8"),
)
def test_a_mistyped_code_is_refused_or_means_the_same(raw: bytes, pos: int, char: str) -> None:
    text = recovery.format_code(raw).replace("-", "")
    typo = text[:pos] + char + text[pos + 1 :]
    try:
        result = recovery.parse(typo)
    except InvalidRecoveryCode:
        return
    # Accepted only if the typed character reads as the same symbol (case, I/L/O).
    assert result == bytearray(raw)
