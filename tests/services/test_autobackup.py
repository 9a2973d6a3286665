"""Automatic backups on a real SQLite file with a moving clock: due once a day, taken again at
sign-out, verified after writing, rotated (7 daily, 4 weekly, 12 monthly), copied to a second
folder, restored in a drill."""

from __future__ import annotations

import errno
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desk_app.domain.backup_rotation import RotationPolicy
from desk_app.services import autobackup, demo
from desk_app.services import autobackup_fullcheck as full_check
from desk_app.services import backup as backup_service
from desk_app.services.backup import BackupError
from desk_app.storage import manifest, sqlite_check
from desk_app.storage.db import HEAD_REVISION, Database
from tests.conftest import FixedClock


@pytest.fixture
def office(tmp_path):
    """A set-up database whose clock the test moves, starting on Sunday 18 October 2026."""
    clock = FixedClock(datetime(2026, 10, 18, 8, 0))
    db = Database.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", clock=clock)
    demo.generate(db, beneficiaries=30, seed=4, progress=None)
    yield db
    db.dispose()


def names(folder: Path) -> list[str]:
    """The backups in ``folder``; each must have its manifest, and no manifest is left over."""
    found = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    backups = [n for n in found if not n.endswith(".manifest.json")]
    manifests = [n.removesuffix(".manifest.json") for n in found if n.endswith(".manifest.json")]
    assert manifests == [n for n in backups if not n.endswith(".damaged")]
    return backups


def test_a_simulated_month_keeps_exactly_the_rotation(office, tmp_path):
    plan = autobackup.Plan(tmp_path / "backups", copy_to=tmp_path / "usb")
    plan.copy_to.mkdir()
    clock = office.clock
    for day in range(24):  # Sun 18 Oct … Tue 10 Nov 2026
        morning = datetime(2026, 10, 18, 8, 0) + timedelta(days=day)
        clock.now = morning
        assert autobackup.run_if_due(office, plan) is not None  # first start of the day
        clock.now = morning.replace(hour=12)
        assert autobackup.run_if_due(office, plan) is None  # already backed up today
        clock.now = morning.replace(hour=17)
        done = autobackup.run(office, plan, reason="sign-out")  # the last user signs out
        assert done.copy_error is None and done.copy is not None
    expected = [f"desk-auto-202611{d:02d}-170000.sqlite3" for d in range(4, 11)]  # 7 days
    expected += ["desk-auto-20261024-170000.sqlite3",  # Saturday ending the week of 18 Oct
                 "desk-auto-20261031-170000.sqlite3"]  # ending the week of 25 Oct and October
    assert names(plan.folder) == sorted(expected)
    assert names(plan.copy_to) == sorted(expected)
    state = autobackup.status(plan, clock.now)
    assert state.last_good == datetime(2026, 11, 10, 17) and not state.stale and not state.due


def test_the_first_week_keeps_every_day(office, tmp_path):
    plan = autobackup.Plan(tmp_path / "backups")
    for day in range(9):
        office.clock.now = datetime(2026, 10, 18, 9) + timedelta(days=day)
        autobackup.run_if_due(office, plan)
    kept = names(plan.folder)
    # Seven days; the week before ends on Saturday 24 Oct and October on the 26th, both kept.
    assert kept == sorted([f"desk-auto-202610{d:02d}-090000.sqlite3" for d in range(20, 27)])


def test_each_backup_is_a_sound_database_with_the_same_people(office, tmp_path):
    plan = autobackup.Plan(tmp_path / "backups")
    done = autobackup.run(office, plan)
    with sqlite3.connect(f"file:{done.path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == 30
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION)
    assert done.sha256 == autobackup.sha256(Path(done.path)) and done.bytes > 0


