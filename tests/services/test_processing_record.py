"""The record of processing is generated from the profile and the permission table: change
either and the printed page says so (read back with pdftotext)."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest

from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.profile.governance import Retention
from desk_app.services import documents, permissions, processing_record, staff
from desk_app.services import profile as profile_service
from tests.documents.pdftext import squash, text_of, words


def _text(tmp_path, pdf: bytes) -> str:
    (tmp_path / "record.pdf").write_bytes(pdf)
    return squash(text_of(pdf))


def test_record_follows_profile_and_permissions(db, admin, tmp_path):
    first = processing_record.issue(db, admin)
    text = _text(tmp_path, first.pdf)
    for expected in ("سجل أنشطة معالجة البيانات الشخصية", "جمعية الذكر الحكيم", "سجل المستفيدين",
                  "رقم الهوية", "المستندات الممسوحة", "لم تحدد الجمعية مدة بعد",
                  "نص الموافقة الذي يوقعه المستفيد", first.code):
        assert expected in text, expected
    assert documents.verify(db, admin, first.code).genuine
    # the administrator sets a period and lets only the researcher see scans
    profile = profile_service.current(db)
    gov = dataclasses.replace(profile.governance, retention=Retention(closed_files=60))
    profile_service.save(db, admin, dataclasses.replace(profile, governance=gov), "periods")
    grants = {g for g in permissions.current(db).grants if g[1] != "scan.view"}
    permissions.save(db, admin, grants | {("researcher", "scan.view")})
    text = _text(tmp_path, processing_record.issue(db, admin).pdf)
    said = " ".join(words("60 شهرًا من آخر نشاط بعد انتهاء الطلبات، ثم يُجهَّل الملف"))
    assert said in " ".join(words(text))  # (pdftotext moves the comma)
    scans = text[text.index("المستندات الممسوحة"):text.index("الشكاوى والتعويض")]
    assert "الباحث الاجتماعي" in scans and "موظف الاستقبال" not in scans
    clerk = staff.create(db, admin, "salma", "reception-pass-2026", "سلمى", "reception",
                         must_change=False)
    with pytest.raises(PermissionDenied):
        processing_record.issue(db, clerk)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                    str(tmp_path / "record.pdf"), "/tmp/govern-processing-record"], check=True)
