"""Two desks registering the same person at the same instant (issue 16, finding 4).

On main the duplicate check ran before the write transaction: two desks both checked, both
found nothing, both saved (20 of 20 pairs). Here desk A is held right after its check until desk
B has had every chance to finish; B must then see A's record and be warned.
"""

from __future__ import annotations

import threading

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry
from desk_app.storage.db import Database


def same_person(id_body: str) -> BeneficiaryForm:
    """Same name, birth date and mobile; a different ID (typed differently at each desk)."""
    return BeneficiaryForm(first_name="هند", father_name="سالم", grandfather_name="مبارك",
                           family_name="الزهراني", gender="female", birth_date="12/03/1992",
                           id_number=make_saudi_id(1, id_body), mobile="0557778888")


def test_same_person_at_two_desks_at_once_is_saved_once(desk_db, desk_admin, monkeypatch):
    desk_a, desk_b = desk_db, Database.open(desk_db.url, clock=desk_db.clock)
    a_checked, b_done = threading.Event(), threading.Event()
    real = registry.repo.possible_duplicate_rows

    def slow_for_a(session, **kw):  # noqa: ANN001, ANN202
        rows = real(session, **kw)
        if threading.current_thread().name == "desk-a":
            a_checked.set()
            b_done.wait(3)  # B may finish meanwhile (main) or waits for A's lock (fixed)
        return rows

    monkeypatch.setattr(registry.repo, "possible_duplicate_rows", slow_for_a)
    outcome: dict[str, object] = {}

    def run(name: str, db: Database, body: str) -> None:
        try:
            outcome[name] = registry.register(db, desk_admin, same_person(body),
                                              branch_code="RYD")
        except registry.DuplicatesFound as exc:
            outcome[name] = exc
        finally:
            if name == "desk-b":
                b_done.set()

    a = threading.Thread(target=run, args=("desk-a", desk_a, "40000001"), name="desk-a")
    a.start()
    assert a_checked.wait(10)
    b = threading.Thread(target=run, args=("desk-b", desk_b, "40000002"), name="desk-b")
    b.start()
    a.join(20)
    b.join(20)
    desk_b.dispose()
    saved = [v for v in outcome.values() if isinstance(v, registry.Summary)]
    warned = [v for v in outcome.values() if isinstance(v, registry.DuplicatesFound)]
    assert len(saved) == 1 and len(warned) == 1, outcome
    assert isinstance(outcome["desk-a"], registry.Summary)  # first to check, first to save
    assert len(registry.search(desk_a, "الزهراني").rows) == 1
