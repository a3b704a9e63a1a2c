"""Which SQLCipher and SQLite this build links (for the About dialog)."""

from __future__ import annotations

import sqlcipher3


def versions() -> tuple[str, str]:
    """(SQLCipher, SQLite) versions, asked of a throwaway in-memory connection
    (no key, no file: nothing is written anywhere)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()
    finally:
        conn.close()
    return (str(cipher[0]) if cipher and cipher[0] else "", str(sqlite_version[0]))
