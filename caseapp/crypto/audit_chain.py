"""The audit log's hash chain and forward-secure MACs (Schneier–Kelsey, DESIGN.md §4).

    h_0     = SHA-256("caseapp audit genesis v1" ‖ vault id)
    h_i     = SHA-256(h_{i-1} ‖ canonical(entry_i))
    A_1     = SHA-256("evolve" ‖ A_0)            A_0: the anchor, kept off the machine
    tag_i   = HMAC-SHA-256(A_i, h_i)
    A_{i+1} = SHA-256("evolve" ‖ A_i)

The laptop only ever holds the key for the next entry, so whoever takes it
cannot re-MAC an earlier entry; a verifier with A_0 recomputes every key.
"""

from __future__ import annotations

import hashlib
import hmac

from caseapp.core.errors import InvalidAuditAnchor
from caseapp.crypto import recovery

_EVOLVE = b"evolve"
_GENESIS = b"caseapp audit genesis v1"

# HMAC-SHA-256 by its definition (RFC 2104): H((K ^ opad) || H((K ^ ipad) || m)).
# Every chain key A_i is a SHA-256 output, 32 bytes, shorter than the 64-byte
# block, so K ^ pad is the key with each byte XORed (a translate table, as the
# stdlib's pure-Python hmac does it) and then the pad byte alone. On OpenSSL 3
# every hmac.digest call fetches the HMAC implementation afresh: twice the time
# of these two SHA-256s, and about half of a 1M-entry verification with the anchor.
_KEY_LENGTH = 32
_BLOCK = 64
_INNER = bytes(x ^ 0x36 for x in range(256))
_OUTER = bytes(x ^ 0x5C for x in range(256))
_INNER_PAD = b"\x36" * (_BLOCK - _KEY_LENGTH)
_OUTER_PAD = b"\x5c" * (_BLOCK - _KEY_LENGTH)


def genesis(vault_id: str) -> bytes:
    return hashlib.sha256(_GENESIS + vault_id.encode("ascii")).digest()


def evolve(key: bytes) -> bytes:
    return hashlib.sha256(_EVOLVE + key).digest()


def next_head(previous: bytes, canonical_entry: bytes) -> bytes:
    return hashlib.sha256(previous + canonical_entry).digest()


def tag(key: bytes, head: bytes) -> bytes:
    """HMAC-SHA-256(key, head), the same bytes as ``hmac.digest(key, head, "sha256")``.

    RFC 2104 written out for the 32-byte chain keys (two hashlib calls, ~1.9x
    cheaper than ``hmac.digest``, which looks the algorithm up on every call on
    OpenSSL 3.0 — half of an anchored verify). Guarded by
    tests/unit/test_audit_mac.py: equal to ``hmac`` for random keys of every
    length, and a known answer from ``openssl dgst -mac HMAC``."""
    if len(key) != _KEY_LENGTH:  # not a chain key (a forged state row): the general path
        return hmac.digest(key, head, "sha256")
    sha256 = hashlib.sha256
    inner = sha256(key.translate(_INNER) + _INNER_PAD + head).digest()
    return sha256(key.translate(_OUTER) + _OUTER_PAD + inner).digest()


def tags_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def new_anchor() -> tuple[str, bytes]:
    """A fresh A_0 as (text to write down once, the 20 bytes)."""
    text, raw = recovery.generate(recovery.ANCHOR_OFFSET)
    return text, bytes(raw)


def parse_anchor(text: str) -> bytes:
    return bytes(recovery.parse(text, recovery.ANCHOR_OFFSET, InvalidAuditAnchor))
