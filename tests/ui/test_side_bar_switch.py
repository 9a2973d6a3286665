"""A side-bar switch to a screen already open (issue 23: ≤ 50 ms): it shows the rows the screen
holds — no job for the database, and no walk of the screen's widgets for their accessible names
(given when its data came) — while a screen whose rows are old asks for them again."""

from __future__ import annotations

from desk_app.ui import accessible, shell
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle

LISTS = ("registry", "waiting", "complaints")


def test_a_switch_to_an_open_list_starts_no_job_and_names_nothing_again(
        qtbot, window, monkeypatch):
    sign_in(qtbot, window)
    sh = window.shell
    for name in LISTS:  # first visits: each list reads its rows
        sh.show_screen(name)
        settle(qtbot, window)
    jobs, walks = [], []
    start = window.ops.start

    def counted(fn, deliver, *args, **kwargs):  # noqa: ANN001, ANN202
        jobs.append(fn)
        return start(fn, deliver, *args, **kwargs)

    monkeypatch.setattr(window.ops, "start", counted)
    name_widgets = accessible.name_widgets
    monkeypatch.setattr(shell.accessible, "name_widgets",
                        lambda view: walks.append(view) or name_widgets(view))
    for name in (*LISTS, *LISTS):
        ctl = sh.show_screen(name)
        assert sh.stack.currentWidget() is ctl.view
    assert jobs == [] and walks == []
    # rows older than the list keeps them: asked for again on the next entry
    window.ops.now = lambda: 10_000_000.0
    sh.show_screen("waiting")
    assert jobs
    settle(qtbot, window)