def _scribble_on_header(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(b"garbage garbage!")


def _cut_in_half(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 2)


@pytest.mark.parametrize("damage", [_scribble_on_header, _cut_in_half])
def test_a_backup_damaged_after_writing_is_caught_at_once(office, tmp_path, damage):
    plan = autobackup.Plan(tmp_path / "backups")
    office.clock.now = datetime(2026, 11, 22, 8, 0)
    with pytest.raises(BackupError, match="failed its check after writing"):
        autobackup.run(office, plan, after_write=damage)
    assert names(plan.folder) == ["desk-auto-20261122-080000.sqlite3.damaged"]
    state = autobackup.status(plan, office.clock.now)
    assert state.last_good is None and state.stale and state.due  # still due: retried later
    assert autobackup.run(office, plan).path.endswith("desk-auto-20261122-080000.sqlite3")


def test_the_check_reads_the_only_copy_in_place_and_never_writes_to_it(office, tmp_path,
                                                                      monkeypatch):
    # A folder name that a hand-made "file:…?mode=ro" URI would cut short ('#', '?', spaces).
    plan = autobackup.Plan(tmp_path / "نسخ احتياطية #2 ?")
    done = autobackup.run(office, plan)  # builds the reference schema once for this process
    backup = Path(done.path)
    before = (backup.read_bytes(), backup.stat().st_mtime_ns, sorted(plan.folder.iterdir()))
    # No room for a scratch copy anywhere: the check no longer needs one.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-scratch-folder"))
    assert autobackup.verify(backup) == done.sha256
    assert (backup.read_bytes(), backup.stat().st_mtime_ns,
            sorted(plan.folder.iterdir())) == before  # no -journal, -wal or -shm left either


def _no_scratch_space(monkeypatch, tmp_path):
    """After writing, the check's scratch space is gone (a full or missing temp folder): an
    OSError that says nothing about the backup itself."""
    def gone(path: Path) -> None:
        sqlite_check.reference_schema.cache_clear()  # so the check needs its scratch folder
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-scratch-folder"))
    return gone


def test_a_backup_that_could_not_be_checked_is_not_called_damaged_nor_good(office, tmp_path,
                                                                          monkeypatch):
    folder = tmp_path / "backups"
    office.clock.now = datetime(2026, 11, 22, 17, 0)
    with pytest.raises(backup_service.NotChecked) as raised:
        autobackup.run(office, autobackup.Plan(folder),
                       after_write=_no_scratch_space(monkeypatch, tmp_path))
    error = str(raised.value)  # what the status bar's warning shows (scheduled's check.error)
    assert "could not be checked" in error and "no-scratch-folder" in error
    assert "damaged" not in error
    assert names(folder) == ["desk-auto-20261122-170000.sqlite3.unchecked"]  # manifest kept
    state = autobackup.status(autobackup.Plan(folder), office.clock.now)
    assert state.last_good is None and state.due and state.count == 0  # not counted: retried
    monkeypatch.undo()
    # It was a good backup all along: restored by hand, the restore checks it in full.
    live = tmp_path / "restored.sqlite3"
    info = backup_service.restore(f"sqlite:///{live}",
                                  folder / "desk-auto-20261122-170000.sqlite3.unchecked")
    assert info["verified"] == "manifest" and info["revision"] == HEAD_REVISION
    office.clock.now = datetime(2026, 11, 22, 17, 40)
    assert autobackup.scheduled(office, folder, reason="sign-out", force=True).error is None
    assert autobackup.status(autobackup.Plan(folder), office.clock.now).count == 1


def test_a_backup_whose_file_cannot_be_read_back_is_not_called_damaged(office, tmp_path):
    # An interrupted write's journal beside it: SQLite refuses to read it read-only
    # (SQLITE_READONLY_ROLLBACK), which says nothing about the bytes of the backup.
    def interrupted(path: Path) -> None:
        Path(f"{path}-journal").write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\x00" * 4096)

    plan = autobackup.Plan(tmp_path / "backups")
    office.clock.now = datetime(2026, 11, 22, 8, 0)
    with pytest.raises(backup_service.NotChecked, match="could not be checked"):
        autobackup.run(office, plan, after_write=interrupted)
    assert sorted(p.name for p in plan.folder.iterdir()) == [
        "desk-auto-20261122-080000.sqlite3.unchecked",
        "desk-auto-20261122-080000.sqlite3.unchecked-journal",  # kept with its file
        "desk-auto-20261122-080000.sqlite3.unchecked.manifest.json"]


def _stale_index(path: Path) -> None:
    """An index that no longer agrees with its table, the schema text unchanged: only the full
    integrity_check (each index compared with its table) sees it, not quick_check."""
    index, column = "ix_beneficiaries_data_reviewed_on", "data_reviewed_on"
    declared = f"CREATE INDEX {index} ON beneficiaries ({column})"

    def declare(sql: str) -> None:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, index))
            conn.commit()

    declare(declared.replace(f"({column})", "(mobile)"))  # believed to be on mobile while …
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"UPDATE beneficiaries SET {column} = '2001-01-01'")  # … the column changes
        conn.commit()
    declare(declared)


