"""The complaints board reads what it shows in a fixed number of statements, in one read
transaction, however many complaints it lists (issue 23): no query per complaint (the names of
registered complainants in one), and the working days of every deadline counted once."""

from __future__ import annotations

from sqlalchemy import event

from desk_app.domain import complaints as rules
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import complaint_views, registry
from desk_app.services import complaints as svc
from desk_app.services import profile as profile_service

FIRST = ("سالم", "خالد", "ناصر", "فهد", "ماجد", "طلال")


def statements(db, fn) -> list[str]:  # noqa: ANN001
    sent: list[str] = []

    def note(_conn, _cursor, sql, *_a) -> None:  # noqa: ANN001
        sent.append(sql)

    event.listen(db.read_engine, "before_cursor_execute", note)
    try:
        fn()
    finally:
        event.remove(db.read_engine, "before_cursor_execute", note)
    return sent


def test_the_board_reads_as_many_statements_for_six_complaints_as_for_two(desk_db, desk_admin):
    profile = profile_service.current(desk_db)
    sent = {}
    for n in range(6):
        person = registry.register(desk_db, desk_admin, BeneficiaryForm(
            first_name=FIRST[n], father_name="محمد", grandfather_name="علي", family_name="الحربي",
            id_number=make_saudi_id(1, f"{n:08d}"), gender="male", mobile=f"05012345{n:02d}",
            birth_date="01/01/1980"),
            branch_code="RYD")
        svc.submit(desk_db, desk_admin, rules.ComplaintForm(
            channel_code="fax", category_code="delay", description="تأخر", submission_key=f"k{n}",
            beneficiary_id=person.id), profile, branch_code="RYD")
        if n in (1, 5):
            sent[n + 1] = statements(desk_db, lambda: complaint_views.board_and_rows(
                desk_db, profile, complaint_views.Filters()))
            found = statements(desk_db, lambda: complaint_views.board_and_rows(
                desk_db, profile, complaint_views.Filters(text="الحربي")))
            assert len(found) == len(sent[n + 1]) + 2  # the search: its list and its names
    assert len(sent[6]) == len(sent[2])
    board, rows = complaint_views.board_and_rows(desk_db, profile)
    assert board.open_total == 6
    assert {r.complainant for r in rows} == {f"{f} محمد علي الحربي" for f in FIRST}
