"""Encrypted (SQLCipher) against plain SQLite, same data, same run, interleaved (issue 19).

``python -m bench.encryption --data-dir /work/benchdata [--size 1000000] [--repeat 3]
[--saves 200]``

From the demo database of ``--size`` people (built once by ``bench.data.ensure``, read only) it
makes two scratch copies in the data folder: the plain one upgraded to this version's schema,
and the same file encrypted (``sqlcipher_export``, as ``desk-app encrypt`` does). Then:

* search — every query of bench/queries.txt through ``registry.search`` (the screen's call),
  plain then encrypted, query by query, ``--repeat`` passes after an untimed warm-up pass;
* save — ``registry.register`` of new people, one on each file in turn;
* unlock — the argon2id stretching at the production cost (once per start).

Interleaving matters on a shared machine: a burst of load hits both sides alike. The section
between the ``encryption`` markers of RESULTS.md is replaced; the rest is left as written.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from bench import data
from bench.common import BENCH_DIR, machine, median, p95
from bench.queries import load
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import demo, installation, registry
from desk_app.storage import cipher
from desk_app.storage.db import Database
from desk_app.storage.tables import Staff

BEGIN, END = "<!-- encryption:begin -->", "<!-- encryption:end -->"
PASSPHRASE = "bench passphrase for the encrypted copy"


def _prepare(source: Path, folder: Path, say, reuse: bool) -> tuple[Path, Path]:  # noqa: ANN001
    plain = folder / "scratch-crypt-plain.sqlite3"
    encrypted = folder / "scratch-crypt-encrypted.sqlite3"
    if reuse and plain.exists() and encrypted.exists() and cipher.read_key_file(encrypted):
        say("  reusing the scratch copies of an earlier --keep run")
        return plain, encrypted
    for path in (plain, encrypted):
        data.remove(path)
        cipher.key_file(path).unlink(missing_ok=True)
    t0 = time.perf_counter()
    data.scratch_copy(source, plain)
    db = Database.open(f"sqlite:///{plain}")  # this version's schema (migrations)
    db.dispose()
    with closing(sqlite3.connect(plain)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in folder.glob(f"{plain.name}.before-upgrade-*"):
        leftover.unlink()
    say(f"  plain scratch copy at head in {time.perf_counter() - t0:.0f} s")
    key, meta = cipher.new_key(PASSPHRASE, cipher.STRONG)
    t0 = time.perf_counter()
    cipher.export_encrypted(plain, encrypted, key)
    cipher.write_key_file(encrypted, meta)
    say(f"  encrypted copy (sqlcipher_export) in {time.perf_counter() - t0:.0f} s")
    return plain, encrypted


def _unlock_seconds(encrypted: Path) -> float:
    meta = cipher.read_key_file(encrypted)
    t0 = time.perf_counter()
    key = cipher.unlock(meta, PASSPHRASE)
    seconds = time.perf_counter() - t0
    cipher.register(encrypted, key)
    return seconds


def _forms(plain: Path, count: int) -> list[BeneficiaryForm]:
    rng = random.Random("bench-encryption")
    forms, ids = [], set()
    with closing(sqlite3.connect(f"file:{plain}?mode=ro", uri=True)) as con:
        while len(forms) < count:
            number = make_saudi_id(1, f"{rng.randrange(10**8):08d}")
            mobile = f"055{rng.randrange(10**7):07d}"
            if number in ids or con.execute(
                    "SELECT 1 FROM beneficiaries WHERE id_number = ? OR mobile = ?",
                    (number, "+966" + mobile[1:])).fetchone():
                continue
            ids.add(number)
            forms.append(BeneficiaryForm(
                first_name=rng.choice(demo.MALE_NAMES), father_name=rng.choice(demo.MALE_NAMES),
                grandfather_name=rng.choice(demo.MALE_NAMES),
                family_name=rng.choice(demo.FAMILY_NAMES), id_type="national_id",
                id_number=number, gender="male", birth_date="01/01/1980", mobile=mobile,
                city="جدة", district="الروضة", notes="bench"))
    return forms


def _admin(db: Database) -> Actor:
    with db.read() as s:
        row = s.query(Staff).filter(Staff.role == "admin").order_by(Staff.created_at).first()
        return Actor(row.id, row.username, row.role, row.full_name)


def run(plain: Path, encrypted: Path, size: int, repeat: int, saves: int, say) -> dict:  # noqa: ANN001
    queries = load(plain)
    forms = _forms(plain, 2 * (saves + 3))
    dbs = {"plain": Database.open(f"sqlite:///{plain}"),
           "encrypted": Database.open(f"sqlite:///{encrypted}")}
    search: dict[str, list[float]] = {k: [] for k in dbs}
    save: dict[str, list[float]] = {k: [] for k in dbs}
    try:
        for q in queries:  # warm-up: both files in the page cache, as at a desk open a while
            for db in dbs.values():
                registry.search(db, q.text, 0, 50)
        for r in range(repeat):
            for q in queries:
                for name, db in dbs.items():
                    t0 = time.perf_counter()
                    registry.search(db, q.text, 0, 50)
                    search[name].append(time.perf_counter() - t0)
            say(f"  search pass {r + 1}/{repeat}")
        actors = {k: _admin(db) for k, db in dbs.items()}
        branch = installation.get(dbs["plain"]).branch_code
        for k in range(saves + 3):
            for j, (name, db) in enumerate(dbs.items()):
                form = forms[2 * k + j]
                t0 = time.perf_counter()
                registry.register(db, actors[name], form, branch_code=branch,
                                  confirm_duplicates=True)
                if k >= 3:  # the first saves warm the caches
                    save[name].append(time.perf_counter() - t0)
        say(f"  {saves} saves on each")
    finally:
        for db in dbs.values():
            db.dispose()
    return {"size": size, "queries": len(queries), "repeat": repeat, "saves": saves,
            "search": {k: (median(v), p95(v)) for k, v in search.items()},
            "save": {k: (median(v), p95(v)) for k, v in save.items()}}


def markdown(result: dict, unlock_s: float, files: dict[str, int]) -> str:
    m = machine()
    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    lines = [BEGIN, f"## Encrypted (SQLCipher) vs plain SQLite — {result['size']:,} "
             "beneficiaries (issue 19)", "",
             f"`python -m bench.encryption`, one run, both files measured in turn query by "
             f"query and save by save ({result['queries']} queries of bench/queries.txt × "
             f"{result['repeat']} passes after a warm-up pass; {result['saves']} saves each). "
             f"Machine: {m['CPU']}, {m['Cores']}, {m['RAM']}; SQLite {m['SQLite']} (plain), "
             f"SQLCipher {_cipher_version()}. The machine is shared by nine engineers: "
             f"absolute times carry their load, the ratio is the finding.",
             "", "| measure | plain | encrypted | encrypted ÷ plain |", "|---|---|---|---|"]
    for kind, label in (("search", "search (service)"), ("save", "save (register)")):
        for i, stat in ((0, "median"), (1, "p95")):
            a, b = result[kind]["plain"][i], result[kind]["encrypted"][i]
            lines.append(f"| {label} {stat} | {ms(a)} | {ms(b)} | {b / a:.2f}× |")
    lines += [f"| file size | {files['plain'] / 2**30:.2f} GiB | "
              f"{files['encrypted'] / 2**30:.2f} GiB | {files['encrypted'] / files['plain']:.2f}× |",
              "", f"Encrypted connections keep {cipher.CACHE_KIB // 1024} MiB of decrypted pages "
              "each (`cipher.CACHE_KIB`); plain ones SQLite's default 2 MiB (their pages come "
              "back from the OS cache without decrypting).",
              "", f"Unlocking the key at start (argon2id, 64 MiB, 3 passes, 2 lanes): "
              f"{unlock_s:.2f} s, once per start (or none when the OS key store remembers it).",
              END]
    return "\n".join(lines)


def _cipher_version() -> str:
    with closing(cipher.sqlcipher.connect(":memory:")) as con:
        version = con.execute("PRAGMA cipher_version").fetchone()[0]
        return f"{version} (SQLite {cipher.sqlcipher.sqlite_version})"


def write_results(section: str, out: Path) -> None:
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    out.write_text(text, encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.encryption")
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    p.add_argument("--size", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--saves", type=int, default=200)
    p.add_argument("--out", default=str(BENCH_DIR / "RESULTS.md"))
    p.add_argument("--keep", action="store_true",
                   help="keep the two scratch copies, and reuse them when present (a copy and "
                        "upgrade of 1M takes ~12 min on a loaded machine)")
    args = p.parse_args()
    folder = Path(args.data_dir)
    source = folder / f"demo-{args.size}-seed{args.seed}.sqlite3"
    if not source.exists():  # built once (about 4 min per million), then reused
        source = data.ensure(args.size, args.seed, folder).path
    plain, encrypted = _prepare(source, folder, print, args.keep)
    try:
        unlock_s = _unlock_seconds(encrypted)
        result = run(plain, encrypted, args.size, args.repeat, args.saves, print)
        files = {"plain": plain.stat().st_size, "encrypted": encrypted.stat().st_size}
        section = markdown(result, unlock_s, files)
        write_results(section, Path(args.out))
        print(section)
        print(json.dumps({**result, "unlock_s": unlock_s, "files": files}))
    finally:
        for path in (plain, encrypted) if not args.keep else ():
            data.remove(path)
            cipher.key_file(path).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
