"""Demo complaints: every state, compensations only on approved minutes or a ruling."""

from sqlalchemy import func, select

from desk_app.domain import workflows as wf
from desk_app.services import complaint_views, demo
from desk_app.services import profile as profile_service
from desk_app.services.complaints import grounds
from desk_app.storage.complaints_tables import Compensation, Complaint, ComplaintEvent
from desk_app.storage.db import Database


def test_demo_complaints_cover_every_state_and_compensate_on_grounds(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        report = demo.generate(db, beneficiaries=300, seed=3, branch_code="HQ")
        assert report["complaints"] >= 18 and report["compensations"] >= 2
        with db.read() as s:
            states = set(s.scalars(select(Complaint.status)))
            assert states == set(wf.COMPLAINT_STATES)
            numbers = list(s.scalars(select(Complaint.number)))
            assert len(numbers) == len(set(numbers)) == report["complaints"]
            comps = list(s.scalars(select(Compensation)))
            assert len(comps) == report["compensations"]
            for comp in comps:
                assert grounds(s, comp.complaint_id).basis == comp.grounds
            events = s.scalar(select(func.count()).select_from(ComplaintEvent))
            assert events >= report["complaints"]
        profile = profile_service.current(db)
        board = complaint_views.board(db, profile)
        assert board.compensations == report["compensations"]
        assert sum(board.by_state.values()) == report["complaints"]
        assert board.open_total == sum(board.by_state[s] for s in wf.COMPLAINT_OPEN_STATES)
        again = demo.generate(db, beneficiaries=10, seed=3)   # a second run adds, never collides
        assert again["complaints"] == 18
    finally:
        db.dispose()
