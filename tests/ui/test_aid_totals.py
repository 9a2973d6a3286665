"""The beneficiary file's "Aid received" tab shows the household's totals (issue 20): cash and
items given to any file of the household, in Arabic; the profile editor's aid tab lets the
administrator add a programme (presets carry none)."""

from __future__ import annotations

from desk_app.services import aid
from desk_app.services import profile as profile_service
from tests.services.test_aid import AidForm, AidItem, approved, cash
from tests.services.test_aid import family as family  # noqa: F401 - fixture
from tests.ui.test_aid_panel import _grab
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle


def test_file_shows_household_totals_and_admin_adds_a_programme(qtbot, window, desk_db,
                                                                family):  # noqa: F811
    sign_in(qtbot, window)
    admin, profile = window.shell.ctx.actor, profile_service.current(desk_db)
    aid.record(desk_db, admin, approved(desk_db, admin, profile, family["son"]).id,
               cash("1500"), profile=profile)
    aid.record(desk_db, admin, approved(desk_db, admin, profile, family["wife"]).id,
               AidForm("in_kind", delivered_on=desk_db.clock().date(),
                       items=(AidItem("سلة غذائية", "2"),)), profile=profile)
    form = window.shell.show_screen("beneficiary", {"open": family["head"]})
    settle(qtbot, window)
    tab = form.aid
    form.view.tabs.setCurrentWidget(tab)
    shown = {name: getattr(tab, name).text().lstrip("\u200f") for name in (
        "cash", "in_kind", "items", "deliveries", "files")}
    assert shown["cash"] == "1,500 ريال في 1 دفعة"
    assert (shown["in_kind"], shown["items"]) == ("1", "سلة غذائية × 2")
    assert shown["deliveries"] == "2" and len(shown["files"].split("، ")) == 3
    _grab(window, "ar-file-aid")

    editor = window.shell.show_screen("profile")
    settle(qtbot, window)
    assert editor.view.aid.programmes.rows() == [] and editor.view.aid.repeat_days.value() == 30
    editor.view.aid.programmes.add_row({"code": "rent_relief", "name_ar": "دعم الإيجار",
                                    "name_en": "Rent relief"})
    editor.view.aid.repeat_days.setValue(60)
    editor.view.tabs.setCurrentWidget(editor.view.aid)
    _grab(window, "ar-profile-aid")
    editor.save()
    settle(qtbot, window)
    saved = profile_service.current(desk_db).aid
    assert [p.name_ar for p in saved.programmes] == ["دعم الإيجار"]
    assert saved.repeat_period_days == 60
