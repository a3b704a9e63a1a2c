"""Forward security needs old MAC keys gone: not left in the WAL for whoever
holds the database key to read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.core.audit import parse_checkpoint
from caseapp.core.clients import ClientIdentity, validate_identity
from caseapp.core.errors import InvalidCheckpoint, InvalidInput
from caseapp.services import vault

MakeVault = Callable[..., tuple[Path, str, str, str]]
WAL_HEADER = 32
FRAME = 24 + 4096


def test_the_wal_holds_only_the_last_commit_while_the_vault_is_open(
    make_vault: MakeVault,
) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        conn = session._db()
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_size_limit").fetchone()[0] == 0
        client = session.create_client(ClientIdentity("Zyxwqv", "Walcheck"))
        for _ in range(25):
            session.read_client(client)
        wal = path / "vault.db-wal"
        # 25 audited commits, each rewriting the audit state page: without the
        # checkpoint-per-commit the WAL would hold 25+ versions of that page
        # (and so 25 earlier MAC keys). Now it holds one commit's pages at most.
        frames = (wal.stat().st_size - WAL_HEADER) // FRAME if wal.exists() else 0
        assert frames <= 8, frames


def test_a_lone_surrogate_in_a_name_is_refused_cleanly() -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_identity(ClientIdentity("Secret\ud800Name"))
    assert "Secret" not in str(caught.value)


def test_checkpoint_zero_is_refused() -> None:
    with pytest.raises(InvalidCheckpoint):
        parse_checkpoint("0:" + "ab" * 8)
