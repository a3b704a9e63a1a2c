"""The command-line interface: thin, every act goes through ``caseapp.services``.

Conventions every command follows: global options ``--vault DIR``,
``--user NAME`` and ``--passphrase-stdin``; passphrases are prompted with
getpass (twice when new) or read one per line from standard input, never
from argv or the environment; exit 0 on success, 1 for a refused or failed
operation (one line on stderr), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from datetime import time as dt_time
from pathlib import Path

from caseapp import __version__
from caseapp.cli import backup, field, print_reports, printing, records, retention
from caseapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PassphraseSource,
    UsageError,
    open_session,
    out,
    require_user,
    vault_dir,
)

__all__ = ["build_parser", "parse_args", "run", "vault_dir"]
from caseapp.core.errors import CaseappError, VaultExists, VaultNotFound
from caseapp.core.users import Role
from caseapp.services import vault

_ASK = "\0ask"  # --anchor given without a value: ask for it


# -- parser ------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--vault",
        metavar="DIR",
        type=Path,
        default=default,
        help="vault folder (default: the per-user data folder)",
    )
    parser.add_argument(
        "--user", metavar="NAME", default=default, help="the user acting (or the new admin)"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="read passphrases one per line from standard input instead of prompting",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caseapp",
        description="Encrypted case-file manager for legal-aid offices. "
        "Without a command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on made-up data in a temporary folder (no vault or "
        "passphrase needed), delete it, exit 0 or 1",
    )
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser(
        "init", parents=[common], help="create a new vault with --user as its administrator"
    )
    print_reports.add_init_options(init)
    info = commands.add_parser(
        "info", parents=[common], help="show cipher and schema versions and row counts"
    )
    records.json_flag(info)
    commands.add_parser(
        "check",
        parents=[common],
        help="read every page of the vault: page MACs, SQLite and search-index integrity, "
        "the audit chain; exit 1 if anything is damaged",
    )
    commands.add_parser(
        "rekey",
        parents=[common],
        help="admin: re-encrypt the vault under a new key (suspected key compromise)",
    )

    recovery = commands.add_parser("recovery", parents=[common], help="the recovery code")
    recovery_sub = recovery.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    recovery_sub.add_parser(
        "replace",
        parents=[common],
        help="admin: print a new recovery code; the old one stops working",
    )

    audit = commands.add_parser("audit", parents=[common], help="the tamper-evident audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    checkpoint = audit_sub.add_parser(
        "checkpoint", parents=[common], help="print the current checkpoint (SEQUENCE:HEAD)"
    )
    records.json_flag(checkpoint)
    verify = audit_sub.add_parser(
        "verify", parents=[common], help="check the chain; with --anchor every MAC"
    )
    verify.add_argument(
        "--anchor",
        nargs="?",
        const=_ASK,
        default=None,
        metavar="",
        help="also check every MAC: the audit anchor is asked for (or read as the line "
        "after the passphrase with --passphrase-stdin), never taken from the command line",
    )
    records.json_flag(verify)
    verify.add_argument(
        "--checkpoint",
        action="append",
        default=[],
        metavar="SEQ:HEAD",
        help="a checkpoint kept off the machine (PDF footer, earlier printout); repeatable",
    )
    listing = audit_sub.add_parser("list", parents=[common], help="entries, newest first")
    records.json_flag(listing)
    listing.add_argument("--by", dest="filter_user", metavar="NAME", help="entries by user NAME")
    listing.add_argument("--client", metavar="UUID", help="entries about one client")
    listing.add_argument("--since", metavar="YYYY-MM-DD", help="entries on or after a date")
    listing.add_argument("--action", help="one action, e.g. read_client")
    listing.add_argument(
        "--before", type=records.sequence_number, metavar="SEQ", help="the page before SEQ"
    )
    listing.add_argument("--limit", type=int, default=50, help="entries per page (default 50)")

    users = commands.add_parser("users", parents=[common], help="manage users and passphrases")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    records.json_flag(users_sub.add_parser("list", parents=[common], help="list users and roles"))
    add = users_sub.add_parser("add", parents=[common], help="admin: add a user")
    add.add_argument("name")
    add.add_argument(
        "--role", required=True, choices=[r.value for r in Role], help="the new user's role"
    )
    remove = users_sub.add_parser("remove", parents=[common], help="admin: remove a user")
    remove.add_argument("name")
    role = users_sub.add_parser("role", parents=[common], help="admin: change a user's role")
    role.add_argument("name")
    role.add_argument("role", choices=[r.value for r in Role])
    users_sub.add_parser("passwd", parents=[common], help="change your own passphrase (--user)")
    reset = users_sub.add_parser(
        "reset", parents=[common], help="set a new passphrase for NAME with the recovery code"
    )
    reset.add_argument("name")
    records.add_commands(commands, common)
    printing.add_commands(commands, common)
    backup.add_commands(commands, common)
    retention.add_commands(commands, common)
    field.add_commands(commands, common)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse; argparse exits 2 on bad usage."""
    return build_parser().parse_args(list(argv))


