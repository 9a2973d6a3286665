"""A request shown before the committee accepted it has no aid to list, so its screen does not
ask for any (issue 23: after every save and tick of a request, a query the desk waited for);
an accepted request's deliveries are still asked for and listed."""

from __future__ import annotations

from desk_app.services import aid
from desk_app.services import profile as profile_service
from tests.services.test_aid import approved, cash
from tests.services.test_aid import family as family  # noqa: F401 - fixture
from tests.services.test_requests import open_request
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle


def test_only_a_request_that_may_have_aid_asks_for_it(qtbot, window, desk_db, family,  # noqa: F811
                                                      monkeypatch):
    sign_in(qtbot, window)
    admin = window.shell.ctx.actor
    profile = profile_service.current(desk_db)
    asked: list[str] = []
    real = aid.for_request
    monkeypatch.setattr(aid, "for_request", lambda db, actor, rid: (asked.append(rid),
                                                                     real(db, actor, rid))[1])
    new = open_request(desk_db, admin, profile, family["wife"])  # incomplete: no aid possible
    ctl = window.shell.show_screen("request", {"open": new.id})
    settle(qtbot, window)
    assert ctl.detail.status == "incomplete" and asked == []
    assert ctl.view.aid.list.empty.isVisibleTo(ctl.view.aid.list)

    accepted = approved(desk_db, admin, profile, family["son"]).id
    aid.record(desk_db, admin, accepted, cash(), profile=profile)
    ctl = window.shell.show_screen("request", {"open": accepted})
    settle(qtbot, window)
    assert asked == [accepted] and len(ctl.aid_rows) == 1