def test_the_read_back_is_a_quick_check_and_the_restore_checks_in_full(office, tmp_path):
    def stale_after_writing(path: Path) -> None:  # and its manifest made to agree
        _stale_index(path)
        written = manifest.path_for(path)
        data = json.loads(written.read_text(encoding="utf-8"))
        data.update(sha256=manifest.sha256(path), bytes=path.stat().st_size)
        written.write_text(json.dumps(data), encoding="utf-8")

    # The limit chosen: an index changed AFTER writing is not seen by the read-back …
    done = autobackup.run(office, autobackup.Plan(tmp_path / "backups"),
                          after_write=stale_after_writing)
    # … but by the restore, which runs the full check: it is refused, the live file untouched.
    with pytest.raises(BackupError, match="missing from index ix_beneficiaries_data_reviewed"):
        backup_service.restore(f"sqlite:///{tmp_path / 'restored.sqlite3'}", done.path)


def test_a_damaged_live_database_is_found_by_the_daily_full_check_never_kept_as_good(
        office, tmp_path):
    """The automatic backup's read-back is a quick check (the full one took minutes of the
    desk's process at 1M): a live database whose index disagrees with its table yields a backup
    the quick check passes. The daily full check, in its own low-priority process, finds it on
    the next tick, sets it aside as damaged and says the live database may be damaged; the
    backup that passed the full check before stays the last good one."""
    folder = tmp_path / "backups"
    office.clock.now = datetime(2026, 11, 22, 8, 0)
    assert autobackup.scheduled(office, folder).outcome is not None  # the day's backup
    office.clock.now = datetime(2026, 11, 22, 8, 15)
    passed = autobackup.scheduled(office, folder)  # nothing due: the full check, which passes
    assert passed.error is None and passed.full_checked is not None
    _stale_index(tmp_path / "desk.sqlite3")  # the live database is damaged after that
    office.clock.now = datetime(2026, 11, 23, 8, 0)
    taken = autobackup.scheduled(office, folder)
    assert taken.error is None and taken.status.count == 2  # the quick read-back passes it
    office.clock.now = datetime(2026, 11, 23, 8, 15)
    found = autobackup.scheduled(office, folder)
    assert found.error_kind == "damaged" and "live database may be damaged" in found.error
    assert "missing from index ix_beneficiaries_data_reviewed" in found.error
    assert found.status.last_good == datetime(2026, 11, 22, 8, 0) and found.status.count == 1
    assert (folder / "desk-auto-20261123-080000.sqlite3.damaged").is_file()
    # A backup made by hand (desk-app backup --out) still runs the full check as it writes.
    with pytest.raises(backup_service.Damaged, match="failed its integrity check"):
        backup_service.backup(office, tmp_path / "by-hand.sqlite3")


def test_the_full_check_is_daily_and_the_newest_that_passed_is_never_rotated(office, tmp_path):
    folder = tmp_path / "backups"
    plan = autobackup.Plan(folder, policy=RotationPolicy(daily=2, weekly=0, monthly=0))
    office.clock.now = datetime(2026, 10, 1, 8, 0)
    autobackup.run(office, plan)
    assert full_check.run_if_due(folder, office.clock.now) is not None  # checked in full
    assert full_check.due(folder, datetime(2026, 10, 1, 20, 0)) is None  # passed today
    for day in (2, 3, 4):  # daily backups after it, none checked in full
        office.clock.now = datetime(2026, 10, day, 8, 0)
        autobackup.run(office, plan)
    kept = sorted(autobackup.good_backups(folder))
    assert kept == [datetime(2026, 10, 1, 8, 0),  # beyond the policy's two days: kept
                    datetime(2026, 10, 3, 8, 0), datetime(2026, 10, 4, 8, 0)]
    assert full_check.due(folder, office.clock.now) == folder / autobackup.file_name(
        datetime(2026, 10, 4, 8, 0))


