"""The board's "working days left" column in words where a bare number would mislead: no minus
sign (it flips in Arabic rows), no "1 days" in English, and a complaint overdue across a weekend
(no working day between its deadline and today) is not shown as "0" left."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app import i18n
from desk_app.services.complaint_views import Row
from desk_app.ui.screens.complaints_board import ComplaintsBoardController
from tests.ui.waiting import make_ctx

D = date(2026, 11, 19)
ROW = Row("c1", "RYD-C-2026-0001", "received", "delay", "fax", "RYD", D, D, "on_time", 4, 1, 1,
          "", True, None, "تأخر")

CASES = {  # (deadline state, working days left) → (Arabic, English)
    ("overdue", -1): ("التأخير بأيام العمل: 1", "Working days over: 1"),
    ("overdue", 0): ("متأخرة", "Overdue"),
    ("at_risk", 0): ("ينتهي اليوم", "Due today"),
    ("on_time", 4): ("4", "4"),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_days_left_reads_as_words(qtbot, qapp, desk_db, desk_admin, lang):
    ctl = ComplaintsBoardController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    try:
        i18n.install(qapp, lang)
        got = {k: ctl._left(Row(**{**ROW.__dict__, "deadline_state": k[0],
                                   "working_days_left": k[1]})) for k in CASES}
    finally:
        i18n.install(qapp, "ar")
    assert got == {k: v[0 if lang == "ar" else 1] for k, v in CASES.items()}
