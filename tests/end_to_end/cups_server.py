"""A private CUPS scheduler with a cups-pdf queue, for tests that print for real.

CI has no service manager, so the fixture runs ``cupsd -f`` itself, with its own configuration,
spool and a Unix socket in a temporary folder: nothing of the machine's own CUPS is touched, and
two test runs on one machine do not meet. cups-pdf reads its settings from
``/etc/cups/cups-pdf-<name>.conf`` for a queue whose device is ``cups-pdf:/<name>``; that file
(unique per run) sends the printed PDFs to our folder and is removed afterwards.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PPD_CANDIDATES = ("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd",
                  "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF_DIR = Path("/etc/cups")


class CupsUnavailable(RuntimeError):
    """Why a real print queue could not be set up on this machine."""


@dataclass
class CupsServer:
    root: Path
    socket: Path
    queue: str
    out_dir: Path
    process: subprocess.Popen
    conf_file: Path
    env: dict[str, str] = field(default_factory=dict)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True,
                              timeout=30, check=check)

    def jobs(self, which: str = "not-completed") -> list[str]:
        out = self.run("lpstat", "-W", which, "-o", self.queue, check=False).stdout
        return [line.split()[0] for line in out.splitlines() if line.strip()]

    def wait_until_idle(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.jobs("not-completed"):
                return
            time.sleep(0.25)
        raise AssertionError(f"print job still pending after {timeout:.0f} s:\n{self.log()}")

    def output_pdfs(self) -> list[Path]:
        return sorted(self.out_dir.rglob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def log(self) -> str:
        path = self.root / "logs" / "error_log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else "(no log)"


def _need(binary: str) -> str:
    path = shutil.which(binary) or (f"/usr/sbin/{binary}"
                                    if Path(f"/usr/sbin/{binary}").exists() else None)
    if not path:
        raise CupsUnavailable(f"'{binary}' is not installed: run `make system-deps` "
                              "(packages cups, cups-client, cups-bsd, printer-driver-cups-pdf)")
    return path


def _ppd() -> str:
    for candidate in PPD_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    raise CupsUnavailable("the cups-pdf PPD is missing: install printer-driver-cups-pdf")


def _write_config(root: Path, out_dir: Path) -> tuple[Path, Path]:
    for sub in ("spool", "cache", "state", "logs"):
        (root / sub).mkdir()
    (root / "tmp").mkdir(mode=0o1777)
    os.chmod(root / "tmp", 0o1777)
    socket = root / "cups.sock"
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nTempDir {root}/tmp\nErrorLog {root}/logs/error_log\n"
        f"AccessLog {root}/logs/access_log\nPageLog {root}/logs/page_log\n"
        f"Printcap {root}/printcap\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n")
    (root / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel info\nBrowsing No\nWebInterface No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
    return socket, root / "cupsd.conf"


def _wait_for_scheduler(server: CupsServer, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise CupsUnavailable(f"cupsd exited with {server.process.returncode}:\n"
                                  f"{server.log()}")
        if server.socket.exists():
            out = server.run("lpstat", "-r", check=False)
            if out.returncode == 0 and "not running" not in out.stdout:
                return
        time.sleep(0.1)
    raise CupsUnavailable(f"cupsd did not answer on {server.socket} within {timeout:.0f} s:\n"
                          f"{server.log()}")


def point_libcups_at(socket: str | None) -> None:
    """libcups reads CUPS_SERVER once per thread; tell the already-loaded library too."""
    name = ctypes.util.find_library("cups")
    if name:
        ctypes.CDLL(name).cupsSetServer(socket.encode() if socket else None)


def start(queue: str | None = None) -> CupsServer:
    """Start a private cupsd with a cups-pdf queue; raise :class:`CupsUnavailable` if we can't."""
    cupsd = _need("cupsd")
    for tool in ("lpadmin", "lpstat", "cupsenable", "cupsdisable"):
        _need(tool)
    if not BACKEND.exists():
        raise CupsUnavailable(f"{BACKEND} is missing: install printer-driver-cups-pdf")
    if os.geteuid() != 0:
        raise CupsUnavailable("the cups-pdf backend runs only under a root cupsd; run the "
                              "tests as root (CI does)")
    ppd = _ppd()
    root = Path(tempfile.mkdtemp(prefix="desk-cups-", dir="/tmp"))
    os.chmod(root, 0o755)  # filters run as user lp and must reach the spool
    out_dir = root / "out"
    out_dir.mkdir(mode=0o777)
    os.chmod(out_dir, 0o777)
    socket, cupsd_conf = _write_config(root, out_dir)
    queue = queue or f"DeskPDF{os.getpid()}"
    conf_file = CUPS_PDF_CONF_DIR / f"cups-pdf-{queue}.conf"
    conf_file.write_text(f"Out {out_dir}\nAnonDirName {out_dir}\nGrp root\n")
    log = open(root / "logs" / "cupsd.out", "wb")  # noqa: SIM115 - lives as long as cupsd
    process = subprocess.Popen([cupsd, "-f", "-c", str(cupsd_conf), "-s",
                                str(root / "cups-files.conf")], stdout=log, stderr=log,
                               start_new_session=True)
    env = {**os.environ, "CUPS_SERVER": str(socket)}
    server = CupsServer(root, socket, queue, out_dir, process, conf_file, env)
    try:
        _wait_for_scheduler(server)
        added = server.run("lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", ppd,
                           check=False)
        if added.returncode != 0:
            raise CupsUnavailable(f"lpadmin failed: {added.stderr}\n{server.log()}")
    except BaseException:
        stop(server)
        raise
    return server


def stop(server: CupsServer) -> None:
    server.run("lpadmin", "-x", server.queue, check=False) if server.process.poll() is None \
        else None
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=10)
    server.conf_file.unlink(missing_ok=True)
    shutil.rmtree(server.root, ignore_errors=True)