def test_a_missing_second_location_is_reported_and_the_backup_kept(office, tmp_path):
    plan = autobackup.Plan(tmp_path / "backups", copy_to=tmp_path / "usb-not-plugged-in")
    done = autobackup.run(office, plan)
    assert done.copy is None and "not available" in (done.copy_error or "")
    assert Path(done.path).is_file()


def test_stale_when_older_than_the_profile_allows(office, tmp_path):
    plan = autobackup.Plan(tmp_path / "backups", max_age_hours=26)
    office.clock.now = datetime(2026, 11, 20, 18, 0)
    autobackup.run(office, plan)
    assert not autobackup.status(plan, datetime(2026, 11, 21, 20, 0)).stale
    assert autobackup.status(plan, datetime(2026, 11, 21, 20, 1)).stale


def test_plan_follows_the_profile(tmp_path):
    from desk_app.services.presets import load_preset

    profile = load_preset("alsiraj").with_changes(backup_max_age_hours=50,
                                                  backup_copy_folder=str(tmp_path / "usb"))
    plan = autobackup.plan_for(profile, tmp_path / "b")
    assert plan.max_age_hours == 50 and plan.copy_to == tmp_path / "usb"
    assert autobackup.plan_for(load_preset("alsiraj"), tmp_path / "b").copy_to is None


def test_drill_restores_the_latest_into_scratch_and_counts(office, tmp_path):
    plan = autobackup.Plan(tmp_path / "backups")
    office.clock.now = datetime(2026, 11, 1, 8)
    autobackup.run(office, plan)
    demo.generate(office, beneficiaries=5, seed=5, progress=None)
    office.clock.now = datetime(2026, 11, 2, 8)
    autobackup.run(office, plan)
    live = tmp_path / "desk.sqlite3"
    before = live.stat().st_mtime_ns
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    report = autobackup.drill(plan, scratch, clock=office.clock)
    assert report.taken_at == datetime(2026, 11, 2, 8) and report.revision == HEAD_REVISION
    assert report.counts["beneficiaries"] == 35 and report.counts["staff"] >= 1
    assert report.matches_manifest
    assert list(scratch.iterdir()) == []  # the scratch copy is gone again
    assert live.stat().st_mtime_ns == before  # the live database was not touched


def test_drill_without_backups_says_so(tmp_path):
    with pytest.raises(BackupError, match="no automatic backup"):
        autobackup.drill(autobackup.Plan(tmp_path / "none"))


def test_scheduler_hook_backs_up_once_a_day_and_reports_problems(office, tmp_path):
    folder = tmp_path / "backups"
    office.clock.now = datetime(2026, 11, 22, 8, 0)
    first = autobackup.scheduled(office, folder)
    assert first.outcome is not None and first.error is None and not first.status.stale
    office.clock.now = datetime(2026, 11, 22, 8, 15)
    again = autobackup.scheduled(office, folder)
    assert again.outcome is None and again.status.last_good == datetime(2026, 11, 22, 8, 0)
    office.clock.now = datetime(2026, 11, 24, 8, 0)  # two days on, the folder has gone
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    folder.parent.joinpath("backups").write_text("a file where the folder was")
    broken = autobackup.scheduled(office, folder)
    assert broken.outcome is None and broken.error and broken.status.stale


def test_sign_out_backs_up_only_when_no_other_desk_has_the_database(office, tmp_path):
    folder = tmp_path / "backups"
    live = tmp_path / "desk.sqlite3"
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from desk_app.storage.db import Database; "
         f"d = Database.open({f'sqlite:///{live}'!r}); print('open', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        waiting = autobackup.at_sign_out(office, folder)
        assert waiting.outcome is None and "1 other desk" in (waiting.skipped or "")
    finally:
        other.kill()
        other.wait()
    last = autobackup.at_sign_out(office, folder)
    assert last.outcome is not None and last.outcome.reason == "sign-out"
    office.clock.now += timedelta(minutes=29)  # the next colleague signs in and out again
    soon = autobackup.at_sign_out(office, folder)
    assert soon.outcome is None and soon.skipped == "backed up moments ago"
    office.clock.now += timedelta(minutes=2)
    assert autobackup.at_sign_out(office, folder).outcome is not None


