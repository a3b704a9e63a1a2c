"""Encrypting a finished PDF: AES-256, PDF revision 6, through pikepdf (qpdf).

reportlab's own encryption is RC4 by default, its "256" mode is the
deprecated revision 5, and it corrupts non-ASCII metadata (DESIGN.md §11).
"""

from __future__ import annotations

import io

import pikepdf

from caseapp.core.errors import InvalidInput

MIN_PASSWORD_CHARS = 8


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise InvalidInput(
            f"Use a PDF password of at least {MIN_PASSWORD_CHARS} characters "
            "(tell it to the reader by phone, never in the same e-mail)."
        )


def encrypt(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256 (R=6) under ``password`` (opening needs it;
    printing and copying are allowed once open)."""
    check_password(password)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.save(
            out,
            encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True),
            fix_metadata_version=False,
        )
    return out.getvalue()


def encryption_of(pdf: bytes, password: str = "") -> tuple[bool, int]:
    """(encrypted, revision) of a PDF, opened with ``password`` if it needs one."""
    with pikepdf.open(io.BytesIO(pdf), password=password) as doc:
        if not doc.is_encrypted:
            return False, 0
        return True, int(doc.encryption.R)
