"""domain/ must stay importable without Qt or SQLAlchemy, and reads no files (ARCHITECTURE.md)."""

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "desk_app" / "domain"
FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "desk_app.storage", "desk_app.ui",
             "desk_app.services", "reportlab")
#: File and resource access belongs to services/storage (presets are read by services.presets).
FILE_IO = ("importlib.resources", "pathlib", "os", "shutil", "io", "tempfile")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_domain_imports_neither_qt_nor_sqlalchemy():
    files = sorted(DOMAIN.rglob("*.py"))
    assert files, "domain package not found"
    bad = [
        f"{p.name}: {name}"
        for p in files
        for name in _imports(p)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    ]
    assert bad == []


def test_domain_reads_no_files():
    bad = [
        f"{p.relative_to(DOMAIN)}: {name}"
        for p in sorted(DOMAIN.rglob("*.py"))
        for name in _imports(p)
        if any(name == f or name.startswith(f + ".") for f in FILE_IO)
    ]
    assert bad == []


def test_checker_catches_a_forbidden_import(tmp_path):
    p = tmp_path / "x.py"
    p.write_text("from PySide6.QtCore import Qt\nimport sqlalchemy.orm\n")
    assert _imports(p) == ["PySide6.QtCore", "sqlalchemy.orm"]
