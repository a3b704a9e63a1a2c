"""`caseapp backup`: write an encrypted backup of the vault, or verify one."""

from __future__ import annotations

import argparse
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
    add_restore(commands, common)


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


def cmd_restore(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.services import backup as backups

    user = require_user(args)
    target = getattr(args, "vault", None)
    if target is None:
        raise UsageError("say where to restore it: --vault DIR (a new, empty folder)")
    if not args.file.is_file():
        raise UsageError(f"{args.file} is not a file")
    passphrase = secrets.current(f"Passphrase for {user}: ")
    result = backups.restore_backup(args.file, target, user, passphrase, replace=args.replace)
    out(
        f"Restored backup {result.backup_id} into {result.vault_dir}; "
        f"{result.entries} audit entries verified, the restore recorded after them."
    )
    if result.safety_backup is not None:
        out(f"The vault that was there was first backed up to {result.safety_backup}")
        out(f"and set aside in {result.set_aside} (delete it once you are sure).")
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
        check = backups.verify_backup(args.file, user, secret)
        info = check.info
        out(f"Backup {info.backup_id} made {info.created_at} by {info.created_by}")
        out(f"schema version {info.user_version}, audit checkpoint {info.checkpoint}")
        if check.ok:
            out(
                f"OK: every page, index and search index intact; {check.entries} audit "
                "entries verified."
            )
            return EXIT_OK
        for problem in check.problems:
            out(f"PROBLEM: {problem}")
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