def _killed_at(live: Path, folder: Path, where: str) -> None:
    """A desk process backing up ``live`` is killed (SIGKILL: no clean-up runs) at ``where``."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from desk_app.services import autobackup, backup\n"
        "from desk_app.storage import manifest\n"
        "from desk_app.storage.db import Database\n"
        "def die(*args, **kwargs): os.kill(os.getpid(), signal.SIGKILL)\n"
        f"where = {where!r}\n"
        "if where == 'manifest':\n"
        "    real = manifest.write\n"
        "    def half(path, *a, **k):\n"
        "        real(path, *a, **k)\n"
        "        Path(str(manifest.path_for(path)) + '.partial').write_text('{\"sha')\n"
        "        die()\n"
        "    manifest.write = half\n"
        "if where == 'renaming':\n"
        "    real_replace = Path.replace\n"
        "    def once(self, target):\n"
        "        result = real_replace(self, target)\n"
        "        if str(target).endswith('.manifest.json'): die()\n"
        "        return result\n"
        "    Path.replace = once\n"
        f"db = Database.open({f'sqlite:///{live}'!r})\n"
        f"autobackup.run(db, autobackup.Plan(Path({str(folder)!r})),\n"
        "               after_write=die if where == 'checking' else None)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == -9, done.stderr


@pytest.mark.parametrize("where", ["manifest", "checking", "renaming"])
def test_a_backup_killed_half_way_is_never_counted_and_is_cleared_next_time(office, tmp_path,
                                                                            where):
    folder = tmp_path / "backups"
    office.dispose()  # the killed process is the only desk, as at sign-out
    _killed_at(tmp_path / "desk.sqlite3", folder, where)
    left = sorted(p.name for p in folder.iterdir())
    assert left and not any(n.endswith(".sqlite3") for n in left)  # nothing with a good name
    state = autobackup.status(autobackup.Plan(folder), datetime(2026, 10, 18, 9, 0))
    assert state.count == 0 and state.last_good is None and state.due
    office.clock.now = datetime(2026, 10, 18, 9, 0)
    done = autobackup.run(office, autobackup.Plan(folder))  # the next one clears what was left
    assert names(folder) == [Path(done.path).name]


def test_a_disk_full_while_the_manifest_is_written_leaves_nothing_counted(office, tmp_path,
                                                                         monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "backups"
    monkeypatch.setattr(manifest, "write", full)
    check = autobackup.scheduled(office, folder, force=True)
    assert check.error_kind == "failed" and "No space left" in (check.error or "")
    assert list(folder.iterdir()) == [] and check.status.count == 0 and check.status.due


def test_set_aside_backups_no_one_needs_are_removed_and_said(office, tmp_path, monkeypatch):
    """At 1M beneficiaries each is 2.7 GB: a damaged file written at every attempt of a day
    filled the disk. The newest damaged one is kept to look into; one that could not be
    checked goes once a good backup newer than it exists."""
    folder = tmp_path / "backups"
    real = backup_service.backup

    def damaged_on_the_way(db, path, **kwargs):
        done = real(db, path, **kwargs)
        _scribble_on_header(Path(path))
        return done

    monkeypatch.setattr(backup_service, "backup", damaged_on_the_way)
    for hour in (8, 9, 10):  # three attempts whose file is damaged on the way to the disk
        office.clock.now = datetime(2026, 11, 22, hour, 0)
        failed = autobackup.scheduled(office, folder, force=True)
        assert failed.error_kind == "failed"
    assert failed.removed_aside == (str(folder / "desk-auto-20261122-090000.sqlite3.damaged"),)
    monkeypatch.undo()
    office.clock.now = datetime(2026, 11, 22, 11, 0)
    unchecked = folder / "desk-auto-20261122-110000.sqlite3.unchecked"
    with pytest.raises(backup_service.NotChecked):
        autobackup.run(office, autobackup.Plan(folder),
                       after_write=lambda p: Path(f"{p}-journal").write_bytes(
                           bytes.fromhex("d9d505f920a163d7") + b"\x00" * 4096))
    assert unchecked.is_file()
    shown = autobackup.overview(office, folder)
    assert [(t.hour, state) for t, state, _size in shown.aside] == [(11, ".unchecked"),
                                                                   (10, ".damaged")]
    office.clock.now = datetime(2026, 11, 22, 12, 0)
    good = autobackup.scheduled(office, folder, force=True)
    assert good.error is None and good.removed_aside == (str(unchecked),)
    assert names(folder) == ["desk-auto-20261122-100000.sqlite3.damaged",
                             "desk-auto-20261122-120000.sqlite3"]
    assert not Path(f"{unchecked}-journal").exists() and not manifest.path_for(unchecked).exists()


def test_a_full_check_running_when_the_desk_closes_is_stopped_and_not_recorded(office,
                                                                              tmp_path):
    """Closing the window must not leave the process alive for the minutes a full check takes
    at 1M: the desk stops it (on quit); nothing is recorded, the next desk checks again."""
    import threading

    folder = tmp_path / "backups"
    done = autobackup.run(office, autobackup.Plan(folder))
    raised = []
    worker = threading.Thread(target=lambda: raised.append(pytest.raises(
        full_check.NotMade, full_check.check, Path(done.path), office.clock())))
    worker.start()
    deadline = time.monotonic() + 20
    while not full_check._running and time.monotonic() < deadline:
        time.sleep(0.01)
    full_check.stop_running()
    worker.join(20)
    assert raised and "the desk closed" in str(raised[0].value)
    assert full_check.due(folder, office.clock()) == Path(done.path)  # not recorded
    assert not Path(f"{done.path}.fullcheck.json").exists()


def test_a_full_check_that_could_not_run_leaves_the_backups_as_they_were(office, tmp_path,
                                                                         monkeypatch):
    folder = tmp_path / "backups"
    office.clock.now = datetime(2026, 11, 22, 8, 0)
    autobackup.scheduled(office, folder)
    monkeypatch.setattr(full_check, "command", lambda: [str(tmp_path / "no-such-program")])
    office.clock.now = datetime(2026, 11, 22, 8, 15)
    check = autobackup.scheduled(office, folder)
    assert check.error_kind == "full_check_not_made" and "no-such-program" in check.error
    assert check.status.count == 1 and not check.status.stale  # still the good backup it was
    assert full_check.due(folder, datetime(2026, 11, 22, 14, 0)) is None  # not every tick
    assert full_check.due(folder, datetime(2026, 11, 22, 14, 15)) is not None  # after 6 hours


def test_back_up_now_while_the_watch_backs_up_waits_its_turn(office, tmp_path):
    """Each backup clears what an interrupted one left in the folder: a second one started by
    the same desk ("Back up now" on the Backups screen) while the watch's runs would clear the
    file being verified. The second waits for the first."""
    import threading

    folder = tmp_path / "backups"
    holding, go_on, results = threading.Event(), threading.Event(), {}

    def held(path: Path) -> None:  # the first backup, written, before it is verified
        holding.set()
        assert go_on.wait(30)

    def first() -> None:
        results["first"] = autobackup.run(office, autobackup.Plan(folder), after_write=held)

    def second() -> None:
        results["second"] = autobackup.run(office, autobackup.Plan(folder))

    one = threading.Thread(target=first)
    one.start()
    assert holding.wait(30)
    office.clock.now += timedelta(minutes=1)
    two = threading.Thread(target=second)
    two.start()
    two.join(1.0)
    assert two.is_alive() and "second" not in results  # waiting, the first's file untouched
    go_on.set()
    one.join(30)
    two.join(30)
    assert sorted(results) == ["first", "second"]  # both verified: neither file was cleared
    assert results["second"].deleted == [results["first"].path]  # one a day is kept
    assert names(folder) == [Path(results["second"].path).name]
