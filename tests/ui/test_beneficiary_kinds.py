"""Tuwaiq's registration (issue 24): a category that states the type sets it (one source), and a
partner association cannot be registered as a person: the Arabic message beside the category
points to registering it as an organisation, and nothing is saved."""

from __future__ import annotations

import pytest

from desk_app.services import installation, registry
from desk_app.storage.db import Database
from desk_app.ui.widgets.fields import combo_code
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_beneficiary_form import GOOD, error_of, fill, make_form, save


@pytest.fixture
def tuwaiq_db(tmp_path, clock):
    db = Database.open(f"sqlite:///{tmp_path / 'tuwaiq.sqlite3'}", clock=clock)
    db.admin = installation.initialise(
        db, preset_key="tuwaiq_cadres", branch_code="RYD", admin_username="admin",
        admin_password=ADMIN_PASSWORD, admin_full_name="مدير النظام")
    yield db
    db.dispose()


def _choose(ctl, name, code):
    combo = ctl.view.inputs[name]
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())


def test_the_category_sets_the_type_and_a_partner_is_not_a_person(qtbot, tuwaiq_db, arabic):
    ctl = make_form(qtbot, tuwaiq_db, tuwaiq_db.admin)
    fill(ctl, **GOOD)
    kind = ctl.view.inputs["beneficiary_type"]
    _choose(ctl, "category_code", "indirect")
    assert combo_code(kind) == "indirect" and not kind.isEnabled()
    _choose(ctl, "category_code", "partner_association")
    message = error_of(ctl, "category_code")
    assert "تسجيل جمعية أو جهة" in message  # points to registering an organisation
    assert not save(qtbot, ctl)
    assert ctl.view.inputs["first_name"].text() == "خالد"  # what was typed is kept
    assert not registry.search(tuwaiq_db, "خالد").rows
    _choose(ctl, "category_code", "direct")
    assert save(qtbot, ctl)
    found = registry.search(tuwaiq_db, "خالد").rows
    assert [registry.get(tuwaiq_db, r.id).beneficiary_type for r in found] == ["direct"]
