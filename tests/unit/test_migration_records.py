"""A vault made before the records schema (migration 0003) opens with its
clients searchable by name and known to the conflict check."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.crypto import kdf
from caseapp.services import vault
from caseapp.storage import migrations

PASSPHRASE = "correct horse battery staple 42"


def test_clients_from_schema_2_are_indexed_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: everything[:2])
    path = tmp_path / "old"
    vault.create_vault(path, "admin", PASSPHRASE, kdf_params=kdf.FLOOR)
    session = vault.unlock(path, "admin", PASSPHRASE)
    conn = session._db()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    with session._guard.audited():
        conn.execute(
            "INSERT INTO clients (uuid, given_names, family_names, preferred_name, "
            "created_at, created_by, updated_at, updated_by) VALUES "
            "('6f1c0000-0000-4000-8000-000000000001', 'Đặng Thị', 'Nguyễn', '', "
            "'2024-01-01T00:00:00+00:00', 'admin', '2024-01-01T00:00:00+00:00', 'admin')"
        )
    session.lock()

    monkeypatch.setattr(migrations, "available", lambda: everything)
    with vault.unlock(path, "admin", PASSPHRASE) as upgraded:
        assert upgraded._db().execute("PRAGMA user_version").fetchone()[0] == len(everything)
        found = upgraded.search_clients("Dang Nguyen")
        assert [c.family_names for c in found] == ["Nguyễn"]
        report = upgraded.check_conflicts("Dang Thi", "Nguyen")
        assert [h.candidate.kind for h in report.hits] == ["client"]
        assert upgraded.check_integrity() == []
