"""The whole vault life cycle works with the network gone (offline laptops)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.core.users import Role
from caseapp.crypto import kdf
from caseapp.services import vault

PASSPHRASE = "correct horse battery staple 42"
NEW_PASSPHRASE = "seven lanterns drift over marble 13"
BOB_PASSPHRASE = "purple elephant wanders quietly 97"


class NetworkUsed(AssertionError):
    pass


def _refuse(*args: object, **kwargs: object) -> object:
    raise NetworkUsed("caseapp tried to use the network")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)

    def probe() -> None:
        with pytest.raises(NetworkUsed):
            socket.create_connection(("example.org", 443))
        with pytest.raises(NetworkUsed):
            socket.getaddrinfo("example.org", 443)
        with pytest.raises(NetworkUsed):
            socket.socket()

    return probe


def test_full_life_cycle_offline(tmp_path: Path, no_network: Callable[[], None]) -> None:
    no_network()  # the patch is really in place
    path = tmp_path / "vault"
    code = vault.create_vault(path, "admin", PASSPHRASE, kdf_params=kdf.FLOOR).recovery_code
    with vault.unlock(path, "admin", PASSPHRASE) as session:
        session.add_user("bob", Role.PARALEGAL, BOB_PASSPHRASE)
        session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        session.rekey()
        assert [u.name for u in session.list_users()] == ["admin", "bob"]
    with vault.unlock(path, "bob", BOB_PASSPHRASE) as session:
        assert session.user.role is Role.PARALEGAL
    vault.unlock_with_recovery(path, code, "admin", PASSPHRASE).lock()
    vault.unlock(path, "admin", PASSPHRASE).lock()
    no_network()
