"""``desk-app sync`` end to end: two installations (head office and a branch, separate database
files), enrolment by file, an exchange by files both ways, refusals said in Arabic, and a
direct exchange with the head office's database."""

from __future__ import annotations

import json

from tests.end_to_end.test_cli import env, run  # noqa: F401 - the fixture is used by name

ADMIN = "long-password-1"


def site(env, tmp_path, code):  # noqa: F811
    db = str(tmp_path / f"{code.lower()}.sqlite3")
    run(["--db", db, "init", "--admin", "boss", "--branch", code, "--preset",
         "althikr_alhakeem"], env, ADMIN + "\n")
    return db


def test_branch_and_head_office_exchange_files_and_refuse_bad_ones(env, tmp_path):  # noqa: F811
    me = dict(env, DESK_APP_USER="boss", DESK_APP_PASSWORD=ADMIN)
    head, branch = site(env, tmp_path, "HQ"), site(env, tmp_path, "JED")
    run(["--db", head, "demo", "--beneficiaries", "25", "--seed", "3",
         "--requests-per-beneficiary", "0"], env)
    run(["--db", head, "sync", "--become-head"], me)
    enrolment = tmp_path / "jed-enrolment.json"
    run(["--db", head, "sync", "--enrol", "JED", "--out", str(enrolment)], me)
    assert run(["--db", branch, "sync", "--join", str(enrolment)], me).stdout.strip() == "HQ"
    up, down = tmp_path / "up.desksync", tmp_path / "down.desksync"
    run(["--db", branch, "sync", "--export", str(up)], me)
    run(["--db", head, "sync", "--import", str(up)], me)
    run(["--db", head, "sync", "--export", str(down), "--branch", "JED"], me)
    got = json.loads(run(["--db", branch, "sync", "--import", str(down), "--json"], me).stdout)
    assert got["error"] == "" and got["newcomers"] == 25
    found = json.loads(run(["--db", branch, "find", "", "--json"], me).stdout)["results"]
    assert len(found) == 25 and all(r["file_number"].startswith("HQ-") for r in found)

    again = run(["--db", branch, "sync", "--import", str(down)], me, check=False)
    assert again.returncode == 1 and "طُبِّق من قبل" in again.stderr
    data = bytearray(down.read_bytes())
    data[-40] ^= 0x01
    altered = tmp_path / "altered.desksync"
    altered.write_bytes(bytes(data))
    refused = run(["--db", branch, "--lang", "en", "sync", "--import", str(altered)], me,
                  check=False)
    assert refused.returncode == 1 and "changed or damaged" in refused.stderr
    other = site(env, tmp_path, "RYD")  # an installation of another association
    run(["--db", other, "sync", "--become-head"], me)
    foreign = run(["--db", other, "sync", "--import", str(up)], me, check=False)
    assert foreign.returncode == 1 and "جمعية أخرى" in foreign.stderr

    direct = json.loads(run(["--db", branch, "sync", "--to", f"sqlite:///{head}", "--json"],
                            me).stdout)
    assert direct["error"] == ""
    away = run(["--db", branch, "sync", "--to", "postgresql://x@127.0.0.1:9/desk"], me,
               check=False)
    assert away.returncode == 1 and "تعذّر الوصول إلى خادم المقر الرئيسي" in away.stderr
