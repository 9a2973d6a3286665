"""The command line against the office server: ``DESK_APP_DB=postgresql://…`` (no driver named),
``init`` on an empty database, demo data, search, backup with pg_dump and restore."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args, env, input_text=None, check=True):
    done = subprocess.run([sys.executable, "-m", "desk_app", *args], env=env, input=input_text,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_init_demo_find_backup_restore_on_an_empty_server_database(pg_server, tmp_path):
    url = pg_server.url(pg_server.create_database()).replace("postgresql+psycopg:", "postgresql:")
    env = {**os.environ, "DESK_APP_DB": url, "DESK_APP_DATA_DIR": str(tmp_path / "data")}
    run(["init", "--admin", "boss", "--branch", "jed", "--preset", "hadiyat_alhaj"], env,
        "long-password-1\n")
    again = run(["init", "--admin", "boss"], env, "long-password-1\n", check=False)
    assert again.returncode != 0  # already set up
    run(["demo", "--beneficiaries", "150", "--seed", "7"], env)
    env = {**env, "DESK_APP_USER": "boss", "DESK_APP_PASSWORD": "long-password-1"}  # signed in
    found = json.loads(run(["find", "", "--json"], env).stdout)
    assert found["results"] and found["results"][0]["file_number"].startswith("JED-")
    info = json.loads(run(["backup", "--out", str(tmp_path)], env).stdout)
    assert info["integrity"] == "ok" and Path(info["path"]).is_file()
    run(["demo", "--beneficiaries", "10", "--seed", "8"], env)
    restored = json.loads(run(["restore", info["path"]], env).stdout)
    assert Path(restored["safety_copy"]).is_file()
    assert json.loads(run(["find", "", "--json"], env).stdout) == found
