"""``desk-app retention --dry-run``: the administrator lists what is due, nothing changes; other
roles are refused; without a terminal the run asks for --yes instead of going ahead. (The run
itself, on a database whose files have aged, is tested in tests/services/test_retention.py.)"""

from __future__ import annotations

import json
import sqlite3

from tests.end_to_end.test_cli import env, run  # noqa: F401 - the fixture is used by name
from tests.end_to_end.test_cli_auth import as_, demo  # noqa: F401


def test_dry_run_lists_and_changes_nothing(demo, tmp_path):  # noqa: F811
    refused = run(["retention", "--dry-run"], as_(demo, "manager"), check=False)
    assert refused.returncode == 1 and "may not do this" in refused.stderr
    done = run(["retention", "--dry-run", "--json"], as_(demo, "admin"))
    plan = json.loads(done.stdout)
    # the demo's files were opened today and the preset states no period: nothing is due
    assert plan["files"] == [] and plan["periods_months"] == {"closed_files": None,
                                                              "scans_after_decision": None}
    text = run(["retention"], as_(demo, "admin")).stdout
    assert "0 file(s) to anonymise, 0 scan(s) to delete" in text
    db = next(tmp_path.rglob("*.sqlite3"))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit_events WHERE action = 'retention.run'"
                            ).fetchone()[0] == 0
