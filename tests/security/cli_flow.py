"""Drive every CLI command and sub-command once, in this process, with a planted client.

Run by test_cli_leaks.py in a subprocess whose HOME, XDG_* and TMPDIR point
into a temp tree (the working folder too), so every file caseapp writes lands
where the test can scan it. Usage: ``python cli_flow.py TREE PLANTED_JSON``.

Each command goes through ``caseapp.app.main(argv)`` with ``--passphrase-stdin``
and standard input, output and error replaced for the call. What is printed on
this process's real standard output is only the forensic report
(tests/security/forensics.py): the command paths driven, what was checked, and
every hit — each hit a label, never the secret.

Besides every command's ordinary use, a few refusals are driven on purpose with
input that holds the client's data (a bad CSV row, a client file with a typo,
an export given to `backup verify`, `restore`, `intake import` and `field init`):
no message may repeat what it read.

The key derivation is calibrated to the floor (the cheapest cost a real vault
may have), to keep the run short.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from forensics import (
    COUNT_PREFIX,
    OUTSIDE_PREFIX,
    Hit,
    Planted,
    WriteWatch,
    report,
    scan_bytes,
    scan_open_deleted,
    self_check,
)

ADMIN, PASS = "ana", "correct horse battery staple 42"
BEN, BEN_PASS = "ben", "purple elephant wanders quietly 97"
BEN_PASS2, BEN_PASS3 = "seven lanterns drift over marble 13", "quiet harbour under amber sky 58"
FIELD_USER, FIELD_PASS = "maria", "copper kettle whistles at dawn 24"
KIT_PASS = "olive branches sway near rivers 61"
PDF_PASS = "pdf password marigold 77"


@dataclass
class Ran:
    path: tuple[str, ...]
    code: int
    out: str
    err: str


class Driver:
    def __init__(self, planted: Planted, watch: WriteWatch) -> None:
        from caseapp import cli

        self.planted = planted
        self.watch = watch
        self.parser = cli.build_parser()
        self.driven: dict[tuple[str, ...], int] = {}
        self.hits: list[Hit] = []
        self.fd_checks = 0
        self.fd_files = 0

    def command_path(self, argv: list[str]) -> tuple[str, ...]:
        """The sub-parsers argv walks through (options are skipped)."""
        import argparse

        parser, path = self.parser, []
        for token in argv:
            subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
            if subs and token in subs[0].choices:
                parser = subs[0].choices[token]
                path.append(token)
        return tuple(path)

    def fd_scan(self, where: str) -> None:
        found = scan_open_deleted(self.planted)
        self.fd_checks += 1
        self.fd_files += len(found.checked)
        self.hits += [Hit(f"{where}: {h.where}", h.what) for h in found.hits]

    def run(
        self,
        *argv: str,
        stdin: tuple[str, ...] | list[str] = (),
        expect: int = 0,
        shows: bool = False,
        masked: bool = False,
    ) -> Ran:
        """``shows``: the command's standard output shows client data because that is
        what the user asked to see (a file, a list, search hits, the purge review, an
        export to the terminal). Every other command's output, and every standard
        error, must hold none. ``masked``: it shows the client unrevealed, so the
        tier-1 values (the A-number, the sensitive note) must not be in it."""
        from caseapp import app

        path = self.command_path(list(argv))
        out, err = io.StringIO(), io.StringIO()
        saved_in = sys.stdin
        sys.stdin = io.StringIO("".join(line + "\n" for line in stdin))
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = app.main(list(argv))
                except SystemExit as exc:  # argparse
                    code = int(exc.code or 0)
        finally:
            sys.stdin = saved_in
        ran = Ran(path, code, out.getvalue(), err.getvalue())
        name = " ".join(path)
        if code != expect:
            raise SystemExit(f"`caseapp {name}` exited {code}, expected {expect}: {ran.err[-800:]}")
        self.driven[path] = self.driven.get(path, 0) + 1
        self.hits += [
            Hit(f"stderr of `caseapp {name}`", label)
            for label in scan_bytes(ran.err.encode(), self.planted)
        ]
        labels = scan_bytes(ran.out.encode(), self.planted)
        if masked:
            tier1 = ("A-number", "note phrase")
            # The masked number's last digits are shown; the whole number never.
            labels = [lb for lb in labels if lb.startswith(tier1)]
        if not shows or masked:
            self.hits += [Hit(f"stdout of `caseapp {name}`", label) for label in labels]
        self.fd_scan(f"after `caseapp {name}`")
        return ran


def check(condition: object, message: str) -> None:
    """A failed expectation (assert's message would be redacted by caseapp's hook)."""
    if not condition:
        raise SystemExit(f"cli_flow: {message}")


def _client_json(p: Planted, *, cases: bool = True) -> dict[str, Any]:
    today = date.today()
    document = {
        "filename": "passport.txt",
        "description": "scan of the passport",
        "content_base64": base64.b64encode(f"{p.given} {p.family} {p.shown}".encode()).decode(),
    }
    client: dict[str, Any] = {
        "format": "caseapp-client/1",
        "given_names": p.given,
        "family_names": p.family,
        "date_of_birth": "1990-05-01",
        "identifiers": [{"kind": "a_number", "value": p.shown}],
        "phones": [{"number": "+1 415 555 0123", "safe_to_text": True}],
        "addresses": [{"line1": "12 Calle Uno", "city": "Oakland", "region": "CA"}],
        "entries": [
            {
                "entry_date": (today - timedelta(days=200)).isoformat(),
                "place": "San Ysidro",
                "manner": "without_inspection",
            }
        ],
        "notes": [{"body": p.note, "sensitive": True}, {"body": f"called {p.given} back"}],
        "deadlines": [
            {"due_on": (today + timedelta(days=10)).isoformat(), "title": f"file for {p.family}"}
        ],
        "tasks": [{"title": f"phone {p.given}", "due_on": (today + timedelta(days=3)).isoformat()}],
        "documents": [document],
    }
    if cases:
        client["cases"] = [
            {
                "subcode": "asylum",
                "opened_on": today.isoformat(),
                "parties": [{"role": "adverse", "given_names": "Pablo", "family_names": "Páramo"}],
                "notes": [{"body": f"case opened for {p.family}"}],
            }
        ]
    return client


def main() -> int:
    tree = Path(sys.argv[1])
    planted = Planted.from_json(Path(sys.argv[2]).read_text(encoding="utf-8"))
    watch = WriteWatch(planted).install()

    from caseapp.crypto import kdf
    from caseapp.services import files as service_files
    from caseapp.services import vault

    kdf.calibrate = lambda *_a, **_k: kdf.FLOOR
    drive = Driver(planted, watch)

    # A look at the open files at the moment a file is written (temp files may be open).
    original_write = service_files.write_atomic  # type: ignore[attr-defined]

    def write_watched(path: Path, data: bytes, *args: Any, **kwargs: Any) -> Any:
        drive.fd_scan(f"while writing {path.name}")
        return original_write(path, data, *args, **kwargs)

    service_files.write_atomic = write_watched  # type: ignore[attr-defined]

    work = tree / "work"
    work.mkdir()
    self_check(planted, watch, tree / "tmp")
    os.chdir(work)
    vaults = tree / "vaults"
    office = vaults / "office"
    g = ["--user", ADMIN, "--passphrase-stdin"]
    at = ["--vault", str(office), *g]

    # -- a vault from `init` (with its recovery sheet) ------------------------------------
    drive.run(
        "init",
        "--vault",
        str(vaults / "initialised"),
        *g,
        "--recovery-sheet",
        str(work / "recovery-sheet.pdf"),
        stdin=[PASS, PDF_PASS, PDF_PASS],
    )
    # The office vault the rest works on: made through the service, so the test
    # holds its recovery code and audit anchor.
    made = vault.create_vault(office, ADMIN, PASS, kdf_params=kdf.FLOOR)
    code, anchor = made.recovery_code, made.audit_anchor

    # -- the planted client ----------------------------------------------------------------
    client_file = work / "client.json"
    client_file.write_text(json.dumps(_client_json(planted)), encoding="utf-8")
    added = drive.run("client", "add", "--json", str(client_file), *at, stdin=[PASS]).out.strip()
    csv_file = work / "intakes.csv"
    csv_file.write_text(
        "given_names,family_names,a_number,note\n"
        f"{planted.given} Segunda,{planted.family},,walk-in at the clinic\n",
        encoding="utf-8",
    )
    drive.run("import", "--csv", str(csv_file), "--json", *at, stdin=[PASS])
    drive.run("import", "--columns")

    # -- reading ---------------------------------------------------------------------------
    drive.run("info", *at, stdin=[PASS])
    drive.run("info", "--json", *at, stdin=[PASS])
    drive.run("check", *at, stdin=[PASS])
    shown = drive.run("client", "show", added, *at, stdin=[PASS], shows=True, masked=True)
    check(planted.family in shown.out, "the file does not show the planted client")
    revealed = drive.run(
        "client",
        "show",
        added,
        "--reveal",
        "--reason",
        "case_work",
        "--json",
        *at,
        stdin=[PASS],
        shows=True,
    )
    check(planted.digits[-3:] in revealed.out, "a revealed file does not show the A-number")
    drive.run("client", "list", *at, stdin=[PASS], shows=True, masked=True)
    drive.run(
        "client", "list", "--json", "--limit", "1", *at, stdin=[PASS], shows=True, masked=True
    )
    for query in (planted.family, planted.shown, planted.given.lower()):
        found = drive.run("search", "--json", *at, stdin=[PASS, query], shows=True, masked=True)
        check(added in found.out, "search did not find the planted client")
    notes = drive.run("search", "--notes", *at, stdin=[PASS, "called"], shows=True, masked=True)
    check(notes.out.strip(), "a note search found no note")
    drive.run(
        "conflicts",
        "--name",
        "--dob",
        "1990-05-01",
        *at,
        stdin=[PASS, planted.family],
        shows=True,
        masked=True,
    )
    drive.run("conflicts", "--client", added, "--json", *at, stdin=[PASS], shows=True, masked=True)
    drive.run("upcoming", "--days", "60", *at, stdin=[PASS], shows=True, masked=True)
    drive.run("upcoming", "--json", *at, stdin=[PASS], shows=True, masked=True)

    # -- export (a plaintext file the user asked for, at that path) and printing ------------
    drive.run("export", "--client", added, "--json", "--out", str(work / "export.json"), *at,
              stdin=[PASS])  # fmt: skip
    drive.run("export", "--client", added, "--json", *at, stdin=[PASS], shows=True)
    pdf = [PASS, PDF_PASS, PDF_PASS]
    for profile in ("full", "client", "referral"):
        drive.run("print", "summary", "--client", added, "--profile", profile, "--all-notes",
                  "--out", str(work / f"summary-{profile}.pdf"), *at, stdin=pdf)  # fmt: skip
    drive.run("print", "summary", "--client", added, "--profile", "client", "--no-encrypt",
              "--out", str(work / "summary-plain.pdf"), *at, stdin=[PASS])  # fmt: skip
    drive.run("print", "intake-form", "--client", added, "--reveal",
              "--out", str(work / "intake-form.pdf"), *at, stdin=pdf)  # fmt: skip
    drive.run("print", "intake-form", "--no-encrypt", "--out", str(work / "blank-form.pdf"),
              *at, stdin=[PASS])  # fmt: skip
    drive.run("print", "audit", "--client", added, "--out", str(work / "audit.pdf"), *at,
              stdin=pdf)  # fmt: skip
    drive.run("print", "recovery-sheet", "--out", str(work / "sheet.pdf"), *at, expect=2)

    # -- the audit log -----------------------------------------------------------------------
    checkpoint = drive.run("audit", "checkpoint", *at, stdin=[PASS]).out.split()[0]
    drive.run("audit", "checkpoint", "--json", *at, stdin=[PASS])
    drive.run("audit", "verify", "--anchor", "--checkpoint", checkpoint, *at, stdin=[PASS, anchor])
    drive.run("audit", "verify", "--json", *at, stdin=[PASS])
    drive.run("audit", "list", "--client", added, *at, stdin=[PASS])
    drive.run("audit", "list", "--json", "--limit", "500", *at, stdin=[PASS])

    # -- users and keys ----------------------------------------------------------------------
    drive.run("users", "add", BEN, "--role", "paralegal", *at, stdin=[PASS, BEN_PASS])
    drive.run("users", "list", *at, stdin=[PASS])
    drive.run("users", "list", "--json", *at, stdin=[PASS])
    drive.run("users", "role", BEN, "attorney", *at, stdin=[PASS])
    drive.run("users", "passwd", "--vault", str(office), "--user", BEN, "--passphrase-stdin",
              stdin=[BEN_PASS, BEN_PASS2])  # fmt: skip
    drive.run("users", "reset", BEN, "--vault", str(office), "--passphrase-stdin",
              stdin=[code, BEN_PASS3])  # fmt: skip
    drive.run("client", "show", added, "--vault", str(office), "--user", BEN,
              "--passphrase-stdin", stdin=[BEN_PASS3], shows=True, masked=True)  # fmt: skip

    # -- backups -----------------------------------------------------------------------------
    backups = tree / "backups"
    backups.mkdir()
    backup_file = backups / "office.caseapp-backup"
    drive.run("backup", "--out", str(backup_file), *at, stdin=[PASS])
    drive.run("backup", "verify", str(backup_file), *g, stdin=[PASS])
    drive.run("backup", "verify", str(backup_file), "--recovery", "--anchor",
              "--passphrase-stdin", stdin=[code, anchor])  # fmt: skip
    restored = vaults / "restored"
    drive.run("restore", str(backup_file), "--vault", str(restored), "--anchor", *g,
              stdin=[PASS, anchor])  # fmt: skip
    drive.run("restore", str(backup_file), "--vault", str(restored), "--replace", *g,
              stdin=[PASS])  # fmt: skip

    # -- field intake --------------------------------------------------------------------------
    kit = tree / "usb" / "kit"
    kit.mkdir(parents=True)
    drive.run("field-kit", "--out", str(kit), "--device", "Clinic laptop 2", *at,
              stdin=[PASS, KIT_PASS, KIT_PASS])  # fmt: skip
    field_vault = vaults / "field"
    fg = ["--vault", str(field_vault), "--user", FIELD_USER, "--passphrase-stdin"]
    drive.run("field", "init", "--kit", str(kit), *fg, stdin=[FIELD_PASS, KIT_PASS])
    field_planted = dataclasses.replace(planted, family=planted.family + "campo")
    field_json = work / "field-intake.json"
    field_json.write_text(json.dumps(_client_json(field_planted, cases=False)), encoding="utf-8")
    drive.run("client", "add", "--json", str(field_json), *fg, stdin=[FIELD_PASS])
    drive.run("field", "status", *fg, stdin=[FIELD_PASS])
    outbox = tree / "usb" / "outbox"
    outbox.mkdir()
    drive.run("field", "seal", "--out", str(outbox), *fg, stdin=[FIELD_PASS])
    drive.run("intake", "import", str(outbox), *at, stdin=[PASS])
    devices = drive.run("field", "devices", *at, stdin=[PASS]).out.split()
    drive.run("field", "devices", "--revoke", devices[0], *at, stdin=[PASS])

    # -- refusals: bad input holding the client's data, and files of the wrong kind ---------
    # No message may repeat what it read (stderr is scanned like every output).
    bad_csv = work / "bad-intakes.csv"
    bad_csv.write_text(
        "given_names,family_names,date_of_birth,a_number,note\n"
        f"{planted.given},{planted.family},31/31/{planted.marker},A12{planted.marker},"
        f"{planted.note}\n",
        encoding="utf-8",
    )
    drive.run("import", "--csv", str(bad_csv), *at, stdin=[PASS], expect=1)
    drive.run("import", "--csv", str(bad_csv), "--json", *at, stdin=[PASS], expect=1)
    bad_json = work / "bad-client.json"
    bad_json.write_text(
        json.dumps({**_client_json(planted), "givn_names": planted.given}), encoding="utf-8"
    )
    drive.run("client", "add", "--json", str(bad_json), *at, stdin=[PASS], expect=1)
    drive.run("client", "show", "not-a-client", *at, stdin=[PASS], expect=1)
    export = str(work / "export.json")
    drive.run("backup", "verify", export, *g, stdin=[PASS], expect=1)
    drive.run("restore", export, "--vault", str(vaults / "never"), *g, stdin=[PASS], expect=1)
    drive.run("intake", "import", export, *at, stdin=[PASS], expect=1)
    drive.run("field", "init", "--kit", export, "--vault", str(vaults / "never-field"),
              "--user", FIELD_USER, "--passphrase-stdin", stdin=[FIELD_PASS, KIT_PASS],
              expect=1)  # fmt: skip
    drive.run("search", *at, stdin=[PASS, f"A12-{planted.marker}"], shows=True, masked=True)

    # -- retention, synthetic data, keys ------------------------------------------------------
    drive.run("purge", "--set-years", "1", *at, stdin=[PASS])
    drive.run("purge", "--dry-run", *at, stdin=[PASS], shows=True, masked=True)
    drive.run("purge", "--apply", *at, stdin=[PASS])
    demo = vaults / "demo"
    vault.create_vault(demo, ADMIN, PASS, kdf_params=kdf.FLOOR)
    drive.run("demo", "--clients", "5", "--seed", "3", "--vault", str(demo), *g, stdin=[PASS])
    drive.run("recovery", "replace", *at, stdin=[PASS])
    drive.run("rekey", *at, stdin=[PASS])
    drive.run("users", "remove", BEN, *at, stdin=[PASS])
    drive.run("info", *at, stdin=[PASS])  # the vault still opens after all of it

    # -- the report ----------------------------------------------------------------------------
    import gc

    gc.collect()
    drive.fd_scan("before exit")
    report(drive.hits)
    report(watch.hits)
    for path in watch.outside(tree):
        print(f"{OUTSIDE_PREFIX}{path}", flush=True)
    counts: dict[str, Callable[[], int]] = {
        "fd_checks": lambda: drive.fd_checks,
        "fd_files": lambda: drive.fd_files,
        "removed_files": lambda: watch.removed,
        "anonymous_files": lambda: len(watch.anonymous),
        "commands": lambda: sum(drive.driven.values()),
    }
    for key, value in counts.items():
        print(f"{COUNT_PREFIX}{key}={value()}", flush=True)
    for driven in sorted(drive.driven):
        print("FORENSIC-DRIVEN " + " ".join(driven), flush=True)
    print("flow complete", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
