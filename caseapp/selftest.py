"""``caseapp --self-test``: prove an installation works, on made-up data, and leave nothing.

Runs the same code a paralegal's first day runs — a vault at the floor
key-derivation cost in a fresh temporary folder, one synthetic client, a
search, an encrypted summary PDF, a preview page, the audit chain with every
MAC, the file checked to be ciphertext on disk, then Qt (offscreen when there
is no display) with the unlock window, the Spanish catalogues and a bundled
font — and deletes the folder whatever happened. One line per step on
standard output; exit 0, or 1 naming the step that failed and the error's
type (there is no client data to leak: the one client is invented here).

Meant for a frozen build, an installed wheel and a checkout alike: every file
it needs is found through ``caseapp.core.resources``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from caseapp.core.errors import CaseappError

EXIT_OK = 0
EXIT_FAILED = 1

ADMIN = "selftest"
# Strong enough for the passphrase policy; it guards a vault that lives for a second.
PASSPHRASE = "selftest quartz lantern meadow 4711"  # noqa: S105 (a throwaway vault)
PDF_PASSWORD = "selftest-pdf-password"  # noqa: S105 (a PDF made in memory)
GIVEN, FAMILY = "Selftest", "Example"


class SelfTestFailure(Exception):
    """A check did not hold (the message is ours and names no data)."""


@dataclass
class _State:
    """What the steps hand on to each other."""

    folder: Path
    vault: Path
    session: Any = None  # caseapp.services.session.Session, imported lazily
    anchor: str = ""
    client: str = ""
    qt: dict[str, Any] = field(default_factory=dict)


def _check(condition: bool, failure: str) -> None:
    if not condition:
        raise SelfTestFailure(failure)


# -- the steps -----------------------------------------------------------------------


def create_vault(state: _State) -> str:
    from caseapp.crypto import kdf
    from caseapp.services import vault

    created = vault.create_vault(state.vault, ADMIN, PASSPHRASE, kdf_params=kdf.FLOOR)
    state.anchor = created.audit_anchor
    state.session = vault.unlock(state.vault, ADMIN, PASSPHRASE)
    return ""


def add_client(state: _State) -> str:
    from caseapp.core.clients import ClientIdentity

    state.client = state.session.create_client(ClientIdentity(GIVEN, FAMILY))
    return ""


def search(state: _State) -> str:
    found = [c.uuid for c in state.session.search_clients(GIVEN)]
    _check(state.client in found, "the new client was not found by name")
    return ""


def encrypted_pdf(state: _State) -> str:
    from caseapp.core.summary import Profile
    from caseapp.reports import protect

    pdf = state.session.case_summary_pdf(state.client, Profile.FULL, password=PDF_PASSWORD)
    _check(protect.encryption_of(pdf, PDF_PASSWORD) == (True, 6), "the PDF is not AES-256 (R6)")
    try:
        protect.encryption_of(pdf)
    except Exception:  # pikepdf.PasswordError: it does not open without the password
        return "AES-256, R6"
    raise SelfTestFailure("the PDF opened without its password")


def preview_page(state: _State) -> str:
    from caseapp.core.summary import Profile
    from caseapp.services.printing import Output, pdf_pages

    pdf = state.session.case_summary_pdf(
        state.client, Profile.CLIENT, password=None, output=Output.PREVIEW
    )
    pages = pdf_pages(pdf, 36, [0])
    _check(len(pages) == 1 and pages[0].width > 0, "the preview page did not render")
    _check(any(b != 0xFF for b in pages[0].pixels[::4]), "the preview page is blank")
    return ""


def audit_chain(state: _State) -> str:
    result = state.session.verify_audit(anchor=state.anchor)
    _check(result.ok and result.mac_checked, "the audit chain did not verify")
    return f"{result.entries} entries, every MAC"


def encrypted_on_disk(state: _State) -> str:
    from caseapp.storage.connection import DB_NAME, PLAINTEXT_HEADER, assert_encrypted_on_disk

    db = state.vault / DB_NAME
    assert_encrypted_on_disk(db)
    _check(db.read_bytes()[:16] != PLAINTEXT_HEADER, "the vault file has a plaintext header")
    for part in state.vault.iterdir():
        if part.is_file():
            _check(GIVEN.encode() not in part.read_bytes(), "a name is readable on disk")
    # Plain SQLite (no key) must not be able to read it.
    plain = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return ""
    finally:
        plain.close()
    raise SelfTestFailure("plain SQLite read the vault file")


def start_qt(state: _State) -> str:
    if "QT_QPA_PLATFORM" not in os.environ and _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from caseapp.gui import self_checks  # the Qt checks live with the rest of Qt

    return self_checks.start_qt(state.qt)


def unlock_window(state: _State) -> str:
    from caseapp.gui import self_checks

    return self_checks.unlock_window()


def translations(state: _State) -> str:
    from caseapp.gui import self_checks

    return self_checks.translations()


def fonts(state: _State) -> str:
    from caseapp.gui import self_checks

    return self_checks.fonts()


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[_State], str]


STEPS: tuple[Step, ...] = (
    Step("create vault", create_vault),
    Step("add client", add_client),
    Step("search", search),
    Step("encrypted PDF", encrypted_pdf),
    Step("preview page", preview_page),
    Step("audit chain", audit_chain),
    Step("encrypted on disk", encrypted_on_disk),
    Step("start Qt", start_qt),
    Step("unlock window", unlock_window),
    Step("translations", translations),
    Step("fonts", fonts),
)
CLEAN_UP = "clean up"


# -- running -------------------------------------------------------------------------


def run(out: TextIO | None = None) -> int:
    """Run every step; print one line each; 0 when all passed, else 1."""
    stream = out if out is not None else sys.stdout
    began = time.perf_counter()
    failed: int | None = None
    try:
        with _workspace() as state:
            for step in STEPS:
                try:
                    detail = step.run(state)
                except Exception as exc:
                    failed = _failed(stream, step.name, exc)
                    break
                _line(stream, "ok", step.name, detail)
            else:
                _close_session(state, strict=True)
    except Exception as exc:
        return _failed(stream, CLEAN_UP, exc)
    # Checked on every path, a failed step included: nothing may stay behind.
    if state.folder.exists():
        return _failed(stream, CLEAN_UP, SelfTestFailure("the temporary folder is still there"))
    if failed is not None:
        return failed
    _line(stream, "ok", CLEAN_UP, "")
    stream.write(f"self-test passed in {time.perf_counter() - began:.1f} s\n")
    stream.flush()
    return EXIT_OK


def _failed(stream: TextIO, step: str, exc: BaseException) -> int:
    _line(stream, "FAIL", step, _describe(exc))
    sys.stderr.write(f'caseapp: the self-test failed at step "{step}" ({type(exc).__name__})\n')
    return EXIT_FAILED


@contextlib.contextmanager
def _workspace() -> Iterator[_State]:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-selftest-"))
    state = _State(folder=folder, vault=folder / "vault")
    try:
        yield state
    finally:
        _close_session(state)
        shutil.rmtree(folder, ignore_errors=True)


def _close_session(state: _State, *, strict: bool = False) -> None:
    session, state.session = state.session, None
    if session is None:
        return
    try:
        session.lock()
    except CaseappError:
        if strict:
            raise


def _no_display() -> bool:
    if not sys.platform.startswith("linux"):
        return False  # Windows and macOS always have their native platform
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _describe(exc: BaseException) -> str:
    # Our own messages name no data; any other error shows its type only.
    if isinstance(exc, SelfTestFailure | CaseappError):
        return f"{type(exc).__name__}: {' '.join(str(exc).split())}"
    return type(exc).__name__


def _line(stream: TextIO, status: str, name: str, detail: str) -> None:
    stream.write(f"{status}  {name}" + (f" ({detail})" if detail else "") + "\n")
    stream.flush()
