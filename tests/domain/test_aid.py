"""Rules of the aid given (issue 20): what a delivery must say, the repeat period, and the
profile's aid section (programmes the administrator adds; no preset carries one)."""

from datetime import date

from desk_app.domain import aid
from desk_app.domain.profile.aid import AidPolicy, Programme, read
from desk_app.services.presets import list_presets, load_preset

TODAY = date(2026, 11, 22)
POLICY = AidPolicy((Programme("ramadan_baskets", "سلال رمضان", "Ramadan baskets"),), 30)


def codes(errors):
    return {(e.field, e.code) for e in errors}


def test_cash_needs_an_amount_a_way_of_paying_and_a_valid_iban():
    clean, errors = aid.validate_aid(aid.AidForm("cash", "ramadan_baskets", TODAY, "١٬٥٠٠",
                                                 "iban", "sa03 8000 0000 6080 1016 7519"),
                                     POLICY, TODAY, date(2026, 11, 20))
    assert errors == [] and (clean.amount_halalas, clean.iban) == (150000,
                                                                    "SA0380000000608010167519")
    _, errors = aid.validate_aid(aid.AidForm("cash", "", TODAY, "0", "iban", "SA0380000000"),
                                 POLICY, TODAY, None)
    assert codes(errors) == {("programme_code", "required"), ("amount", "zero_amount"),
                             ("iban", "invalid_iban")}
    _, errors = aid.validate_aid(aid.AidForm("cash", "ramadan_baskets", TODAY, "10", "cheque"),
                                 POLICY, TODAY, None)
    assert codes(errors) == {("cheque_number", "required")}


def test_in_kind_and_service_and_dates():
    _, errors = aid.validate_aid(aid.AidForm("in_kind", "ramadan_baskets", date(2026, 11, 23),
                                             items=(aid.AidItem("", "2"),)), POLICY, TODAY, None)
    assert codes(errors) == {("delivered_on", "in_future"), ("items", "required")}
    clean, errors = aid.validate_aid(aid.AidForm("service", "", TODAY, details=" نقل إلى "),
                                     AidPolicy(), TODAY, TODAY)
    assert errors == [] and clean.details == "نقل إلى"
    _, errors = aid.validate_aid(aid.AidForm("service", "x", None), AidPolicy(), TODAY, None)
    assert codes(errors) == {("programme_code", "invalid_choice"),
                             ("delivered_on", "required"), ("details", "required")}


def test_the_repeat_period_and_the_household():
    assert aid.repeat_since(TODAY, AidPolicy(repeat_period_days=7)) == date(2026, 11, 16)
    assert aid.repeat_since(TODAY, AidPolicy(repeat_period_days=0)) is None
    assert aid.household_ids(" 1012345678", ["", "١٠١٢٣٤٥٦٧٩"]) == {"1012345678", "1012345679"}


def test_the_profile_section_reads_back_and_no_preset_has_one():
    errors: list = []
    assert read(POLICY.to_dict(), errors) == POLICY and errors == []
    read({"programmes": [{"code": "A b", "name_ar": ""}, {"code": "x", "name_ar": "س"},
                         {"code": "x", "name_ar": "ص"}], "repeat_period_days": -1}, errors)
    assert {(e.field, e.code) for e in errors} == {
        ("aid.programmes[0].code", "invalid_code"), ("aid.programmes[0].name_ar", "required"),
        ("aid.programmes[2].code", "duplicate_code"), ("aid.repeat_period_days", "out_of_range")}
    for preset in list_presets():
        profile = load_preset(preset.key)
        assert profile.aid == AidPolicy() and "aid" not in profile.to_dict()


def test_the_copy_of_everything_held_names_the_aid_tables_in_arabic():
    """A person's copy of their data (subject export) words every aid column in Arabic."""
    from desk_app.domain.subject_data import COLUMNS_AR, TABLES_AR
    from desk_app.storage import aid_tables as t

    for table in (t.AidRecord, t.AidHouseholdId, t.AidSignedCopy):
        assert TABLES_AR[table.__tablename__]
        assert {c.name for c in table.__table__.columns} <= set(COLUMNS_AR)
