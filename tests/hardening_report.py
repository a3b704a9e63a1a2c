"""The hardening tally (issue 10): each fault, forensic and hostile-input test
adds what it did here, and ``make test`` prints one line per area at the end.

A test records what it *found* before it asserts, so a failing run still shows
the losses or leaks it counted:

    hits = scan(tree)
    record("forensic", runs=1, inputs=len(files), leaks=len(hits))
    assert hits == []

Counts are per pytest process; a test that runs children adds their work itself.
"""

from __future__ import annotations

from dataclasses import dataclass

# The areas of issue 10, in the order the summary prints them.
AREAS = {
    "forensic": "forensic scan",
    "crash": "crash consistency",
    "disk": "disk full and I/O errors",
    "tamper": "tampering",
    "fuzz": "hostile input",
    "memory": "memory and process",
}


@dataclass
class Tally:
    runs: int = 0  # test runs: processes driven, flows completed, examples checked
    faults: int = 0  # faults injected: kills, full disks, flipped bytes, swapped files
    inputs: int = 0  # bad inputs tried (hostile strings, damaged files, generated data)
    losses: int = 0  # acknowledged changes missing afterwards, or damage left behind
    leaks: int = 0  # planted secrets found where they must not be
    scanned: int = 0  # files (or objects) looked through for planted secrets
    known: int = 0  # cases of a limit the README's threat model lists, shown again


_TALLIES: dict[str, Tally] = {}


def record(
    area: str,
    *,
    runs: int = 0,
    faults: int = 0,
    inputs: int = 0,
    losses: int = 0,
    leaks: int = 0,
    scanned: int = 0,
    known: int = 0,
) -> None:
    if area not in AREAS:
        raise ValueError(f"unknown hardening area {area!r}; one of {', '.join(AREAS)}")
    tally = _TALLIES.setdefault(area, Tally())
    tally.runs += runs
    tally.faults += faults
    tally.inputs += inputs
    tally.losses += losses
    tally.leaks += leaks
    tally.scanned += scanned
    tally.known += known


def tallies() -> dict[str, Tally]:
    return {area: Tally(**vars(t)) for area, t in _TALLIES.items()}


def summary_lines() -> list[str]:
    width = max(len(label) for label in AREAS.values())
    lines = []
    for area, label in AREAS.items():
        tally = _TALLIES.get(area)
        if tally is None:
            lines.append(f"{label:<{width}}  not run")
            continue
        lines.append(
            f"{label:<{width}}  {tally.runs} runs, {tally.faults} faults injected, "
            f"{tally.inputs} bad inputs tried, "
            + (f"{tally.scanned} files scanned, " if tally.scanned else "")
            + f"losses found = {tally.losses}, leaks found = {tally.leaks}"
            + (
                f" ({tally.known} cases of a known limit, see the threat model)"
                if tally.known
                else ""
            )
        )
    return lines
