"""A household member's national ID finds the household (issue 20): the members of a family
are recorded on the head's file, and the desk looking up a son's or a wife's ID must reach that
file (the duplicate-aid check of a household rests on it)."""

from desk_app.domain.beneficiary import HouseholdForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry
from tests.services.test_registry import form, register

SON = make_saudi_id(1, "70000001")
WIFE = make_saudi_id(1, "70000002")
NEIGHBOUR_SON = make_saudi_id(1, "70000003")


def test_a_members_id_finds_the_household_and_only_it(desk_db, desk_admin):
    head = register(desk_db, desk_admin, form(household=[
        HouseholdForm("سعد أحمد الشهري", "ابن", "01/01/2010", SON),
        HouseholdForm("نورة علي الشهري", "زوجة", "01/01/1992", WIFE)]))
    other = register(desk_db, desk_admin, form("خالد", "سعيد", "محمد", "الغامدي", "33333333",
                                               mobile="0559998877", household=[
        HouseholdForm("فهد خالد الغامدي", "ابن", "01/01/2012", NEIGHBOUR_SON)]))
    for member in (SON, WIFE):
        assert [r.id for r in registry.search(desk_db, member).rows] == [head.id]
    assert [r.id for r in registry.search(desk_db, NEIGHBOUR_SON).rows] == [other.id]
    # Arabic-Indic digits as typed on an Arabic keyboard find the same household
    arabic = SON.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert [r.id for r in registry.search(desk_db, arabic).rows] == [head.id]
    # a part of a member's ID is not enough (members are matched on the whole ID only)
    assert head.id not in [r.id for r in registry.search(desk_db, SON[:6]).rows]
