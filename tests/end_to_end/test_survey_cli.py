"""desk-app survey-results on a demo database, as JSON and as text."""

import json

import pytest

from tests.end_to_end.test_cli import env, run  # noqa: F401 - the fixture is used by name


def test_demo_surveys_and_results(env):  # noqa: F811
    report = json.loads(run(["demo", "--beneficiaries", "200", "--seed", "3"], env).stdout)
    env = dict(env, DESK_APP_USER="admin", DESK_APP_PASSWORD="admin-pass-2026")  # demo account
    assert report["survey_campaigns"] == 5 and report["survey_responses"] > 150
    data = json.loads(run(["survey-results", "--json"], env).stdout)
    assert data["n"] == report["survey_responses"] - 36 and data["min_group"] == 5  # 36 visits
    indices = [r["index"] for r in data["ratings"]]
    assert len(indices) == 5 and all(0 <= i <= 100 for i in indices)
    assert data["overall_index"] == pytest.approx(sum(indices) / 5, abs=0.1)
    for group in data["by"]["branch"]:
        assert group["shown"] == (group["n"] != "<5")
    assert len({r["month"] for r in data["comments"]}) > 3
    visits = json.loads(run(["survey-results", "--json", "--questionnaire", "office_visit"],
                            env).stdout)
    assert visits["n"] == 36 and len(visits["yes_no"]) == 5
    text = run(["--lang", "en", "survey-results", "--branch", "HQ"], env).stdout
    assert "overall index" in text and "Overall, how satisfied" in text
    bad = run(["survey-results", "--from", "yesterday"], env, check=False)
    assert bad.returncode == 2
