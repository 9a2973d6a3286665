"""The Sync screen and the conflict review, in Arabic and English at 1366×768, on a real head
office and branch (SQLite files): history and counts, an exchange file refused with its reason in
Arabic, a conflict decided at the head office; every call through the ops runner."""

from __future__ import annotations

import pytest

from desk_app import i18n
from desk_app.config import Settings
from desk_app.services import sync
from desk_app.ui.screens.sync_conflicts import ConflictsController
from desk_app.ui.screens.sync_screen import SyncController
from tests.services.sync_sites import edit, make_branch, make_head, person, register
from tests.ui.waiting import make_ctx, settle

SHOTS = "/tmp"


@pytest.fixture
def sites(tmp_path, clock):
    head = make_head(f"sqlite:///{tmp_path / 'head.sqlite3'}", clock)
    branch = make_branch(head, f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock)
    pid = register(branch, 1)
    sync.sync_with(branch.db, head.db, branch.admin)
    edit(head, pid, mobile="0551111111")
    edit(branch, pid, mobile="0552222222")
    edit(branch, pid, city="جدة")
    yield head, branch, pid
    head.db.dispose()
    branch.db.dispose()


def open_screen(qtbot, cls, site, lang="ar"):
    ctx = make_ctx(site.db, site.admin, Settings(site.db.url, lang))
    ctl = cls(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    return ctl


def test_sync_screen_at_a_branch_counts_history_and_refusals(qtbot, sites, arabic, tmp_path):
    head, branch, _ = sites
    ctl = open_screen(qtbot, SyncController, branch)
    v = ctl.view
    assert v.place.text() == "فرع JED" and v.waiting.text() == "2"  # 2 edits (not the sync record)
    assert "هـ" in v.last.text() and not v.peers.isVisible()
    assert v.runs.rowCount() == 1 and v.runs.item(0, 6).text() == "اكتملت"
    ctl.export_to(tmp_path / "up.desksync")
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "ok" and (tmp_path / "up.desksync").exists()
    sync.import_file(head.db, head.admin, (tmp_path / "up.desksync").read_bytes())
    down = tmp_path / "down.desksync"
    down.write_bytes(sync.export_file(head.db, head.admin, "JED"))
    ctl.import_from(down)
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "ok" and v.conflicts.text() == "1"
    ctl.import_from(down)  # the same file again
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "error"
    assert v.banner.text() == "رُفض الملف: طُبِّق من قبل، ولم يتغيّر شيء."
    assert v.runs.rowCount() == 3
    v.grab().save(f"{SHOTS}/sync_branch_ar.png")


def test_head_office_sees_each_branch_and_decides_a_conflict(qtbot, sites, arabic):
    head, branch, pid = sites
    sync.sync_with(branch.db, head.db, branch.admin)
    ctl = open_screen(qtbot, SyncController, head)
    v = ctl.view
    assert v.place.text() == "المقر الرئيسي (HQ)" and v.peers.isVisible()
    assert v.peers.item(0, 0).text() == "JED" and "هـ" in v.peers.item(0, 1).text()
    assert v.conflicts.text() == "1"
    v.grab().save(f"{SHOTS}/sync_head_ar.png")
    review = open_screen(qtbot, ConflictsController, head)
    t = review.view.table
    assert t.rowCount() == 1 and t.item(0, 1).text() == "رقم الجوال"
    assert t.item(0, 2).text() == "\u200e\u202a+966551111111\u202c\u200e"  # order kept
    assert "+966552222222" in t.item(0, 3).text()
    assert t.item(0, 4).text() == "JED" and t.item(0, 5).text() == "jedadmin"
    review.view.grab().save(f"{SHOTS}/sync_conflicts_ar.png")
    review.resolve("branch")
    settle(qtbot, review.ctx)
    assert review.view.banner.property("kind") == "ok" and t.rowCount() == 0
    assert person(head, pid).mobile == "+966552222222"


def test_a_branch_sees_the_list_but_decides_nothing(qtbot, sites, arabic):
    head, branch, _ = sites
    sync.sync_with(branch.db, head.db, branch.admin)
    review = open_screen(qtbot, ConflictsController, branch)
    assert review.view.table.rowCount() == 1
    review.resolve("head")
    settle(qtbot, review.ctx)
    assert review.view.banner.text() == "يُبتّ في التعارضات في المقر الرئيسي."


def test_screens_in_english(qtbot, qapp, sites):
    head, branch, _ = sites
    sync.sync_with(branch.db, head.db, branch.admin)
    i18n.install(qapp, "en")
    try:
        ctl = open_screen(qtbot, SyncController, head, "en")
        assert ctl.view.place.text() == "Head office (HQ)"
        ctl.view.grab().save(f"{SHOTS}/sync_head_en.png")
        review = open_screen(qtbot, ConflictsController, head, "en")
        assert review.view.table.item(0, 1).text() == "Mobile number"
        review.view.grab().save(f"{SHOTS}/sync_conflicts_en.png")
    finally:
        i18n.install(qapp, "ar")


def test_status_bar_shows_last_sync_and_open_conflicts(qtbot, window, desk_db, desk_admin):
    assert window.sync_status is None
    sync.become_head(desk_db, desk_admin)
    window.enter_shell(desk_admin)
    label = window.sync_status.label
    qtbot.waitUntil(label.isVisible, timeout=10000)
    assert label.text() == "آخر مزامنة: لم تتم بعد · تعارضات: 0"
    window.grab().save(f"{SHOTS}/sync_status_ar.png")


def test_a_file_with_an_open_conflict_carries_the_badge(qtbot, sites, arabic):
    from desk_app.ui.screens.beneficiary import BeneficiaryController

    head, branch, pid = sites
    sync.sync_with(branch.db, head.db, branch.admin)
    for site in (head, branch):  # the list travels: the branch shows the badge too
        ctl = open_screen(qtbot, BeneficiaryController, site)
        ctl.open(pid)
        settle(qtbot, ctl.ctx)
        assert ctl.view.title.text().endswith("⚠ تعارض مزامنة ينتظر قراراً")
        assert ctl.view.inputs["mobile"].text().endswith("551111111")  # the head office's
    ctl.view.grab().save(f"{SHOTS}/sync_badge_ar.png")


@pytest.fixture
def deletions(tmp_path, clock):
    """A household member deleted at the head office and corrected at the branch, and a request
    decided at the head office and withdrawn at the branch: two conflicts at the head office."""
    from desk_app.domain.beneficiary import HouseholdForm
    from desk_app.services import requests
    from tests.services.test_sync_property import casework

    head = make_head(f"sqlite:///{tmp_path / 'head.sqlite3'}", clock)
    branch = make_branch(head, f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock)
    wife = HouseholdForm(name="نورة صالح", relation="زوجة", birth_date="01/01/1992")
    pid = register(branch, 1, household=[wife])
    casework(branch, ("request", "JED", 0), 1)
    sync.sync_with(branch.db, head.db, branch.admin)
    edit(head, pid, household=[])
    edit(branch, pid, household=[HouseholdForm(name="نورة صالح", relation="أم",
                                               birth_date="01/01/1992")])
    casework(head, ("decide", "HQ", 0), 2)
    with branch.db.read() as s:
        from desk_app.storage.requests_tables import ServiceRequest
        rid = s.scalar(sync_select(ServiceRequest.id))
    requests.withdraw(branch.db, branch.admin, rid, "عدل عن الطلب")
    sync.sync_with(branch.db, head.db, branch.admin)
    yield head, branch, pid
    head.db.dispose()
    branch.db.dispose()


def sync_select(col):  # noqa: ANN001, ANN201
    from sqlalchemy import select
    return select(col)


def row_of(table, kind_text: str) -> int:  # noqa: ANN001
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == kind_text)


