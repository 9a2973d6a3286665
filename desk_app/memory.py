"""The desk process's heap on Linux (glibc): fewer malloc arenas, and free pages given back.

Measured with the desk benchmark at 10k (bench/NOTES.md, issue 23): glibc gives each thread that
allocates (the desk's query workers, the backup's, the documents' warm-up) an arena of its own and
keeps what was freed in each; the desk process settled at 282 MiB after three sign-in rounds.
With at most two arenas it settled at ~262 MiB, and giving the free pages back to the system once
a signed-out session is gone takes off another ~20 MiB (target: 300 MB). Elsewhere (Windows,
macOS, musl) both are no-ops: their allocators do not keep per-thread arenas this way.
"""

from __future__ import annotations

import sys

M_ARENA_MAX = -8  # glibc's mallopt parameter
ARENAS = 2  # the GUI thread and one worker at a time allocate most


def _glibc():  # noqa: ANN202 - ctypes.CDLL | None
    """glibc by its soname (not ``ctypes.util.find_library``: that runs ``ldconfig``, and its
    import alone cost ~20–60 ms of the window's first paint)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
    except OSError:  # another C library (musl): no such arenas
        return None


def limit_arenas(arenas: int = ARENAS) -> bool:
    """At start, before any thread allocates: at most ``arenas`` malloc arenas."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, arenas))


def give_back() -> bool:
    """Return the heap's free pages to the system (after a session's screens are deleted)."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
