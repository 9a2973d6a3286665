"""Refuse an SQLite database on a network share: that is what the office server is for.

SQLite's write-ahead log needs memory shared between the processes using it, which only exists
on one host, and network file systems' locks are unreliable: two desks opening one file on a
share can corrupt it. So a database file on a share is refused with a message pointing to the
office server mode (PostgreSQL). Detected: Windows UNC paths (``\\\\server\\share``) and mapped
network drives, and on Linux/macOS any path under a mount whose file system is a network one
(from ``/proc/mounts``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs",
                                 "9p", "fuse.sshfs", "davfs", "fuse.davfs2", "glusterfs",
                                 "ceph", "fuse.rclone"})
MOUNTS = Path("/proc/mounts")
MESSAGE = ("the database file is on a network share ({where}); several desks must share the "
           "office server (PostgreSQL) instead: see 'One registry for the whole office' in the "
           "README, or keep the file on this PC's own disk")


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces, tabs and backslashes in paths as octal escapes.
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def mount_type(path: Path, mounts: Path | None = None) -> str | None:
    """The file system type of the mount holding ``path`` (longest mount point that contains
    it); None when the mounts table cannot be read."""
    try:
        lines = (mounts or MOUNTS).read_text(errors="replace").splitlines()
    except OSError:
        return None
    best, kind = "", None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1]).rstrip("/") or "/"
        inside = target == point or target.startswith(point + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def _windows_network(path: str) -> bool:
    if path.startswith(("\\\\", "//")):
        return True
    if sys.platform != "win32" or len(path) < 2 or path[1] != ":":
        return False
    import ctypes  # Windows only: GetDriveTypeW

    return ctypes.windll.kernel32.GetDriveTypeW(f"{path[0]}:\\") == 4  # DRIVE_REMOTE


def network_share(file: Path, mounts: Path | None = None) -> str | None:
    """Why ``file`` is on a network share (for :data:`MESSAGE`), or None when it is local."""
    raw = str(file)
    if _windows_network(raw):
        return raw
    folder = Path(os.path.abspath(file)).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    kind = mount_type(folder.resolve(), mounts)
    return f"{kind}: {file}" if kind in NETWORK_FILESYSTEMS else None
