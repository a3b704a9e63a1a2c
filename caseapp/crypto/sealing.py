"""Sealed intake bundles from field laptops (issue 7; the ODK encrypted-forms
idea with modern primitives).

A field laptop holds the office's X25519 *public* intake key and its own
Ed25519 signing key. A finished intake is sealed with HPKE (RFC 9180:
DHKEM-X25519, HKDF-SHA256, ChaCha20-Poly1305) to the office key — the field
laptop cannot open what it sealed — with the header (bundle id, device id,
form version, time) bound in as HPKE ``info``, and the whole bundle signed by
the device. Layout::

    MAGIC (16) | header length (4, big-endian) | header (canonical JSON)
    | ciphertext length (4) | ciphertext | Ed25519 signature (64)

The signature covers every byte before it. The office checks the signature
against the enrolled device's key *before* decrypting anything.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.crypto import kdf
from caseapp.crypto.secrets import wipe

MAGIC = b"caseapp-intake\x00\x01"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 4096
MAX_BUNDLE_BYTES = 64 * 1024 * 1024  # an intake with its scanned documents
SIGNATURE_BYTES = 64
_LEN = struct.Struct(">I")
_INFO = b"caseapp field intake v1\x00"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class BundleRejected(Exception):
    """Not a bundle we accept; ``reason`` says why (no client data in it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class BundleHeader:
    bundle_id: str
    device_id: str
    form_version: str
    sealed_at: str

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "v": FORMAT_VERSION,
                "bundle": self.bundle_id,
                "device": self.device_id,
                "form": self.form_version,
                "sealed_at": self.sealed_at,
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=True,
        ).encode("ascii")


def new_office_key() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 bytes for the office's intake key."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def new_device_key() -> tuple[bytes, bytes]:
    """(private, public) raw Ed25519 bytes for a field laptop's signing key."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def seal(
    payload: bytes,
    header: BundleHeader,
    *,
    office_public: bytes,
    device_private: bytes,
) -> bytes:
    """The signed bundle holding ``payload`` sealed to the office."""
    head = header.to_bytes()
    if len(head) > MAX_HEADER_BYTES:
        raise ValueError("bundle header too large")
    ciphertext = _SUITE.encrypt(
        payload, X25519PublicKey.from_public_bytes(office_public), info=_INFO + head
    )
    body = MAGIC + _LEN.pack(len(head)) + head + _LEN.pack(len(ciphertext)) + ciphertext
    if len(body) + SIGNATURE_BYTES > MAX_BUNDLE_BYTES:
        raise ValueError("bundle too large")
    signature = Ed25519PrivateKey.from_private_bytes(device_private).sign(body)
    return body + signature


def _str(obj: dict[str, object], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value or len(value) > 200:
        raise BundleRejected("its header is damaged")
    return value


def read_header(data: bytes) -> tuple[BundleHeader, int]:
    """The header (unverified: for finding the device key) and where the
    ciphertext length starts. Checks the shape only."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected("it is larger than any intake bundle may be")
    if data[: len(MAGIC)] != MAGIC:
        if data[:14] == MAGIC[:14]:
            raise BundleRejected("it was made by another version of caseapp")
        raise BundleRejected("it is not a caseapp intake bundle")
    at = len(MAGIC)
    if len(data) < at + _LEN.size:
        raise BundleRejected("it is truncated")
    (length,) = _LEN.unpack_from(data, at)
    at += _LEN.size
    if length > MAX_HEADER_BYTES or len(data) < at + length:
        raise BundleRejected("it is truncated or its header is damaged")
    try:
        obj = json.loads(data[at : at + length])
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleRejected("its header is damaged") from None
    if not isinstance(obj, dict) or obj.get("v") != FORMAT_VERSION:
        raise BundleRejected("its header is damaged or from another version of caseapp")
    header = BundleHeader(
        _str(obj, "bundle"), _str(obj, "device"), _str(obj, "form"), _str(obj, "sealed_at")
    )
    if header.to_bytes() != data[at : at + length]:
        raise BundleRejected("its header is not in canonical form")
    return header, at + length


def open_bundle(data: bytes, *, device_public: bytes, office_private: bytes) -> bytes:
    """The payload of a bundle signed by the device whose key is ``device_public``
    and sealed to the office key: the signature is checked first."""
    header, at = read_header(data)
    if len(data) < at + _LEN.size + SIGNATURE_BYTES:
        raise BundleRejected("it is truncated")
    (length,) = _LEN.unpack_from(data, at)
    end = at + _LEN.size + length
    if end + SIGNATURE_BYTES != len(data):
        raise BundleRejected("it is truncated or has bytes after its end")
    body, signature = data[:end], data[end:]
    try:
        Ed25519PublicKey.from_public_bytes(device_public).verify(signature, body)
    except (InvalidSignature, ValueError):
        raise BundleRejected(
            "its signature does not match the device (changed or forged)"
        ) from None
    try:
        return _SUITE.decrypt(
            data[at + _LEN.size : end],
            X25519PrivateKey.from_private_bytes(office_private),
            info=_INFO + header.to_bytes(),
        )
    except (InvalidTag, ValueError):
        raise BundleRejected("it was not sealed to this office's intake key") from None


# -- a device key in a field kit -------------------------------------------------


class WrongKitPassphrase(Exception):
    """The kit passphrase does not open the kit (or the kit was changed)."""


def wrap_device_key(
    private: bytes, passphrase: str, params: kdf.KdfParams, aad: bytes
) -> tuple[bytes, bytes, bytes]:
    """(salt, nonce, ciphertext): the device key under Argon2id(passphrase) with
    AES-256-GCM, ``aad`` binding the rest of the kit."""
    salt = kdf.new_salt()
    secret = bytearray(passphrase.encode("utf-8"))
    key = kdf.derive(secret, salt, params)
    try:
        nonce = os.urandom(12)
        return salt, nonce, AESGCM(bytes(key)).encrypt(nonce, private, aad)
    finally:
        wipe(key)
        wipe(secret)


def unwrap_device_key(
    salt: bytes, nonce: bytes, ciphertext: bytes, passphrase: str, params: kdf.KdfParams, aad: bytes
) -> bytes:
    params.check()  # before any memory is committed: a kit is a file from outside
    secret = bytearray(passphrase.encode("utf-8"))
    key = kdf.derive(secret, salt, params)
    try:
        return AESGCM(bytes(key)).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise WrongKitPassphrase() from None
    finally:
        wipe(key)
        wipe(secret)
