"""The forensic scan (issue 10, item 1): planted secrets, and where to look for them.

A flow (tests/security/gui_flow.py, cli_flow.py) runs in a child process whose
HOME, XDG_* and TMPDIR point into a temp tree, with a client whose name,
A-number and note phrase are unique to the run. Afterwards every file in the
tree is searched for each of them, in every form the app shows them, in UTF-8
and UTF-16 (LE and BE). Three more looks, from inside the child:

- ``scan_open_deleted()``: the calling process's deleted-but-open files and
  memfds (``/proc/self/fd``: a link ending in `` (deleted)`` or starting with
  ``/memfd:``), read through the descriptor with ``os.pread``;
- ``WriteWatch``: an audit hook that lists every path Python code opens for
  writing (a file written *outside* the tree is named), and reads each file
  just before Python code removes or replaces it (a plaintext temp file that
  was deleted again would leave no trace for the tree scan);
- the child's own standard output and error.

Hits name the secret by its label (``family name [utf-16-le]``), never by its
value, so a report cannot itself spread the secret.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat
import sys
import threading
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
# Files larger than this are read in pieces (overlapping by the longest needle).
_CHUNK = 8 * 1024 * 1024
# A deleted-but-open file larger than this is read only this far.
_FD_LIMIT = 512 * 1024 * 1024


def _fold(text: str) -> str:
    """Diacritics removed (what a search index stores)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Planted:
    """One synthetic client, unique to a run."""

    given: str
    family: str
    a_number: str  # "A" + 9 digits
    note: str
    # 12 hex digits in the names and the note, so that a secret written with its
    # non-ASCII letters escaped (JSON \u00f3, %C3%B3, QSettings' \xf3) is found too.
    marker: str = ""

    @classmethod
    def make(cls, marker: str | None = None) -> Planted:
        marker = marker or uuid.uuid4().hex[:12]
        digits = str(int(marker, 16) % 900_000_000 + 100_000_000)
        return cls(
            given=f"Xóchitl{marker}",
            family=f"Quetzalcóatl{marker[::-1]}",
            a_number=f"A{digits}",
            note=f"asylum narrative planted {marker} río",
            marker=marker,
        )

    def as_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Planted:
        return cls(**json.loads(text))

    @property
    def digits(self) -> str:
        return self.a_number[1:]

    @property
    def shown(self) -> str:
        """The A-number as the app displays it: A123-456-789."""
        d = self.digits
        return f"A{d[:3]}-{d[3:6]}-{d[6:]}"

    def texts(self) -> dict[str, str]:
        """label -> text: every form of every secret that is searched for."""
        d = self.digits
        forms: dict[str, str] = {}
        for label, text in (
            ("given name", self.given),
            ("family name", self.family),
            ("note phrase", self.note),
        ):
            variants = {
                "": text,
                " (NFD)": unicodedata.normalize("NFD", text),
                " (folded)": _fold(text),
                " (lower)": text.casefold(),
                " (upper)": text.upper(),
            }
            seen: set[str] = set()
            for suffix, variant in variants.items():
                if variant not in seen:
                    seen.add(variant)
                    forms[label + suffix] = variant
        forms["A-number"] = self.a_number
        forms["A-number (shown)"] = self.shown
        forms["A-number (dashed digits)"] = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        forms["A-number (digits)"] = d
        if self.marker:
            forms["marker (names, note)"] = self.marker
            forms["marker reversed (family name)"] = self.marker[::-1]
        return forms

    def needles(self) -> list[tuple[str, bytes]]:
        """(label [encoding], bytes) for every form in every encoding."""
        return [
            (f"{label} [{encoding}]", text.encode(encoding))
            for label, text in self.texts().items()
            for encoding in ENCODINGS
        ]


@dataclass(frozen=True)
class Hit:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def scan_bytes(data: bytes, planted: Planted) -> list[str]:
    """The labels of the needles found in ``data``."""
    return [label for label, needle in planted.needles() if needle in data]


def scan_name(name: str, planted: Planted) -> list[str]:
    """The labels of the secrets found in a file or folder name."""
    return [label for label, text in planted.texts().items() if text in name]


def _scan_reader(read: Iterator[bytes], planted: Planted) -> list[str]:
    needles = planted.needles()
    overlap = max(len(n) for _, n in needles)
    found: dict[str, None] = {}
    tail = b""
    for chunk in read:
        window = tail + chunk
        for label, needle in needles:
            if needle in window:
                found[label] = None
        tail = window[-overlap:]
    return list(found)


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


def scan_file(path: Path, planted: Planted) -> list[str]:
    return _scan_reader(_chunks(path), planted)


def scan_if_there(path: Path, planted: Planted) -> list[str]:
    """``scan_file``, or nothing when the file is gone (or is not a file) by now."""
    try:
        return scan_file(path, planted)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return []


@dataclass
class TreeScan:
    files: list[Path] = field(default_factory=list)  # every regular file read
    hits: list[Hit] = field(default_factory=list)
    allowed: list[Hit] = field(default_factory=list)  # hits in files allowed to hold them


