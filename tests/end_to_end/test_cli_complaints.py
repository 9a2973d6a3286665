"""desk-app complaints [--open] [--json] on a demo database."""

import json

from desk_app.domain import workflows as wf
from tests.end_to_end.test_cli import env, run  # noqa: F401 - fixture reused


def test_complaints_lists_all_or_open(env):  # noqa: F811
    run(["demo", "--beneficiaries", "100", "--seed", "2"], env)
    env = dict(env, DESK_APP_USER="admin", DESK_APP_PASSWORD="admin-pass-2026")  # demo account
    every = json.loads(run(["complaints", "--json"], env).stdout)
    opened = json.loads(run(["complaints", "--open", "--json"], env).stdout)
    assert every["count"] == len(every["complaints"]) >= 18
    assert 0 < opened["count"] < every["count"]
    assert {c["status"] for c in opened["complaints"]} <= set(wf.COMPLAINT_OPEN_STATES)
    states = [c["deadline_state"] for c in opened["complaints"]]
    assert states == sorted(states, key=["overdue", "at_risk", "on_time"].index)
    text = run(["complaints", "--open"], env).stdout.splitlines()
    assert len(text) == opened["count"] and text[0].startswith(opened["complaints"][0]["number"])
