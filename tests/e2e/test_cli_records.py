"""The case-work commands through the real `caseapp` program in a subprocess:
client add/show/list, search, conflicts, import --csv, export, upcoming, demo.
Passphrases (and names to search for) go in on standard input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.crypto.kdf import FLOOR
from caseapp.services import vault

ADMIN = "ana"
PASS = "correct horse battery staple 42"
TODAY = date.today()


def run_cli(path: Path, *args: str, stdin: str = PASS + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "--vault",
            str(path),
            "--user",
            ADMIN,
            "--passphrase-stdin",
            *args,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        env=os.environ.copy(),
        check=False,
    )


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    return path


CLIENT_JSON = {
    "format": "caseapp-client/1",
    "given_names": "María José",
    "family_names": "García López",
    "date_of_birth": "1990-05-01",
    "profile": {
        "country_of_birth": "GT",
        "languages": ["spa", "mam"],
        "interpreter_needed": True,
        "immigration_status": "asylum_pending",
    },
    "aliases": [{"given_names": "Maria", "family_names": "Garcia", "kind": "other_spelling"}],
    "identifiers": [{"kind": "a_number", "value": "A123-456-789"}],
    "phones": [{"number": "+1 415 555 0123", "safe_to_text": True}],
    "addresses": [{"line1": "12 Calle Uno", "city": "Oakland", "region": "CA"}],
    "household_members": [
        {"ref": "kid", "given_names": "Ana", "family_names": "García", "relationship": "child"}
    ],
    "incomes": [
        {"amount": "2100.00", "frequency": "monthly"},
        {"amount": "300", "frequency": "monthly", "member": "kid", "source": "benefits"},
    ],
    "entries": [
        {"entry_date": "2026-07-04", "place": "San Ysidro", "manner": "without_inspection"}
    ],
    "notes": [{"body": "Met at the Fruitvale clinic; prefers text messages."}],
    "cases": [
        {
            "subcode": "asylum",
            "opened_on": (TODAY - timedelta(days=3)).isoformat(),
            "parties": [{"role": "adverse", "given_names": "Pablo", "family_names": "Páramo"}],
            "notes": [{"body": "Asylum intake interview done with a Mam interpreter."}],
        }
    ],
}


def _add(path: Path, tmp_path: Path, document: dict[str, object]) -> str:
    source = tmp_path / "client.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run_cli(path, "client", "add", "--json", str(source))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_client_add_show_list_and_export(vault_path: Path, tmp_path: Path) -> None:
    uid = _add(vault_path, tmp_path, CLIENT_JSON)

    shown = run_cli(vault_path, "client", "show", uid)
    assert shown.returncode == 0, shown.stderr
    assert "María José García López" in shown.stdout
    assert "A•••-•••-789" in shown.stdout
    assert "123-456-789" not in shown.stdout
    assert "12 Calle Uno" not in shown.stdout
    assert "One-year asylum filing deadline" in shown.stdout
    assert "2027-07-06" in shown.stdout  # 4 July 2027 is a Sunday; the 5th is the holiday
    # Household of 2 (the client and a child), $2,400 a month: 28,800 / 21,640 (2026).
    assert "$28,800.00 a year for 2: 133.09% of the 2026 guideline ($21,640)" in shown.stdout

    revealed = run_cli(vault_path, "client", "show", uid, "--reveal", "--json")
    assert revealed.returncode == 0, revealed.stderr
    document = json.loads(revealed.stdout)
    assert document["revealed"] is True
    assert document["identifiers"][0]["value"] == "123456789"
    assert document["addresses"][0]["line1"] == "12 Calle Uno"
    masked = json.loads(run_cli(vault_path, "client", "show", uid, "--json").stdout)
    assert masked["revealed"] is False
    assert masked["eligibility"]["percent_of_guideline"] == "133.09"
    assert masked["eligibility"]["at_or_under"] == ["200%"]
    assert masked["identifiers"][0]["hidden"] == ["value"]
    assert "123456789" not in json.dumps(masked)
    # A masked view is not data: importing it is refused, naming the masked field.
    view = tmp_path / "view.json"
    view.write_text(json.dumps(masked), encoding="utf-8")
    refused = run_cli(vault_path, "client", "add", "--json", str(view))
    assert refused.returncode == 1
    assert "view of a client's file" in refused.stderr

    listing = json.loads(run_cli(vault_path, "client", "list", "--json").stdout)
    assert [c["uuid"] for c in listing["clients"]] == [uid]
    assert listing["next_after"] is None

    exported = run_cli(vault_path, "export", "--client", uid, "--json")
    assert exported.returncode == 0, exported.stderr
    assert "in clear" in exported.stderr
    full = json.loads(exported.stdout)
    assert full["given_names"] == "María José"
    assert full["cases"][0]["parties"][0]["family_names"] == "Páramo"
    # The export is accepted back as a new client (a transfer between offices).
    second = tmp_path / "again"
    vault.create_vault(second, ADMIN, PASS, kdf_params=FLOOR)
    again = _add(second, tmp_path, full)
    back = json.loads(run_cli(second, "client", "show", again, "--reveal", "--json").stdout)
    assert back["identifiers"] == [
        {k: v for k, v in i.items() if k in ("kind", "value")}
        | {k: v for k, v in back["identifiers"][0].items() if k not in ("kind", "value")}
        for i in full["identifiers"]
    ]
    assert back["cases"][0]["subcode"] == "asylum"

    out_file = tmp_path / "export.json"
    written = run_cli(vault_path, "export", "--client", uid, "--json", "--out", str(out_file))
    assert written.returncode == 0, written.stderr
    assert out_file.stat().st_mode & 0o777 == 0o600
    assert json.loads(out_file.read_text(encoding="utf-8"))["given_names"] == "María José"


def test_search_reads_the_query_from_stdin(vault_path: Path, tmp_path: Path) -> None:
    uid = _add(vault_path, tmp_path, CLIENT_JSON)
    result = run_cli(vault_path, "search", "--json", stdin=f"{PASS}\ngarcia lopez\n")
    assert result.returncode == 0, result.stderr
    assert [c["uuid"] for c in json.loads(result.stdout)["clients"]] == [uid]
    by_number = run_cli(vault_path, "search", "123456789", "--json")
    assert [c["uuid"] for c in json.loads(by_number.stdout)["clients"]] == [uid]
    notes = run_cli(vault_path, "search", "--notes", "--json", stdin=f"{PASS}\ninterpreter\n")
    hits = json.loads(notes.stdout)["notes"]
    assert [h["client_uuid"] for h in hits] == [uid]
    hostile = run_cli(vault_path, "search", "--json", stdin=f'{PASS}\n"; NEAR( AND *\n')
    assert hostile.returncode == 0, hostile.stderr
    assert json.loads(hostile.stdout) == {"clients": []}


def test_conflicts_command(vault_path: Path, tmp_path: Path) -> None:
    uid = _add(vault_path, tmp_path, CLIENT_JSON)
    result = run_cli(
        vault_path,
        "conflicts",
        "--name",
        "--dob",
        "1990-05-01",
        "--json",
        stdin=f"{PASS}\nMaria Garcia\n",
    )
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert {h["client_uuid"] for h in hits} == {uid}
    assert [h["kind"] for h in hits] == ["alias", "client"]  # the alias is the same name
    assert "Same date of birth" in hits[1]["reasons"]
    adverse = run_cli(vault_path, "conflicts", "--name", stdin=f"{PASS}\nPablo Páramo\n")
    assert "adverse_party" in adverse.stdout
    assert "Is an adverse party in an existing case" in adverse.stdout
    bad = run_cli(vault_path, "conflicts", "--name", "--dob", "05/01/1990", stdin=PASS + "\n")
    assert bad.returncode == 2
    assert "YYYY-MM-DD" in bad.stderr


def test_a_second_client_with_a_conflict_needs_a_decision(vault_path: Path, tmp_path: Path) -> None:
    _add(vault_path, tmp_path, CLIENT_JSON)
    twin = {**CLIENT_JSON, "given_names": "Maria", "family_names": "Garcia Lopez"}
    source = tmp_path / "twin.json"
    source.write_text(json.dumps(twin), encoding="utf-8")
    refused = run_cli(vault_path, "client", "add", "--json", str(source))
    assert refused.returncode == 1
    assert "possible conflict" in refused.stderr
    assert "Nothing was imported" in refused.stderr
    listing = json.loads(run_cli(vault_path, "client", "list", "--json").stdout)
    assert len(listing["clients"]) == 1
    cleared = {**twin, "conflict_decision": "cleared", "conflict_note": "Different person"}
    _add(vault_path, tmp_path, cleared)
    assert len(json.loads(run_cli(vault_path, "client", "list", "--json").stdout)["clients"]) == 2


def test_bad_json_files_say_where(vault_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"format": "caseapp-client/1", "given_names": "Zqxplanted", ', "utf-8")
    result = run_cli(vault_path, "client", "add", "--json", str(source))
    assert result.returncode == 1
    assert "line 1" in result.stderr
    source.write_text(
        json.dumps({**CLIENT_JSON, "identifiers": [{"kind": "a_number", "value": "Zqx12"}]}),
        "utf-8",
    )
    result = run_cli(vault_path, "client", "add", "--json", str(source))
    assert result.returncode == 1
    assert "identifiers[0]" in result.stderr
    assert "Zqx" not in result.stderr
    missing = run_cli(vault_path, "client", "add", "--json", str(tmp_path / "nope.json"))
    assert missing.returncode == 1
    assert "not found" in missing.stderr


CSV_HEADER = "given_names,family_names,date_of_birth,a_number,phone,languages,note\n"


def test_import_csv_all_or_nothing(vault_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        CSV_HEADER
        + "Nguyễn Thị,Lan,1985-02-03,A012-345-678,(415) 555-0101,vie,Met at clinic\n"
        + 'Вера,Игнатьева,04/05/1979,,,rus,"Two-line\nnote"\n'
        + "محمد,الأحمد,,,,ara,\n",
        encoding="utf-8",
    )
    result = run_cli(vault_path, "import", "--csv", str(good), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 3
    found = run_cli(vault_path, "search", "Nguyen Lan", "--json")
    assert len(json.loads(found.stdout)["clients"]) == 1

    bad = tmp_path / "bad.csv"
    bad.write_text(
        CSV_HEADER
        + "Ok,Person,1980-01-01,,,,\n"
        + "Bad,Anumber,1980-01-01,A12,,,\n"
        + "Future,Birth,2999-01-01,,,,\n",
        encoding="utf-8",
    )
    result = run_cli(vault_path, "import", "--csv", str(bad))
    assert result.returncode == 1
    assert "line 3" in result.stderr
    assert "line 4" in result.stderr
    assert "nothing was imported" in result.stderr
    listing = json.loads(run_cli(vault_path, "client", "list", "--json").stdout)
    assert len(listing["clients"]) == 3  # the good row of the bad file was not imported

    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes((CSV_HEADER + "José,Núñez,,,,,\n").encode("cp1252"))
    result = run_cli(vault_path, "import", "--csv", str(latin1))
    assert result.returncode == 1
    assert "UTF-8" in result.stderr


def test_upcoming_lists_the_asylum_deadline(vault_path: Path) -> None:
    with vault.unlock(vault_path, ADMIN, PASS) as s:
        uid = s.create_client(ClientIdentity("Ana", "Agenda"))
        check, _ = s.record_conflict_check(uid, "no_conflict")
        s.open_case(uid, rec.Case("asylum", TODAY), check)
        s.add_record(uid, rec.Entry(TODAY - timedelta(days=340)))
    result = run_cli(vault_path, "upcoming", "--json")
    assert result.returncode == 0, result.stderr
    board = json.loads(result.stdout)
    assert [i["client_name"] for i in board["asylum_deadlines"]] == ["Ana Agenda"]
    text = run_cli(vault_path, "upcoming")
    assert "One-year asylum deadlines" in text.stdout
    assert "Ana Agenda" in text.stdout


def test_demo_fills_only_an_empty_vault(vault_path: Path, tmp_path: Path) -> None:
    result = run_cli(vault_path, "demo", "--clients", "25", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "25 synthetic clients" in result.stdout
    listing = json.loads(run_cli(vault_path, "client", "list", "--json", "--limit", "100").stdout)
    assert len(listing["clients"]) == 25
    real = tmp_path / "real"
    vault.create_vault(real, ADMIN, PASS, kdf_params=FLOOR)
    _add(real, tmp_path, CLIENT_JSON)
    refused = run_cli(real, "demo", "--clients", "5")
    assert refused.returncode == 1
    assert "real clients" in refused.stderr


def test_every_reading_command_prints_one_json_document(vault_path: Path, tmp_path: Path) -> None:
    uid = _add(vault_path, tmp_path, CLIENT_JSON)
    for args, stdin in (
        (("client", "show", uid, "--json"), PASS + "\n"),
        (("client", "list", "--json"), PASS + "\n"),
        (("search", "maria", "--json"), PASS + "\n"),
        (("search", "--notes", "clinic", "--json"), PASS + "\n"),
        (("conflicts", "--client", uid, "--json"), PASS + "\n"),
        (("upcoming", "--json"), PASS + "\n"),
        (("info", "--json"), PASS + "\n"),
        (("users", "list", "--json"), PASS + "\n"),
        (("audit", "checkpoint", "--json"), PASS + "\n"),
        (("audit", "verify", "--json"), PASS + "\n"),
        (("audit", "list", "--client", uid, "--json"), PASS + "\n"),
    ):
        result = run_cli(vault_path, *args, stdin=stdin)
        assert result.returncode == 0, (args, result.stderr)
        json.loads(result.stdout)  # exactly one document, nothing else on stdout
    entries = json.loads(run_cli(vault_path, "audit", "list", "--client", uid, "--json").stdout)
    assert {"create_client", "read_client", "conflict_check"} <= {
        e["action"] for e in entries["entries"]
    }


def test_a_50_mb_csv_is_refused_at_once(vault_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.write(CSV_HEADER.encode())
        row = b"Zqxbig,Person,1980-01-01,,,,\n"
        fh.write(row * (50 * 1024 * 1024 // len(row) + 1))
    result = run_cli(vault_path, "import", "--csv", str(big))
    assert result.returncode == 1
    assert "MB" in result.stderr
    assert "Zqx" not in result.stderr
    listing = json.loads(run_cli(vault_path, "client", "list", "--json").stdout)
    assert listing["clients"] == []


def test_import_lists_its_columns_without_a_vault(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "import", "--columns"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("given_names (required):")
    assert "a_number:" in result.stdout
    assert "last_entry_date:" in result.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "caseapp", "--vault", str(tmp_path), "import"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert missing.returncode == 2
    assert "--csv FILE" in missing.stderr


def _run_bytes(path: Path, *args: bytes, stdin: bytes = PASS.encode() + b"\n") -> Any:
    return subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"caseapp",
            b"--vault",
            str(path).encode(),
            b"--user",
            ADMIN.encode(),
            b"--passphrase-stdin",
            *args,
        ],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        (b"audit", b"list", b"--client", b"nope"),
        (b"client", b"show", b"\xff"),
        (b"export", b"--client", b"\xff", b"--json"),
        (b"users", b"role", b"\xff", b"admin"),
        (b"audit", b"list", b"--by", b"\xff"),
        (b"client", b"show", b"not-a-uuid", b"--reason", b"case_work"),
        (b"search", b"\xff\xfe"),
        (b"conflicts", b"--client", b"x"),
        (b"client", b"list", b"--after", b"x"),
    ],
    ids=repr,
)
def test_bad_input_is_one_line_never_a_traceback(vault_path: Path, args: tuple[bytes, ...]) -> None:
    result = _run_bytes(vault_path, *args)
    assert result.returncode in (0, 1, 2), result.stderr
    assert b"internal error" not in result.stderr
    assert b"Traceback" not in result.stderr


def test_more_bad_input_from_stdin_and_arguments(vault_path: Path, tmp_path: Path) -> None:
    not_utf8 = _run_bytes(vault_path, b"info", stdin=b"\xff\xfe passphrase\n")
    assert not_utf8.returncode == 1
    assert b"internal error" not in not_utf8.stderr
    huge = run_cli(vault_path, "audit", "list", "--before", "99999999999999999999")
    assert huge.returncode == 2
    assert "entry number" in huge.stderr
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    into_file = run_cli(a_file, "init")
    assert into_file.returncode == 1
    assert "not a folder" in into_file.stderr
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "caseapp",
                "--vault",
                str(vault_path),
                "--user",
                ADMIN,
                "--passphrase-stdin",
                "client",
                "list",
                "--json",
            ],
            input=PASS + "\n",
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert "disk space" in result.stderr


def test_export_to_a_file_prints_nothing_on_stdout(vault_path: Path, tmp_path: Path) -> None:
    uid = _add(vault_path, tmp_path, CLIENT_JSON)
    target = tmp_path / "out.json"
    result = run_cli(vault_path, "export", "--client", uid, "--json", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Wrote" in result.stderr
    assert "in clear" in result.stderr


def test_the_query_prompt_goes_to_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from caseapp.cli.common import PassphraseSource

    stdin, stdout, stderr = io.StringIO("garcia\n"), io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert PassphraseSource(False).text("Search for: ", "the text") == "garcia"
    assert stdout.getvalue() == ""
    assert stderr.getvalue() == "Search for: "