def test_deleted_and_refused_conflicts_are_worded_and_resolved(qtbot, deletions, arabic):
    head, _, pid = deletions
    review = open_screen(qtbot, ConflictsController, head)
    v, t = review.view, review.view.table
    assert t.rowCount() == 2
    gone = row_of(t, "عُدّل في الفرع وحُذف في المقر الرئيسي")
    assert t.item(gone, 2).text() == "(محذوف)" and t.item(gone, 3).text() == "أم"
    assert t.item(gone, 0).text().endswith("· نورة صالح")
    step = row_of(t, "خطوة يرفضها مسار الطلب")
    assert (t.item(step, 2).text(), t.item(step, 3).text()) == ("مقبول", "مسحوب")
    t.setCurrentCell(step, 0)
    assert (v.take_button.text(), v.keep_button.text()) == ("اعتمد خطوة الفرع", "أبقِ الرفض")
    v.grab().save(f"{SHOTS}/sync_conflicts_deleted_ar.png")
    review.resolve("branch")  # a decided request is never withdrawn: said, nothing changes
    settle(qtbot, review.ctx)
    assert v.banner.property("kind") == "error" and "لا يسمح" in v.banner.text()
    t.setCurrentCell(row_of(t, "عُدّل في الفرع وحُذف في المقر الرئيسي"), 0)
    assert v.take_button.text() == "استعد السجل بتعديلات الفرع"
    review.resolve("branch")
    settle(qtbot, review.ctx)
    assert v.banner.property("kind") == "ok" and t.rowCount() == 1
    from tests.services.test_sync_deleted import members
    assert members(head, pid) == [("نورة صالح", "أم")]


def test_deleted_and_refused_conflicts_in_english(qtbot, qapp, deletions):
    head, _, _ = deletions
    i18n.install(qapp, "en")
    try:
        review = open_screen(qtbot, ConflictsController, head, "en")
        t = review.view.table
        step = row_of(t, "a step the request's workflow refuses")
        assert (t.item(step, 2).text(), t.item(step, 3).text()) == ("Accepted", "Withdrawn")
        t.setCurrentCell(row_of(t, "changed at the branch, deleted at the head office"), 0)
        assert review.view.keep_button.text() == "Keep the deletion"
        review.view.grab().save(f"{SHOTS}/sync_conflicts_deleted_en.png")
    finally:
        i18n.install(qapp, "ar")