# -- commands ----------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    user = require_user(args)
    path = vault_dir(args)
    print_reports.check_sheet_target(args)
    if vault.vault_exists(path):
        raise VaultExists()
    passphrase = secrets.new(f"New passphrase for {user}: ")
    sheet = print_reports.sheet_request(args, secrets)
    sys.stderr.write("Creating the vault (tuning key derivation for this computer)...\n")
    created = vault.create_vault(
        path, user, passphrase, recovery_sheet=sheet.output if sheet else None
    )
    out(f"Created a vault in {path} with {user} as its administrator.")
    if sheet is not None:
        try:
            print_reports.write_sheet(sheet, created, vault_dir=path, admin=user)
        except (CaseappError, OSError) as exc:
            # The only copy of the anchor must not be lost with the file: show both.
            reason = str(exc) if isinstance(exc, CaseappError) else "the file could not be written"
            sys.stderr.write(
                f"caseapp: the vault was created, but the recovery sheet was not written "
                f"({' '.join(reason.split())}). Write down the recovery code and the audit "
                "anchor shown below instead.\n"
            )
            _show_recovery_secrets(created)
            return EXIT_FAILED
        return EXIT_OK
    _show_recovery_secrets(created)
    return EXIT_OK


def _show_recovery_secrets(created: vault.NewVault) -> None:
    _print_recovery_code(created.recovery_code)
    out()
    out("AUDIT ANCHOR (shown once; it is not stored anywhere on this computer):")
    out()
    out(f"    {created.audit_anchor}")
    out()
    out("Keep it with the recovery code. With it, `caseapp audit verify --anchor` proves")
    out("that no entry of the audit log was edited, removed or forged since today.")


def _print_recovery_code(code: str) -> None:
    out()
    out("RECOVERY CODE (shown once; it is not stored anywhere on this computer):")
    out()
    out(f"    {code}")
    out()
    out("Write it down and give it to the supervising attorney to keep off this")
    out("computer, for example in the office safe. It resets any user's passphrase")
    out("with `caseapp users reset NAME`. Anyone holding it and this laptop can open")
    out("the vault: never photograph it, email it or keep it in the laptop bag.")


