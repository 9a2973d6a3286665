"""Every action the audit trail records has words: a person's copy of everything we hold lists
the audit events about them, and an action added without words would print as a code."""

import re
from pathlib import Path

import desk_app
from desk_app.domain.action_words import ACTIONS_AR, AUDIT_ACTIONS_AR, action_ar

# ``db.action(actor, "request.serve", …)``: the audited actions, as the services name them.
_ACTION = re.compile(r"\.action\(\s*\w+,\s*\"([a-z_]+\.[a-z_.]+)\"")


def test_every_audited_action_is_named():
    root = Path(desk_app.__file__).parent
    codes = {c for f in root.rglob("*.py") for c in _ACTION.findall(f.read_text("utf-8"))}
    assert len(codes) > 50  # the pattern still finds them
    assert {c for c in codes if action_ar(c) == c} == set()
    assert not set(AUDIT_ACTIONS_AR) & set(ACTIONS_AR)  # one word per action, in one place
