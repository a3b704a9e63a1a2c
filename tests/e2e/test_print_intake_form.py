"""The bilingual paper intake form: blank and pre-filled, read back from the real
PDF (pypdf), encrypted unless refused, through the service and the real
`caseapp print intake-form` command; every page rendered by pdftoppm; and the
footer checkpoint of a printed summary verified by `caseapp audit verify
--checkpoint`."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pypdf
import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile
from caseapp.core.errors import InvalidInput, PermissionDenied
from caseapp.core.summary import Profile
from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.reports import protect
from caseapp.services import vault
from caseapp.services.printing import Output

ADMIN = "ana"
PASS = "correct horse battery staple 42"
PDF_PASSWORD = "blue lantern 2026"
INTAKE = "ines"
INTAKE_PASS = "purple elephant wanders quietly 97"
FAMILY = "Quiñónez-Ðặng"  # a name planted for the scans: unique, with diacritics


def _text(pdf: bytes, password: str = "") -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf), password=password or None)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _squeezed(pdf: bytes) -> str:
    """The text with all white space removed (boxed values print one character a box)."""
    return re.sub(r"\s+", "", _text(pdf))


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    today = date.today()
    with vault.unlock(path, ADMIN, PASS) as s:
        client = s.create_client(
            ClientIdentity("Nguyễn Thị", FAMILY, "Lana", date(1988, 3, 2)),
            profile=ClientProfile(country_of_birth="VN", languages=("vie", "eng")),
            records=[
                (rec.new_uuid(), rec.Identifier("a_number", "A123456789")),
                (rec.new_uuid(), rec.Phone("+1 213 555 0100", "mobile", safe_to_text=True)),
                (rec.new_uuid(), rec.Address("12 Calle Uno", city="Oakland", region="CA")),
                (rec.new_uuid(), rec.Safety(code_word="girasol", domestic_violence=True)),
                (rec.new_uuid(), rec.Entry(today - timedelta(days=300), "Hidalgo, TX")),
                (rec.new_uuid(), rec.HouseholdMember("Минь", "Lan", "child", date(2015, 5, 5))),
                (rec.new_uuid(), rec.Income("1800.00", "monthly")),
            ],
        )
        s.add_user(INTAKE, Role.INTAKE, INTAKE_PASS)
    return path, client


def test_the_blank_form_is_bilingual_and_recorded(office: tuple[Path, str]) -> None:
    path, _ = office
    with vault.unlock(path, ADMIN, PASS) as s:
        pdf = s.intake_form_pdf(None, password=None)
        printed = s.list_audit(action="print")
    text = _text(pdf)
    for label in (
        "Client intake",
        "Admisión del cliente",
        "Family name(s) / Apellido(s)",
        "A-number / Número A",
        "Is it safe to send you mail there?",
        "¿Es seguro enviarle correo allí?",
        "People in your household",
        "Personas en su hogar",
        "¿En qué necesita ayuda?",
        "Signature / Firma",
        "For staff only",
    ):
        assert label in text, label
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"page {number} of {total}" in page_text
        assert "Confidential — attorney–client privileged" in page_text
        assert "audit checkpoint" in page_text
    assert [e.fields for e in printed] == ["intake_form_blank,save_plain"]
    assert printed[0].entity_id == ""  # a blank form is about no client
    with (
        pytest.raises(InvalidInput, match="nothing to reveal"),
        vault.unlock(path, ADMIN, PASS) as s,
    ):
        s.intake_form_pdf(None, password=None, reveal=True)


def test_a_prefilled_form_hides_tier1_values_unless_revealed(office: tuple[Path, str]) -> None:
    path, client = office
    with vault.unlock(path, ADMIN, PASS) as s:
        masked = s.intake_form_pdf(client, password=None, output=Output.PREVIEW)
        revealed = s.intake_form_pdf(client, password=None, output=Output.PRINTER, reveal=True)
        printed = s.list_audit(client=client, action="print")
        reveals = s.list_audit(client=client, action="reveal")
    plain, squeezed = _text(masked), _squeezed(masked)
    assert "Nguyễn Thị" in plain
    assert FAMILY in plain
    assert "Lana" in plain
    assert "Минь Lan" in plain  # household member, Cyrillic
    assert "Vietnamese, English" in plain
    assert "Vietnam" in plain
    assert "03/02/1988" in squeezed  # date of birth, one digit a box
    assert "1,800.00" in plain
    assert "on file / en el expediente" in plain
    for secret in ("123456789", "12CalleUno", "Oakland", "girasol"):
        assert secret not in squeezed, secret
    shown = _squeezed(revealed)
    for secret in ("A123456789", "12CalleUno", "Oakland", "girasol", "domesticviolence"):
        assert secret in shown, secret
    assert "on file" not in _text(revealed)
    # Each print names where it went; the revealed one was also a recorded reveal.
    assert sorted(e.fields for e in printed) == ["intake_form,preview", "intake_form,printer"]
    assert len(reveals) == 1


def test_the_encrypted_form_is_aes256_r6(office: tuple[Path, str]) -> None:
    path, client = office
    with vault.unlock(path, ADMIN, PASS) as s:
        pdf = s.intake_form_pdf(client, password=PDF_PASSWORD)
        with pytest.raises(InvalidInput, match="at least 8"):
            s.intake_form_pdf(client, password="short")
        with pytest.raises(InvalidInput, match="Only an encrypted PDF file takes a password"):
            s.intake_form_pdf(client, password=PDF_PASSWORD, output=Output.PRINTER)
        assert [e.fields for e in s.list_audit(client=client, action="print")] == [
            "intake_form,save_encrypted"
        ]
    assert protect.encryption_of(pdf, PDF_PASSWORD) == (True, 6)
    assert FAMILY.encode() not in pdf
    assert FAMILY.encode("utf-16-be") not in pdf
    with pytest.raises(pypdf.errors.PdfReadError):  # not decrypted
        pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert FAMILY in _text(pdf, PDF_PASSWORD)


def test_intake_staff_prefill_only_their_own_intakes(office: tuple[Path, str]) -> None:
    path, client = office
    with vault.unlock(path, INTAKE, INTAKE_PASS) as s:
        own = s.create_client(ClientIdentity("Tomás", "Ríos"))
        assert "Tomás" in _text(s.intake_form_pdf(own, password=None))
        with pytest.raises(PermissionDenied, match="only the intakes they started"):
            s.intake_form_pdf(client, password=None)
        assert "Client intake" in _text(s.intake_form_pdf(None, password=None))


def _cli(path: Path, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
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


def test_print_intake_form_from_the_command_line(office: tuple[Path, str], tmp_path: Path) -> None:
    path, client = office
    blank = tmp_path / "blank.pdf"
    done = _cli(
        path, "print", "intake-form", "--out", str(blank), stdin=f"{PASS}\n{PDF_PASSWORD}\n"
    )
    assert done.returncode == 0, done.stderr
    assert "AES-256 encrypted" in done.stderr
    assert blank.stat().st_mode & 0o777 == 0o600
    assert "Apellido(s)" in _text(blank.read_bytes(), PDF_PASSWORD)
    filled = tmp_path / "filled.pdf"
    done = _cli(
        path,
        "print",
        "intake-form",
        "--client",
        client,
        "--reveal",
        "--no-encrypt",
        "--out",
        str(filled),
        stdin=f"{PASS}\n",
    )
    assert done.returncode == 0, done.stderr
    assert "NOT encrypted" in done.stderr
    assert "A123456789" in _squeezed(filled.read_bytes())
    bad = _cli(
        path,
        "print",
        "intake-form",
        "--reveal",
        "--out",
        str(tmp_path / "x.pdf"),
        stdin=f"{PASS}\n",
    )
    assert bad.returncode == 2
    assert "--reveal needs --client" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blank.pdf", "filled.pdf", "vault"]


def test_the_footer_checkpoint_verifies_with_audit_verify(office: tuple[Path, str]) -> None:
    path, client = office
    with vault.unlock(path, ADMIN, PASS) as s:
        text = _text(s.case_summary_pdf(client, Profile.REFERRAL, password=None))
        s.add_record(client, rec.Note("Later work, after the print"))
    found = re.search(r"audit checkpoint (\d+:[0-9a-f]+)", text)
    assert found, text
    done = _cli(path, "audit", "verify", "--checkpoint", found.group(1), stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stdout + done.stderr
    # A checkpoint the log does not hold is a failure, not a pass.
    seq, head = found.group(1).split(":")
    forged = f"{seq}:{'0' * len(head)}"
    done = _cli(path, "audit", "verify", "--checkpoint", forged, stdin=f"{PASS}\n")
    assert done.returncode != 0


def test_every_page_renders_with_pdftoppm(office: tuple[Path, str], tmp_path: Path) -> None:
    """pdftoppm (poppler) draws each page: a second, independent PDF reader that
    must not choke on our fonts or layout. `.ci/run` installs poppler-utils."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: install Debian's poppler-utils (.ci/run does)"
    path, client = office
    with vault.unlock(path, ADMIN, PASS) as s:
        documents = {
            "blank": s.intake_form_pdf(None, password=None),
            "filled": s.intake_form_pdf(client, password=None, reveal=True),
            "summary": s.case_summary_pdf(client, Profile.FULL, password=None),
        }
    for name, pdf in documents.items():
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        done = subprocess.run(
            [pdftoppm, "-r", "40", "-gray", "-", str(tmp_path / name)],
            input=pdf,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert b"Error" not in done.stderr, done.stderr
        images = sorted(tmp_path.glob(f"{name}-*.pgm"))
        assert len(images) == pages
        for image in images:
            data = image.read_bytes()
            header, pixels = data.split(b"\n255\n", 1)
            width, height = map(int, header.split()[1:3])
            assert (width, height) == (340, 440)  # Letter at 40 dpi
            dark = sum(1 for b in pixels[::7] if b < 128)
            assert dark > 200, f"{image.name} is (nearly) blank"


def test_non_ascii_metadata_round_trips_through_encryption(office: tuple[Path, str]) -> None:
    """reportlab's own encryption corrupts non-ASCII metadata (DESIGN.md §11);
    pikepdf's AES-256 keeps it exactly."""
    path, client = office
    with vault.unlock(path, ADMIN, PASS) as s:
        form = s.intake_form_pdf(None, password=PDF_PASSWORD)
        summary = s.case_summary_pdf(client, Profile.REFERRAL, password=PDF_PASSWORD)
    for pdf, title in (
        (form, "Client intake form / Formulario de admisión"),
        (summary, "Case summary — Referral"),
    ):
        with pikepdf.open(io.BytesIO(pdf), password=PDF_PASSWORD) as doc:
            assert str(doc.docinfo["/Title"]) == title
        metadata = pypdf.PdfReader(io.BytesIO(pdf), password=PDF_PASSWORD).metadata
        assert metadata is not None
        assert metadata.title == title
        assert FAMILY not in str(metadata)


def test_a_long_name_prints_whole_and_a_huge_note_is_cut_visibly() -> None:
    from datetime import datetime

    from caseapp.core import intake_form as spec
    from caseapp.reports import intake_form_pdf

    name = "María de los Ángeles Guadalupe Concepción " * 3
    fill = spec.Prefill(
        {"family_names": name.strip(), "safety": "peligro " * 3000},
        {"household": ({"name": name.strip(), "relationship": "child"},)},
    )
    info = intake_form_pdf.FormInfo("ana", datetime(2026, 12, 2, 10, 0), "1:ab", True)
    squeezed = re.sub(r"\s+", "", _text(intake_form_pdf.render(info, fill)))
    assert squeezed.count(re.sub(r"\s+", "", name)) == 2  # the field and the household row
    assert "peligro[…]" in squeezed  # 24,000 characters do not fit two lines: cut, and marked
