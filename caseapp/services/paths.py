"""Where vaults live by default."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_vault_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/caseapp/vault on Linux)."""
    return Path(platformdirs.user_data_dir("caseapp", appauthor=False)) / "vault"
