"""The real `caseapp` command in a subprocess, passphrases on standard input."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.services import vault
from caseapp.storage import migrations, vault_meta
from caseapp.storage.connection import transaction

ADMIN = "ana"
PASS = "correct horse battery staple 42"
NEW_PASS = "quiet lantern over seven hills"
CLERK_PASS = "purple elephant dancing quietly"


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caseapp", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env or os.environ.copy(),
        check=False,
    )


@pytest.fixture
def floor_vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault made through the service with the floor KDF (fast), plus its recovery code."""
    path = tmp_path / "vault"
    code = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR).recovery_code
    return path, code


def test_init_through_cli_reopen_and_scan(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    result = run_cli(
        "--vault",
        str(path),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        "init",
        stdin=PASS + "\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "RECOVERY CODE" in result.stdout
    code_line = [ln.strip() for ln in result.stdout.splitlines() if ln.count("-") == 7]
    assert len(code_line) == 2  # the recovery code, then the audit anchor
    assert all(len(c) == 47 for c in code_line)
    assert "AUDIT ANCHOR" in result.stdout

    planted = f"Zyxwqv Plantedname {uuid.uuid4().hex}"
    with vault.unlock(path, ADMIN, PASS) as session:
        conn = session._db()
        with transaction(conn):
            vault_meta.put(conn, "probe", planted)

    info = run_cli(
        "info",
        "--vault",
        str(path),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        stdin=PASS + "\n",
        env=env,
    )
    assert info.returncode == 0, info.stderr
    assert "SQLCipher:" in info.stdout
    assert f"Schema version:   {migrations.latest()}" in info.stdout
    assert "Argon2id" in info.stdout

    head = (path / "vault.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    needles = [
        planted.encode("utf-8"),
        planted.encode("utf-16-le"),
        PASS.encode(),
        code_line[0].encode(),
        code_line[1].encode(),
    ]
    scanned = 0
    for root in (path, tmp):
        for file in root.rglob("*"):
            if file.is_file() and not file.is_symlink():
                data = file.read_bytes()
                scanned += 1
                for needle in needles:
                    assert needle not in data, f"secret found in {file}"
    assert scanned >= 4  # db, keys, copy, lock, and whatever the runs left in TMPDIR


def test_global_options_after_the_command(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    before = run_cli(
        "--vault",
        str(path),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        "users",
        "list",
        stdin=PASS + "\n",
    )
    after = run_cli(
        "users",
        "list",
        "--vault",
        str(path),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout == f"{ADMIN}\tadmin\n"


def test_wrong_passphrase_is_one_line_exit_1(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    result = run_cli(
        "info",
        "--vault",
        str(path),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("caseapp: ")
    assert "passphrase" in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_vault_and_missing_user(tmp_path: Path) -> None:
    missing = run_cli(
        "info",
        "--vault",
        str(tmp_path / "none"),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert missing.returncode == 1
    assert "No vault was found" in missing.stderr
    no_user = run_cli("info", "--vault", str(tmp_path / "none"), "--passphrase-stdin")
    assert no_user.returncode == 2
    assert "--user" in no_user.stderr


def test_bad_usage_exits_2() -> None:
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("users").returncode == 2
    assert run_cli("users", "add", "bob", "--role", "overlord").returncode == 2


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("caseapp ")


def test_passphrase_never_read_from_argv_or_env(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    env = {**os.environ, "CASEAPP_PASSPHRASE": PASS}
    # No --passphrase-stdin and no terminal: getpass cannot prompt, so it fails
    # rather than finding the passphrase somewhere else.
    result = run_cli("info", "--vault", str(path), "--user", ADMIN, env=env)
    assert result.returncode != 0
    assert run_cli("info", "--passphrase", PASS).returncode == 2


def test_empty_stdin_is_a_clear_failure(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    result = run_cli("info", "--vault", str(path), "--user", ADMIN, "--passphrase-stdin")
    assert result.returncode == 1
    assert "standard input" in result.stderr


def test_users_add_passwd_remove_reset(floor_vault: tuple[Path, str]) -> None:
    path, code = floor_vault
    common = ["--vault", str(path), "--passphrase-stdin"]
    added = run_cli(
        "users",
        "add",
        "ben",
        "--role",
        "paralegal",
        "--user",
        ADMIN,
        *common,
        stdin=f"{PASS}\n{CLERK_PASS}\n",
    )
    assert added.returncode == 0, added.stderr
    listing = run_cli("users", "list", "--user", "ben", *common, stdin=CLERK_PASS + "\n")
    assert listing.stdout.splitlines() == [f"{ADMIN}\tadmin", "ben\tparalegal"]

    # A paralegal cannot add users.
    refused = run_cli(
        "users",
        "add",
        "cy",
        "--role",
        "admin",
        "--user",
        "ben",
        *common,
        stdin=f"{CLERK_PASS}\n{NEW_PASS}\n",
    )
    assert refused.returncode == 1
    assert "administrator" in refused.stderr

    changed = run_cli(
        "users", "passwd", "--user", "ben", *common, stdin=f"{CLERK_PASS}\n{NEW_PASS}\n"
    )
    assert changed.returncode == 0, changed.stderr
    old = run_cli("users", "list", "--user", "ben", *common, stdin=CLERK_PASS + "\n")
    assert old.returncode == 1
    new = run_cli("users", "list", "--user", "ben", *common, stdin=NEW_PASS + "\n")
    assert new.returncode == 0

    weak = run_cli("users", "passwd", "--user", "ben", *common, stdin=f"{NEW_PASS}\nabc\n")
    assert weak.returncode == 1
    assert "too easy to guess" in weak.stderr

    reset = run_cli(
        "users", "reset", "ben", *common, stdin=f"{code.lower().replace('-', ' ')}\n{CLERK_PASS}\n"
    )
    assert reset.returncode == 0, reset.stderr
    assert (
        run_cli("users", "list", "--user", "ben", *common, stdin=CLERK_PASS + "\n").returncode == 0
    )

    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    bad_code = run_cli("users", "reset", "ben", *common, stdin=f"{typo}\n{NEW_PASS}\n")
    assert bad_code.returncode == 1
    assert "Group 1" in bad_code.stderr

    removed = run_cli("users", "remove", "ben", "--user", ADMIN, *common, stdin=PASS + "\n")
    assert removed.returncode == 0, removed.stderr
    gone = run_cli("users", "list", "--user", "ben", *common, stdin=CLERK_PASS + "\n")
    assert gone.returncode == 1
    last_admin = run_cli("users", "remove", ADMIN, "--user", ADMIN, *common, stdin=PASS + "\n")
    assert last_admin.returncode == 1


def test_rekey_keeps_passphrases_and_recovery(floor_vault: tuple[Path, str]) -> None:
    path, code = floor_vault
    common = ["--vault", str(path), "--passphrase-stdin"]
    before = (path / "vault.keys").read_text()
    result = run_cli("rekey", "--user", ADMIN, *common, stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    after = (path / "vault.keys").read_text()
    assert before != after
    assert '"next_data_key": null' in after
    assert run_cli("info", "--user", ADMIN, *common, stdin=PASS + "\n").returncode == 0
    reset = run_cli("users", "reset", ADMIN, *common, stdin=f"{code}\n{NEW_PASS}\n")
    assert reset.returncode == 0, reset.stderr


def test_second_instance_is_refused(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    with vault.unlock(path, ADMIN, PASS):
        result = run_cli(
            "info", "--vault", str(path), "--user", ADMIN, "--passphrase-stdin", stdin=PASS + "\n"
        )
    assert result.returncode == 1
    assert "This vault is already open on this computer" in result.stderr


def test_init_refuses_existing_vault(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    keys = (path / "vault.keys").read_bytes()
    result = run_cli(
        "init", "--vault", str(path), "--user", ADMIN, "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert (path / "vault.keys").read_bytes() == keys


def test_recovery_replace_prints_a_new_code(floor_vault: tuple[Path, str]) -> None:
    path, old_code = floor_vault
    common = ["--vault", str(path), "--passphrase-stdin"]
    result = run_cli("recovery", "replace", "--user", ADMIN, *common, stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    new_code = [ln.strip() for ln in result.stdout.splitlines() if ln.count("-") == 7]
    assert len(new_code) == 1
    assert new_code[0] != old_code
    old = run_cli("users", "reset", ADMIN, *common, stdin=f"{old_code}\n{NEW_PASS}\n")
    assert old.returncode == 1
    assert "does not open this vault" in old.stderr
    new = run_cli("users", "reset", ADMIN, *common, stdin=f"{new_code[0]}\n{NEW_PASS}\n")
    assert new.returncode == 0, new.stderr


@pytest.fixture
def anchored_vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault"
    created = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    return path, created.audit_anchor


def test_audit_verify_with_and_without_the_anchor(anchored_vault: tuple[Path, str]) -> None:
    path, anchor = anchored_vault
    common = ["--vault", str(path), "--user", ADMIN, "--passphrase-stdin"]
    chain = run_cli("audit", "verify", *common, stdin=PASS + "\n")
    assert chain.returncode == 0, chain.stderr
    assert chain.stdout.startswith("intact: ")
    assert "no anchor" in chain.stdout
    full = run_cli("audit", "verify", "--anchor", *common, stdin=f"{PASS}\n{anchor}\n")
    assert full.returncode == 0, full.stderr
    assert "every MAC" in full.stdout
    on_argv = run_cli("audit", "verify", "--anchor", anchor, *common, stdin=PASS + "\n")
    assert on_argv.returncode == 2
    assert "not on the command line" in on_argv.stderr
    garbage = run_cli("audit", "verify", "--anchor", *common, stdin=f"{PASS}\n\xff\x00zz\n")
    assert garbage.returncode == 1
    assert "audit anchor" in garbage.stderr
    assert "Traceback" not in garbage.stderr


def test_audit_checkpoint_catches_truncation(anchored_vault: tuple[Path, str]) -> None:
    path, anchor = anchored_vault
    common = ["--vault", str(path), "--user", ADMIN, "--passphrase-stdin"]
    cp = run_cli("audit", "checkpoint", *common, stdin=PASS + "\n")
    assert cp.returncode == 0, cp.stderr
    checkpoint = cp.stdout.splitlines()[0]
    seq = int(checkpoint.split(":")[0])
    assert seq >= 2
    ok = run_cli("audit", "verify", "--checkpoint", checkpoint, *common, stdin=PASS + "\n")
    assert ok.returncode == 0, ok.stderr
    # A careful attacker with the key cuts the log back and fixes the state row.
    with vault.unlock(path, ADMIN, PASS) as session:
        conn = session._db()
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (seq,))
        head = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq - 1,)).fetchone()[0]
        conn.execute("UPDATE audit_state SET seq = ?, head = ?", (seq - 1, head))
    plain = run_cli("audit", "verify", *common, stdin=PASS + "\n")
    assert plain.returncode == 0  # without a checkpoint or the anchor, a cut is invisible
    caught = run_cli("audit", "verify", "--checkpoint", checkpoint, *common, stdin=PASS + "\n")
    assert caught.returncode == 1
    assert f"BROKEN at entry {seq}" in caught.stderr
    anchored = run_cli("audit", "verify", "--anchor", *common, stdin=f"{PASS}\n{anchor}\n")
    assert anchored.returncode == 1
    bad_cp = run_cli("audit", "verify", "--checkpoint", "12:zz", *common, stdin=PASS + "\n")
    assert bad_cp.returncode == 1
    assert "SEQUENCE:HEAD" in bad_cp.stderr


def test_a_broken_chain_is_announced_by_every_command(anchored_vault: tuple[Path, str]) -> None:
    path, _ = anchored_vault
    with vault.unlock(path, ADMIN, PASS) as session:
        conn = session._db()
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET action = 'lock' WHERE seq = 1")
    result = run_cli(
        "users",
        "list",
        "--vault",
        str(path),
        "--user",
        ADMIN,
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert result.returncode == 0
    assert "WARNING: the audit log does not verify" in result.stderr
    assert "entry 1" in result.stderr


def test_audit_list_filters_and_pages(anchored_vault: tuple[Path, str]) -> None:
    path, _ = anchored_vault
    common = ["--vault", str(path), "--user", ADMIN, "--passphrase-stdin"]
    with vault.unlock(path, ADMIN, PASS) as session:
        session.add_user("ben", Role.PARALEGAL, CLERK_PASS)
    everything = run_cli("audit", "list", *common, stdin=PASS + "\n")
    assert everything.returncode == 0, everything.stderr
    rows = [line.split("\t") for line in everything.stdout.splitlines()]
    seqs = [int(r[0]) for r in rows]
    assert seqs == sorted(seqs, reverse=True)
    assert {r[3] for r in rows} >= {"vault_created", "unlock", "user_added", "lock"}
    added = run_cli("audit", "list", "--action", "user_added", *common, stdin=PASS + "\n")
    assert [r.split("\t")[3] for r in added.stdout.splitlines()] == ["user_added"]
    page = run_cli(
        "audit", "list", "--limit", "2", "--before", str(seqs[0]), *common, stdin=PASS + "\n"
    )
    assert [int(r.split("\t")[0]) for r in page.stdout.splitlines()] == seqs[1:3]
    by_ben = run_cli("audit", "list", "--by", "ben", *common, stdin=PASS + "\n")
    assert by_ben.stdout == ""
    bad_date = run_cli("audit", "list", "--since", "yesterday", *common, stdin=PASS + "\n")
    assert bad_date.returncode == 2
    # A paralegal may not read the log.
    refused = run_cli(
        "audit",
        "list",
        "--vault",
        str(path),
        "--user",
        "ben",
        "--passphrase-stdin",
        stdin=CLERK_PASS + "\n",
    )
    assert refused.returncode == 1
    assert "administrators and attorneys" in refused.stderr


def test_check_reads_every_page_and_names_damage(floor_vault: tuple[Path, str]) -> None:
    path, _ = floor_vault
    at = ("--vault", str(path), "--user", ADMIN, "--passphrase-stdin")
    good = run_cli("check", *at, stdin=PASS + "\n")
    assert good.returncode == 0, good.stderr
    assert "The vault is intact" in good.stdout
    assert "audit log intact" in good.stdout
    # The last page: whether unlock or the check reads it first, the answer names damage.
    damaged = bytearray((path / "vault.db").read_bytes())
    damaged[-4096 + 200] ^= 0x04
    (path / "vault.db").write_bytes(bytes(damaged))
    bad = run_cli("check", *at, stdin=PASS + "\n")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "damaged" in bad.stderr
    assert "restore" in bad.stderr.lower()
    assert "Traceback" not in bad.stderr
