"""The frozen application (PyInstaller folder) run the way an office PC runs it: no venv, no
source tree on the path, a bare environment, a fresh data folder.

The bundle is built once per session into a temporary folder, unless ``DESK_APP_BUNDLE`` names
one that ``make bundle`` built earlier in the same CI run (``.ci/run``). A failed build fails.
"""

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desk_app.storage.db import HEAD_REVISION

pytestmark = pytest.mark.bundle
ROOT = Path(__file__).resolve().parents[2]
EXE = "desk-app.exe" if sys.platform == "win32" else "desk-app"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("DESK_APP_BUNDLE")
    if given:
        folder = Path(given)
        if not (folder / EXE).is_file():
            pytest.fail(f"DESK_APP_BUNDLE={given} holds no {EXE}; run make bundle")
        return folder
    dist = tmp_path_factory.mktemp("bundle")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist",
                           str(dist / "dist"), "--work", str(dist / "work")],
                          capture_output=True, text=True, timeout=1200)
    if done.returncode != 0:
        pytest.fail(f"the bundle did not build:\n{done.stderr[-4000:]}")
    return Path(json.loads(done.stdout.strip().splitlines()[-1])["folder"])


def bare_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program: no venv, no PYTHONPATH, no source tree."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "DESK_APP_DATA_DIR": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}


def run(bundle: Path, env: dict[str, str], *args: str, stdin: str | None = None):
    done = subprocess.run([str(bundle / EXE), *args], env=env, input=stdin, cwd=env["HOME"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"desk-app {' '.join(args)} failed:\n{done.stderr[-3000:]}"
    return done.stdout


def test_bundle_is_self_contained(bundle):
    internal = bundle / "_internal"
    assert list(internal.glob("libpython3.*")) or list(internal.glob("python3*.dll"))
    for needed in ("resources/fonts/Amiri-Regular.ttf", "resources/icons/desk-app.png",
                   "translations/desk_app_ar.qm", "desk_app/presets/althikr_alhakeem.json",
                   "desk_app/storage/migrations/env.py",
                   "desk_app/storage/migrations/versions/0001_foundation.py"):
        assert (internal / needed).is_file(), needed
    qt = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*") if p.is_file()}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPrintSupport"} <= qt
    assert not qt & {"QtQml", "QtQuick", "QtNetwork", "QtSql", "QtTest", "QtDesigner"}, qt
    # SQLCipher (encryption at rest) is an extension module carrying its own crypto library
    assert list((internal / "sqlcipher3").glob("_sqlite3*")), "SQLCipher not collected"
    venv = str(ROOT / ".venv")
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and venv in str(p.readlink())]


def test_bundle_runs_the_desk_commands(bundle, tmp_path):
    env = bare_env(tmp_path)
    smoke = json.loads(run(bundle, env, "gui", "--smoke").strip().splitlines()[-1])
    assert smoke["page"] == "login" and smoke["first_paint_s"] > 0
    # The fresh database was created by the migrations shipped as files inside the bundle.
    with closing(sqlite3.connect(tmp_path / "data" / "desk.sqlite3")) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
    out = run(bundle, env, "init", "--admin", "boss", "--branch", "RYD", "--preset",
              "althikr_alhakeem", stdin="long-password-1\n")
    assert "branch RYD" in out
    report = json.loads(run(bundle, env, "demo", "--beneficiaries", "40", "--seed", "3"))
    assert report["beneficiaries"] == 40
    env = {**env, "DESK_APP_USER": "boss", "DESK_APP_PASSWORD": "long-password-1"}  # signed in
    listing = json.loads(run(bundle, env, "requests", "--json"))
    number = next(r["number"] for r in listing["requests"] if r["status"] != "draft")
    pdf = tmp_path / "declaration.pdf"
    issued = json.loads(run(bundle, env, "print", "declaration", "--request", number,
                            "--out", str(pdf)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert issued["pages"] >= 1 and "Al-Thikr Al-Hakeem" in text and issued["code"] in text
    info = json.loads(run(bundle, env, "backup", "--out", str(tmp_path)))
    assert info["integrity"] == "ok"
    with closing(sqlite3.connect(info["path"])) as conn:
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == 40
    auto = json.loads(run(bundle, env, "backup", "--auto"))  # the daily one, verified
    assert Path(auto["path"]).parent == tmp_path / "data" / "backups"
    drill = json.loads(run(bundle, env, "backup", "--drill"))
    assert drill["counts"]["beneficiaries"] == 40 and drill["revision"] == HEAD_REVISION
    signed_in = json.loads(run(bundle, {**env, "DESK_APP_PASSWORD": "long-password-1"},
                               "gui", "--smoke", "--user", "boss").strip().splitlines()[-1])
    assert signed_in["page"] == "shell"


def test_bundle_encrypts_with_sqlcipher(bundle, tmp_path):
    env = {**bare_env(tmp_path), "DESK_APP_CHEAP_KDF": "1"}  # argon2 cost: see tests/conftest
    run(bundle, env, "init", "--admin", "boss", stdin="long-password-1\n")
    run(bundle, env, "demo", "--beneficiaries", "12", "--seed", "3")
    env = {**env, "DESK_APP_USER": "boss", "DESK_APP_PASSWORD": "long-password-1",
           "DESK_APP_PASSPHRASE": "the bundle's own passphrase"}
    run(bundle, env, "encrypt")
    live = tmp_path / "data" / "desk.sqlite3"
    with pytest.raises(sqlite3.DatabaseError), closing(sqlite3.connect(live)) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    assert len(json.loads(run(bundle, env, "find", "", "--json"))["results"]) == 12
    info = json.loads(run(bundle, env, "backup", "--out", str(tmp_path)))
    with pytest.raises(sqlite3.DatabaseError), closing(sqlite3.connect(info["path"])) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    shell = json.loads(run(bundle, env, "gui", "--smoke", "--user", "boss").splitlines()[-1])
    assert shell["page"] == "shell"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux")
def test_deb_installs_the_folder_menu_entry_and_icon(bundle):
    debs = sorted(bundle.parent.glob("beneficiary-desk_*.deb"))
    assert debs, f"no .deb beside {bundle}"
    listing = subprocess.run(["dpkg-deb", "--contents", str(debs[-1])], capture_output=True,
                             text=True, check=True).stdout
    for path in ("./opt/beneficiary-desk/desk-app", "./usr/bin/desk-app ->",
                 "./usr/share/applications/desk-app.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/desk-app.png"):
        assert path in listing, path
    fields = subprocess.run(["dpkg-deb", "--field", str(debs[-1]), "Package", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "beneficiary-desk" in fields and "libxcb-cursor0" in fields
