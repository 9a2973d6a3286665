"""Staff acknowledge the policy in the program: at the first sign-in and after every new version
(seed 000 §8; 003 §7-1 with the anti-money-laundering rules); the administrator sees who has
and has not and prints the signed list (archived, with its verification code)."""

from __future__ import annotations

import subprocess

import pytest

from desk_app import i18n
from desk_app.config import Settings
from desk_app.services import documents, installation, policy, staff
from desk_app.storage.db import Database
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.screens.policy_acks import PolicyAcksController
from tests.ui.test_fit_1366 import problems
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import make_ctx, settle

pytestmark = pytest.mark.usefixtures("desk_look")  # the desk's look in the screenshots


@pytest.fixture
def tuwaiq(tmp_path, clock):
    db = Database.open(f"sqlite:///{tmp_path / 'tuwaiq.sqlite3'}", clock=clock)
    db.admin = installation.initialise(db, preset_key="tuwaiq_cadres", branch_code="DMM",
                                       admin_username="admin",
                                       admin_password="admin-pass-2026",
                                       admin_full_name="مدير النظام")
    yield db
    db.dispose()


def _window(qtbot, qapp, db, lang="ar"):
    i18n.install(qapp, lang)
    w = MainWindow(db, Settings(db_url=db.url, language=lang), RecordingDialogs(),
                   clock=db.clock)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.started):
        w.start()
    return w


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_first_sign_in_asks_for_the_policy_then_not_again(qtbot, qapp, tuwaiq, lang):
    try:
        w = _window(qtbot, qapp, tuwaiq, lang)
        sign_in(qtbot, w, "admin-pass-2026")
        assert w.shell is None and w.policy_ack is not None  # not at the desk yet
        v = w.policy_ack.view
        assert w.pages.currentWidget() is v
        assert "غسل الأموال" in v.statement.text()  # 003 §7-1
        assert "سابعاً: المسؤوليات" in v.text.toPlainText()
        assert problems(w) == []
        qtbot.wait(20)
        w.grab().save(f"/tmp/govern-policy-ack-{lang}.png")
        v.ack_button.click()  # not ticked yet: nothing happens
        assert not v.ack_button.isEnabled()
        v.read.setChecked(True)
        v.ack_button.click()
        settle(qtbot, w)
        assert w.shell is not None and w.policy_ack is None
        assert policy.pending(tuwaiq, tuwaiq.admin) is None
        w.sign_out()
        settle(qtbot, w)
        sign_in(qtbot, w, "admin-pass-2026")
        assert w.shell is not None  # acknowledged: straight to the desk
    finally:
        i18n.install(qapp, "ar")


def test_a_new_version_asks_again_and_declining_signs_out(qtbot, qapp, arabic, tuwaiq):
    admin = tuwaiq.admin
    policy.acknowledge(tuwaiq, admin, 1, policy.text_sha256(policy.pending(tuwaiq, admin)))
    policy.add_version(tuwaiq, admin, "سياسة تنظيم العلاقة مع المستفيدين", "النص المحدث.",
                       "اطلعت على الإصدار الثاني وألتزم به.")
    w = _window(qtbot, qapp, tuwaiq)
    sign_in(qtbot, w, "admin-pass-2026")
    assert w.policy_ack is not None and w.policy_ack.view.statement.text() == \
        "اطلعت على الإصدار الثاني وألتزم به."
    assert "الإصدار 2" in w.policy_ack.view.intro.text()
    w.policy_ack.view.sign_out_button.click()
    settle(qtbot, w)
    assert w.shell is None and w.policy_ack is None
    assert w.pages.currentWidget() is w.login.view


def test_follow_up_shows_who_has_not_and_prints_the_signed_list(qtbot, arabic, tuwaiq,
                                                               tmp_path):
    admin = tuwaiq.admin
    clerk = staff.create(tuwaiq, admin, "salma", "reception-pass-2026", "سلمى الغامدي",
                         "reception", must_change=False)
    staff.create(tuwaiq, admin, "fahad", "manager-pass-2026", "فهد العتيبي", "manager",
                 must_change=False)
    policy.acknowledge(tuwaiq, clerk, 1, policy.text_sha256(policy.pending(tuwaiq, clerk)))
    ctx = make_ctx(tuwaiq, admin)
    ctl = PolicyAcksController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1136, 700)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    v = ctl.view
    assert v.summary.text() == "الإصدار 1 من السياسة: أقرّ به 1 من 3 موظفين."
    table = [[v.table.item(r, c).text() for c in range(4)] for r in range(v.table.rowCount())]
    assert [row[0] for row in table] == ["فهد العتيبي", "مدير النظام", "سلمى الغامدي"]
    assert table[0][2] == "لم يُقر بعد" and table[2][2].startswith("12/06/1448 هـ")
    v.print_button.click()
    settle(qtbot, ctx)
    issued = ctl.issued
    assert v.banner.text().startswith("صدرت القائمة (الرمز ")
    archived = documents.verify(tuwaiq, admin, issued.code)
    assert archived.genuine and archived.document.kind == "policy_acknowledgements"
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(issued.pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("سجل إقرار الموظفين بالاطلاع على السياسة", "سلمى الغامدي", "فهد العتيبي",
                     "لم يُقر بعد", "غسل الأموال", issued.code):
        assert expected in text, expected
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    "/tmp/govern-policy-acks-pdf"], check=True)
    qtbot.wait(20)
    v.grab().save("/tmp/govern-policy-acks-ar.png")
