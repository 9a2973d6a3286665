"""The command line signs people in and checks the same permissions as the desk: commands that
read or change personal data need an account; the role decides; ``audit verify`` finds a row
changed directly in the database file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.end_to_end.test_cli import env, run  # noqa: F401 - the fixture is used by name

DEMO = {"admin": "admin-pass-2026", "reception": "reception-pass-2026",
        "committee": "committee-pass-2026", "manager": "manager-pass-2026"}


def as_(env, user):  # noqa: F811
    return dict(env, DESK_APP_USER=user, DESK_APP_PASSWORD=DEMO[user])


@pytest.fixture
def demo(env, tmp_path):  # noqa: F811
    run(["demo", "--beneficiaries", "30", "--seed", "4", "--requests-per-beneficiary", "0.5"],
        env)
    return env


def test_personal_data_commands_need_an_account(demo):
    for args in (["find", ""], ["requests"], ["complaints"], ["survey-results"],
                 ["backup", "--out", "x.sqlite3"], ["audit", "verify"]):
        done = run(args, demo, check=False)
        assert done.returncode == 1 and "needs a staff account" in done.stderr, args
    wrong = run(["find", ""], dict(demo, DESK_APP_USER="reception", DESK_APP_PASSWORD="x"),
                check=False)
    assert wrong.returncode == 1 and "wrong user name or password" in wrong.stderr
    found = json.loads(run(["find", "", "--json"], as_(demo, "reception")).stdout)
    assert len(found["results"]) == 30


def test_roles_decide_at_the_command_line_too(demo, tmp_path):
    out = tmp_path / "b.sqlite3"
    refused = run(["backup", "--out", str(out)], as_(demo, "reception"), check=False)
    assert refused.returncode == 1 and "backup.create" in refused.stderr and not out.exists()
    run(["backup", "--out", str(out)], as_(demo, "manager"))
    assert out.exists()
    refused = run(["restore", str(out)], as_(demo, "manager"), check=False)
    assert refused.returncode == 1 and "backup.restore" in refused.stderr
    sheet = tmp_path / "people.csv"
    sheet.write_text("first_name,family_name,id_number\n", encoding="utf-8")
    refused = run(["import", "beneficiaries", str(sheet)], as_(demo, "reception"), check=False)
    assert refused.returncode == 1 and "import.beneficiaries" in refused.stderr
    refused = run(["survey-results"], as_(demo, "reception"), check=False)
    assert refused.returncode == 1 and "survey.results" in refused.stderr
    run(["survey-results", "--json"], as_(demo, "committee"))


def test_audit_verify_finds_a_row_changed_in_the_file(demo, tmp_path):
    ok = run(["audit", "verify", "--json"], as_(demo, "admin"))
    report = json.loads(ok.stdout)
    assert report["intact"] and report["events"] > 1
    refused = run(["audit", "verify"], as_(demo, "reception"), check=False)
    assert refused.returncode == 1 and "audit.view" in refused.stderr
    path = tmp_path / "data" / "desk.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit_events SET actor_name = 'nobody' WHERE seq = 2")
    broken = run(["audit", "verify"], as_(demo, "admin"), check=False)
    assert broken.returncode == 1
    assert "first broken link: event 2" in broken.stdout
