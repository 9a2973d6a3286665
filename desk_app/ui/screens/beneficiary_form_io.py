"""The beneficiary form's fields: its choice lists, the rules between fields (an ID type fixes the
country, a category that states direct/indirect fixes the type), and reading and writing a
:class:`BeneficiaryForm` with its household rows. Kept apart from the controller's flow."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem

from desk_app.domain.beneficiary import BENEFICIARY_TYPES, BeneficiaryForm, HouseholdForm
from desk_app.domain.countries import COUNTRIES
from desk_app.domain.profile import (
    EMPLOYMENT_STATUSES,
    EMPLOYMENT_STATUSES_EN,
    QUALIFICATIONS,
    QUALIFICATIONS_EN,
)
from desk_app.ui.context import UiContext
from desk_app.ui.screens import beneficiary_labels as L
from desk_app.ui.screens.beneficiary_view import COMBO_FIELDS, TEXT_FIELDS, BeneficiaryView
from desk_app.ui.widgets.fields import combo_code, fill_combo, set_combo_code


def fill_choices(v: BeneficiaryView, ctx: UiContext, choose: str) -> None:
    lang = ctx.lang
    countries = [(c, ar if lang == "ar" else en) for c, ar, en in COUNTRIES]
    fill_combo(v.inputs["id_type"], L.id_types())
    fill_combo(v.inputs["id_country"], countries)
    fill_combo(v.inputs["nationality"], countries)
    fill_combo(v.inputs["gender"], L.genders(), blank=choose)
    fill_combo(v.inputs["beneficiary_type"], L.beneficiary_types())
    fill_combo(v.inputs["category_code"],
               [(c.code, ctx.name_of(c)) for c in ctx.profile.categories], blank="—")
    fill_combo(v.inputs["contact_channel_code"],
               [(c.code, ctx.name_of(c)) for c in ctx.profile.channels], blank="—")
    quals = QUALIFICATIONS if lang == "ar" else QUALIFICATIONS_EN
    jobs = EMPLOYMENT_STATUSES if lang == "ar" else EMPLOYMENT_STATUSES_EN
    fill_combo(v.inputs["qualification"], list(quals.items()), blank="—")
    fill_combo(v.inputs["employment_status"], list(jobs.items()), blank="—")


def id_type_changed(v: BeneficiaryView) -> None:
    saudi = combo_code(v.inputs["id_type"]) in ("national_id", "iqama")
    v.inputs["id_country"].setEnabled(not saudi)
    if saudi:
        set_combo_code(v.inputs["id_country"], "SA")
    if combo_code(v.inputs["id_type"]) == "national_id":
        set_combo_code(v.inputs["nationality"], "SA")


def category_changed(v: BeneficiaryView) -> None:
    """A category that states the type (Tuwaiq's direct/indirect) sets it: one source."""
    code, kind = combo_code(v.inputs["category_code"]), v.inputs["beneficiary_type"]
    kind.setEnabled(code not in BENEFICIARY_TYPES)
    if code in BENEFICIARY_TYPES:
        set_combo_code(kind, code)


def read_form(v: BeneficiaryView) -> BeneficiaryForm:
    form = BeneficiaryForm()
    for name in TEXT_FIELDS:
        setattr(form, name, v.inputs[name].text())
    for name in COMBO_FIELDS:
        setattr(form, name, combo_code(v.inputs[name]))
    form.birth_date = v.inputs["birth_date"].text()
    form.birth_calendar = v.inputs["birth_date"].calendar_code()
    form.notes = v.notes.toPlainText()
    form.household = []
    for r in range(v.household.rowCount()):
        cells = [(v.household.item(r, c).text() if v.household.item(r, c) else "")
                 for c in range(4)]
        form.household.append(HouseholdForm(*cells))
    return form


def fill_form(v: BeneficiaryView, form: BeneficiaryForm) -> None:
    for name in TEXT_FIELDS:
        v.inputs[name].setText(getattr(form, name))
    for name in COMBO_FIELDS:
        set_combo_code(v.inputs[name], getattr(form, name))
    v.inputs["birth_date"].set_value(form.birth_date, form.birth_calendar)
    v.notes.setPlainText(form.notes)
    v.household.setRowCount(0)
    for m in form.household:
        add_member(v, [m.name, m.relation, m.birth_date, m.id_number])
    id_type_changed(v)


def add_member(v: BeneficiaryView, values: list[str] | None = None) -> None:
    t = v.household
    row = t.rowCount()
    t.insertRow(row)
    for c, text in enumerate(values or ["", "", "", ""]):
        t.setItem(row, c, QTableWidgetItem(text))
    if not values:
        t.setCurrentCell(row, 0)
        t.editItem(t.item(row, 0))


def remove_member(v: BeneficiaryView) -> None:
    row = v.household.currentRow()
    if row >= 0:
        v.household.removeRow(row)
