#!/usr/bin/env python3
"""The final markdown report of bench/run.sh, from the files it left in its
working directory:

    bench/report.py WORK_DIR --sizes "1000 10000"

machine.json, import-N.json, stats-N.json, bench-write.json,
bench-read-N.json, compare-N/{queries.tsv, parley_bench_compare.json},
compare-N/compare.json, cold-N.json, elapsed.json.
"""

import argparse
import json
import os
import re
import statistics

SCALE = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def load(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def read_queries(path):
    out = []
    try:
        with open(path) as f:
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    out.append(line.split("\t"))
    except OSError:
        pass
    return out


def query_shape(q):
    """The row a query belongs to; the names cold.py uses."""
    kind = q[0]
    if kind == "path":
        return "path"
    if kind == "neighbors":
        return f"neighbors d={q[2]}"
    if kind == "who":
        if len(q) > 2 and q[2]:
            return "who-proposed --by"
        return "who-proposed clause id" if ":" in q[1] else "who-proposed topic"
    if kind == "trace":
        return "trace clause id" if ":" in q[1] else "trace words"
    return kind


def medians(report):
    """{(benchmark, tag): (seconds, entry)} for median aggregates (or single
    runs) in a Google Benchmark JSON report; tag is 'q3', a number, or ''."""
    out = {}
    if not report:
        return out
    for b in report.get("benchmarks", []):
        agg = b.get("aggregate_name")
        if agg not in (None, "median"):
            continue
        parts = b["run_name"].split("/")
        tag = next((p for p in parts[1:] if re.fullmatch(r"q\d+|\d+", p)), "")
        key = (parts[0], tag)
        if agg is None and key in out:
            continue  # a repetition; the median comes later
        if b.get("error_occurred"):
            out[key] = (None, dict(b, cpu_s=None))
            continue
        seconds = b["real_time"] * SCALE[b["time_unit"]]
        b = dict(b)
        b["cpu_s"] = b.get("cpu_seconds", b["cpu_time"] * SCALE[b["time_unit"]])
        out[key] = (seconds, b)
    return out


def ms(s):
    if s is None:
        return "—"
    if isinstance(s, str):
        return s
    v = s * 1e3
    if v < 0.1:
        return f"{v:.3f} ms"
    if v < 10:
        return f"{v:.2f} ms"
    if v < 1000:
        return f"{v:.0f} ms"
    return f"{s:.1f} s"


def times(r):
    """A ratio with the digits that matter: 2388, 36, 4.2, 0.17."""
    return f"{r:.0f}" if r >= 10 else f"{r:.1f}" if r >= 1 else f"{r:.2f}"


def wall_cpu(v):
    """'4.2 s (1.8 s)': wall time, and CPU time when known."""
    if v is None or isinstance(v, str):
        return ms(v)
    wall, cpu = v
    return ms(wall) if cpu is None else f"{ms(wall)} ({ms(cpu)})"


def mb(b):
    if b is None:
        return "—"
    return f"{b / 2**20:.1f} MiB" if b < 2**30 else f"{b / 2**30:.2f} GiB"


def num(n):
    return f"{n:,}" if isinstance(n, int) else str(n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--sizes", required=True)
    args = ap.parse_args()
    w = args.work
    sizes = [int(s) for s in args.sizes.split()]
    machine = load(os.path.join(w, "machine.json"), {})
    timeout = machine.get("query_timeout_s", 15)
    elapsed = load(os.path.join(w, "elapsed.json"), {})
    out = []
    p = out.append

    p(f"# Parley benchmarks\n")
    p(f"Measured on {machine.get('date', '?')}, {machine.get('cpus', '?')} cores "
      f"({machine.get('cpu', '?')}), {machine.get('mem_gib', '?')} GiB RAM; corpus seed "
      f"{machine.get('seed', '?')}; commit {machine.get('commit', '?')}; `bench/run.sh` took "
      f"{elapsed.get('seconds', '?')} s. "
      f"Warm = in one process after the data is loaded (Google Benchmark median of 3 "
      f"repetitions; a query whose first run took over 1 s: that one run); cold = a fresh "
      f"`build/parley` process per query, whole command (hyperfine median of 5, or 2 "
      f"over 2 s, or the one run over 10 s; OS page cache warm). Times are wall clock, "
      f"with the CPU time of the query thread (warm) or process (cold) in brackets: "
      f"where the two differ a lot, the machine was busy with other work.\n")

    # Import.
    p("## Import\n")
    p("| pages | corpus | `parley import` | pages/s | database on disk | peak RSS | "
      "nodes | edges | VARIANT_OF | RESPONDS_TO | STANCE |")
    p("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    notes = []
    for n in sizes:
        imp = load(os.path.join(w, f"import-{n}.json"))
        st = load(os.path.join(w, f"stats-{n}.json"), {})
        if not imp:
            continue
        wall = imp["wall_s"]
        done = imp["pages_imported"]
        variant = st.get("edges_by_kind", {}).get("VARIANT_OF")
        edges = st.get("edges")
        share = f"{variant:,} ({100 * variant / edges:.0f}%)" if variant and edges else "—"
        if imp["linked"]:
            what = f"{wall:.1f} s"
        else:
            what = f"**timed out** after {imp['timeout_s']} s at {done:,} pages"
        by_kind = st.get("edges_by_kind", {})
        p(f"| {n:,} | {mb(imp['bytes'])} | {what} | {done / wall:.0f} | {mb(imp['db_bytes'])} | "
          f"{imp['peak_rss_kib'] / 1024:.0f} MiB | {num(st.get('nodes', '—'))} | "
          f"{num(edges if edges is not None else '—')} | {share} | "
          f"{num(by_kind.get('RESPONDS_TO', '—'))} | {num(by_kind.get('STANCE', '—'))} |")
        if not imp["linked"]:
            nl = imp.get("nolinks_load", {})
            st2 = load(os.path.join(w, f"stats-{n}-nolinks.json"), {})
            p(f"| {n:,} | | without links (`parley_load --no-links`): {imp['nolinks_wall_s']:.1f} s "
              f"| {nl.get('pages_per_s', 0):.0f} | {mb(imp['nolinks_db_bytes'])} | "
              f"{imp['nolinks_peak_rss_kib'] / 1024:.0f} MiB | {num(st2.get('nodes', '—'))} | "
              f"{num(st2.get('edges', '—'))} | 0 | 0 | 0 |")
            notes.append(
                f"{n:,} pages: `parley import` (with the linker) did not finish within "
                f"{imp['timeout_s']} s; it had stored {done:,} pages (the counts in its row are "
                f"theirs). The queries below ran on the "
                f"same corpus loaded page by page without the linker (every page's own facts; no "
                f"RESPONDS_TO, STANCE or VARIANT_OF edges): read its rows as a smaller graph. "
                f"(parse {nl.get('import_s', 0):.1f} s, store {nl.get('apply_s', 0):.1f} s)")
    if notes:
        p("")
    for note in notes:
        p(f"- {note}")
    p("")

    # Write path microbenchmarks.
    write = medians(load(os.path.join(w, "bench-write.json")))
    if write:
        p("## Write path (Google Benchmark, generated pages)\n")
        p("| benchmark | time per page | pages/s | MB/s |")
        p("| --- | ---: | ---: | ---: |")
        rank = {"PageImport": 0, "StoreApplyPage": 1, "LinkerApply": 2}
        for (name, tag), (sec, b) in sorted(
                write.items(), key=lambda kv: (rank.get(kv[0][0], 9), int(kv[0][1] or 0))):
            label = {"PageImport": "PageImporter::Import",
                     "StoreApplyPage": "Store::ApplyPage (no links)",
                     "LinkerApply": f"Linker::Apply onto {tag} stored pages"}.get(name, name)
            mbps = b.get("bytes_per_second")
            p(f"| {label} | {ms(sec)} | {b.get('items_per_second', 0):.0f} | "
              f"{mbps / 1e6:.1f} |" if mbps else
              f"| {label} | {ms(sec)} | {b.get('items_per_second', 0):.0f} | — |")
        p("")

    # Queries: warm and cold per size.
    rows = {}
    order = ["load graph + view", "who-proposed topic", "who-proposed clause id",
             "who-proposed --by", "trace clause id", "trace words", "path", "path (engine)",
             "neighbors d=1", "neighbors d=1 (engine)", "neighbors d=2", "neighbors d=2 (engine)",
             "stats", "export json"]
    bench_name = {"FindPaths": "", "Neighbors": "", "ShortestPaths": " (engine)",
                  "Neighborhood": " (engine)", "WhoProposed": "", "Trace": ""}
    for n in sizes:
        qs = read_queries(os.path.join(w, f"compare-{n}", "queries.tsv"))
        warm = {}
        for report in (load(os.path.join(w, f"bench-read-{n}.json")),
                       load(os.path.join(w, f"compare-{n}", "parley_bench_compare.json"))):
            for (name, tag), (sec, b) in medians(report).items():
                if name == "LoadGraph":
                    warm.setdefault("load graph + view", []).append((sec, b["cpu_s"]))
                    continue
                if name not in bench_name or not tag.startswith("q"):
                    continue
                i = int(tag[1:])
                if i >= len(qs):
                    continue
                warm.setdefault(query_shape(qs[i]) + bench_name[name], []).append(
                    (sec, b["cpu_s"]))
        for shape, runs in warm.items():
            done = [r for r in runs if r[0] is not None]
            late = len(runs) - len(done)
            if not done:
                rows.setdefault(shape, {})[(n, "warm")] = f"> {timeout:g} s"
                continue
            cell = (statistics.median(r[0] for r in done), statistics.median(r[1] for r in done))
            rows.setdefault(shape, {})[(n, "warm")] = (
                wall_cpu(cell) + (f" (+{late} > {timeout:g} s)" if late else ""))
        for c in load(os.path.join(w, f"cold-{n}.json"), []):
            if c["median_s"] is None:
                rows.setdefault(c["name"], {})[(n, "cold")] = c.get("error", "failed")
                continue
            rows.setdefault(c["name"], {})[(n, "cold")] = (c["median_s"], c.get("cpu_s"))
            rows[c["name"]][(n, "rss")] = c["peak_rss_kib"]
        cmp_ = load(os.path.join(w, f"compare-{n}", "compare.json"), {})
        if cmp_:
            rows.setdefault("export json", {})[(n, "cold")] = (cmp_["export_s"], None)
    p("## Queries: median latency\n")
    header = "| query | " + " | ".join(f"{n:,} warm | {n:,} cold | {n:,} cold RSS" for n in sizes) + " |"
    p(header)
    p("| --- | " + " | ".join("---: | ---: | ---:" for _ in sizes) + " |")
    for shape in order + sorted(set(rows) - set(order)):
        if shape not in rows:
            continue
        r = rows[shape]
        cells = []
        for n in sizes:
            rss = r.get((n, "rss"))
            cells += [wall_cpu(r.get((n, "warm"))), wall_cpu(r.get((n, "cold"))),
                      f"{rss / 1024:.0f} MiB" if rss else "—"]
        p(f"| {shape} | " + " | ".join(cells) + " |")
    p(f"\n`(+k > {timeout:g} s)`: k more queries of the row ran out of time and are not in "
      f"the median. ")
    p("*engine* rows time `graph::GraphView::ShortestPaths` / `Neighborhood` alone; the others "
      "the `queries/` functions the CLI calls (names resolved, nodes and dates filled in).\n")

    # Comparison.
    p("## Beside SQLite and networkx (same edges, same queries, warm)\n")
    p("| pages | query | n | Parley engine | Parley query fn | SQLite (recursive CTE) | networkx | "
      "Parley : SQLite : networkx |")
    p("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    loads = []
    for n in sizes:
        c = load(os.path.join(w, f"compare-{n}", "compare.json"))
        if not c:
            continue
        for kind, s in c["summary"].items():
            e, sq, nx_ = s["parley_engine_s"], s["sqlite_s"], s["networkx_s"]
            ratio = (f"1 : {times(sq / e)} : {times(nx_ / e)}" if e and sq and nx_ else "—")
            late = s.get("timeouts", {})
            cell = lambda k: ms(s[k]) + (f" (+{late[k]} > {c['timeout_s']:g} s)"
                                         if late.get(k) else "")
            p(f"| {n:,} | {kind} | {s['queries']} | {cell('parley_engine_s')} | "
              f"{cell('parley_query_s')} | {cell('sqlite_s')} | {cell('networkx_s')} | {ratio} |")
        loads.append(f"{n:,} pages: {c['nodes']:,} nodes, {c['edges']:,} edges; export "
                     f"{c['export_s']:.1f} s ({mb(c['export_bytes'])}), loading SQLite "
                     f"{c['sqlite_load_s']:.1f} s, networkx {c['networkx_load_s']:.1f} s; SQLite "
                     f"walk bound {c['sqlite_max_hops']} hops"
                     + (f"; **{len(c['mismatches'])} results differ**" if c["mismatches"] else
                        "; all three agree on every path length and neighbourhood size"))
    p("")
    for line in loads:
        p(f"- {line}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