def cmd_recovery(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    with open_session(args, secrets) as session:
        code = session.replace_recovery_code()
    out("The old recovery code no longer opens this vault.")
    _print_recovery_code(code)
    return EXIT_OK


def cmd_info(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    with open_session(args, secrets) as session:
        info = session.info()
        if args.as_json:
            records.emit(
                {
                    "path": str(info.path),
                    "vault_id": info.vault_id,
                    "cipher_version": info.cipher_version,
                    "sqlite_version": info.sqlite_version,
                    "schema_version": info.schema_version,
                    "kdf": {
                        "algorithm": "argon2id",
                        "memory_kib": info.kdf.memory_kib,
                        "iterations": info.kdf.iterations,
                        "lanes": info.kdf.lanes,
                    },
                    "users": info.user_count,
                    "key_slots": info.slot_count,
                    "rows": dict(sorted(info.counts.items())),
                }
            )
            return EXIT_OK
        out(f"Vault folder:     {info.path}")
        out(f"Vault id:         {info.vault_id}")
        out(f"SQLCipher:        {info.cipher_version}")
        out(f"SQLite:           {info.sqlite_version}")
        out(f"Schema version:   {info.schema_version}")
        out(
            f"Key derivation:   Argon2id, {info.kdf.memory_kib // 1024} MiB, "
            f"t={info.kdf.iterations}, p={info.kdf.lanes}"
        )
        out(f"Users:            {info.user_count}")
        out(f"Key slots:        {info.slot_count} (one per user, plus recovery)")
        out("Rows:")
        for table, count in sorted(info.counts.items()):
            out(f"  {table:<24}{count}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    with open_session(args, secrets) as session:
        sys.stderr.write("Reading every page of the vault (this takes a while for a big one)...\n")
        problems = session.check_integrity()
        chain = session.check_audit_chain()
    for problem in problems[:20]:  # SQLite's and SQLCipher's findings: page and index names
        sys.stderr.write(f"  {problem}\n")
    if len(problems) > 20:
        sys.stderr.write(f"  ... and {len(problems) - 20} more\n")
    if problems:
        return _fail(
            f"the vault file is damaged ({len(problems)} problems found). Restore it from "
            "a backup (caseapp restore), or ask an administrator.",
            EXIT_FAILED,
        )
    if not chain.ok:
        return _fail(f"audit log {chain.summary()}", EXIT_FAILED)
    out("The vault is intact: every page's MAC, every table, index and search index")
    out(f"checked; audit log {chain.summary()}.")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    with open_session(args, secrets) as session:
        sys.stderr.write("Re-encrypting the vault under a new key...\n")
        session.rekey()
    out("The vault is now encrypted under a new key. Passphrases and the recovery code")
    out("are unchanged; old copies of the previous key no longer open this file.")
    return EXIT_OK


def cmd_users(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    action = args.users_command
    if action == "reset":
        path = vault_dir(args)
        if not vault.vault_exists(path):
            raise VaultNotFound()
        code = secrets.current("Recovery code: ", "the recovery code")
        new = secrets.new(f"New passphrase for {args.name}: ")
        session = vault.unlock_with_recovery(path, code, args.name, new)
        session.lock()
        out(f"{args.name} has a new passphrase.")
        return EXIT_OK
    if action == "passwd":
        user = require_user(args)
        path = vault_dir(args)
        if not vault.vault_exists(path):
            raise VaultNotFound()
        current = secrets.current(f"Current passphrase for {user}: ")
        with vault.unlock(path, user, current) as session:
            new = secrets.new(f"New passphrase for {user}: ")
            session.change_passphrase(current, new)
        out("Passphrase changed. The other users and the recovery code are not affected.")
        return EXIT_OK
    with open_session(args, secrets) as session:
        if action == "list":
            members = session.list_users()
            if args.as_json:
                records.emit({"users": [{"name": m.name, "role": m.role.value} for m in members]})
            for member in members if not args.as_json else ():
                out(f"{member.name}\t{member.role.value}")
        elif action == "add":
            new = secrets.new(f"Passphrase for the new user {args.name}: ")
            added = session.add_user(args.name, Role(args.role), new)
            out(f"Added {added.name} ({added.role.value}).")
        elif action == "remove":
            session.remove_user(args.name)
            out(f"Removed {args.name}; their key slot is destroyed, their history kept.")
        elif action == "role":
            session.set_role(args.name, Role(args.role))
            out(f"{args.name} is now {args.role}.")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    action = args.audit_command
    if action == "verify":
        anchor_arg = args.anchor
        if anchor_arg is not None and anchor_arg != _ASK:
            raise UsageError(
                "give the audit anchor at the prompt (or on standard input), not on the "
                "command line, where other programs and the shell history would see it"
            )
        with open_session(args, secrets) as session:
            anchor = None
            if anchor_arg == _ASK:
                anchor = secrets.current("Audit anchor: ", "the audit anchor")
            result = session.verify_audit(anchor=anchor, checkpoints=args.checkpoint)
        if args.as_json:
            records.emit(
                {
                    "ok": result.ok,
                    "entries": result.entries,
                    "mac_checked": result.mac_checked,
                    "first_bad_seq": result.first_bad_seq,
                    "problem": result.problem,
                    "summary": result.summary(),
                }
            )
            return EXIT_OK if result.ok else EXIT_FAILED
        if result.ok:
            out(result.summary())
            return EXIT_OK
        return _fail(f"audit log {result.summary()}", EXIT_FAILED)
    if action == "checkpoint":
        with open_session(args, secrets) as session:
            cp = session.audit_checkpoint()
        if args.as_json:
            records.emit({"checkpoint": cp.full, "short": cp.short, "seq": cp.seq, "at": cp.at})
            return EXIT_OK
        out(cp.full)
        out(f"(short form {cp.short}, taken {cp.at})")
        return EXIT_OK
    since = None
    if args.since:
        try:
            since = datetime.combine(date.fromisoformat(args.since), dt_time(), UTC)
        except ValueError:
            raise UsageError("--since takes a date written YYYY-MM-DD") from None
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with open_session(args, secrets) as session:
        entries = session.list_audit(
            user=args.filter_user,
            client=args.client,
            action=args.action,
            since=since,
            before_seq=args.before,
            limit=args.limit,
        )
    if args.as_json:
        records.emit({"entries": [dataclasses.asdict(e) for e in entries]})
        return EXIT_OK
    for e in entries:
        out(
            "\t".join(
                (
                    str(e.seq),
                    e.at,
                    e.user or "-",
                    e.action,
                    e.entity_type or "-",
                    e.entity_id or "-",
                    e.fields or "-",
                    e.reason or "-",
                )
            )
        )
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, PassphraseSource], int]] = {
    "init": cmd_init,
    "info": cmd_info,
    "check": cmd_check,
    "rekey": cmd_rekey,
    "recovery": cmd_recovery,
    "audit": cmd_audit,
    "users": cmd_users,
    **records.COMMANDS,
    **printing.COMMANDS,
    **backup.COMMANDS,
    **retention.COMMANDS,
    **field.COMMANDS,
}


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"caseapp: {message}\n")
    return code


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; return the exit code."""
    secrets = PassphraseSource(bool(getattr(args, "passphrase_stdin", False)))
    try:
        return _COMMANDS[args.command](args, secrets)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except CaseappError as exc:
        return _fail(" ".join(str(exc).split()), EXIT_FAILED)
    except KeyboardInterrupt:
        return _fail("cancelled; nothing was changed.", EXIT_FAILED)
    except EOFError:
        return _fail("input ended before a passphrase was given.", EXIT_FAILED)
    except UnicodeError:
        # Bytes that are not UTF-8 on the command line or standard input.
        return _fail(
            "some of what was typed or read is not valid UTF-8 text; check the terminal's "
            "or the file's encoding. Nothing was changed.",
            EXIT_FAILED,
        )
    except BrokenPipeError:
        return EXIT_FAILED  # the reader went away (`| head`): nothing more to say
    except OSError:
        return _fail(
            "a file or the output could not be read or written; check the path, the "
            "permissions and the free disk space.",
            EXIT_FAILED,
        )
