"""An account the administrator closes while its desk is still signed in can do nothing more:
the next action is refused (logged), nothing is written; both engines."""

import pytest

from desk_app.services import access, registry, staff
from desk_app.services.permissions import AccountClosed, PermissionDenied
from tests.ui.test_request_flow import register_one


def test_a_closed_account_is_refused_at_its_next_action(desk_db, desk_admin):
    clerk = staff.create(desk_db, desk_admin, "clerk", "clerk-pass-2026", "موظف الاستقبال",
                         "reception", must_change=False)
    first = register_one(desk_db, clerk)  # signed in and working
    staff.set_active(desk_db, desk_admin, clerk.id, False)
    with pytest.raises(AccountClosed) as exc:
        registry.open_file(desk_db, clerk, first)
    assert isinstance(exc.value, PermissionDenied) and exc.value.code == "account_closed"
    looks = access.looked_at_by(desk_db, desk_admin, clerk.id)
    assert looks[0].action == "beneficiary.open" and not looks[0].allowed
    staff.set_active(desk_db, desk_admin, clerk.id, True)
    assert registry.open_file(desk_db, clerk, first) is not None  # opened again: works again


def test_a_closed_account_reads_no_aid_totals_or_deliveries(desk_db, desk_admin):
    """Aid reads log no look of their own (the file's opening did), but they still check the
    account as it is now: before, they asked the role table only, so a closed account kept
    reading what a household received until its desk signed out."""
    from desk_app.services import aid

    clerk = staff.create(desk_db, desk_admin, "clerk2", "clerk-pass-2026", "موظف الاستقبال",
                         "reception", must_change=False)
    first = register_one(desk_db, clerk)
    assert aid.household_totals(desk_db, clerk, first).deliveries == 0
    staff.set_active(desk_db, desk_admin, clerk.id, False)
    with pytest.raises(AccountClosed):
        aid.household_totals(desk_db, clerk, first)
    looks = access.looked_at_by(desk_db, desk_admin, clerk.id)
    assert [(x.action, x.allowed) for x in looks if x.action == "beneficiary.open"][0] == (
        "beneficiary.open", False)