def scan_tree(
    root: Path,
    planted: Planted,
    *,
    allow: Iterable[Path] = (),
    allow_names: Iterable[Path] = (),
    label_root: Path | None = None,
) -> TreeScan:
    """Every regular file under ``root`` (symlinks not followed), its content and
    its name, and every folder's name. Hits in a file of ``allow`` (exact paths:
    a plaintext output the user asked for at that path) and in the names of
    ``allow_names`` (the user's own files and folders) are kept apart."""
    allowed = {Path(p).resolve() for p in allow}
    allowed_names = {Path(p).resolve() for p in allow_names}
    base = label_root or root
    result = TreeScan()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        folder = Path(dirpath)
        for name in [*dirnames, *filenames]:
            path = folder / name
            rel = os.path.relpath(path, base)
            for label in scan_name(name, planted):
                hit = Hit(f"{rel} (its name)", label)
                if path.resolve() in allowed_names:
                    result.allowed.append(hit)
                else:
                    result.hits.append(hit)
        for name in filenames:
            path = folder / name
            try:
                mode = path.lstat().st_mode
            except FileNotFoundError:
                continue
            if not stat.S_ISREG(mode):
                continue
            result.files.append(path)
            try:
                labels = scan_file(path, planted)
            except PermissionError:
                result.hits.append(Hit(os.path.relpath(path, base), "could not be read"))
                continue
            for label in labels:
                hit = Hit(os.path.relpath(path, base), label)
                if path.resolve() in allowed:
                    result.allowed.append(hit)
                else:
                    result.hits.append(hit)
    return result


# -- inside the process ----------------------------------------------------------------


def _fd_chunks(fd: int, size: int) -> Iterator[bytes]:
    offset = 0
    limit = min(size, _FD_LIMIT) if size else _FD_LIMIT
    while offset < limit:
        chunk = os.pread(fd, min(_CHUNK, limit - offset), offset)
        if not chunk:
            return
        offset += len(chunk)
        yield chunk


@dataclass
class FdScan:
    checked: list[str] = field(default_factory=list)  # links of the files read
    hits: list[Hit] = field(default_factory=list)


def scan_open_deleted(planted: Planted) -> FdScan:
    """The calling process's deleted-but-open files and memfds, read through
    their descriptors (``os.pread``: the file position is left alone)."""
    result = FdScan()
    fd_dir = "/proc/self/fd"
    try:
        fds = os.listdir(fd_dir)
    except OSError:
        return result
    for entry in fds:
        try:
            fd = int(entry)
            link = os.readlink(f"{fd_dir}/{entry}")
        except (ValueError, OSError):
            continue  # the listing's own descriptor, closed by now
        if not (link.endswith(" (deleted)") or link.startswith("/memfd:")):
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                continue
            labels = _scan_reader(_fd_chunks(fd, info.st_size), planted)
        except OSError:
            continue  # closed meanwhile, or not readable (write-only)
        result.checked.append(link)
        result.hits += [Hit(f"open fd {fd} ({link})", label) for label in labels]
    return result


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_TMPFILE = getattr(os, "O_TMPFILE", 0)


class WriteWatch:
    """An audit hook (it cannot be removed: install it in a child process).

    ``written``: every path Python code opened for writing; ``anonymous``: the
    folders of O_TMPFILE files (no name; only the fd scan sees them, while open);
    ``hits``: secrets in files read just before Python code removed them or
    replaced them by a rename."""

    def __init__(self, planted: Planted) -> None:
        self.planted = planted
        self.written: dict[str, None] = {}
        self.anonymous: list[str] = []
        self.hits: list[Hit] = []
        self.removed = 0
        self._inside = threading.local()
        self._lock = threading.Lock()

    def install(self) -> WriteWatch:
        sys.addaudithook(self._hook)
        return self

    def _hook(self, event: str, args: tuple[object, ...]) -> None:
        if event not in ("open", "os.remove", "os.rename") or getattr(self._inside, "busy", False):
            return
        self._inside.busy = True
        try:
            if event == "open":
                self._opened(*args[:3])
            elif event == "os.remove":
                self._before_gone(args[0], args[1], "removed")
            else:  # os.rename and os.replace: whatever was at the target is gone
                self._before_gone(args[1], args[3], "replaced")
        except Exception:  # noqa: S110 — a watch must never break the program it watches
            pass
        finally:
            self._inside.busy = False

    def _opened(self, path: object, mode: object, flags: object) -> None:
        if not isinstance(path, (str, bytes, os.PathLike)):
            return  # a descriptor (os.fdopen)
        name = os.fsdecode(path)
        writing = isinstance(mode, str) and any(c in mode for c in "wax+")
        if isinstance(flags, int) and flags >= 0:
            if _TMPFILE and flags & _TMPFILE == _TMPFILE:
                with self._lock:
                    self.anonymous.append(os.path.abspath(name))
                return
            writing = writing or bool(flags & _WRITE_FLAGS)
        if writing:
            with self._lock:
                self.written[os.path.abspath(name)] = None

    def _before_gone(self, path: object, dir_fd: object, how: str) -> None:
        if not isinstance(path, (str, bytes, os.PathLike)):
            return
        fd_arg = dir_fd if isinstance(dir_fd, int) and dir_fd >= 0 else None
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=fd_arg)
        except OSError:
            return
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return
            labels = _scan_reader(_fd_chunks(fd, info.st_size), self.planted)
        finally:
            os.close(fd)
        name = os.fsdecode(path)
        with self._lock:
            self.removed += 1
            self.hits += [Hit(f"{how} file {name}", label) for label in labels]

    def outside(self, *roots: Path) -> list[str]:
        """Paths written outside ``roots`` (and outside /dev/null, /proc)."""
        keep = [str(Path(r).resolve()) for r in roots]
        found = []
        for name in list(self.written):
            real = os.path.realpath(name)
            if real in ("/dev/null", "/dev/tty") or real.startswith("/proc/"):
                continue
            if any(real == r or real.startswith(r + os.sep) for r in keep):
                continue
            found.append(name)
        return found


