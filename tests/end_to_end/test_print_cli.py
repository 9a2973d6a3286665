"""``desk-app print declaration|receipt --request NUMBER --out FILE``, run as a person runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import documents, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.conftest import ADMIN_PASSWORD
from tests.documents.pdftext import normalise, pdftotext, requires_pdftotext


def open_request(db, actor) -> str:
    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44556677"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")
    person = registry.register(db, actor, form, branch_code="RYD").id
    return svc.create(db, actor, IntakeForm(person, "service_request", "phone", "طلب مساعدة",
                                            True, True, agreed_channel_code="phone"),
                      branch_code="RYD", profile=profile_service.current(db)).number


def desk_app(db, *args, password: str | None = None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DESK_APP_DB", None)
    env.update(DESK_APP_USER="admin", DESK_APP_PASSWORD=ADMIN_PASSWORD)  # signed in as a person
    if password is not None:
        env["DESK_APP_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "desk_app", "--db", db.url, "print", *args],
                          capture_output=True, text=True, timeout=120, env=env)


@requires_pdftotext
@pytest.mark.parametrize("kind", ["declaration", "receipt"])
def test_print_command_writes_the_archived_pdf(desk_db, desk_admin, tmp_path, kind):
    number = open_request(desk_db, desk_admin)
    out = tmp_path / f"{kind}.pdf"
    done = desk_app(desk_db, kind, "--request", number, "--out", str(out), "--user", "admin",
                    password=ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    pdf = out.read_bytes()
    assert documents.sha256_hex(pdf) == report["sha256"]
    result = documents.verify_pdf(desk_db, desk_db.admin, pdf)
    assert result.genuine and result.document.kind == kind
    assert result.document.issued_by_name == "مدير النظام"
    text = normalise(pdftotext(pdf))
    assert number in text and "نورة سعد ناصر القحطاني" in text


def test_print_command_refusals(desk_db, desk_admin, tmp_path):
    number = open_request(desk_db, desk_admin)
    out = tmp_path / "x.pdf"
    missing = desk_app(desk_db, "receipt", "--request", "RYD-1999-000404", "--out", str(out))
    assert missing.returncode == 1 and "no_request" in missing.stderr
    no_decision = desk_app(desk_db, "decision", "--request", number, "--out", str(out))
    assert no_decision.returncode == 1 and "no_decision" in no_decision.stderr
    wrong = desk_app(desk_db, "receipt", "--request", number, "--out", str(out), "--user",
                     "admin", password="wrong")
    assert wrong.returncode == 1 and not out.exists()
    assert documents.count(desk_db) == 0
