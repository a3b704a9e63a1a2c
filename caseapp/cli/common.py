"""What every command shares: exit codes, errors, passphrase input, opening a vault."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from caseapp.core.errors import CaseappError, VaultNotFound
from caseapp.services import vault
from caseapp.services.paths import default_vault_dir

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad usage discovered after parsing (exit 2)."""


class CliFailure(CaseappError):
    """A refusal raised by the CLI itself (exit 1)."""


class PassphraseSource:
    """Prompts on the terminal, or reads one line per secret from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def _line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise CliFailure(f"Expected {what} as a line on standard input, but input ended.")
        return line.rstrip("\r\n")

    def current(self, prompt: str, what: str = "the passphrase") -> str:
        if self._from_stdin:
            return self._line(what)
        return getpass.getpass(prompt)

    def text(self, prompt: str, what: str) -> str:
        """A line that is not secret but is client data (a name to search for):
        read here rather than from argv, where ps and the shell history see it."""
        if self._from_stdin:
            return self._line(what)
        # The prompt goes to stderr: stdout may be a --json document.
        sys.stderr.write(prompt)
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\r\n")

    def new(self, prompt: str, what: str = "the new passphrase") -> str:
        if self._from_stdin:
            return self._line(what)
        first = getpass.getpass(prompt)
        second = getpass.getpass("Type it again: ")
        if first != second:
            raise CliFailure("The two passphrases did not match; nothing was changed.")
        return first


def vault_dir(args: argparse.Namespace) -> Path:
    chosen: Path | None = getattr(args, "vault", None)
    return chosen if chosen is not None else default_vault_dir()


def require_user(args: argparse.Namespace) -> str:
    user: str | None = getattr(args, "user", None)
    if not user:
        raise UsageError("this command needs --user NAME")
    return user


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def open_session(args: argparse.Namespace, secrets: PassphraseSource) -> vault.Session:
    user = require_user(args)
    path = vault_dir(args)
    if not vault.vault_exists(path):
        raise VaultNotFound()
    passphrase = secrets.current(f"Passphrase for {user}: ")
    session = vault.unlock(path, user, passphrase)
    # The quiet check at every unlock: chain only. A broken chain is said, not hidden.
    try:
        result = session.check_audit_chain()
    except BaseException:
        session.lock()
        raise
    if not result.ok:
        sys.stderr.write(
            f"caseapp: WARNING: the audit log does not verify ({result.summary()}). "
            "Tell the supervising attorney.\n"
        )
    return session
