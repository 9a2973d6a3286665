"""``python -m bench.run [--sizes 10000,100000,1000000] [--repeat N] [--out bench/RESULTS.md]``

Builds (or reuses) demo databases of each size under ``bench/data/``, runs every benchmark
``--repeat`` times, prints the table of medians, p95s and ratios to each baseline with the
machine it ran on, and writes it (with the notes on what limits each result) to ``--out``.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from datetime import datetime
from pathlib import Path

from bench import data
from bench.common import (
    BENCH_DIR,
    KEPT_BLOCK,
    Results,
    Row,
    machine,
    median,
    p95,
    size_label,
)

MS, S, MIB = "ms", "s", "MiB"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[1])
    p.add_argument("--sizes", default="10000,100000,1000000",
                   help="beneficiaries per database, comma-separated (default 10k,100k,1M)")
    p.add_argument("--repeat", type=int, default=5, help="runs of each benchmark (default 5)")
    p.add_argument("--out", default=str(BENCH_DIR / "RESULTS.md"), help="Markdown report")
    p.add_argument("--seed", type=int, default=1, help="demo data seed (default 1)")
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR),
                   help="where the demo databases are kept (default bench/data)")
    p.add_argument("--rebuild", action="store_true", help="rebuild databases even if cached")
    p.add_argument("--keep-data", action="store_true",
                   help="reuse cached databases even if a migration landed since they were built")
    p.add_argument("--desk-runs", type=int, default=30,
                   help="rounds of the desk steps in the real window (default 30; 0 skips them)")
    p.add_argument("--batch", type=int, default=500, help="declarations per print batch")
    p.add_argument("--naive-repeat", type=int, default=2,
                   help="runs of the naive LIKE scan (slow at 1M; default min(2, --repeat))")
    return p


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def kept_blocks(out: Path) -> str:
    """The marked blocks of the old file (``bench.server``'s figures, the bundle's, anything
    written by hand between ``<!-- NAME:begin -->`` and ``<!-- NAME:end -->``): kept as they
    are, in their order, after the notes."""
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    return "".join("\n" + m.group(0) + "\n" for m in KEPT_BLOCK.finditer(old))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip())
    repeat = max(1, args.repeat)
    started = time.perf_counter()
    res = Results()
    say(f"bench: sizes {', '.join(map(size_label, sizes))}, repeat {repeat}")

    dbs = {}
    for n in sizes:
        say(f"database {size_label(n)}:")
        dbs[n] = data.ensure(n, args.seed, Path(args.data_dir), args.rebuild, say=say,
                             keep=args.keep_data)
    largest = dbs[sizes[-1]]

    # Imported after the databases exist: these import the application (and its schema).
    from bench import printing, queries, save, search, startup

    _search(res, sizes, dbs, repeat, min(args.naive_repeat, repeat), queries, search)
    _startup(res, largest, repeat, startup)
    _save(res, sizes, dbs, repeat, args, save)
    _print(res, repeat, args.batch, printing)
    if args.desk_runs > 0:
        from bench import desk_rows

        desk_rows.add(res, sizes, dbs, args.desk_runs, Path(args.data_dir), say=say)
    _demo(res, sizes, dbs)

    took = time.perf_counter() - started
    text = render(res, machine(), args, sizes, took)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + kept_blocks(out), encoding="utf-8")
    say(f"bench: written to {out} ({took:.0f} s)")
    return 0


# --- the benchmarks -------------------------------------------------------------------------

def _target_size(n: int) -> bool:
    return n >= 1_000_000


def _search(res, sizes, dbs, repeat, naive_repeat, queries, search) -> None:  # noqa: ANN001
    first_p95 = None
    by_size = {}
    for n in sizes:
        say(f"search {size_label(n)}:")
        qs = queries.load(dbs[n].path)
        t = search.run(dbs[n].path, n, qs, repeat, naive_repeat, say=say)
        by_size[n] = t
        sl = size_label(n)
        s_med, s_p95 = t.stats("service")
        f_med, f_p95 = t.stats("floor")
        n_med, n_p95 = t.stats("naive")
        at_target = _target_size(n)
        res.add(Row("1 search", sl, "service `registry.search`", s_med, s_p95, MS,
                    "bare SQLite (same FTS/index query)", f_p95, s_p95 / f_p95, "×floor",
                    "p95 ≤ 50 ms and ≤ 2× floor" if at_target else "",
                    (s_p95 <= 0.050 and s_p95 / f_p95 <= 2) if at_target else None,
                    len(t.pooled("service"))))
        res.add(Row("1 search", sl, "baseline: bare SQLite", f_med, f_p95, MS,
                    samples=len(t.pooled("floor"))))
        res.add(Row("1 search", sl, "baseline: naive LIKE '%…%' scan", n_med, n_p95, MS,
                    "service", s_p95, n_p95 / s_p95, "× slower than service",
                    "service ≥ 20× faster" if at_target else "",
                    (n_p95 / s_p95 >= 20) if at_target else None, len(t.pooled("naive"))))
        if first_p95 is None:
            first_p95 = (n, s_p95, f_p95)
        else:
            n0, p0, f0 = first_p95
            growth = s_p95 / p0
            exponent = math.log(growth) / math.log(n / n0) if growth > 0 else math.nan
            res.add(Row("1 search", sl, f"growth of service p95 since {size_label(n0)} "
                        f"(size ×{n // n0})", math.nan, s_p95, MS, f"p95 at {size_label(n0)}",
                        p0, growth, f"× (≈ n^{exponent:.2f}; floor ×{f_p95 / f0:.2f})",
                        f"sub-linear (< ×{n // n0})", growth < n / n0))
    # Per query group at each size: where the p95 comes from.
    lines = ["| Size | Query group | Queries | Service median / p95 (ms) | Floor median / p95 (ms) "
             "| Naive median / p95 (ms) |", "|---|---|---:|---:|---:|---:|"]
    for n, t in by_size.items():
        groups = sorted({q.group for q in t.queries})
        for g in groups:
            count = sum(1 for q in t.queries if q.group == g)
            cells = [f"{t.stats(m, g)[0] * 1000:.2f} / {t.stats(m, g)[1] * 1000:.2f}"
                     for m in ("service", "floor", "naive")]
            lines.append(f"| {size_label(n)} | {g} | {count} | " + " | ".join(cells) + " |")
    res.details.append("### Search by query group\n\n" + "\n".join(lines))
    t = by_size[sizes[-1]]
    slow = sorted(range(len(t.queries)), key=lambda i: -p95(t.service[i]))[:6]
    lines = ["| Query (as typed) | Kind | Rows on page | Service p95 (ms) | Floor p95 (ms) |",
             "|---|---|---:|---:|---:|"]
    for i in slow:
        q = t.queries[i]
        lines.append(f"| `{q.text}` | {q.kind} | {t.found[i]} | {p95(t.service[i]) * 1000:.2f} "
                     f"| {p95(t.floor[i]) * 1000:.2f} |")
    res.details.append(f"### Slowest queries at {size_label(sizes[-1])} (service p95)\n\n"
                       + "\n".join(lines))


def _startup(res, db, repeat, startup) -> None:  # noqa: ANN001
    say(f"start-up on {size_label(db.size)}:")
    r = startup.run(db.path, repeat, say=say)
    sl = size_label(db.size)
    bare, orm, app, login = r["bare"], r["orm"], r["app"], r["login"]
    fp_ratio = median(login.sign_in_paint) / median(bare.first_paint)
    ready_ratio = median(app.ready) / median(orm.ready)
    n = len(app.ready)
    res.add(Row("2 start-up", sl, "sign-in page painted (`gui --smoke`, no user)",
                median(login.sign_in_paint), p95(login.sign_in_paint), S,
                "bare PySide6 window (median)", median(bare.first_paint), fp_ratio, "×bare",
                "≤ 1.5× bare window", fp_ratio <= 1.5, n))
    res.add(Row("2 start-up", sl, "ready with data, `desk-app gui --smoke --user`",
                median(app.ready), p95(app.ready), S, "window + SQLAlchemy ORM (median)",
                median(orm.ready), ready_ratio, "×stack floor", "≤ 1.3× stack floor",
                ready_ratio <= 1.3, n))
    res.add(Row("2 start-up", sl, "first paint of the window, `gui --smoke --user`",
                median(app.first_paint), p95(app.first_paint), S, "bare PySide6 window",
                median(bare.first_paint), median(app.first_paint) / median(bare.first_paint),
                "×bare", samples=n))
    res.add(Row("2 start-up", "–", "baseline: bare PySide6 window", median(bare.first_paint),
                p95(bare.first_paint), S, samples=n))
    res.add(Row("2 start-up", "–", "baseline: window + SQLAlchemy ORM import",
                median(orm.ready), p95(orm.ready), S, samples=n))
    rss = app.rss_mib
    res.add(Row("6 memory", sl, "peak RSS of the smoke start (signed in)", median(rss), max(rss),
                MIB, "window + ORM import", median(orm.rss_mib),
                median(rss) / median(orm.rss_mib), "×stack floor", "≤ 300 MB (max)",
                max(rss) * 1.048576 <= 300, n))


def _save(res, sizes, dbs, repeat, args, save) -> None:  # noqa: ANN001
    count = 20 * repeat
    for n in sizes:
        say(f"save {size_label(n)}: {count} registrations on a scratch copy")
        scratch = data.scratch_copy(dbs[n].path, Path(args.data_dir) / f"scratch-{n}.sqlite3")
        try:
            times, both = save.run(scratch, count, args.seed)
        finally:
            data.remove(scratch)
        if both is not None:
            res.add(Row("3 save", size_label(n), "register beneficiary + open request with "
                        "checklist (2 actions, each 1 transaction + audit)", median(both),
                        p95(both), MS, target="p95 ≤ 20 ms", met=p95(both) <= 0.020,
                        samples=len(both)))
        res.add(Row("3 save", size_label(n), "register beneficiary (1 transaction + audit)",
                    median(times), p95(times), MS, target="" if both else "p95 ≤ 20 ms",
                    met=None if both else p95(times) <= 0.020, samples=len(times)))


def _print(res, repeat, batch, printing) -> None:  # noqa: ANN001
    batches = min(repeat, 3)
    say(f"print: {batches} batch(es) of {batch} declarations")
    first, per_doc, totals = printing.run(batch, batches)
    res.add(Row("4 print", "–", "declaration PDF, per document", median(per_doc), p95(per_doc),
                MS, "first document of the process", first, math.nan, "",
                "≤ 60 ms each (p95)", p95(per_doc) <= 0.060, len(per_doc)))
    res.add(Row("4 print", "–", f"declaration PDF, batch of {batch}", median(totals),
                max(totals), S, samples=len(totals)))


def _demo(res, sizes, dbs) -> None:  # noqa: ANN001
    for n in sizes:
        db = dbs[n]
        how = "this run" if db.built_now else f"cached build of {db.built_at}"
        at_target = _target_size(n)
        res.add(Row("5 demo data", size_label(n), f"`desk-app demo --beneficiaries {n}` ({how})",
                    db.demo_seconds, db.demo_seconds, S,
                    target="≤ 5 min" if at_target else "",
                    met=(db.demo_seconds <= 300) if at_target else None, samples=1))


# --- the report -----------------------------------------------------------------------------

def _fmt(value: float, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == MS:
        v = value * 1000
        return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms"
    if unit == S:
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} {unit}"


def table(res: Results) -> str:
    head = ("| Benchmark | Size | What | Median | p95 | Runs | Baseline | Baseline value | Ratio "
            "| Target | Met |")
    lines = [head, "|---|---|---|---:|---:|---:|---|---:|---:|---|---|"]
    for r in res.rows:
        unit = r.unit
        base_unit = MS if r.ratio_label.startswith("× slower") else unit
        ratio = "–" if math.isnan(r.ratio) else f"{r.ratio:.2f} {r.ratio_label}".strip()
        met = {True: "**met**", False: "**MISSED**", None: ""}[r.met]
        lines.append(f"| {r.bench} | {r.size} | {r.what} | {_fmt(r.median, unit)} | "
                     f"{_fmt(r.p95, unit)} | {r.samples or ''} | {r.baseline} | "
                     f"{_fmt(r.baseline_value, base_unit)} | {ratio} | {r.target} | {met} |")
    return "\n".join(lines)


def render(res: Results, info: dict[str, str], args, sizes, took: float) -> str:  # noqa: ANN001
    cmd = (f"python -m bench.run --sizes {','.join(map(str, sizes))} --repeat {args.repeat}"
           + (f" --seed {args.seed}" if args.seed != 1 else ""))
    parts = [
        "# Benchmark results",
        "",
        f"Run `{cmd}` on {datetime.now().isoformat(timespec='minutes')}, "
        f"{took / 60:.1f} min in all. Medians and p95 (nearest rank) over every timed run; "
        "ratios compare with the baseline named in the row.",
        "",
        "## Machine",
        "",
        "\n".join(f"- {k}: {v}" for k, v in info.items()),
        "",
        "## Results",
        "",
        table(res),
        "",
        *[d + "\n" for d in res.details],
    ]
    notes = BENCH_DIR / "NOTES.md"
    if notes.exists():
        parts += [notes.read_text(encoding="utf-8")]
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
