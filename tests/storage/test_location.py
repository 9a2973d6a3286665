"""An SQLite database on a network share is refused with a message pointing to the server mode;
a local file, or a PostgreSQL URL, is not."""

from pathlib import Path

import pytest

from desk_app.storage import location
from desk_app.storage.db import Database, StorageError


def _mounts(tmp_path: Path, kind: str, point: Path) -> Path:
    table = tmp_path / "mounts"
    table.write_text("/dev/sda1 / ext4 rw,relatime 0 0\n"
                     f"//nas/office {str(point).replace(' ', chr(92) + '040')} {kind} rw 0 0\n"
                     "tmpfs /run tmpfs rw 0 0\n")
    return table


@pytest.mark.parametrize("kind", ["cifs", "nfs4", "smb3", "fuse.sshfs"])
def test_network_mounts_are_detected_from_the_mount_table(tmp_path, kind):
    share = tmp_path / "Office Share"
    (share / "desk").mkdir(parents=True)
    table = _mounts(tmp_path, kind, share)
    assert location.network_share(share / "desk" / "desk.sqlite3", table) == \
        f"{kind}: {share / 'desk' / 'desk.sqlite3'}"
    # a sibling folder whose name only starts like the share is local
    (tmp_path / "Office Share2").mkdir()
    assert location.network_share(tmp_path / "Office Share2" / "d.sqlite3", table) is None


def test_local_disks_and_unreadable_tables_are_not_refused(tmp_path):
    table = _mounts(tmp_path, "ext4", tmp_path)
    assert location.network_share(tmp_path / "desk.sqlite3", table) is None
    assert location.network_share(tmp_path / "desk.sqlite3", tmp_path / "missing") is None


@pytest.mark.parametrize("path", [r"\\server\share\desk.sqlite3", "//server/share/desk.sqlite3"])
def test_unc_paths_are_network_paths(path):
    assert location.network_share(Path(path)) is not None


def test_opening_a_database_on_a_share_is_refused_pointing_to_the_server(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(location, "MOUNTS", _mounts(tmp_path, "cifs", share))
    with pytest.raises(StorageError) as exc:
        Database.open(f"sqlite:///{share / 'desk.sqlite3'}")
    assert exc.value.code == "network_path"
    assert "office server (PostgreSQL)" in exc.value.detail
    assert not (share / "desk.sqlite3").exists()  # nothing created on the share
