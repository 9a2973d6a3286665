"""Another desk's save reaches this desk's open screens (the change notice) within seconds, and
a server that goes away is a banner that stays until it is back — on the office server."""

import pytest

from desk_app.app import DeskApplication
from desk_app.config import Settings
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import installation, registry
from desk_app.storage import postgres_listen
from desk_app.storage.db import Database


@pytest.fixture
def desk(qtbot, qapp, pg_url, arabic, desk_look):
    db = Database.open(pg_url)
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="HQ",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    app = DeskApplication(qapp, db, Settings(db_url=db.url, language="ar"))
    window = app.build()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    app.watch(db)
    qtbot.waitUntil(app.listener.connected.is_set, timeout=10000)
    yield app, admin
    app.listener.stop()
    db.dispose()


def test_another_desks_save_is_announced_to_open_screens(qtbot, desk, monkeypatch):
    app, admin = desk
    monkeypatch.setattr(postgres_listen, "DESK_ID", "another-desk")
    form = BeneficiaryForm(first_name="هند", father_name="سعد", grandfather_name="علي",
                           family_name="العنزي", gender="female", birth_date="01/01/1990",
                           id_number=make_saudi_id(1, "66000099"), mobile="0554400099")
    with qtbot.waitSignal(app.window.ops.hub.changed, timeout=5000,
                          check_params_cb=lambda kinds: "beneficiary" in kinds):
        registry.register(app.db, admin, form, branch_code="HQ")


def test_server_lost_banner_until_it_is_back(qtbot, desk, pg_server):
    app, _admin = desk
    window = app.window
    assert not window.server_label.isVisible()
    pg_server.stop("immediate")
    try:
        qtbot.waitUntil(window.server_label.isVisible, timeout=15000)
        assert "تعذّر الوصول إلى خادم المكتب" in window.server_label.text()
        window.grab().save("/tmp/desk-server-lost-ar.png")
    finally:
        pg_server.start()
    qtbot.waitUntil(lambda: not window.server_label.isVisible(), timeout=20000)
