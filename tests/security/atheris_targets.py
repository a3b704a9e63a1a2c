"""Coverage-guided fuzzing with atheris (libFuzzer) of caseapp's parsers of
untrusted bytes and text — what test_hostile_atheris runs, one target per
process.

Each target turns libFuzzer's bytes into one call. The call must return or
raise CaseappError: any other exception is a crash (libFuzzer writes the input
to the artifact folder and exits non-zero), an input running past -timeout a
hang. Unlike hypothesis, libFuzzer steers by coverage of caseapp's own code
(``instrument_imports``), so it finds its way into the branches of a parser.

Usage: ``python atheris_targets.py TARGET CORPUS_DIR [libFuzzer flags]``; the
target's seeds are written into CORPUS_DIR first.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["caseapp"]):
    from caseapp.core import (
        codes,
        documents,
        identifiers,
        intake_csv,
        intake_json,
        phones,
        search,
        text,
        users,
    )
    from caseapp.core import records as rec
    from caseapp.core.audit import parse_checkpoint
    from caseapp.core.errors import CaseappError
    from caseapp.crypto import audit_chain, recovery, sealing
    from caseapp.storage import backup, keyfile

TODAY = date(2026, 12, 3)

TEXT: list[Callable[[str], object]] = [
    identifiers.parse_a_number,
    identifiers.parse_itin,
    identifiers.parse_ssn,
    identifiers.parse_receipt_number,
    phones.parse_phone,
    lambda t: text.clean_line(t, "The name", required=True),
    lambda t: text.clean_text(t, "The note"),
    codes.parse_country,
    codes.parse_language,
    intake_csv.parse_date,
    users.validate_user_name,
    search.query_tokens,
    search.name_for_search,
    parse_checkpoint,
    audit_chain.parse_anchor,
    recovery.parse,
    rec.parse_amount,
    lambda t: rec.parse_identifier("a_number", t),
]


def _text(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    parse = TEXT[fdp.ConsumeIntInRange(0, len(TEXT) - 1)]
    parse(fdp.ConsumeUnicodeNoSurrogates(4096) if fdp.ConsumeBool() else fdp.ConsumeUnicode(4096))


def _document(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = fdp.ConsumeUnicode(80)
    documents.check_document(name, fdp.ConsumeBytes(fdp.remaining_bytes()))


def _control(data: bytes) -> None:
    """A planted bug, so the test can see a crash is caught and saved."""
    if data.startswith(b"bo"):
        raise ValueError("planted")


TARGETS: dict[str, Callable[[bytes], object]] = {
    "control": _control,
    "text": _text,
    "csv": lambda d: intake_csv.parse_csv(d, today=TODAY),
    "json": lambda d: intake_json.load_client_json(d, today=TODAY),
    "keyfile": keyfile.parse,
    "document": _document,
    "backup_header": lambda d: backup.read_header(io.BytesIO(d)),
    "bundle_header": sealing.read_header,
}
# The file readers raise their own refusal, which the services turn into a
# CaseappError naming the file (tested with whole files in test_hostile_vault).
REFUSALS: dict[str, tuple[type[Exception], ...]] = {
    "backup_header": (backup.BadBackup,),
    "bundle_header": (sealing.BundleRejected,),
}
# Where a target starts: the bytes each format begins with, so libFuzzer
# spends its runs past the magic number.
SEEDS: dict[str, list[bytes]] = {
    "control": [b"boom"],
    "backup_header": [backup.MAGIC + b"\x00\x00\x00\x02{}", backup.MAGIC],
    "bundle_header": [sealing.MAGIC + b"\x00\x00\x00\x02{}", sealing.MAGIC],
    "csv": [b"given_names,family_names,date_of_birth\nAmaka,Okafor,1990-01-02\n"],
    "json": [b'{"given_names": "Amaka", "family_names": "Okafor"}'],
    "keyfile": [b'{"format": "caseapp-keys", "version": 1, "slots": []}'],
    "document": [b"\x00scan.png\x89PNG\r\n\x1a\n", b"\x00letter.pdf%PDF-1.4\n"],
}


def main() -> None:
    name, corpus, flags = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    target = TARGETS[name]
    refusals = (CaseappError, *REFUSALS.get(name, ()))
    corpus.mkdir(parents=True, exist_ok=True)
    for n, seed in enumerate(SEEDS.get(name, [b""])):
        (corpus / f"seed-{n}").write_bytes(seed)

    def one(data: bytes) -> None:
        try:
            target(data)
        except refusals as exc:
            if not str(exc).strip():
                raise AssertionError(f"{type(exc).__name__} without a message") from None

    atheris.Setup([sys.argv[0], *flags, str(corpus)], one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
