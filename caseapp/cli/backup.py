"""`caseapp backup`: write an encrypted backup of the vault, or verify one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caseapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    PassphraseSource,
    UsageError,
    open_session,
    out,
    require_user,
)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write an encrypted backup (admin), or check one: backup verify FILE",
        description="Write a consistent, encrypted snapshot of the whole vault under a "
        "key of its own, openable with the same passphrases and recovery code. Keep "
        "it on another disk, away from the laptop.",
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="the backup file to write")
    what = backup.add_subparsers(dest="backup_command", metavar="verify")
    verify = what.add_parser(
        "verify",
        parents=[common],
        help="open a backup read-only and check its integrity, schema and audit chain "
        "(with --user NAME's passphrase, or --recovery for the recovery code)",
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument(
        "--recovery", action="store_true", help="open it with the recovery code instead"
    )
    _anchor_flag(verify)
    add_restore(commands, common)


NO_ANCHOR_WARNING = (
    "Not checked against the audit anchor: a backup forged from this vault's public "
    "key file would pass too. Give --anchor (from the recovery sheet) to rule that out."
)


def _anchor_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--anchor",
        action="store_true",
        help="also check every MAC of its audit log with the audit anchor from the "
        "recovery sheet (asked for, or the next line of standard input): proves the "
        "backup was made from this vault, not forged from its public key file",
    )


def _anchor(args: argparse.Namespace, secrets: PassphraseSource) -> str | None:
    return secrets.current("Audit anchor: ", "the audit anchor") if args.anchor else None


def _shown(text: str) -> str:
    """Text from the file (it may be forged) with control characters made visible."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def add_restore(commands: Any, common: argparse.ArgumentParser) -> None:
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore a backup into a new vault folder (--vault DIR), with --user "
        "NAME's passphrase; --replace replaces an existing vault after backing it up",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace the vault in --vault DIR (an administrator's passphrase; it is "
        "backed up beside it first, then set aside, never deleted)",
    )
    _anchor_flag(restore)


def cmd_restore(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.services import backup as backups

    user = require_user(args)
    target = getattr(args, "vault", None)
    if target is None:
        raise UsageError("say where to restore it: --vault DIR (a new, empty folder)")
    if not args.file.is_file():
        raise UsageError(f"{args.file} is not a file")
    passphrase = secrets.current(f"Passphrase for {user}: ")
    anchor = _anchor(args, secrets)
    result = backups.restore_backup(
        args.file, target, user, passphrase, replace=args.replace, anchor=anchor
    )
    out(
        f"Restored backup {result.backup_id} into {result.vault_dir}; "
        f"{result.entries} audit entries verified, the restore recorded after them."
    )
    if result.safety_backup is not None:
        out(f"The vault that was there was first backed up to {result.safety_backup}")
        out(f"and set aside in {result.set_aside} (delete it once you are sure).")
    elif result.replaced_damaged:
        out("The vault that was there could not be opened (it is damaged), so it could")
        out(f"not be backed up; it was set aside as it was in {result.set_aside}.")
    if not result.anchor_checked:
        sys.stderr.write(f"caseapp: {NO_ANCHOR_WARNING}\n")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.services import backup as backups

    if args.backup_command == "verify":
        user = None if args.recovery else getattr(args, "user", None)
        if user is None and not args.recovery:
            raise UsageError("say whose passphrase opens it (--user NAME) or use --recovery")
        if not args.file.is_file():
            raise UsageError(f"{args.file} is not a file")
        secret = (
            secrets.current("Recovery code: ", "the recovery code")
            if args.recovery
            else secrets.current(f"Passphrase for {user}: ")
        )
        check = backups.verify_backup(args.file, user, secret, anchor=_anchor(args, secrets))
        info = check.info
        out(
            f"Backup {_shown(info.backup_id)} made {_shown(info.created_at)} by "
            f"{_shown(info.created_by)}"
        )
        out(f"schema version {info.user_version}, audit checkpoint {_shown(info.checkpoint)}")
        openers = [*info.users, *(["the recovery code"] if info.recovery else [])]
        out("Opens with: " + ", ".join(_shown(o) for o in openers))
        if check.ok:
            mac = " and every MAC against the anchor" if check.anchor_checked else ""
            out(
                f"OK: every page, index and search index intact; {check.entries} audit "
                f"entries verified{mac}."
            )
            if not check.anchor_checked:
                sys.stderr.write(f"caseapp: {NO_ANCHOR_WARNING}\n")
            return EXIT_OK
        for problem in check.problems:
            out(f"PROBLEM: {_shown(problem)}")
        return EXIT_FAILED
    if args.out is None:
        raise UsageError("give the file to write: caseapp backup --out FILE")
    if args.out.is_dir():
        raise UsageError("--out is a folder: give the name of the backup file to write")
    with open_session(args, secrets) as session:
        info = session.backup(args.out)
    out(f"Wrote {info.path} ({info.size / 1e6:.1f} MB, encrypted, owner-only).")
    out(f"Audit checkpoint {info.checkpoint}. Check it with: caseapp backup verify {info.path}")
    return EXIT_OK


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore}
