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


def genesis(vault_id: str) -> bytes:
    return hashlib.sha256(_GENESIS + vault_id.encode("ascii")).digest()


def evolve(key: bytes) -> bytes:
    return hashlib.sha256(_EVOLVE + key).digest()


def next_head(previous: bytes, canonical_entry: bytes) -> bytes:
    return hashlib.sha256(previous + canonical_entry).digest()


def tag(key: bytes, head: bytes) -> bytes:
    return hmac.digest(key, head, "sha256")


def tags_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def new_anchor() -> tuple[str, bytes]:
    """A fresh A_0 as (text to write down once, the 20 bytes)."""
    text, raw = recovery.generate(recovery.ANCHOR_OFFSET)
    return text, bytes(raw)


def parse_anchor(text: str) -> bytes:
    return bytes(recovery.parse(text, recovery.ANCHOR_OFFSET, InvalidAuditAnchor))
