"""The request screen carries the document buttons: they follow the request shown, and the
receipt issued from there is archived with the request's number."""

from desk_app.services import demo, demo_requests, documents, request_views
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle


def test_document_buttons_follow_the_request_on_screen(qtbot, window, desk_db):
    demo.generate(desk_db, beneficiaries=60, seed=9)
    demo_requests.generate_requests(desk_db, seed=9, per_beneficiary=1.0)
    sign_in(qtbot, window)
    shell = window.shell
    rows = request_views.listing(desk_db, shell.ctx.profile, desk_db.clock().date(),
                                 open_only=False)
    first, second = rows[0], rows[1]
    ctl = shell.show_screen("request", {"open": first.id})
    settle(qtbot, window)
    assert ctl.documents.isVisible() and ctl.documents.button("receipt").isEnabled()
    assert ctl.documents.request_id == first.id
    shell.show_screen("request", {"open": second.id})
    settle(qtbot, window)
    assert ctl.documents.request_id == second.id
    ctl.documents.show_document("receipt")
    settle(qtbot, window)
    assert ctl.documents.dialog.isVisible()  # the preview, with its print button
    issued = ctl.documents.last_issued
    assert issued is not None and issued.number == second.number
    assert documents.verify(desk_db, desk_db.admin, issued.code).status == "genuine"
