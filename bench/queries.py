"""The search query set: ``bench/queries.txt`` made concrete for one database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_DIR
from desk_app.domain.arabic import normalize_name

QUERIES_FILE = BENCH_DIR / "queries.txt"
NUMBER_KINDS = ("id", "id-prefix", "mobile", "mobile-intl", "file")


@dataclass(frozen=True)
class Query:
    kind: str       # name, fullname, id, id-prefix, mobile, mobile-intl, file
    text: str       # what is typed into the search box
    line: str       # the line of queries.txt it came from

    @property
    def group(self) -> str:
        """Query groups reported separately (the p95 of one group can hide in the total)."""
        if self.kind == "name":
            words = self.text.split()
            if len(words) == 1 and len(self.text) <= 2:
                return "two-letter"
            return "name words" if len(words) > 1 else "name fragment"
        if self.kind == "fullname":
            return "full name (variant)"
        return "id/mobile/file"


def _respell(name: str) -> str:
    """Another way of writing the same name (same normalised key), picked deterministically."""
    swaps = (("ة", "ه"), ("ى", "ي"), ("أ", "ا"), ("إ", "ا"), ("عبدال", "عبد ال"),
             ("ه ", "ة "), ("ي ", "ى "))
    out = name
    for old, new in swaps:
        if old in out:
            out = out.replace(old, new, 1)
    if out == name:
        out = name.replace(" ", "  ", 1) + "ـ"  # double space and a tatweel: still the same key
    return out


def _row(con: sqlite3.Connection, position: float, want) -> sqlite3.Row:  # noqa: ANN001
    lo, hi = con.execute("SELECT min(seq), max(seq) FROM beneficiaries").fetchone()
    seq = lo + round(position * (hi - lo))
    for row in con.execute("SELECT * FROM beneficiaries WHERE seq >= ? ORDER BY seq LIMIT 500",
                           (seq,)):
        if want(row):
            return row
    raise LookupError(f"no suitable beneficiary near position {position}")


def load(db_path: Path, file: Path = QUERIES_FILE) -> list[Query]:
    """Every query of ``file``, with positions turned into this database's people."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    out: list[Query] = []
    try:
        for raw in file.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            kind, _, arg = line.partition("\t")
            out.append(Query(kind, _concrete(con, kind, arg.strip()), line))
    finally:
        con.close()
    return out


def _concrete(con: sqlite3.Connection, kind: str, arg: str) -> str:
    if kind == "name":
        return arg
    position, _, extra = arg.partition(",")
    pos = float(position)
    if kind == "fullname":
        row = _row(con, pos, lambda r: True)
        name = " ".join((row["first_name"], row["father_name"], row["grandfather_name"],
                         row["family_name"]))
        variant = _respell(name)
        assert normalize_name(variant) == row["name_key"], (variant, row["name_key"])
        return variant
    if kind in ("id", "id-prefix"):
        row = _row(con, pos, lambda r: r["id_number"].isdigit())
        return row["id_number"][: int(extra)] if kind == "id-prefix" else row["id_number"]
    if kind == "mobile":
        row = _row(con, pos, lambda r: r["mobile"].startswith("+9665"))
        return "0" + row["mobile"].removeprefix("+966")
    if kind == "mobile-intl":
        return _row(con, pos, lambda r: bool(r["mobile"]))["mobile"]
    if kind == "file":
        return _row(con, pos, lambda r: True)["file_number"]
    raise ValueError(f"unknown query kind {kind!r} in queries.txt")
