"""The layer matrix (ARCHITECTURE.md), read from the source with ``ast``: which part of
``desk_app`` may import which, where Qt and SQLAlchemy may appear, and no import cycles — imports
inside functions and under ``TYPE_CHECKING`` included, so none can hide one."""

import ast
import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desk_app"

#: part → the parts of desk_app it may import (its own included). ``app`` and ``cli`` (with its
#: ``cli_report``, ``cli_crypt`` sub-commands and ``cli_auth`` sign-in) are the composition roots: they may
#: import anything.
ALLOWED = {
    "domain": {"domain"},
    "documents": {"documents", "domain"},
    "storage": {"storage", "domain"},
    "services": {"services", "storage", "documents", "domain"},
    "ui": {"ui", "services", "domain", "config", "i18n", "printing", "memory"},
    "printing": {"printing", "domain", "config"},
    "i18n": {"i18n", "config"},
    "config": {"config"},
    "memory": set(),  # the process's heap (glibc), standard library only
    "presets": set(),
    "__init__": set(),
    "__main__": {"cli"},
}
ROOTS = {"app", "cli"} | {p.stem for p in PACKAGE.glob("cli_*.py")}  # every sub-command
#: third-party packages → the parts that may import them.
THIRD_PARTY = {
    "PySide6": {"ui", "app", "printing", "i18n"},
    "shiboken6": {"ui", "app", "printing", "i18n"},
    "sqlalchemy": {"storage", "services"},
    "alembic": {"storage", "services"},
    "reportlab": {"documents"},
    "sqlcipher3": {"storage"},  # every connection to an encrypted file: storage/cipher.py
}


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _targets(module: str, path: Path, node: ast.Import | ast.ImportFrom,
             known: dict[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    base = node.module or ""
    if node.level:  # relative: from the module's package, one level up per extra dot
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        package = package[:len(package) - (node.level - 1)]
        base = ".".join(package + ([base] if base else []))
    # ``from pkg import mod`` imports the module pkg.mod; ``from mod import name`` imports mod
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Every module of the package → every module or package it imports, wherever in the file."""
    known = modules(package)
    graph = {}
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = {t for node in ast.walk(tree)
                         if isinstance(node, (ast.Import, ast.ImportFrom))
                         for t in _targets(module, path, node, known)}
    return graph


def part(module: str) -> str:
    """``desk_app.ui.screens.registry`` → ``ui``; ``desk_app.app`` → ``app``."""
    bits = module.split(".")
    return bits[1] if len(bits) > 1 else "__init__"


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for module, targets in sorted(graph.items()):
        mine = part(module)
        for target in sorted(targets):
            top = target.split(".")[0]
            if top == "desk_app" and target != "desk_app":
                if mine not in ROOTS and part(target) not in ALLOWED[mine]:
                    bad.append(f"{module} imports {target} ({mine} → {part(target)})")
            elif top in THIRD_PARTY and mine not in THIRD_PARTY[top]:
                bad.append(f"{module} imports {target} ({top} outside {sorted(THIRD_PARTY[top])})")
    return bad


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    edges = {m: sorted(t for t in ts if t in graph and t != m) for m, ts in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        component.append(top)
                        if top == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(edges[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_every_part_imports_only_what_the_layer_matrix_allows():
    graph = import_graph()
    assert len(graph) > 100 and "desk_app.ui.ops" in graph  # the whole package was read
    assert layer_violations(graph) == []


def test_no_import_cycles_not_even_type_only_or_inside_functions():
    assert cycles(import_graph()) == []


def test_the_checks_catch_what_they_are_for(tmp_path):
    """A ui module importing storage, Qt in the domain and a two-module cycle are all found."""
    pkg = tmp_path / "desk_app"
    for folder in ("ui", "storage", "domain", "services"):
        (pkg / folder).mkdir(parents=True)
        (pkg / folder / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "storage" / "db.py").write_text("")
    (pkg / "ui" / "screen.py").write_text("from desk_app.storage import db\n")
    (pkg / "domain" / "rules.py").write_text("def f():\n    from PySide6 import QtCore\n")
    (pkg / "services" / "a.py").write_text("from typing import TYPE_CHECKING\n"
                                           "if TYPE_CHECKING:\n    from . import b\n")
    (pkg / "services" / "b.py").write_text("from desk_app.services import a\n")
    graph = import_graph(pkg)
    assert layer_violations(graph) == [
        "desk_app.domain.rules imports PySide6 (PySide6 outside ['app', 'i18n', 'printing', "
        "'ui'])",
        "desk_app.ui.screen imports desk_app.storage.db (ui → storage)"]
    assert cycles(graph) == [["desk_app.services.a", "desk_app.services.b"]]


def test_every_screen_factory_names_a_real_controller():
    from desk_app.ui import navigation

    for spec in navigation.screens():
        module, _, cls = spec.factory.target.partition(":")
        assert hasattr(importlib.import_module(module), cls), spec.name


def test_start_up_modules_do_not_load_the_database_layer():
    # The window is built and painted before the database layer loads (app.run_gui): building
    # it must not import it either (the idle lock once pulled in the sign-in service: 7× slower
    # first paint).
    code = ("import sys; import desk_app.app, desk_app.ui.navigation; "
            "from PySide6.QtWidgets import QApplication; app = QApplication(['x']); "
            "from desk_app.config import Settings; from desk_app.ui.main_window import MainWindow; "
            "w = MainWindow(None, Settings(db_url='sqlite:///:memory:', language='ar', "
            "page_size=50)); w.show_sign_in_early('x'); "  # the sign-in page of ui/early_login
            "print(sorted(m for m in ('sqlalchemy', 'holidays', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_session_watchers_load_their_services_on_their_worker():
    # The shell starts three background watchers at sign-in (online forms, outbox, sync line):
    # their services (the importer, keyring and the transports, branch sync) load with their
    # first job, on its worker, not on the GUI thread before the first screen (issue 23's
    # start-up profile: ~0.2 s of the first screen at load 4). The screens' context reads
    # mobile numbers only when one is typed: phonenumbers' metadata loads then.
    code = ("import sys; import desk_app.ui.online_watch, desk_app.ui.outbox_sender, "
            "desk_app.ui.sync_status, desk_app.ui.context; "
            "print(sorted(m for m in ('desk_app.services.sync', "
            "'desk_app.services.online_arrivals', 'desk_app.services.outbox', 'keyring', "
            "'phonenumbers') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
