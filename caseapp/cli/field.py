"""Field intake on the command line (issue 7).

Office: ``caseapp field-kit --out DIR --device NAME`` enrols a laptop;
``caseapp field devices [--revoke ID]``; ``caseapp intake import FILE…``.
Field laptop: ``caseapp field init --kit DIR`` makes a field vault;
``caseapp client add --json FILE`` takes an intake; ``caseapp field status``;
``caseapp field seal --out DIR`` seals every intake in it and purges them.
Every other command is refused on a field vault.
"""

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
    vault_dir,
)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    kit = commands.add_parser(
        "field-kit",
        parents=[common],
        help="admin: enrol a field laptop and write its kit (the kit passphrase is asked "
        "twice; give it to the field worker in person)",
    )
    kit.add_argument("--out", required=True, type=Path, metavar="DIR", help="an empty folder")
    kit.add_argument(
        "--device", required=True, metavar="NAME", help="the laptop's name, e.g. 'Clinic laptop 2'"
    )
    field = commands.add_parser("field", help="field laptops: set up, seal; office: devices")
    what = field.add_subparsers(dest="field_command", required=True, metavar="ACTION")
    init = what.add_parser(
        "init",
        parents=[common],
        help="make a field vault (--vault DIR, --user NAME) from a kit; asks the new "
        "passphrase twice, then the kit passphrase",
    )
    init.add_argument("--kit", required=True, type=Path, metavar="DIR_OR_FILE")
    seal = what.add_parser(
        "seal",
        parents=[common],
        help="seal every intake of this field vault to the office, then purge them here",
    )
    seal.add_argument("--out", required=True, type=Path, metavar="DIR")
    what.add_parser(
        "status",
        parents=[common],
        help="field laptop: its device and form, and how many intakes wait to be sealed",
    )
    listing = what.add_parser("devices", parents=[common], help="admin: enrolled field laptops")
    listing.add_argument("--revoke", metavar="DEVICE_ID", help="refuse its bundles from now on")
    intake = commands.add_parser("intake", help="sealed intakes from field laptops")
    intake_what = intake.add_subparsers(dest="intake_command", required=True, metavar="ACTION")
    imp = intake_what.add_parser(
        "import",
        parents=[common],
        help="verify, open, conflict-check and import sealed intake bundles (files or "
        "folders); a bundle imported before is skipped",
    )
    imp.add_argument("paths", nargs="+", type=Path, metavar="DIR_OR_FILE")


def cmd_field_kit(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.services.field import check_kit_passphrase

    if not args.out.is_dir():
        raise UsageError(f"{args.out} is not a folder; create an empty one for the kit")
    with open_session(args, secrets) as session:
        passphrase = secrets.new("Kit passphrase: ", "the kit passphrase")
        check_kit_passphrase(passphrase)
        kit = session.make_field_kit(args.out, args.device, passphrase)
    out(
        f"Wrote {kit.path} for {kit.device_name} (device {kit.device_id}, form {kit.form_version})."
    )
    out("Give the kit passphrase to the field worker in person, never with the kit.")
    return EXIT_OK


def cmd_field(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.services import field

    if args.field_command == "init":
        user = require_user(args)
        path = vault_dir(args)
        passphrase = secrets.new(f"New passphrase for {user}: ")
        kit_passphrase = secrets.current("Kit passphrase: ", "the kit passphrase")
        field.create_field_vault(path, user, passphrase, args.kit, kit_passphrase)
        out(f"Created a field vault in {path}: new intakes only, sealed to the office.")
        return EXIT_OK
    with open_session(args, secrets) as session:
        if args.field_command == "status":
            info = session.field_info()
            if info is None:
                raise UsageError("this is not a field vault (set one up with `caseapp field init`)")
            waiting = session.pending_intakes()
            out(f"Field laptop {info.device_name} (device {info.device_id}).")
            out(f"Form version {info.form_version}; office vault {info.office_vault}.")
            out(
                f"{len(waiting)} intake(s) wait to be sealed"
                + (f", the oldest taken {waiting[0]}." if waiting else ".")
            )
            return EXIT_OK
        if args.field_command == "seal":
            written = session.seal_intakes(args.out)
            out(f"Sealed {len(written)} intake(s) into {args.out}; they are gone from this laptop.")
            return EXIT_OK
        if args.revoke:
            session.revoke_device(args.revoke)
            out(f"Revoked {args.revoke}: its bundles are refused from now on.")
            return EXIT_OK
        for device in session.field_devices():
            state = f"revoked {device.revoked_at}" if device.revoked_at else "active"
            out(f"{device.device_id}  {device.name}  form {device.form_version}  {state}")
    return EXIT_OK


def _bundles(paths: list[Path]) -> list[Path]:
    from caseapp.services.field import BUNDLE_SUFFIX

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.name.endswith(BUNDLE_SUFFIX))
        else:
            found.append(path)
    return found


def cmd_intake(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    bundles = _bundles(args.paths)
    if not bundles:
        raise UsageError("no intake bundles (*.caseapp-intake) there")
    with open_session(args, secrets) as session:
        outcomes = session.import_bundles(bundles)
    counts = {"imported": 0, "duplicate": 0, "rejected": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        if outcome.status == "imported":
            note = (
                f"; {outcome.possible_conflicts} possible conflict(s) to review"
                if outcome.possible_conflicts
                else ""
            )
            out(f"imported  {outcome.path.name} -> client {outcome.client_uuid}{note}")
        elif outcome.status == "duplicate":
            out(f"skipped   {outcome.path.name}: imported before (client {outcome.client_uuid})")
        else:
            out(f"REJECTED  {outcome.path.name}: {outcome.reason}")
    out(
        f"{counts['imported']} imported, {counts['duplicate']} already imported, "
        f"{counts['rejected']} rejected."
    )
    return EXIT_FAILED if counts["rejected"] else EXIT_OK


COMMANDS = {"field-kit": cmd_field_kit, "field": cmd_field, "intake": cmd_intake}
