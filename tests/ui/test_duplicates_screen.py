"""The Possible duplicates screen (issue 14): a file that arrived from another branch beside the
desk's own, merged with a confirmation (the kept file chosen), files with different IDs merged
only after a second confirmation, and "different people" needing a reason beside its field.
The grabs go to ``$DESK_SCREENSHOTS`` (default: the test's tmp folder) to be looked at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk_app import i18n
from desk_app.domain.entities import SYSTEM
from desk_app.services import duplicates, registry
from desk_app.ui.dialogs import RecordingDialogs
from tests.services.test_duplicates import _complaint, _request, arrive, form
from tests.ui.waiting import settle
from tests.ui.windows import signed_in_window


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("DESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def cross_branch(desk_db, desk_admin):
    """Abdullah registered here (RYD, one request) and again at Jeddah (two requests and a
    complaint, the same ID); Maryam here and a spelling variant of her name at Dammam."""
    here = registry.register(desk_db, desk_admin, form(), branch_code="RYD").id
    _request(desk_db, desk_admin, here)
    jed = arrive(desk_db, form(first="عبد الله", mobile="0559876543"))
    for _ in range(2):
        _request(desk_db, desk_admin, jed)
    _complaint(desk_db, desk_admin, jed, "jed-1")
    maryam = registry.register(desk_db, desk_admin, form(
        "مريم", "علي", "حسن", "الغامدي", "22334450", "12/12/1990", "0552223344",
        gender="female"), branch_code="RYD").id
    dmm = arrive(desk_db, form("مَريم", "على", "حسن", "الغامدى", "77665540", "12/12/1990",
                               "0577777777", gender="female"), branch="DMM")
    assert duplicates.check_newcomers(desk_db, [jed, dmm], SYSTEM) == 2
    return {"here": here, "jed": jed, "maryam": maryam, "dmm": dmm}


def open_screen(qtbot, qapp, desk_db, lang="ar", dialogs=None):
    window = signed_in_window(qtbot, qapp, desk_db, lang, dialogs, ask_policy=False)
    window.shell.show_screen("duplicates")
    settle(qtbot, window)
    return window, window.shell.controller("duplicates")


def select(qtbot, window, ctl, person_id):
    row = next(i for i, p in enumerate(ctl.pairs) if person_id in (p.first.id, p.second.id))
    ctl.view.table.setCurrentCell(row, 0)
    return ctl.pairs[row]


def test_cross_branch_merge_in_arabic(qtbot, qapp, desk_db, cross_branch, shots, arabic):
    window, ctl = open_screen(qtbot, qapp, desk_db)
    v = ctl.view
    assert v.table.rowCount() == 2
    pair = select(qtbot, window, ctl, cross_branch["jed"])
    assert v.table.item(0, 0).text() == "مؤكد (رقم الهوية نفسه)"
    sides = {v.compare.item(5, c).text().strip("\u2066\u2069") for c in (0, 1)}
    assert sides == {"RYD-000001", "JED-000001"}  # file numbers side by side
    requests = [v.compare.item(6, c).text() for c in (0, 1)]
    assert sorted(requests) == ["1", "2"]
    window.grab().save(str(shots / "ar-duplicates-before-merge.png"))

    keep_first = pair.first.id == cross_branch["here"]
    (v.keep_first if keep_first else v.keep_second).click()
    settle(qtbot, window)

    [(kind, title, question)] = window.dialogs.messages
    assert (kind, title) == ("confirm", "دمج الملفين") and "لا يمكن التراجع" in question
    assert "دُمج الملف" in v.banner.text()
    assert [p.first.id for p in ctl.pairs] != [pair.first.id] and v.table.rowCount() == 1
    window.grab().save(str(shots / "ar-duplicates-after-merge.png"))
    found = registry.search(desk_db, "JED-000001").rows
    assert [r.id for r in found] == [cross_branch["here"]]
    v.show_combo.setCurrentIndex(v.show_combo.findData("merged"))
    settle(qtbot, window)
    kept = 2 if keep_first else 3
    assert v.table.rowCount() == 1 and v.table.item(0, kept).text().endswith("(المُبقى)"), [v.table.item(0, c).text() for c in (2, 3)]
    assert not v.keep_first.isEnabled()  # a decided pair is only shown
    window.grab().save(str(shots / "ar-duplicates-merged-list.png"))


def test_different_ids_need_a_second_confirmation(qtbot, qapp, desk_db, cross_branch, arabic):
    dialogs = RecordingDialogs(confirm_answer=True)
    window, ctl = open_screen(qtbot, qapp, desk_db, dialogs=dialogs)
    select(qtbot, window, ctl, cross_branch["dmm"])
    ctl.view.keep_first.click()
    settle(qtbot, window)
    titles = [m[1] for m in dialogs.messages]
    assert titles == ["دمج الملفين", "رقما هوية مختلفان"]
    assert "دُمج الملف" in ctl.view.banner.text()


def test_different_people_needs_a_reason_beside_the_field(qtbot, qapp, desk_db, cross_branch,
                                                          arabic):
    window, ctl = open_screen(qtbot, qapp, desk_db)
    select(qtbot, window, ctl, cross_branch["dmm"])
    ctl.view.different_button.click()
    settle(qtbot, window)
    assert ctl.view.boxes["reason"].error.text() == "هذا الحقل مطلوب."
    assert ctl.view.table.rowCount() == 2  # nothing decided
    ctl.view.reason.setText("أمّان مختلفتان")
    ctl.view.different_button.click()
    settle(qtbot, window)
    assert ctl.view.table.rowCount() == 1
    assert duplicates.pairs(desk_db, desk_db.admin, "different")[0].note == "أمّان مختلفتان"


def test_english_screen(qtbot, qapp, desk_db, cross_branch, shots):
    window, ctl = open_screen(qtbot, qapp, desk_db, lang="en")
    try:
        select(qtbot, window, ctl, cross_branch["jed"])
        assert ctl.view.table.item(0, 0).text() == "Definite (same ID number)"
        window.grab().save(str(shots / "en-duplicates.png"))
    finally:
        i18n.install(qapp, "ar")
