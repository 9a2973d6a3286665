"""The desk-app command as a person runs it: init, demo, find, and the GUI smoke start."""

import json
import os
import subprocess
import sys

import pytest

from desk_app.domain.identifiers import is_valid_saudi_id


def run(args, env, input_text=None, check=True):
    done = subprocess.run([sys.executable, "-m", "desk_app", *args], env=env, input=input_text,
                          capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(done.stderr)
    return done


@pytest.fixture
def env(tmp_path):
    e = dict(os.environ)
    e.update(DESK_APP_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
             HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    e.pop("DESK_APP_DB", None)
    return e


def test_init_demo_find_and_smoke(env, tmp_path):
    out = run(["init", "--admin", "boss", "--branch", "jed", "--preset", "hadiyat_alhaj"], env,
              "long-password-1\n")
    assert "branch JED" in out.stdout
    again = run(["init", "--admin", "boss"], env, "long-password-1\n", check=False)
    assert again.returncode == 1 and "already_initialised" in again.stderr
    report = json.loads(run(["demo", "--beneficiaries", "200", "--seed", "7"], env).stdout)
    assert report["beneficiaries"] == 200
    boss = dict(env, DESK_APP_USER="boss", DESK_APP_PASSWORD="long-password-1")
    found = json.loads(run(["find", "", "--json"], boss).stdout)
    assert len(found["results"]) == 50 and found["has_more"]
    first = found["results"][0]
    by_id = json.loads(run(["find", first["id_number"], "--json"], boss).stdout)["results"]
    assert [r["id"] for r in by_id] == [first["id"]]
    if first["id_number"][0] in "12":
        assert is_valid_saudi_id(first["id_number"])

    shot = tmp_path / "registry.png"
    env_user = dict(env, DESK_APP_PASSWORD="long-password-1")
    smoke = run(["gui", "--smoke", "--user", "boss", "--screenshot", str(shot)], env_user)
    timings = json.loads(smoke.stdout.strip().splitlines()[-1])
    assert timings["page"] == "shell" and timings["ready_s"] >= timings["first_paint_s"] > 0
    assert shot.stat().st_size > 10_000
    login = json.loads(run(["gui", "--smoke"], env).stdout.strip().splitlines()[-1])
    assert login["page"] == "login"
    wrong = run(["gui", "--smoke", "--user", "boss"], dict(env, DESK_APP_PASSWORD="x"), check=False)
    assert wrong.returncode == 1 and "cannot sign in" in wrong.stderr
    unknown = run(["gui", "--smoke", "--screen", "nope"], env, check=False)
    assert unknown.returncode == 2
    for screen in run(["gui", "--list-screens"], env).stdout.split():
        run(["gui", "--smoke", "--user", "boss", "--screen", screen], env_user)


def test_unopenable_database_is_a_message_not_a_traceback(env, tmp_path):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    done = run(["--db", str(bad), "find", "x"], env, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "cannot open the database" in done.stderr
