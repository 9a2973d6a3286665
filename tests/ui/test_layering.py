"""Widgets never talk to the database directly (ARCHITECTURE.md: ui → services only)."""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desk_app" / "ui"
DOCS = Path(__file__).resolve().parents[2] / "desk_app" / "documents"


def imports(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path.name, a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.append((path.name, node.module))
    return found


def test_ui_imports_neither_sqlalchemy_nor_repositories():
    bad = [(f, m) for f, m in imports(UI)
           if m.startswith(("sqlalchemy", "desk_app.storage.repositories",
                            "desk_app.storage.tables", "alembic"))]
    assert bad == []


def test_documents_import_only_the_domain():
    bad = [(f, m) for f, m in imports(DOCS)
           if m.startswith("desk_app.") and not m.startswith(("desk_app.domain",
                                                                "desk_app.documents"))]
    assert bad == []


def test_every_screen_factory_names_a_real_controller():
    import importlib

    from desk_app.ui import navigation

    for spec in navigation.screens():
        module, _, cls = spec.factory.target.partition(":")
        assert hasattr(importlib.import_module(module), cls), spec.name


def test_start_up_modules_do_not_load_the_database_layer():
    import subprocess
    import sys

    code = ("import sys; import desk_app.app, desk_app.ui.navigation; "
            "print(sorted(m for m in ('sqlalchemy', 'holidays', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
