"""Intake bundles: whatever bytes arrive, the office's reader answers with a
BundleRejected reason or the payload — never another exception, never a
payload from a bundle whose bytes were changed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.crypto import sealing

OFFICE_PRIVATE, OFFICE_PUBLIC = sealing.new_office_key()
DEVICE_PRIVATE, DEVICE_PUBLIC = sealing.new_device_key()
HEADER = sealing.BundleHeader("bundle-1", "device-1", "2026-12", "2026-12-02T10:00:00+00:00")
GOOD = sealing.seal(
    b'{"format": "caseapp-client/1"}',
    HEADER,
    office_public=OFFICE_PUBLIC,
    device_private=DEVICE_PRIVATE,
)


def _open(data: bytes) -> bytes:
    return sealing.open_bundle(data, device_public=DEVICE_PUBLIC, office_private=OFFICE_PRIVATE)


def test_the_round_trip() -> None:
    assert _open(GOOD) == b'{"format": "caseapp-client/1"}'
    assert sealing.read_header(GOOD)[0] == HEADER


@given(st.binary(max_size=2048))
@settings(max_examples=400, deadline=None)
def test_random_bytes_are_rejected_with_a_reason(data: bytes) -> None:
    with pytest.raises(sealing.BundleRejected):
        _open(data)


@given(st.integers(min_value=0, max_value=len(GOOD) - 1), st.integers(min_value=1, max_value=255))
@settings(max_examples=400, deadline=None)
def test_any_changed_byte_is_rejected(position: int, flip: int) -> None:
    changed = bytearray(GOOD)
    changed[position] ^= flip
    with pytest.raises(sealing.BundleRejected):
        _open(bytes(changed))


@given(st.integers(min_value=0, max_value=len(GOOD) - 1))
@settings(max_examples=200, deadline=None)
def test_any_truncation_is_rejected(length: int) -> None:
    with pytest.raises(sealing.BundleRejected):
        _open(GOOD[:length])


def test_another_devices_signature_or_office_key_is_rejected() -> None:
    other_private, other_public = sealing.new_device_key()
    with pytest.raises(sealing.BundleRejected, match="signature"):
        sealing.open_bundle(GOOD, device_public=other_public, office_private=OFFICE_PRIVATE)
    wrong_office, _ = sealing.new_office_key()
    with pytest.raises(sealing.BundleRejected, match="not sealed to this office"):
        sealing.open_bundle(GOOD, device_public=DEVICE_PUBLIC, office_private=wrong_office)
    del other_private
