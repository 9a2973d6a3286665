"""Opening a beneficiary's file is one job (issue 23): the record, its requests and history and
what its complaints, contacts and aid tabs show come in one read and one delivery, where each tab
used to queue a job of its own. Each tab still shows its person's data, never another file's,
and a contacts read that started before the file was opened again never replaces what it shows.
The tabs' panels are made when their tab is first shown, filled from that read (or read again
when something was saved since). Ctrl+R's new request form is one job too (the researchers a
referral names ride on it).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool

from desk_app.domain.complaints import ComplaintForm
from desk_app.domain.contacts import ContactForm
from desk_app.services import aid, complaints, contacts, staff
from desk_app.ui.screens.beneficiary import BeneficiaryController
from desk_app.ui.screens.request import RequestController
from tests.services.test_aid import approved, cash
from tests.services.test_aid import family as family  # noqa: F401 - fixture
from tests.services.test_aid import profile as profile  # noqa: F401 - fixture
from tests.ui.test_accessible_names import unnamed
from tests.ui.waiting import make_ctx, settle


@pytest.fixture
def form(qtbot, desk_db, desk_admin, profile, family, arabic):  # noqa: F811
    """The head's file has a complaint and a call on it; his son's file received cash."""
    aid.record(desk_db, desk_admin, approved(desk_db, desk_admin, profile, family["son"]).id,
               cash("1500"), profile=profile)
    complaints.submit(desk_db, desk_admin, ComplaintForm(
        channel_code="fax", category_code="delay", description="تأخر الرد",
        beneficiary_id=family["head"], submission_key="k1"), profile, branch_code="RYD")
    log_call(desk_db, desk_admin, profile, family["head"], "يسأل عن موعد صرف السلة")
    return counting(qtbot, BeneficiaryController(make_ctx(desk_db, desk_admin)))


def counting(qtbot, ctl):
    """``ctl`` with ``jobs``: every job its screen starts from now on."""
    qtbot.addWidget(ctl.view)
    jobs: list[object] = []
    start = ctl.ctx.ops.start

    def counted(fn, deliver, pool=None, waited=True):  # noqa: ANN001, ANN202
        jobs.append(fn)
        return start(fn, deliver, pool, waited)

    ctl.ctx.ops.start = counted
    ctl.jobs = jobs
    return ctl


def log_call(db, actor, profile, person: str, text: str) -> str:  # noqa: F811
    return contacts.log(db, actor, ContactForm("phone", text, answer="بعد أسبوعين",
                                               beneficiary_id=person), profile)


def tabs(ctl) -> tuple[list[str], list[str], str]:
    rows = [ctl.complaints.table.item(r, 0).text() for r in range(ctl.complaints.table.rowCount())]
    calls = [ctl.contacts.table.item(r, 3).text() for r in range(ctl.contacts.table.rowCount())]
    return rows, calls, ctl.aid.cash.text().lstrip("\u200f")


def test_opening_a_file_is_one_job_and_fills_every_tab(qtbot, form, family):  # noqa: F811
    form.open(family["head"])
    settle(qtbot, form.ctx)
    assert len(form.jobs) == 1  # the staff list for the contact entry rode on it too
    numbers, calls, paid = tabs(form)
    assert len(numbers) == 1 and calls == ["يسأل عن موعد صرف السلة"]
    assert paid == "1,500 ريال في 1 دفعة"  # the son's cash counts for the household
    assert form.contacts.entry.passed_to.count() > 0

    form.open(family["other"])  # another household: nothing of the head's stays on a tab
    settle(qtbot, form.ctx)
    assert len(form.jobs) == 2 and form.beneficiary_id == family["other"]
    assert tabs(form) == ([], [], "0 ريال في 0 دفعة")


def test_a_tab_is_made_when_first_shown_with_what_the_file_read(
        qtbot, form, family, desk_db, desk_admin, profile):  # noqa: F811
    form.open(family["head"])
    settle(qtbot, form.ctx)
    assert [form.file_tabs.built(n) for n in ("complaints", "contacts", "aid")] == [None] * 3
    form.view.tabs.setCurrentIndex(form.aid_tab)
    assert form.file_tabs.built("aid") is not None and form.file_tabs.built("contacts") is None
    assert form.aid.cash.text().lstrip("\u200f") == "1,500 ريال في 1 دفعة"
    # a call saved after the file was read (at another screen of this desk): read again
    log_call(desk_db, desk_admin, profile, family["head"], "زيارة للمكتب")
    form.ctx.ops.hub.announce({"contact"})
    form.view.tabs.setCurrentIndex(form.contacts_tab)
    settle(qtbot, form.ctx)
    assert sorted(tabs(form)[1]) == ["زيارة للمكتب", "يسأل عن موعد صرف السلة"]
    assert len(form.jobs) == 2  # the file's read, then the contacts read again
    assert unnamed(form.view) == []  # its fields named for a screen reader as it was made


def test_a_contacts_read_older_than_the_file_never_replaces_it(
        qtbot, form, family, desk_db, desk_admin, profile, monkeypatch):  # noqa: F811
    form.open(family["head"])
    settle(qtbot, form.ctx)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(3, threads))  # the held read must not hold the file's back
    held, release = threading.Event(), threading.Event()
    read = contacts.history

    def slow_refresh(db, person, limit=500):  # noqa: ANN001, ANN202
        rows = read(db, person, limit)
        if not held.is_set():  # the first read after this point: the tab's refresh
            held.set()
            release.wait(10)
        return rows

    monkeypatch.setattr(contacts, "history", slow_refresh)
    try:
        form.contacts.refresh()  # reads the one call, then is held before its delivery
        assert held.wait(10)
        log_call(desk_db, desk_admin, profile, family["head"], "زيارة للمكتب")
        form.open(family["head"])  # the file again, read after the second call
        qtbot.waitUntil(lambda: form.contacts.table.rowCount() == 2)
        release.set()
        settle(qtbot, form.ctx)
    finally:
        release.set()
        pool.setMaxThreadCount(threads)
    # both calls (logged at the same instant of the test's clock: in no fixed order)
    assert sorted(tabs(form)[1]) == ["زيارة للمكتب", "يسأل عن موعد صرف السلة"]


def test_a_new_request_form_is_one_job_with_the_researchers(qtbot, desk_db, desk_admin,
                                                            family, arabic):  # noqa: F811
    staff.create(desk_db, desk_admin, "amal", "amal-pass-2026", "أمل الباحثة", "researcher")
    ctl = counting(qtbot, RequestController(make_ctx(desk_db, desk_admin)))
    ctl.load()  # as the shell does on first use
    ctl.enter({"new_for": family["head"]})
    settle(qtbot, ctl.ctx)
    assert len(ctl.jobs) == 1 and ctl.beneficiary_id == family["head"]
    people = ctl.view.workflow.refer_person
    assert "أمل الباحثة" in [people.itemText(i) for i in range(people.count())]
    ctl.enter({"new_for": family["other"]})  # the researchers are not read again
    settle(qtbot, ctl.ctx)
    assert len(ctl.jobs) == 2 and ctl.beneficiary_id == family["other"]
