"""A private PostgreSQL server for tests that need the shared (office) engine.

CI has no service manager and runs as root, which PostgreSQL refuses; so the tests run Debian's
own binaries as the ``postgres`` user (``runuser``): ``initdb`` into a temporary folder owned by
that user, then ``pg_ctl start`` listening only on a Unix socket in that folder (no TCP port, so
two test runs on one machine never meet). Each test gets a fresh database copied from a template
that already holds the migrated schema (``CREATE DATABASE … TEMPLATE``: a file copy, far faster
than running the migrations again). Anything that prevents the server from starting raises
:class:`PostgresUnavailable`, which the fixtures turn into a failure, never a skip.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

OS_USER = "postgres"
PORT = 5432  # only names the socket file (.s.PGSQL.5432) inside our private folder


class PostgresUnavailable(RuntimeError):
    """Why a private PostgreSQL server could not be started on this machine."""


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise PostgresUnavailable("PostgreSQL is not installed (run .ci/system-deps as root)")
    return Path(found[-1]).parent


def _as_postgres(args: list[str], **kw) -> subprocess.CompletedProcess:  # noqa: ANN003
    prefix = ["runuser", "-u", OS_USER, "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + args, capture_output=True, text=True, timeout=120, **kw)


@dataclass
class PostgresServer:
    root: Path
    bin_dir: Path
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "run"

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of ``database`` over the private Unix socket."""
        return (f"postgresql+psycopg://{OS_USER}@/{database}"
                f"?host={self.socket_dir}&port={PORT}")

    def tool(self, name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        out = _as_postgres([str(self.bin_dir / name), *args])
        if check and out.returncode != 0:
            raise PostgresUnavailable(f"{name} {' '.join(args)} failed:\n{out.stdout}{out.stderr}")
        return out

    def psql(self, sql: str, database: str = "postgres") -> str:
        return self.tool("psql", "-h", str(self.socket_dir), "-p", str(PORT), "-d", database,
                         "-v", "ON_ERROR_STOP=1", "-XAtqc", sql).stdout

    def start(self) -> None:
        self.tool("pg_ctl", "-D", str(self.data_dir), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "start", "-o",
                  f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
                  f"-p {PORT} -c fsync=on -c max_connections=100")

    def stop(self, mode: str = "fast") -> None:
        self.tool("pg_ctl", "-D", str(self.data_dir), "-w", "-m", mode, "stop", check=False)

    def running(self) -> bool:
        return self.tool("pg_ctl", "-D", str(self.data_dir), "status", check=False).returncode == 0

    def log(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def create_database(self, template: str = "template0") -> str:
        name = f"desk_{os.getpid()}_{next(self._names)}"
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def destroy(self) -> None:
        if self.running():
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


OWNER_FILE = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_orphans(tmp: Path | None = None) -> list[Path]:
    """Stop and remove the servers of test sessions that died without their teardown (a
    crashed or killed pytest): folders of ours whose owner process is gone. Folders without
    an owner file, or whose owner still runs, are left alone."""
    removed = []
    for root in Path(tmp or tempfile.gettempdir()).glob("desk-pg-*"):
        try:
            owner = int((root / OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        PostgresServer(root, _bin_dir()).destroy()
        removed.append(root)
    return removed


def start_server() -> PostgresServer:
    """``initdb`` + ``pg_ctl start`` in a new temporary folder owned by ``postgres``."""
    _can_run()
    sweep_orphans()
    root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    (root / OWNER_FILE).write_text(str(os.getpid()))
    return _init(root)


def kept_server(root: Path) -> PostgresServer:
    """The server kept in ``root`` (benchmarks that keep their database for a later run):
    created there the first time, started if it is stopped, never swept nor destroyed here."""
    _can_run()
    server = PostgresServer(root, _bin_dir())
    if not (server.data_dir / "PG_VERSION").exists():
        root.mkdir(parents=True, exist_ok=True)
        return _init(root)
    if not server.running():
        (root / "run").mkdir(exist_ok=True)
        server.start()
    return server


def _can_run() -> None:
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        raise PostgresUnavailable("runuser is missing: cannot run PostgreSQL as 'postgres'")


def _init(root: Path) -> PostgresServer:
    root.chmod(0o755)
    (root / "run").mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(root, OS_USER, OS_USER)
        shutil.chown(root / "run", OS_USER, OS_USER)
    server = PostgresServer(root, _bin_dir())
    try:
        server.tool("initdb", "-D", str(server.data_dir), "-U", OS_USER, "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        server.start()
    except PostgresUnavailable as exc:
        log = server.log()
        if (root / OWNER_FILE).exists():
            shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"{exc}\n{log}") from exc
    return server