# -- between the child and the test ----------------------------------------------------

LEAK_PREFIX = "FORENSIC-LEAK "
OUTSIDE_PREFIX = "FORENSIC-OUTSIDE "
COUNT_PREFIX = "FORENSIC-COUNT "


def report(hits: Iterable[Hit]) -> None:
    """Child: one line per hit on standard output, for the parent to collect."""
    for hit in hits:
        print(f"{LEAK_PREFIX}{hit}", flush=True)


def reported(output: bytes) -> tuple[list[str], list[str], dict[str, int]]:
    """Parent: the hits, the paths written outside the tree and the counts a
    child reported."""
    leaks, outside, counts = [], [], {}
    for raw in output.decode("utf-8", errors="replace").splitlines():
        if raw.startswith(LEAK_PREFIX):
            leaks.append(raw[len(LEAK_PREFIX) :])
        elif raw.startswith(OUTSIDE_PREFIX):
            outside.append(raw[len(OUTSIDE_PREFIX) :])
        elif raw.startswith(COUNT_PREFIX):
            key, _, value = raw[len(COUNT_PREFIX) :].partition("=")
            counts[key] = int(value)
    return leaks, outside, counts


def isolated_env(tree: Path) -> dict[str, str]:
    """HOME, XDG_* and TMPDIR inside ``tree`` (made here), for a child process."""
    dirs = {
        "HOME": tree,
        "XDG_CONFIG_HOME": tree / ".config",
        "XDG_CACHE_HOME": tree / ".cache",
        "XDG_DATA_HOME": tree / ".local/share",
        "XDG_STATE_HOME": tree / ".local/state",
        "XDG_RUNTIME_DIR": tree / "runtime",
        "TMPDIR": tree / "tmp",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {**os.environ, **{k: str(v) for k, v in dirs.items()}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no .pyc written beside the sources
    env["PYTHONFAULTHANDLER"] = "0"
    for name in ("XDG_DATA_DIRS", "XDG_CONFIG_DIRS"):  # read-only system folders: keep
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@contextlib.contextmanager
def shm_watch() -> Iterator[list[Path]]:
    """Files of this user that appear directly in /dev/shm, /tmp or /var/tmp (outside
    the tree: a program that ignores TMPDIR) while the block runs; the list is
    filled when the block ends."""
    folders = [Path(p) for p in ("/dev/shm", "/tmp", "/var/tmp")]
    folders = [f for f in folders if f.is_dir()]
    before = {f: set(f.iterdir()) for f in folders}
    appeared: list[Path] = []
    try:
        yield appeared
    finally:
        uid = os.getuid()
        for f in folders:
            for p in sorted(set(f.iterdir()) - before[f]):
                try:
                    info = p.lstat()
                except OSError:
                    continue  # gone again (other programs use these folders too)
                if stat.S_ISREG(info.st_mode) and info.st_uid == uid:
                    appeared.append(p)


def self_check(planted: Planted, watch: WriteWatch, folder: Path) -> None:
    """A control: the looks inside the process see what they are meant to. A memfd
    and a deleted-but-open file holding a secret are found through /proc/self/fd,
    and a file removed by Python code is read before it goes. Raises SystemExit
    if not; the control's own hits are dropped."""
    memfd = os.memfd_create("forensic-control")
    os.write(memfd, b"x" * 10_000 + planted.family.encode("utf-16-le"))
    control = folder / "forensic-control"
    control.write_bytes(planted.note.encode())
    held = control.open("rb")
    before = len(watch.hits)
    os.remove(control)  # the watch reads it just before it goes
    removed_seen = any("forensic-control" in h.where for h in watch.hits[before:])
    del watch.hits[before:]
    found = scan_open_deleted(planted)
    held.close()
    os.close(memfd)
    memfd_seen = any("/memfd:forensic-control" in h.where for h in found.hits)
    deleted_seen = any("forensic-control (deleted)" in h.where for h in found.hits)
    if not (removed_seen and memfd_seen and deleted_seen):
        raise SystemExit(
            f"forensic self-check failed: removed {removed_seen}, memfd {memfd_seen}, "
            f"deleted-but-open {deleted_seen}"
        )
