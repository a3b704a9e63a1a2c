"""The audit MAC (DESIGN.md §4): ``audit_chain.tag`` is HMAC-SHA-256, byte for byte,
for the chain's keys and any other. (That verification uses it rather than
``hmac.digest``, whose per-call cost on OpenSSL 3 was half of a 1M-entry check,
is tested in test_audit_core.py, on its fresh log.)"""

from __future__ import annotations

import hmac
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.crypto import audit_chain

SETTINGS = settings(max_examples=300, deadline=None, database=None)


@SETTINGS
@given(key=st.binary(min_size=32, max_size=32), message=st.binary(max_size=200))
def test_a_chain_key_tag_is_hmac_sha256(key: bytes, message: bytes) -> None:
    assert audit_chain.tag(key, message) == hmac.digest(key, message, "sha256")


@SETTINGS
@given(key=st.binary(max_size=200), message=st.binary(max_size=64))
def test_a_key_of_any_other_length_is_hmac_sha256_too(key: bytes, message: bytes) -> None:
    """A state row forged with a key of another length still gets the real HMAC."""
    assert audit_chain.tag(key, message) == hmac.digest(key, message, "sha256")


def test_a_known_tag() -> None:
    """Checked against ``openssl dgst -sha256 -mac HMAC``, not only against Python."""
    key = bytes(range(32))
    head = bytes(range(32, 64))
    assert audit_chain.tag(key, head).hex() == (
        "62215de7bddcea7e2c4047ff6bb94f8d18262fc8b3f3648134bb7d44158ff84d"
    )


def test_every_chain_key_takes_the_fast_path() -> None:
    key = audit_chain.evolve(os.urandom(20))
    for _ in range(100):
        assert len(key) == 32
        key = audit_chain.evolve(key)
